// Once the customer's name is known, the agent addresses the customer by it (seed lines 125-133, 292, 460).
import { z } from 'zod';
import { defineRule, type Localized } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import type { Lexicon } from '../src/match/lexicon.js';
import { sentenceOf, sentenceRange, type NormalizedText } from '../src/match/normalize.js';
import type { Call, Utterance } from '../src/transcript/model.js';

/** The longest name the customer can give in one go ("Olga Petrovna Sidorova"). */
const MAX_NAME_WORDS = 3;

const SEED_NOTE: Localized = {
  en: 'Seed line 125: "Terima kasih, Bu Sidorova." ("Thank you, Ms Sidorova."); line 460: address the customer by name as often as possible; line 292: saying the name shows respect.',
  id: 'Baris 125 standar: "Terima kasih, Bu Sidorova."; baris 460: sapa pelanggan dengan namanya sesering mungkin; baris 292: menyebut nama berarti menunjukkan rasa hormat.',
};

/** Where the name became known: a customer utterance, or the start of the call (metadata). */
interface Known {
  /** The customer utterance that gave the name; null when it is known from the start. */
  readonly u: Utterance | null;
  /** Forms to look for in the agent's words: the full name and its parts. */
  readonly names: readonly string[];
  /** How the agent says it: the first name, capitalized. */
  readonly display: string;
  /** The whole name as given, each word capitalized ("Olga Sidorova"): the suggestion's first/last name. */
  readonly full: string;
  /** The word of address the customer used for themselves ("saya Ibu Wulandari" → "ibu", "I'm Mrs Lee" → "mrs"), if any. */
  readonly address: string | null;
}

export default defineRule({
  id: 'use-customer-name',
  meta: {
    description: "Require the agent to address the customer by name once the name is known",
    seed: [125, 127, 129, 131, 133, 292, 460],
    defaultSeverity: 'warn',
    appliesTo: "calls where the customer's name is known: said by the customer, or (outbound) from the transcript's metadata",
    messages: {
      nameNeverUsed: {
        en: "The customer's name ({{name}}) is known from {{since}}, but the agent never addresses the customer by it",
        id: 'Nama pelanggan ({{name}}) sudah diketahui sejak {{since}}, tetapi agen tidak pernah menyapa pelanggan dengan namanya',
      },
      nameRarelyUsed: {
        en: "The agent addresses the customer by name ({{name}}) in only {{count}} utterance(s); at least {{min}} expected",
        id: 'Agen menyapa pelanggan dengan namanya ({{name}}) dalam {{count}} ucapan; minimal {{min}}',
      },
    },
    options: z.strictObject({
      minUses: z.number().int().min(1).default(1)
        .describe('How many agent utterances after the name is known must address the customer by it'),
      knownFromMetadata: z.enum(['outbound', 'always', 'never']).default('outbound')
        .describe("When the transcript's customer name (header/JSON) counts as known from the start of the call: on outbound calls (the agent dialed that person), always (the agent's screen shows the caller), or never (only a name the customer says in the call)"),
    }),
  },
  check(call, ctx) {
    const view = ctx.view;
    const agent = view.agentUtterances;
    if (agent.length === 0) return ctx.skip('no agent utterance');
    const { minUses, knownFromMetadata } = ctx.options;

    const meta = call.customer.name?.trim() || null;
    const fromStart = meta !== null && (knownFromMetadata === 'always' || (knownFromMetadata === 'outbound' && call.direction === 'outbound'));
    const said = nameSaid(view, call);
    if (!fromStart && !said) return ctx.skip("customer's name unknown");

    const names = [...new Set([...(meta ? nameForms(meta, view) : []), ...(said?.names ?? [])])];
    const display = said?.display ?? capitalize(meta!.split(/\s+/)[0]!);
    const after = fromStart ? agent : agent.filter((u) => u.index > said!.u!.index);
    if (after.length === 0) return ctx.skip('no agent utterance after the name became known');

    const uses = after.filter((u) => names.some((n) => view.lexicon.findName(view.text(u), n).length > 0));
    if (uses.length >= minUses) return;

    // "Terima kasih, Bu Olga." / "Thank you, Mr Smith.": the words to say, in the call's language.
    const full = said?.full ?? capitalizeAll(meta!);
    const suggestion = view.lexicon.say('use-customer-name.thanks', { name: addressed(view.lexicon, said?.address ?? agentAddress(view), full) });
    if (uses.length === 0) {
      // The evidence: the agent's first words after the customer gave the name (or the opening).
      const cite = said?.u ? agent.find((u) => u.index > said.u!.index) ?? after[0]! : view.opening ?? after[0]!;
      const since: Localized = fromStart
        ? { en: 'the start of the call (the transcript names the customer)', id: 'awal panggilan (nama pelanggan ada di transkrip)' }
        : { en: `line ${said!.u!.line ?? '?'}`, id: `baris ${said!.u!.line ?? '?'}` };
      ctx.report({ messageId: 'nameNeverUsed', data: { name: display, since }, utterance: cite, suggestion, note: SEED_NOTE });
      return;
    }
    // Too rarely: the agent's last words without the name, where it could have been said.
    const without = after.filter((u) => !uses.includes(u));
    ctx.report({
      messageId: 'nameRarelyUsed',
      data: { name: display, count: uses.length, min: minUses },
      utterance: without[without.length - 1] ?? after[after.length - 1]!,
      suggestion,
      note: SEED_NOTE,
    });
  },
});

/** "Olga Sidorova" → ["Olga Sidorova", "Olga", "Sidorova"]: parts of 3+ letters. */
function nameForms(name: string, view: CallView): string[] {
  // A particle ("van" in "Pieter van Wyk") is no name of its own: "the van comes at nine".
  const parts = name.split(/\s+/).filter((p) => p.length >= 3 && !isParticle(view, p));
  return [name, ...parts];
}

/** A lowercase word inside a name (lexicon customer.nameParticle: van, de, bin …). */
function isParticle(view: CallView, word: string): boolean {
  return view.lexicon.has(view.lexicon.normalize(word), 'customer.nameParticle');
}

/**
 * The first customer utterance that gives the customer's name: the metadata name (fuzzily), a
 * self-introduction ("nama saya Olga", "atas nama Budi", "saya Olga dari JackJo", "Ya, dengan
 * Olga"), or the bare answer to the agent's request ("Boleh tahu namanya?" — "Rudi Hartono, Mbak.").
 */
function nameSaid(view: CallView, call: Call): Known | null {
  const meta = call.customer.name?.trim();
  const metaForms = meta ? nameForms(meta, view) : [];
  const us = call.utterances;
  for (const cu of view.customerUtterances) {
    const nt = view.text(cu);
    if (meta && metaForms.some((p) => view.lexicon.findName(nt, p).length > 0)) {
      return { u: cu, names: metaForms, display: capitalize(meta.split(/\s+/)[0]!), full: capitalizeAll(meta), address: selfAddress(view.lexicon, nt) };
    }
    const found: (Omit<Known, 'u'> | null)[] = [];
    for (const m of view.find(cu, 'customer.selfIntro')) found.push(nameAt(view, nt, m.end, 'strong'));
    for (const m of view.find(cu, 'customer.selfIntroWeak')) if (!inQuestion(nt, m.start)) found.push(nameAt(view, nt, m.end, 'weak'));
    for (const m of view.find(cu, 'customer.selfIntroLead')) {
      if (!inQuestion(nt, m.start) && view.introFillersBefore(nt, m.start)) found.push(nameAt(view, nt, m.end, 'weak'));
    }
    // The answer to the agent's request for the name: the name first, after fillers ("Oh, Rudi, Mbak").
    const prev = us.slice(0, cu.index).reverse().find((u) => u.speaker === 'agent');
    if (prev && asksName(view, prev)) {
      let t = 0;
      while (t < nt.tokens.length && view.lexicon.find(nt, 'customer.introFiller', { from: t, to: t + 1 }).length > 0) t++;
      if (!inQuestion(nt, t)) found.push(nameAt(view, nt, t, 'answer'));
    }
    const hit = found.find((k) => k !== null);
    if (hit) return { u: cu, ...hit };
  }
  return null;
}

/**
 * Any request for the caller's name, polite or not (the lexicon of name-request), including a
 * curt short one that is its whole sentence ("Sure, and you are?" — "jim carter"), as
 * name-request's shortRequests reads nameRequest.bareShort.
 */
function asksName(view: CallView, u: Utterance): boolean {
  if (view.has(u, 'nameRequest.polite') || view.has(u, 'nameRequest.bare') || view.has(u, 'nameRequest.interrogation')) return true;
  const nt = view.text(u);
  const lead = new Set<number>();
  for (const m of view.find(u, 'nameRequest.shortLead')) for (let i = m.start; i < m.end; i++) lead.add(i);
  const address = view.lexicon.classMembers('address');
  return view.find(u, 'nameRequest.bareShort').some((m) => {
    const [a, b] = sentenceRange(nt, sentenceOf(nt, m.start));
    for (let i = a; i < b; i++) if ((i < m.start || i >= m.end) && !lead.has(i) && !address.includes(nt.tokens[i]!.text)) return false;
    return true;
  });
}

function inQuestion(nt: NormalizedText, t: number): boolean {
  return t < nt.tokens.length && nt.questionSentences.has(sentenceOf(nt, t));
}


/**
 * The name starting at token t, after an optional form of address ("saya Ibu Wulandari"):
 * - strong (after "nama saya", "atas nama"; "my name is"): any word that is not a common word
 *   (customer.notName, customerName.notName) — capitalized when the text uses case;
 * - weak (after "saya", a leading "ini/dengan"; "I'm", a leading "this is") and answer (the first words of a reply to the
 *   agent's request): it must look like a name — capitalized in cased text (at a sentence start,
 *   where every word is capitalized, also not a known word — lexicon.isWord: an Indonesian root
 *   word, an English `common` word — unless a second capitalized word follows: "Budi Santoso"),
 *   in lowercase ASR text not a known word — except a bare answer that is only the name ("Budi.",
 *   "budi mbak", "jane").
 * Following words that look like names join it, up to MAX_NAME_WORDS. Never the company or the
 * agent's name ("Ini Ventura?", "Oh, dengan Mbak Anna").
 */
function nameAt(view: CallView, nt: NormalizedText, t: number, kind: 'strong' | 'weak' | 'answer'): Omit<Known, 'u'> | null {
  const lx = view.lexicon;
  const address = lx.classMembers('address');
  let addressWord: string | null = null;
  while (t < nt.tokens.length && address.includes(nt.tokens[t]!.text)) {
    // Only a word with a form to say ("ibu" → "Bu", "mrs" → "Mrs Lee"; not "anda").
    if (lx.address(nt.tokens[t]!.text) !== null) addressWord = nt.tokens[t]!.text;
    t++;
  }
  const cased = /\p{Lu}/u.test(nt.original) && /\p{Ll}/u.test(nt.original);
  const raw = (i: number) => nt.original.slice(nt.tokens[i]!.from, nt.tokens[i]!.to);
  const capital = (i: number) => /^\p{Lu}/u.test(raw(i));
  const plausible = (i: number): boolean => {
    const tok = nt.tokens[i];
    if (!tok || tok.text.length < 2 || !/^\p{L}+$/u.test(tok.text)) return false;
    if (lx.find(nt, 'customer.notName', { from: i, to: i + 1 }).length > 0) return false;
    if (lx.find(nt, 'customerName.notName', { from: i, to: i + 1 }).length > 0) return false;
    if (address.includes(tok.text)) return false;
    return true;
  };
  if (!plausible(t)) return null;
  const others = [...(view.env.company ? [view.env.company.name, ...view.env.company.aliases] : []), ...(view.agentName ? [view.agentName] : [])];
  if (others.some((n) => lx.findName(nt, n).some((m) => m.start <= t && t < m.end))) return null;
  const tok = nt.tokens[t]!;
  const common = lx.isWord(tok.text) || lx.isWord(tok.stem);
  const atSentenceStart = nt.sentenceStarts.includes(t);
  const nextCapital = cased && t + 1 < nt.tokens.length && plausible(t + 1) && capital(t + 1);
  if (kind === 'strong') {
    if (cased && !capital(t)) return null;
  } else if (cased) {
    if (!capital(t)) return null;
    if (atSentenceStart && common && !nextCapital && !(kind === 'answer' && onlyFillersAfter(view, nt, t + 1))) return null;
  } else if (common && !(kind === 'answer' && onlyFillersAfter(view, nt, t + 1))) return null;

  const words = [raw(t)];
  let particles = 0;
  for (let i = t + 1; i < nt.tokens.length && words.length - particles < MAX_NAME_WORDS; i++) {
    const gap = nt.original.slice(nt.tokens[i - 1]!.to, nt.tokens[i]!.from);
    if (/[,;:.!?]/.test(gap)) break;
    // "Pieter van Wyk": a lowercase particle joins when a capitalized name word follows it.
    if (cased && !capital(i) && i + 1 < nt.tokens.length && capital(i + 1) && plausible(i + 1)
      && lx.find(nt, 'customer.nameParticle', { from: i, to: i + 1 }).length > 0
      && !/[,;:.!?]/.test(nt.original.slice(nt.tokens[i]!.to, nt.tokens[i + 1]!.from))) {
      words.push(raw(i));
      particles++;
      continue;
    }
    if (!plausible(i)) break;
    const looks = cased ? capital(i) : !lx.isWord(nt.tokens[i]!.text) && !lx.isWord(nt.tokens[i]!.stem);
    if (!looks) break;
    words.push(raw(i));
  }
  const full = words.join(' ');
  return { names: nameForms(full, view), display: capitalize(words[0]!), full: capitalizeAll(full), address: addressWord };
}

/**
 * Only fillers and forms of address from token t on: the reply is just the name ("Budi.",
 * "budi mbak"), so even a name that is also a word ("budi") is the answer to the request.
 */
function onlyFillersAfter(view: CallView, nt: NormalizedText, t: number): boolean {
  for (let i = t; i < nt.tokens.length; i++) {
    if (view.lexicon.find(nt, 'customer.introFiller', { from: i, to: i + 1 }).length === 0) return false;
  }
  return true;
}

/**
 * "saya Ibu Olga", "I'm Mrs Lee": the word of address the customer uses for themselves, right
 * after a customer.selfIntroWeak marker (saya, aku / I'm, I am).
 */
function selfAddress(lx: Lexicon, nt: NormalizedText): string | null {
  for (const m of lx.find(nt, 'customer.selfIntroWeak')) {
    const next = nt.tokens[m.end]?.text;
    if (next !== undefined && lx.address(next) !== null) return next;
  }
  return null;
}

/** The first word of address the agent uses ("pak", "bu", "sir", "maam") that has a form to say; null if none. */
function agentAddress(view: CallView): string | null {
  for (const u of view.agentUtterances) {
    const word = view.text(u).tokens.find((t) => view.lexicon.address(t.text) !== null);
    if (word) return word.text;
  }
  return null;
}

/**
 * The customer as the agent should say it: the form of address with the name when that form
 * takes one ("ibu" → "Bu Olga", "mr" → "Mr Smith"), else the say key use-customer-name.name
 * ("Bapak/Ibu Olga"; English: the first name, since "sir" takes no name).
 */
function addressed(lx: Lexicon, word: string | null, full: string): string {
  if (word !== null && lx.addressTakesName(word)) return lx.address(word, full)!;
  return lx.say('use-customer-name.name', { first: full.split(/\s+/)[0]! });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

function capitalizeAll(name: string): string {
  return name.trim().split(/\s+/).map(capitalize).join(' ');
}
