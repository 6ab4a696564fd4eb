// Negation and quotation: a phrase the standard forbids or looks for must not count inside a
// context that reverses it ("tidak perlu menunggu" is no request to wait; "jangan bilang 'saya
// tidak tahu'" does not say it).
import type { NormalizedText } from './normalize.js';

/** How many words before a phrase a negator still reverses it ("tidak perlu lagi menunggu"). */
export const NEGATION_WINDOW = 3;

const CLAUSE_BREAK = /[,;:.!?]/;
const QUOTES: readonly [string, string][] = [['"', '"'], ['“', '”'], ['«', '»'], ['„', '“']];

const quoteCache = new WeakMap<NormalizedText, readonly [number, number][]>();

/** Character spans of quoted passages ("…", “…”, «…») in the original text. */
export function quotedSpans(nt: NormalizedText): readonly [number, number][] {
  let spans = quoteCache.get(nt);
  if (spans) return spans;
  const found: [number, number][] = [];
  const text = nt.original;
  for (let i = 0; i < text.length; i++) {
    const pair = QUOTES.find(([open]) => open === text[i]);
    if (!pair) continue;
    const close = text.indexOf(pair[1], i + 1);
    if (close < 0) break;
    found.push([i, close]);
    i = close;
  }
  spans = found;
  quoteCache.set(nt, spans);
  return spans;
}

/** Tokens [start, end) sit inside a quoted passage. */
export function isQuoted(nt: NormalizedText, start: number, end: number): boolean {
  const from = nt.tokens[start]?.from;
  const to = nt.tokens[end - 1]?.to;
  if (from === undefined || to === undefined) return false;
  return quotedSpans(nt).some(([a, b]) => a < from && to <= b);
}

/** A negator stands within NEGATION_WINDOW words before token `start`, in the same clause. */
export function isNegated(nt: NormalizedText, start: number, negators: ReadonlySet<string>): boolean {
  for (let i = start - 1; i >= 0 && i >= start - NEGATION_WINDOW; i--) {
    const gap = nt.original.slice(nt.tokens[i]!.to, nt.tokens[i + 1]!.from);
    if (CLAUSE_BREAK.test(gap)) return false;
    if (negators.has(nt.tokens[i]!.text)) return true;
  }
  return false;
}
