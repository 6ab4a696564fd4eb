// Phrases are plain words with three small marks, never regular expressions:
//   "sudah|telah"  either word        "{address}"  any word of a lexicon class
//   "saya?"        optional word      "=bicara"    this exact form (no affix matching)
// Words match by canonical form or by stem in the lexicon's language, so "tunggu" also finds
// "menunggu" and "wait" finds "waiting".
import { stem, type NormalizedText, type Stemmer, type VariantMap } from './normalize.js';

interface Alternative {
  readonly word: string;
  readonly stem: string;
  readonly exact: boolean;
}

interface Slot {
  readonly alternatives: readonly Alternative[];
  readonly optional: boolean;
}

export interface CompiledPhrase {
  readonly source: string;
  readonly slots: readonly Slot[];
}

export interface PhraseMatch {
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  /** Character span in the original text. */
  readonly from: number;
  readonly to: number;
  readonly phrase: string;
}

export class PhraseSyntaxError extends Error {}

/** Lowercases and variant-maps one written word the same way utterances are normalized. */
function canonicalWords(word: string, variants: VariantMap): string[] {
  const w = word.normalize('NFKC').toLowerCase();
  return [...(variants.get(w) ?? [w])];
}

/**
 * A phrase whose alternatives include a word that a variant turns into several ("=matur
 * =nuwun|=suwun" with nuwun → "terima kasih") becomes one phrase per such alternative, so every
 * alternative can still match the variant-mapped utterance.
 */
export function expandAlternatives(source: string, variants: VariantMap): string[] {
  let results: string[][] = [[]];
  for (const part of source.trim().split(/\s+/).filter(Boolean)) {
    const optional = part.endsWith('?') && part.length > 1;
    const body = optional ? part.slice(0, -1) : part;
    const alts = body.split('|');
    const words = (a: string) => variants.get(a.replace(/^=/, '').normalize('NFKC').toLowerCase());
    const multi = alts.filter((a) => !a.startsWith('{') && (words(a)?.length ?? 1) > 1);
    if (multi.length === 0) {
      results = results.map((r) => [...r, part]);
      continue;
    }
    const singles = alts.filter((a) => !multi.includes(a));
    const branches: string[][] = [];
    if (singles.length) branches.push([singles.join('|')]);
    for (const m of multi) branches.push(words(m)!.map((w) => (m.startsWith('=') ? '=' : '') + w));
    if (optional) branches.push([]);
    results = results.flatMap((r) => branches.map((b) => [...r, ...b]));
  }
  return [...new Set(results.map((r) => r.join(' ')).filter(Boolean))];
}

export function compilePhrase(source: string, variants: VariantMap, classes: ReadonlyMap<string, readonly string[]>, stemmer: Stemmer = stem): CompiledPhrase {
  const slots: Slot[] = [];
  const parts = source.trim().split(/\s+/).filter(Boolean);
  for (const part of parts) {
    let body = part;
    const optional = body.endsWith('?') && body.length > 1;
    if (optional) body = body.slice(0, -1);
    const alternatives: Alternative[] = [];
    const multi: string[][] = [];
    for (const alt of body.split('|')) {
      if (alt === '') throw new PhraseSyntaxError(`empty alternative in "${source}"`);
      const cls = /^\{([\w.-]+)\}$/.exec(alt);
      if (cls) {
        const members = classes.get(cls[1]!);
        if (!members) throw new PhraseSyntaxError(`unknown class {${cls[1]}} in "${source}"`);
        for (const m of members) alternatives.push({ word: m, stem: stemmer(m), exact: true });
        continue;
      }
      const exact = alt.startsWith('=');
      const raw = exact ? alt.slice(1) : alt;
      if (!/^[\p{L}\p{N}]+$/u.test(raw)) {
        throw new PhraseSyntaxError(`"${alt}" in "${source}" is not a word: use letters and digits only (marks: a|b, {class}, word?, =word)`);
      }
      const words = canonicalWords(raw, variants);
      if (words.length === 1) alternatives.push({ word: words[0]!, stem: stemmer(words[0]!), exact });
      else multi.push(words); // a variant that expands to several words ("makasih")
    }
    if (multi.length > 0) {
      if (alternatives.length > 0 || multi.length > 1 || optional) {
        throw new PhraseSyntaxError(`"${body}" in "${source}" expands to several words; write them out instead`);
      }
      for (const w of multi[0]!) slots.push({ alternatives: [{ word: w, stem: stemmer(w), exact: false }], optional: false });
      continue;
    }
    slots.push({ alternatives, optional });
  }
  if (slots.length === 0 || slots.every((s) => s.optional)) throw new PhraseSyntaxError(`phrase "${source}" has no required word`);
  return { source, slots };
}

function slotMatches(slot: Slot, tokenText: string, tokenStem: string): boolean {
  for (const a of slot.alternatives) {
    if (a.word === tokenText) return true;
    // Affix-insensitive only for content words; short stems are too ambiguous.
    if (!a.exact && a.stem.length >= 4 && a.stem === tokenStem) return true;
  }
  return false;
}

const vocabularies = new WeakMap<NormalizedText, { texts: Set<string>; stems: Set<string> }>();

/** The distinct words and stems of a text (computed once per text). */
export function vocabulary(nt: NormalizedText): { readonly texts: ReadonlySet<string>; readonly stems: ReadonlySet<string> } {
  let vocab = vocabularies.get(nt);
  if (!vocab) {
    vocab = { texts: new Set(nt.tokens.map((t) => t.text)), stems: new Set(nt.tokens.map((t) => t.stem)) };
    vocabularies.set(nt, vocab);
  }
  return vocab;
}

/**
 * Which of a concept's phrases can start a match in a text, found from the text's words instead
 * of trying every phrase: phrases are indexed by the words (and stems) of their first required
 * slot; phrases that start with an optional word are always tried.
 */
export class PhraseIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byStem = new Map<string, number[]>();
  private readonly always: number[] = [];

  constructor(readonly phrases: readonly CompiledPhrase[]) {
    phrases.forEach((p, i) => {
      const first = p.slots[0]!;
      if (first.optional) {
        this.always.push(i);
        return;
      }
      for (const a of first.alternatives) {
        push(this.byWord, a.word, i);
        if (!a.exact && a.stem.length >= 4) push(this.byStem, a.stem, i);
      }
    });
  }

  /** Phrase indices worth trying on this text, in the concept's order. */
  candidates(nt: NormalizedText): number[] {
    const v = vocabulary(nt);
    const marks = new Uint8Array(this.phrases.length);
    for (const i of this.always) marks[i] = 1;
    // Walk whichever side is smaller: the index's words or the text's words.
    const mark = (index: Map<string, number[]>, words: ReadonlySet<string>) => {
      if (index.size <= words.size) {
        for (const [w, list] of index) if (words.has(w)) for (const i of list) marks[i] = 1;
      } else {
        for (const w of words) for (const i of index.get(w) ?? []) marks[i] = 1;
      }
    };
    mark(this.byWord, v.texts);
    mark(this.byStem, v.stems);
    const out: number[] = [];
    for (let i = 0; i < marks.length; i++) if (marks[i]) out.push(i);
    return out;
  }
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/**
 * A quick necessary test: every required word of the phrase occurs somewhere in the text.
 * Most phrases fail it, which spares the positional search (the hot path on large batches).
 */
function mayMatch(nt: NormalizedText, phrase: CompiledPhrase): boolean {
  const vocab = vocabulary(nt);
  for (const slot of phrase.slots) {
    if (slot.optional) continue;
    if (!slot.alternatives.some((a) => vocab.texts.has(a.word) || (!a.exact && a.stem.length >= 4 && vocab.stems.has(a.stem)))) return false;
  }
  return true;
}

/**
 * All non-overlapping matches, left to right. `slop` lets that many other words sit between
 * two words of the phrase ("terima kasih [banyak] sudah menunggu").
 */
export function matchPhrase(nt: NormalizedText, phrase: CompiledPhrase, slop = 0, from = 0, to = nt.tokens.length): PhraseMatch[] {
  if (!mayMatch(nt, phrase)) return [];
  const out: PhraseMatch[] = [];
  const toks = nt.tokens;
  const tryAt = (slotIdx: number, tokIdx: number, first: boolean): number => {
    // Returns the end token index of a match of slots[slotIdx..] starting at or after tokIdx, or -1.
    if (slotIdx === phrase.slots.length) return tokIdx;
    const slot = phrase.slots[slotIdx]!;
    const maxSkip = first ? 0 : slop;
    for (let skip = 0; skip <= maxSkip; skip++) {
      const t = tokIdx + skip;
      if (t >= to) break;
      const tok = toks[t]!;
      if (slotMatches(slot, tok.text, tok.stem)) {
        const end = tryAt(slotIdx + 1, t + 1, false);
        if (end >= 0) return end;
      }
    }
    if (slot.optional) return tryAt(slotIdx + 1, tokIdx, first);
    return -1;
  };
  const first = phrase.slots[0]!;
  for (let start = from; start < to; ) {
    // Cheap pre-check: a match starts on a word of the first (required) slot.
    if (!first.optional && !slotMatches(first, toks[start]!.text, toks[start]!.stem)) {
      start++;
      continue;
    }
    const end = tryAt(0, start, true);
    if (end > start) {
      out.push({ start, end, from: toks[start]!.from, to: toks[end - 1]!.to, phrase: phrase.source });
      start = end;
    } else start++;
  }
  return out;
}
