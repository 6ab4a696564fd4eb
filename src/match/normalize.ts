// Normalizes an utterance once: case, punctuation, whitespace, ASR/spelling variants, stems.
// Every phrase rule matches against these tokens, never against raw text.
import stemmerId from 'natural/lib/natural/stemmers/indonesian/stemmer_id.js';
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

export interface Token {
  /** Canonical form: lowercase, variant-mapped ("trima" → "terima"). */
  readonly text: string;
  /** Stem of `text` in the lexicon's language ("menunggu" → "tunggu", "waiting" → "wait"). */
  readonly stem: string;
  /** Character span in the original text; a variant that splits ("makasih" → "terima kasih") shares it. */
  readonly from: number;
  readonly to: number;
}

export interface NormalizedText {
  readonly original: string;
  readonly tokens: readonly Token[];
  /** Token indices where a sentence starts after . ! ? (index 0 included). */
  readonly sentenceStarts: readonly number[];
  /** Indices of sentences (same order as sentenceStarts) that end with "?". */
  readonly questionSentences: ReadonlySet<number>;
}

/** Variant → canonical words ("terimakasih" → ["terima", "kasih"]). */
export type VariantMap = ReadonlyMap<string, readonly string[]>;

/** One lowercase word to its stem, in one language. */
export type Stemmer = (word: string) => string;

/** A stemmer with a cache; numbers and very short tokens are their own stem. */
function cachedStemmer(raw: (word: string) => string): Stemmer {
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = word.length <= 3 || /\d/.test(word) ? word : raw(word);
      cache.set(word, s);
    }
    return s;
  };
}

/** The Indonesian stem of one lowercase word (the stemmer does dictionary look-ups). */
export const stem: Stemmer = cachedStemmer((w) => stemmerId.stem(w));

const englishStem: Stemmer = cachedStemmer((w) => porter.stem(w));
const identity: Stemmer = (w) => w;

/** The stemmer of a lexicon's language: Indonesian (Sastrawi-style), English (Porter), else none. */
export function stemmerFor(language: string): Stemmer {
  return language === 'id' ? stem : language === 'en' ? englishStem : identity;
}

let rootWords: ReadonlySet<string> | null = null;

/**
 * An Indonesian root word (the stemmer's kata-dasar dictionary, ~30,000 words): tells a common
 * word from a name in lowercase ASR text ("saya pesan" vs "saya olga").
 */
export function isRootWord(word: string): boolean {
  rootWords ??= new Set((stemmerId as unknown as { dictionary: readonly string[] }).dictionary);
  return rootWords.has(word);
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const SENTENCE_END = /[.!?]+/g;

/** Lowercase word runs of the text, with their spans. */
function rawWords(text: string): { w: string; from: number; to: number }[] {
  const out: { w: string; from: number; to: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ w: m[0].normalize('NFKC').toLowerCase().replace(/['’]/g, ''), from: m.index!, to: m.index! + m[0].length });
  }
  return out;
}

export function normalize(text: string, variants: VariantMap, stemmer: Stemmer = stem): NormalizedText {
  const words = rawWords(text);
  // ASR spells acronyms letter by letter ("b c a"): join runs of two or more single letters.
  const joined: { w: string; from: number; to: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const cur = words[i]!;
    if (cur.w.length === 1 && /\p{L}/u.test(cur.w) && words[i + 1]?.w.length === 1 && /\p{L}/u.test(words[i + 1]!.w)) {
      let j = i;
      let w = '';
      while (j < words.length && words[j]!.w.length === 1 && /\p{L}/u.test(words[j]!.w)) w += words[j++]!.w;
      joined.push({ w, from: cur.from, to: words[j - 1]!.to });
      i = j - 1;
    } else joined.push(cur);
  }

  const tokens: Token[] = [];
  const tokenStartsAt: number[] = []; // char offset → used to find sentence starts
  for (const { w, from, to } of joined) {
    const mapped = variants.get(w) ?? [w];
    for (const part of mapped) {
      tokens.push({ text: part, stem: stemmer(part), from, to });
      tokenStartsAt.push(from);
    }
  }

  // Sentence boundaries from the original punctuation.
  const sentenceStarts: number[] = [0];
  const questionSentences = new Set<number>();
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + m[0].length;
    // A dot between digits is a time or a number ("jam 08.00", "Rp 1.500.000"), not a sentence end.
    if (/^\.+$/.test(m[0]) && /\d/.test(text[m.index! - 1] ?? '') && /\d/.test(text[end] ?? '')) continue;
    const next = tokenStartsAt.findIndex((at) => at >= end);
    if (m[0].includes('?')) questionSentences.add(sentenceStarts.length - 1);
    if (next > 0 && next !== sentenceStarts[sentenceStarts.length - 1]) sentenceStarts.push(next);
  }
  return { original: text, tokens, sentenceStarts, questionSentences };
}

/** The sentence (index into sentenceStarts) that token `t` belongs to. */
export function sentenceOf(nt: NormalizedText, t: number): number {
  let s = 0;
  for (let i = 0; i < nt.sentenceStarts.length; i++) if (nt.sentenceStarts[i]! <= t) s = i;
  return s;
}

/** Token index range [start, end) of sentence `s`. */
export function sentenceRange(nt: NormalizedText, s: number): [number, number] {
  return [nt.sentenceStarts[s] ?? 0, nt.sentenceStarts[s + 1] ?? nt.tokens.length];
}

/**
 * Token i looks like a person's name: a word of letters, capitalised mid-sentence in text that
 * uses case, or (lowercase ASR) not a known word of the language (`isWord`: by default an
 * Indonesian root word) and not an affixed form. `stemsAreWords`: an affix-stripping stemmer
 * (Indonesian) leaves a name as it is, so a changed stem means an affixed word; Porter's English
 * stems change names too ("james" → "jame"), so there a stem counts against a name only when it
 * is itself a known word ("checking" → "check") or the word ends like an inflection (-ing, -ed, -ly …).
 */
export function looksLikeName(nt: NormalizedText, i: number, isWord: (w: string) => boolean = isRootWord, stemsAreWords = false): boolean {
  const t = nt.tokens[i];
  if (!t || t.text.length < 2 || !/^\p{L}+$/u.test(t.text)) return false;
  const raw = nt.original.slice(t.from, t.to);
  if (/^\p{Lu}/u.test(raw) && !nt.sentenceStarts.includes(i)) return true;
  if (isWord(t.text)) return false;
  if (!stemsAreWords) return t.stem === t.text;
  return t.stem === t.text || (!isWord(t.stem) && !/(?:ing|ed|ly|ness|ment|tion|ies)$/.test(t.text));
}
