// Fuzzy search for names and brands in an utterance (ASR mangles them: "Vantura", "halo b c a").
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { normalize, type NormalizedText, type VariantMap } from './normalize.js';

export interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  readonly name: string;
  readonly score: number;
}

/** The name as one spaceless lowercase string ("Halo BCA" → "halobca"). */
export function compactName(name: string, variants: VariantMap = new Map()): string {
  return normalize(name, variants).tokens.map((t) => t.text).join('');
}

// Transcripts repeat the same words call after call: remember scores (bounded, cleared when full).
const scores = new Map<string, number>();

function similarity(a: string, b: string): number {
  const key = `${a}\u0000${b}`;
  let s = scores.get(key);
  if (s === undefined) {
    if (scores.size >= 200_000) scores.clear();
    s = jaroWinkler(a, b);
    scores.set(key, s);
  }
  return s;
}

/**
 * Where the name occurs: any run of 1..n+1 tokens whose letters, joined, are close to the
 * name's (Jaro-Winkler >= threshold). Names of up to 4 letters must match exactly: on short
 * strings Jaro-Winkler calls "bca" and "bri" close.
 */
export function findName(nt: NormalizedText, name: string, variants: VariantMap, threshold = 0.9): NameMatch[] {
  const nameTokens = normalize(name, variants).tokens;
  const target = nameTokens.map((t) => t.text).join('');
  if (!target) return [];
  const words = nameTokens.length;
  const out: NameMatch[] = [];
  const toks = nt.tokens;
  for (let i = 0; i < toks.length; i++) {
    let best: NameMatch | null = null;
    let joined = '';
    for (let k = 1; k <= words + 1 && i + k <= toks.length; k++) {
      joined += toks[i + k - 1]!.text;
      if (joined.length > target.length + 3) break;
      if (Math.abs(joined.length - target.length) > Math.max(1, Math.floor(target.length / 5))) continue;
      // ASR rarely garbles both of the first two letters; skipping those spares most
      // Jaro-Winkler computations on long batches.
      const plausible = joined[0] === target[0] || joined[1] === target[1];
      const score = joined === target ? 1 : target.length <= 4 || !plausible ? 0 : similarity(joined, target);
      if (score >= threshold && (!best || score > best.score)) {
        best = { start: i, end: i + k, from: toks[i]!.from, to: toks[i + k - 1]!.to, name, score };
      }
    }
    if (best) {
      out.push(best);
      i = best.end - 1;
    }
  }
  return out;
}
