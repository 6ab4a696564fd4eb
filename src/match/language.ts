// Which language a call is in, from its words: each lexicon's class `stopword` (yang, dan, saya …
// / the, and, you …). Conservative: another language wins only with clear evidence, because a
// wrong answer would skip every phrase rule on an Indonesian call.
import { readdirSync } from 'node:fs';
import { Lexicon } from './lexicon.js';

/** At least this many stopword hits, and twice the expected language's, to call it another. */
const MIN_HITS = 5;

const stopwordCache = new WeakMap<Lexicon, ReadonlySet<string>>();

export function detectLanguage(texts: readonly string[], lexicons: ReadonlyMap<string, Lexicon>, expected: string): string {
  // Plain lowercase words are enough to count common words; no stemming (the slow part).
  const words: string[] = [];
  for (const t of texts.slice(0, 80)) for (const w of t.toLowerCase().match(/[\p{L}']+/gu) ?? []) words.push(w.replace(/'/g, ''));
  const hits = new Map<string, number>();
  for (const [lang, lx] of lexicons) {
    if (!lx.hasClass('stopword')) continue;
    let stop = stopwordCache.get(lx);
    if (!stop) stopwordCache.set(lx, (stop = new Set(lx.classMembers('stopword'))));
    let n = 0;
    for (const w of words) if (stop.has(w)) n++;
    hits.set(lang, n);
  }
  const base = hits.get(expected) ?? 0;
  let best = expected;
  let bestHits = base;
  for (const [lang, n] of hits) if (lang !== expected && n >= MIN_HITS && n >= 2 * base && n > bestHits) { best = lang; bestHits = n; }
  return best;
}

let cached: Map<string, Lexicon> | null = null;

/** Every shipped lexicon (rules/lexicons/*.json), without config extensions. */
export function shippedLexicons(): Map<string, Lexicon> {
  if (cached) return cached;
  const dir = new URL('../../rules/lexicons/', import.meta.url);
  cached = new Map(readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const lang = f.replace(/\.json$/, '');
    return [lang, Lexicon.load(lang)] as const;
  }));
  return cached;
}
