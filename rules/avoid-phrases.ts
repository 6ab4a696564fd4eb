// Flag the words the standard tells the agent to avoid: "Saya tidak tahu", "kita tidak bisa", "tetapi", "Anda harus", "seolah-olah", informal pronouns, "kita" for the company (seed lines 432, 447); in English "I don't know", "we can't", "but", "you have to", "as if".
import { z } from 'zod';
import { capitalize } from '../src/engine/phrasing.js';
import { defineRule, type Localized, type Text } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import { isQuoted, NEGATION_WINDOW } from '../src/match/negation.js';
import { isRootWord, sentenceOf, stem, type NormalizedText } from '../src/match/normalize.js';
import { matchPhrase, PhraseSyntaxError, type CompiledPhrase, type PhraseMatch } from '../src/match/phrase.js';
import type { Utterance } from '../src/transcript/model.js';

/** Phrase families, in the order that wins when two overlap at the same words. */
const FAMILIES = ['dontKnow', 'weCannot', 'youMust', 'kitaForCompany', 'asIf', 'but', 'informalPronoun', 'tidak', 'semua'] as const;
type Family = (typeof FAMILIES)[number];

/** "tidak" and "semua" are in the seed's list, but alone they are too common to flag by default. */
const DEFAULT_FAMILIES: readonly Family[] = FAMILIES.filter((f) => f !== 'tidak' && f !== 'semua');

/**
 * Families whose phrase a negator before it reverses ("jangan bilang saya tidak tahu", "bukan
 * berarti Anda harus …"). A negator does not undo a conjunction, a pronoun or "kita": "bukan
 * dari kita" still says "kita" for the company.
 */
const NEGATABLE: ReadonlySet<Family> = new Set(['dontKnow', 'weCannot', 'youMust']);

/**
 * The seed's phrase for an operator without the answer (line 432) is the say key
 * `avoid-phrases.clarify` ("Saya perlu mengklarifikasi informasi." / "Let me find that out for you.").
 */
const CLARIFY_NOTE: Localized = {
  en: 'Seed line 432: an operator without a reliable answer says "Saya perlu mengklarifikasi informasi" ("I need to clarify the information") or "Saya akan mengklarifikasi informasi" ("I will clarify the information").',
  id: 'Standar baris 432: operator yang belum punya jawaban pasti mengatakan "Saya perlu mengklarifikasi informasi" atau "Saya akan mengklarifikasi informasi".',
};

/** What to say instead of an informal pronoun, for the message. */
const FORMAL_YOU: Localized = { en: '"Bapak/Ibu" ("sir/madam") or "Anda" (the formal "you")', id: '"Bapak/Ibu" atau "Anda"' };
const FORMAL_I: Localized = { en: '"saya" (the formal "I")', id: '"saya"' };

interface Hit {
  readonly family: Family;
  /** Token range [start, end): what overlaps are resolved on. */
  readonly start: number;
  readonly end: number;
  /** Character span to point at. */
  readonly from: number;
  readonly to: number;
  /** The words quoted in the message (may be wider than the span: "promo kita"). */
  readonly phrase: string;
  readonly suggestion: Text;
  /** informalPronoun: the formal word to use. */
  readonly instead?: Localized;
  readonly note?: Localized;
}

export default defineRule({
  id: 'avoid-phrases',
  meta: {
    description: 'Disallow the phrases the standard tells the agent to avoid: "Saya tidak tahu", "kita tidak bisa", "tetapi", "Anda harus", "seolah-olah", informal pronouns and "kita" for the company',
    seed: [432, 447],
    defaultSeverity: 'warn',
    appliesTo: "every call with an agent utterance; only the agent's words are judged",
    messages: {
      dontKnow: {
        en: '"{{phrase}}": do not tell the customer you don\'t know; say you will clarify the information',
        id: '"{{phrase}}": jangan katakan kepada pelanggan bahwa Anda tidak tahu; katakan Anda akan mengklarifikasi informasinya',
      },
      weCannot: {
        en: '"{{phrase}}" is a flat refusal; say what can be done instead',
        id: '"{{phrase}}" adalah penolakan langsung; sampaikan apa yang bisa dilakukan',
      },
      youMust: {
        en: '"{{phrase}}" orders the customer about; ask or offer instead',
        id: '"{{phrase}}" terdengar memerintah pelanggan; sampaikan sebagai permintaan atau tawaran',
      },
      kitaForCompany: {
        en: '"{{phrase}}": "kita" ("we", including the customer) for the company; the agent says "kami" ("we", without the customer)',
        id: '"{{phrase}}": "kita" dipakai untuk perusahaan; agen menggunakan "kami"',
      },
      asIf: {
        en: '"{{phrase}}" sounds as if the agent doubts the customer',
        id: '"{{phrase}}" terdengar seolah agen meragukan pelanggan',
      },
      but: {
        en: '"{{phrase}}" cancels what was said before it',
        id: '"{{phrase}}" membatalkan kalimat sebelumnya',
      },
      informalPronoun: {
        en: 'Informal pronoun "{{phrase}}"; say {{instead}}',
        id: 'Kata ganti tidak baku "{{phrase}}"; gunakan {{instead}}',
      },
      tidak: {
        en: '"{{phrase}}": a negative word; say what is possible',
        id: '"{{phrase}}": kata negatif; sampaikan apa yang bisa dilakukan',
      },
      semua: {
        en: '"{{phrase}}": a sweeping word; be specific',
        id: '"{{phrase}}": kata yang terlalu menyeluruh; sebutkan secara spesifik',
      },
    },
    options: z.strictObject({
      families: z.array(z.enum(FAMILIES)).default([...DEFAULT_FAMILIES])
        .describe('The phrase families to flag; replaces the default list ("tidak" and "semua" are off by default: too common)'),
      allow: z.array(z.string().min(1)).default([])
        .describe('Phrases whose words are never flagged (a product name such as "Aku Sehat", a script line)'),
    }),
  },
  check(_call, ctx) {
    const { view, options } = ctx;
    if (view.agentUtterances.length === 0) return ctx.skip('no agent utterance');
    const families = new Set(options.families);
    if (families.size === 0) return ctx.skip('no phrase family enabled');
    const allow = compileAllow(view, options.allow);

    for (const u of view.agentUtterances) {
      for (const hit of hitsIn(view, u, families, allow)) {
        const data: Record<string, string | Localized> = { phrase: hit.phrase };
        if (hit.instead) data.instead = hit.instead;
        ctx.report({
          messageId: hit.family,
          data,
          utterance: u,
          span: [hit.from, hit.to],
          suggestion: hit.suggestion,
          ...(hit.note ? { note: hit.note } : {}),
        });
      }
    }
  },
});

/** The allow list as phrases (words only; punctuation in an entry is ignored). */
function compileAllow(view: CallView, entries: readonly string[]): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  for (const e of entries) {
    const words = e.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) continue;
    try {
      out.push(view.lexicon.compile(words.join(' ')));
    } catch (err) {
      if (!(err instanceof PhraseSyntaxError)) throw err;
    }
  }
  return out;
}

/** Every avoid-phrase in one agent utterance, one per occurrence, overlaps resolved. */
function hitsIn(view: CallView, u: Utterance, families: ReadonlySet<Family>, allow: readonly CompiledPhrase[]): Hit[] {
  const nt = view.text(u);
  const lx = view.lexicon;
  const negators = new Set(lx.classMembers('negator'));
  // Words of the negator class that reverse nothing here: "no, we can't" (English "no" before a
  // pronoun), "don't worry, you just have to …".
  const notNegating = cover(lx.find(nt, 'avoid.notNegating'));
  const all: Hit[] = [];
  const text = (from: number, to: number) => u.text.slice(from, to);
  const plain = (family: Family, m: PhraseMatch, suggestion: Text): Hit =>
    ({ family, start: m.start, end: m.end, from: m.from, to: m.to, phrase: text(m.from, m.to), suggestion });

  if (families.has('dontKnow')) {
    const clarify = lx.say('avoid-phrases.clarify');
    for (const m of lx.find(nt, 'avoid.dontKnow')) all.push({ ...plain('dontKnow', m, clarify), note: CLARIFY_NOTE });
    // A bare "nggak tahu" is the agent's own only where it opens a clause ("Nggak tahu, Pak"):
    // "Bapak tidak tahu nomornya?" is about the customer.
    const lead = cover(lx.find(nt, 'avoid.dontKnowLead'));
    for (const m of lx.find(nt, 'avoid.dontKnowBare')) {
      if (nt.questionSentences.has(sentenceOf(nt, m.start))) continue;
      if (opensClause(nt, m.start, lead)) all.push({ ...plain('dontKnow', m, clarify), note: CLARIFY_NOTE });
    }
  }
  if (families.has('weCannot')) {
    for (const m of lx.find(nt, 'avoid.weCannot')) {
      const hit = plain('weCannot', m, lx.say('avoid-phrases.canDo'));
      // One finding for "kita tidak bisa"; the "kita" slip rides along as a note.
      const kita = lx.find(nt, 'avoid.kita', { from: m.start, to: m.end }).length > 0;
      all.push(kita ? { ...hit, note: { en: 'Also: for the company the agent says "kami" ("we", without the customer), not "kita" ("we", including the customer).', id: 'Selain itu: untuk perusahaan, agen menggunakan "kami", bukan "kita".' } } : hit);
    }
  }
  if (families.has('youMust')) {
    const address = new Set(lx.classMembers('address'));
    for (const m of lx.find(nt, 'avoid.youMust')) all.push(plain('youMust', m, politeRequest(view, nt, u, m.start, m.end, address)));
    // "Bu Sari harus …": a form of address and the customer's name before "harus".
    const name = new Set((view.call.customer.name ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 2));
    for (const m of lx.find(nt, 'avoid.mustWord')) {
      const t = m.start;
      if (t < 2 || !name.has(nt.tokens[t - 1]!.text) || !address.has(nt.tokens[t - 2]!.text)) continue;
      const from = nt.tokens[t - 2]!.from;
      all.push({ family: 'youMust', start: t - 2, end: m.end, from, to: m.to, phrase: text(from, m.to), suggestion: politeRequest(view, nt, u, t - 2, m.end, address, text(from, nt.tokens[t - 1]!.to)) });
    }
  }
  if (families.has('kitaForCompany')) {
    // "kita dari Ventura": the configured company right after "kita dari".
    const company = view.findCompany(u);
    const kitaFrom = lx.find(nt, 'avoid.kitaFrom').filter((m) => company.some((c) => c.start === m.end));
    for (const m of [...lx.find(nt, 'avoid.kitaCompany'), ...kitaFrom]) {
      const kitas = lx.find(nt, 'avoid.kita', { from: m.start, to: m.end });
      if (kitas.length === 0) continue;
      const [a, b] = clauseRange(nt, kitas[0]!.start);
      // "Mari kita cek bersama": the agent and the customer together, not the company.
      if (lx.find(nt, 'avoid.kitaInclusive', { from: a, to: b }).length > 0) continue;
      // "promo kita" → "promo kami": every "kita" of the phrase becomes the exclusive word.
      const kami = lx.say('avoid-phrases.kami');
      let suggestion = '';
      let at = m.from;
      for (const k of kitas) {
        suggestion += text(at, k.from) + (/^\p{Lu}/u.test(text(k.from, k.to)) ? capitalize(kami) : kami);
        at = k.to;
      }
      suggestion += text(at, m.to);
      all.push({ family: 'kitaForCompany', start: m.start, end: m.end, from: kitas[0]!.from, to: kitas[0]!.to, phrase: text(m.from, m.to), suggestion });
    }
  }
  // The instructions below are in the report's language; the words they quote are the call's.
  if (families.has('asIf')) {
    const asIf = lx.say('avoid-phrases.asIfWord');
    for (const m of lx.find(nt, 'avoid.asIf')) {
      all.push(plain('asIf', m, { en: `Say plainly what happened, without "${asIf}"`, id: `Sampaikan apa yang terjadi secara langsung, tanpa "${asIf}"` }));
    }
  }
  if (families.has('but')) {
    const and = lx.say('avoid-phrases.andWord');
    for (const m of lx.find(nt, 'avoid.but')) {
      all.push(plain('but', m, { en: `Join the two parts with "${and}", or lead with what is possible`, id: `Sambungkan kedua bagian dengan "${and}", atau mulai dengan hal yang bisa dilakukan` }));
    }
  }
  if (families.has('informalPronoun')) {
    const particleNext = cover(lx.find(nt, 'avoid.loParticleNext'));
    for (const m of lx.find(nt, 'avoid.informalYou')) {
      if (nt.tokens[m.start]!.text === 'lo' && isParticleLo(nt, m.start, particleNext)) continue;
      all.push({ ...plain('informalPronoun', m, lx.say('avoid-phrases.formalYou')), instead: FORMAL_YOU });
    }
    for (const m of lx.find(nt, 'avoid.informalI')) all.push({ ...plain('informalPronoun', m, lx.say('avoid-phrases.formalI')), instead: FORMAL_I });
    // The clitics -mu/-ku are Indonesian morphology: other languages have no bound pronoun to find.
    if (lx.language === 'id') all.push(...clitics(view, nt, u));
  }
  if (families.has('tidak')) {
    const fine = lx.find(nt, 'avoid.tidakFine');
    for (const m of lx.find(nt, 'avoid.tidak')) {
      if (fine.some((f) => f.start <= m.start && m.end <= f.end)) continue;
      all.push(plain('tidak', m, { en: 'Say what can be done instead of what cannot', id: 'Sampaikan apa yang bisa dilakukan, bukan apa yang tidak bisa' }));
    }
  }
  if (families.has('semua')) {
    const allWord = lx.say('avoid-phrases.allWord');
    for (const m of lx.find(nt, 'avoid.semua')) {
      all.push(plain('semua', m, { en: `Name exactly what you mean instead of "${allWord}"`, id: `Sebutkan secara spesifik, bukan "${allWord}"` }));
    }
  }

  const allowed = allow.flatMap((p) => matchPhrase(nt, p));
  // Phrases in which an avoid-word says no such thing: "do you need to …?", "you must be tired",
  // "not only … but also", "I'm sorry you have to …" (English; the Indonesian lists need none).
  // One counts only within a clause: "I'm sorry, you have to sign first" is still an order, and
  // "However, you'd like …" still the conjunction.
  const harmless = lx.find(nt, 'avoid.harmless').filter((f) => !spansClauseBreak(nt, f.start, f.end));
  // A negator that belongs to another avoid-phrase ("gak tau pak kita tidak bisa") does not
  // reverse the next one; the core's isNegated cannot know that, so the check is done here.
  // (A `tidak` hit is the bare negator itself: it still negates what follows.)
  const claimed = (h: Hit, i: number) => all.some((o) => o !== h && o.family !== 'tidak' && o.start <= i && i < o.end);
  const kept = all.filter((h) =>
    // Quoted words are mentioned, not said: 'jangan bilang "saya tidak tahu"'.
    !isQuoted(nt, h.start, h.end)
    && !(NEGATABLE.has(h.family) && negatedBefore(nt, h, negators, (i) => claimed(h, i) || notNegating.has(i)))
    // "Anda tidak harus …" is no order; "Baik Bapak, harus saya cek" is two clauses.
    && !(h.family === 'youMust' && negatorInside(nt, h, negators))
    && !spansClauseBreak(nt, h.start, h.end)
    && !allowed.some((a) => a.start <= h.start && h.end <= a.end)
    && !harmless.some((f) => f.start <= h.start && h.end <= f.end));

  // One finding per occurrence: where two families claim the same words, the longer phrase
  // wins ("kita tidak bisa" is one refusal, not also a "kita" and a "tidak"), then FAMILIES order.
  kept.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family));
  const out: Hit[] = [];
  let until = -1;
  for (const h of kept) if (h.start >= until) { out.push(h); until = h.end; }
  return out;
}

/** Token indices covered by any of the matches. */
function cover(ms: readonly PhraseMatch[]): Set<number> {
  const s = new Set<number>();
  for (const m of ms) for (let i = m.start; i < m.end; i++) s.add(i);
  return s;
}

const CLAUSE_BREAK = /[,;:.!?]/;

/** The text between tokens i and i+1 ends a clause. */
function breakAfter(nt: NormalizedText, i: number): boolean {
  return CLAUSE_BREAK.test(nt.original.slice(nt.tokens[i]!.to, nt.tokens[i + 1]!.from));
}

/** Token t starts its clause, allowing only `skippable` words (interjections) before it. */
function opensClause(nt: NormalizedText, t: number, skippable: ReadonlySet<number>): boolean {
  for (let i = t - 1; i >= 0; i--) {
    if (breakAfter(nt, i)) return true;
    if (!skippable.has(i)) return false;
  }
  return true;
}

/** Token range [a, b) of the clause holding token t (between , ; : . ! ?). */
function clauseRange(nt: NormalizedText, t: number): [number, number] {
  let a = t;
  while (a > 0 && !breakAfter(nt, a - 1)) a--;
  let b = t + 1;
  while (b < nt.tokens.length && !breakAfter(nt, b - 1)) b++;
  return [a, b];
}

function spansClauseBreak(nt: NormalizedText, start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) if (breakAfter(nt, i)) return true;
  return false;
}

/**
 * A negator up to NEGATION_WINDOW words before the phrase, in the same clause, reverses it
 * ("jangan bilang saya tidak tahu", "bukan berarti Anda harus …") — as the core's isNegated,
 * except that a negator inside another hit, or one that `ignored` names ("no, we can't"), does
 * not count.
 */
function negatedBefore(nt: NormalizedText, h: Hit, negators: ReadonlySet<string>, ignored: (i: number) => boolean): boolean {
  for (let i = h.start - 1; i >= 0 && i >= h.start - NEGATION_WINDOW; i--) {
    if (breakAfter(nt, i)) return false;
    if (negators.has(nt.tokens[i]!.text) && !ignored(i)) return true;
  }
  return false;
}

function negatorInside(nt: NormalizedText, h: Hit, negators: ReadonlySet<string>): boolean {
  for (let i = h.start + 1; i < h.end - 1; i++) if (negators.has(nt.tokens[i]!.text)) return true;
  return false;
}

/**
 * "lo" is also the particle "lho" ("sudah bisa lo, Pak"): it is a pronoun only where more
 * words of its clause follow, and the next one is not a particle or a form of address.
 */
function isParticleLo(nt: NormalizedText, t: number, particleNext: ReadonlySet<number>): boolean {
  if (t + 1 >= nt.tokens.length || breakAfter(nt, t)) return true;
  return particleNext.has(t + 1);
}

/**
 * The clitic forms of kamu and aku: "namamu", "membantumu", "pesananku". A word counts when it
 * ends in -mu/-ku, is not itself a dictionary word ("tamu", "ilmu", "saku", "selaku" are), and
 * has the same stem without the ending ("membantumu" → "membantu", both "bantu").
 */
function clitics(view: CallView, nt: NormalizedText, u: Utterance): Hit[] {
  const names = [view.call.customer.name, view.agentName].filter((n): n is string => !!n)
    .flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u));
  const out: Hit[] = [];
  nt.tokens.forEach((tok, i) => {
    const w = tok.text;
    const ending = w.endsWith('mu') ? 'mu' : w.endsWith('ku') ? 'ku' : null;
    if (!ending || w.length <= 4 || !/^\p{L}+$/u.test(w) || isRootWord(w) || names.includes(w)) return;
    const s = stem(w);
    if (s === w || stem(w.slice(0, -2)) !== s) return;
    const base = u.text.slice(tok.from, tok.to - 2);
    out.push({
      family: 'informalPronoun', start: i, end: i + 1, from: tok.from, to: tok.to, phrase: u.text.slice(tok.from, tok.to),
      suggestion: `${base} ${view.lexicon.say(ending === 'mu' ? 'avoid-phrases.formalYou' : 'avoid-phrases.formalI')}`,
      instead: ending === 'mu' ? FORMAL_YOU : FORMAL_I,
    });
  });
  return out;
}

/**
 * The customer as the subject of an Indonesian request, by the form of address the agent used
 * ("pak" → "Bapak", "bu" → "Ibu"); null for any other word (the say key `avoid-phrases.formalYou`
 * then gives "Bapak/Ibu" or English "you").
 */
function addressFor(word: string): string | null {
  if (word === 'bapak' || word === 'pak') return 'Bapak';
  if (word === 'ibu' || word === 'bu') return 'Ibu';
  return null;
}

/**
 * "Anda harus mengisi formulir ini" → "Silakan Bapak/Ibu mengisi formulir ini." ("You need to
 * fill in this form" → "Would you please fill in this form?"): the rest of the clause after the
 * order, as a request (say key `avoid-phrases.request`). The passive "Formulirnya harus Bapak
 * isi" (a phrase that starts with the must-word, `avoid.mustWord`) → "Formulirnya mohon Bapak
 * isi." (`avoid-phrases.requestPassive`).
 */
function politeRequest(view: CallView, nt: NormalizedText, u: Utterance, start: number, end: number, address: ReadonlySet<string>, addressed?: string): string {
  const lx = view.lexicon;
  const words = nt.tokens.slice(start, end).map((t) => t.text);
  const addr = addressed ?? addressFor(words.find((w) => address.has(w)) ?? '') ?? lx.say('avoid-phrases.formalYou');
  const [clauseStart, clauseEnd] = clauseRange(nt, end - 1);
  const slice = (a: number, b: number) => (a < b ? u.text.slice(nt.tokens[a]!.from, nt.tokens[b - 1]!.to) : '');
  if (lx.find(nt, 'avoid.mustWord', { from: start, to: start + 1 }).length > 0) {
    return capitalize(lx.say('avoid-phrases.requestPassive', { before: slice(clauseStart, start), after: slice(start + 1, clauseEnd) }));
  }
  return capitalize(lx.say('avoid-phrases.request', { address: addr, rest: slice(end, clauseEnd) || '…' }));
}
