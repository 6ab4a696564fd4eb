// Ask the caller's name tactfully, never as an interrogation (seed lines 85-134, 290-297, 462).
import { z } from 'zod';
import { defineRule, type Localized } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import { sentenceOf, sentenceRange, type NormalizedText } from '../src/match/normalize.js';
import type { PhraseMatch } from '../src/match/phrase.js';
import type { Call, Utterance } from '../src/transcript/model.js';

/** The note on a bare question ("Dengan siapa saya berbicara?", "What's your name?"). */
const BARE_NOTE: Localized = {
  en: 'Seed lines 109, 294: "Dengan siapa saya berbicara?" ("Who am I speaking with?") reads as screening; set strict: false to accept it.',
  id: 'Standar, baris 109, 294: "Dengan siapa saya berbicara?" terkesan menyaring penelepon; atur strict: false untuk menerimanya.',
};

/** The note on a curt short request ("And you are?", "Namanya?"). */
const SHORT_NOTE: Localized = {
  en: 'Seed line 294: "Dan siapa?" ("And who?") and curt questions like it feel like an interrogation; set strict: false to accept them.',
  id: 'Standar, baris 294: "Dan siapa?" dan pertanyaan singkat seperti itu terasa seperti interogasi; atur strict: false untuk menerimanya.',
};

const SEED_NOTE: Localized = {
  en: 'Seed line 85: ask "Bagaimana saya bisa menghubungi Anda?" ("How may I address you?"); lines 109, 294: questions like "Siapa ini?" ("Who is this?") feel like an interrogation.',
  id: 'Standar, baris 85: tanyakan "Bagaimana saya bisa menghubungi Anda?"; baris 109, 294: pertanyaan seperti "Siapa ini?" terasa seperti interogasi.',
};

export default defineRule({
  id: 'name-request',
  meta: {
    description: "Require asking the caller's name tactfully, and disallow interrogations such as \"Siapa ini?\"",
    seed: [77, 85, 103, 109, 121, 131, 292, 294, 297, 462],
    defaultSeverity: 'error',
    appliesTo: 'inbound calls',
    messages: {
      nameNeverAsked: {
        en: "The caller's name was never asked, and the caller did not give it",
        id: "Nama penelepon tidak pernah ditanyakan, dan penelepon tidak menyebutkannya",
      },
      interrogation: {
        en: "The caller's name was asked as an interrogation: \"{{phrase}}\"",
        id: "Nama penelepon ditanyakan seperti interogasi: \"{{phrase}}\"",
      },
      bareNameQuestion: {
        en: '"{{phrase}}" without a softener ({{softeners}}) sounds like an interrogation',
        id: '"{{phrase}}" tanpa pelunak ({{softeners}}) terdengar seperti interogasi',
      },
    },
    options: z.strictObject({
      strict: z.boolean().default(true)
        .describe('true: a bare "Dengan siapa saya berbicara?" ("Who am I speaking with?", "What\'s your name?", a curt "And you are?") without a softener before it is an interrogation (the seed); false: it counts as a request'),
    }),
  },
  check(call, ctx) {
    const { view } = ctx;
    if (call.direction === 'outbound') return ctx.skip('outbound call');
    if (view.agentUtterances.length === 0) return ctx.skip('no agent utterance');
    // The words to say, in the call's language: Indonesian, the softened standard (RULES.md; the
    // seed's own is "Bagaimana saya bisa menghubungi Anda?"); English, "May I have your name, please?".
    const askPolitely = view.lexicon.say('name-request.ask');

    // Any request, polite or not, means the name was asked: nameNeverAsked is only for calls with
    // none at all, so "the caller gave it before being asked" reads every customer utterance.
    let everAsked = false;
    for (const u of view.agentUtterances) {
      const polite = view.find(u, 'nameRequest.polite');
      const softeners = view.find(u, 'nameRequest.softener');
      // "untuk siapa ini?" is about a thing, "mau bicara dengan siapa?" about whom the caller wants.
      const notAboutCaller = view.find(u, 'nameRequest.notInterrogation');
      let asked = polite.length > 0;
      const bare = view.find(u, 'nameRequest.bare');
      const short = shortRequests(view, u).filter((m) => ![...polite, ...bare, ...notAboutCaller].some((c) => overlaps(c, m)));
      for (const m of [...bare, ...short].sort((a, b) => a.start - b.start)) {
        if (notAboutCaller.some((c) => overlaps(c, m))) continue;
        asked = true;
        const softened = softeners.some((s) => s.end <= m.start);
        if (!softened && ctx.options.strict) {
          ctx.report({
            messageId: 'bareNameQuestion',
            data: { phrase: u.text.slice(m.from, m.to), softeners: view.lexicon.say('name-request.softeners') },
            utterance: u,
            span: [m.from, m.to],
            suggestion: askPolitely,
            note: short.includes(m) ? SHORT_NOTE : BARE_NOTE,
          });
        }
      }
      // "Nama Anda siapa?" is a request, not "Anda siapa?".
      const cancel = [...polite, ...notAboutCaller];
      for (const m of view.find(u, 'nameRequest.interrogation')) {
        if (cancel.some((c) => overlaps(c, m))) continue;
        asked = true;
        ctx.report({
          messageId: 'interrogation',
          data: { phrase: u.text.slice(m.from, m.to) },
          utterance: u,
          span: [m.from, m.to],
          suggestion: askPolitely,
          note: SEED_NOTE,
        });
      }
      everAsked ||= asked;
    }
    if (everAsked) return;

    const given = customerGaveName(view, call);
    if (given) {
      const line = given.line ?? '?';
      ctx.note({ en: `the caller gave their name unasked (line ${line})`, id: `penelepon menyebutkan namanya tanpa ditanya (baris ${line})` });
      return;
    }
    const cite = view.opening ?? view.agentUtterances[0]!;
    ctx.report({ messageId: 'nameNeverAsked', utterance: cite, suggestion: askPolitely, note: SEED_NOTE });
  },
});

function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Curt short requests (nameRequest.bareShort: "And you are?", "Your name?", "Name, please.",
 * "Namanya?"): only one that is its whole sentence — a whole utterance without punctuation —
 * besides nameRequest.shortLead words and forms of address ("Sure, and you are?", "Your name,
 * sir?"), so "Okay, and you are all set for Monday" asks nothing. use-customer-name reads the
 * same requests (its asksName).
 */
function shortRequests(view: CallView, u: Utterance): PhraseMatch[] {
  const nt = view.text(u);
  const lead = new Set<number>();
  for (const m of view.find(u, 'nameRequest.shortLead')) for (let i = m.start; i < m.end; i++) lead.add(i);
  const address = view.lexicon.classMembers('address');
  const filler = (i: number) => lead.has(i) || address.includes(nt.tokens[i]!.text);
  return view.find(u, 'nameRequest.bareShort').filter((m) => {
    const [a, b] = sentenceRange(nt, sentenceOf(nt, m.start));
    for (let i = a; i < b; i++) if ((i < m.start || i >= m.end) && !filler(i)) return false;
    return true;
  });
}

/**
 * The first customer utterance that gives the caller's name: the name known from the metadata,
 * or a self-introduction ("nama saya Olga", "atas nama Budi", "saya Olga dari JackJo",
 * "Ya, dengan Olga", "Ini Olga") followed by a word that looks like a name.
 */
function customerGaveName(view: CallView, call: Call): Utterance | null {
  const known = call.customer.name?.trim();
  const knownParts = known ? [known, ...known.split(/\s+/).filter((p) => p.length >= 3)] : [];
  for (const cu of view.customerUtterances) {
    const nt = view.text(cu);
    if (knownParts.some((p) => view.lexicon.findName(nt, p).length > 0)) return cu;
    if (view.find(cu, 'customer.selfIntro').some((m) => nameAfter(view, nt, m.end, true))) return cu;
    // "Ini Ventura?" asks whom the caller reached: a question introduces nobody.
    const weak = view.find(cu, 'customer.selfIntroWeak').filter((m) => !inQuestion(nt, m.start));
    if (weak.some((m) => nameAfter(view, nt, m.end, false))) return cu;
    const lead = view.find(cu, 'customer.selfIntroLead').filter((m) => !inQuestion(nt, m.start) && view.introFillersBefore(nt, m.start));
    if (lead.some((m) => nameAfter(view, nt, m.end, false))) return cu;
  }
  return null;
}

function inQuestion(nt: NormalizedText, t: number): boolean {
  return nt.questionSentences.has(sentenceOf(nt, t));
}


/**
 * Does a name start at token t (after an optional form of address: "saya Ibu Wulandari")? Not a
 * customer.notName word; with a weak marker it must also look like a name: capitalized in text
 * that uses case, else (ASR lowercase) not a known word of the call's language (lexicon.isWord:
 * Indonesian root words; English, the lexicon's classes with `common`). So "saya mau pesan" and
 * "im calling about" are no names; the cost is that lowercase "saya budi" is missed (budi is a
 * word) — the metadata name still counts.
 */
function nameAfter(view: CallView, nt: NormalizedText, t: number, strong: boolean): boolean {
  const address = view.lexicon.classMembers('address');
  while (t < nt.tokens.length && address.includes(nt.tokens[t]!.text)) t++;
  const tok = nt.tokens[t];
  if (!tok || tok.text.length < 2 || !/^\p{L}+$/u.test(tok.text)) return false;
  if (view.lexicon.find(nt, 'customer.notName', { from: t, to: t + 1 }).length > 0) return false;
  // "Ini Ventura", "dengan Mbak Anna": the company or the agent, not the caller.
  const others = [...(view.env.company ? [view.env.company.name, ...view.env.company.aliases] : []), ...(view.agentName ? [view.agentName] : [])];
  if (others.some((n) => view.lexicon.findName(nt, n).some((m) => m.start <= t && t < m.end))) return false;
  if (strong) return true;
  const cased = /\p{Lu}/u.test(nt.original) && /\p{Ll}/u.test(nt.original);
  if (cased) return /^\p{Lu}/u.test(nt.original.slice(tok.from, tok.to));
  return !view.lexicon.isWord(tok.text) && !view.lexicon.isWord(tok.stem);
}
