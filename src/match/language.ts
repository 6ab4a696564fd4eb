// Which language a call is in, from its words: each lexicon's class `stopword` (yang, dan, saya …
// / the, and, you …). Conservative: another language wins only with clear evidence, because a
// wrong answer would skip every phrase rule on an Indonesian call.
import { readdirSync } from 'node:fs';
import { Lexicon } from './lexicon.js';

/** At least this many stopword hits, and twice the expected language's, to call it another. */
const MIN_HITS = 5;

export function detectLanguage(texts: readonly string[], lexicons: ReadonlyMap<string, Lexicon>, expected: string): string {
  const hits = new Map<string, number>();
  for (const [lang, lx] of lexicons) {
    if (!lx.hasClass('stopword')) continue;
    const stop = new Set(lx.classMembers('stopword'));
    let n = 0;
    for (const t of texts) for (const tok of lx.normalize(t).tokens) if (stop.has(tok.text)) n++;
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
