// Which language a call is in: the language an export declares, else the words: each lexicon's
// class `stopword` (yang, dan, saya … / the, and, you …). Conservative: another language wins only
// with clear evidence, because a wrong answer would judge Indonesian words with English phrases.
import { readdirSync } from 'node:fs';
import { Lexicon } from './lexicon.js';

/** config `language: "auto"`: each call is judged in its own language. */
export const AUTO = 'auto';
/** The standard's language: what "auto" expects when the words do not say otherwise. */
export const STANDARD_LANGUAGE = 'id';
/** A call in a language etiket has no lexicon for (BCP 47 "undetermined"). */
export const UNDETERMINED = 'und';

/** Names exports use for a language, by code. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { english: 'en', indonesian: 'id', catalan: 'ca', spanish: 'es' };

/**
 * The language an export declares (metadata `language`/`languageCode`: "en-US", "id", "ca",
 * "english") as a lowercase primary code, or null.
 */
export function declaredLanguage(metadata: Readonly<Record<string, string>>): string | null {
  const raw = (metadata.language ?? metadata.languageCode ?? '').trim().toLowerCase();
  if (!raw) return null;
  const code = LANGUAGE_NAMES[raw] ?? raw.split(/[-_]/)[0]!;
  return /^[a-z]{2,3}$/.test(code) ? code : null;
}

/**
 * The call's language: the export's declared language when it has one (a language without a
 * lexicon is "und"), else the one the agent's words clearly show, else the one every voice's
 * words show (see detectLanguage).
 */
export function callLanguage(texts: readonly string[], metadata: Readonly<Record<string, string>>, lexicons: ReadonlyMap<string, Lexicon>, expected: string, agentTexts: readonly string[] = []): string {
  const declared = declaredLanguage(metadata);
  if (declared) return lexicons.has(declared) ? declared : UNDETERMINED;
  // The rules judge the agent's words: when they show a language clearly, it is the call's (an
  // English agent with an Indonesian-speaking customer); else every voice's words decide.
  if (agentTexts.length > 0) {
    const agent = weighLanguages(agentTexts, lexicons, expected);
    if (agent.clear) return agent.language;
  }
  return detectLanguage(texts, lexicons, expected);
}

/** Another language than the expected one needs this many stopword hits, twice the expected's. */
const MIN_HITS = 3;
/** ... and this share of the words (English runs at 30-40 %, a few English words in Indonesian far less). */
const MIN_SHARE = 0.2;
/** A call of this many words where no lexicon's stopwords reach UND_SHARE is in another language. */
const UND_WORDS = 30;
const UND_SHARE = 0.1;

const stopwordCache = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * The language of these texts among the lexicons', by their stopwords: `expected` unless another
 * language has clear evidence; "und" when a long enough text has almost none of any lexicon's
 * stopwords (Catalan, Spanish…).
 */
export function detectLanguage(texts: readonly string[], lexicons: ReadonlyMap<string, Lexicon>, expected: string): string {
  return weighLanguages(texts, lexicons, expected).language;
}

/**
 * detectLanguage with its evidence: `clear` when the language was shown by the words (its
 * stopwords reach MIN_HITS and MIN_SHARE, or "und"), not merely kept as the expected one.
 */
export function weighLanguages(texts: readonly string[], lexicons: ReadonlyMap<string, Lexicon>, expected: string): { language: string; clear: boolean } {
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
  const most = Math.max(0, ...hits.values());
  if (words.length >= UND_WORDS && most < UND_SHARE * words.length) return { language: UNDETERMINED, clear: true };
  const shows = (n: number) => n >= MIN_HITS && n >= MIN_SHARE * words.length;
  const base = hits.get(expected) ?? 0;
  let best = expected;
  let bestHits = base;
  for (const [lang, n] of hits) {
    if (lang !== expected && shows(n) && n >= 2 * base && n > bestHits) { best = lang; bestHits = n; }
  }
  return { language: best, clear: shows(bestHits) };
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
