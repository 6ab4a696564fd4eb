// Lexicons: phrase lists per concept and language, loaded from rules/lexicons/<lang>.json,
// validated at load (a phrase that can never match is a silent success), extendable from config.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { normalize, type NormalizedText, type VariantMap } from './normalize.js';
import { findName, type NameMatch } from './fuzzy.js';
import { isNegated, isQuoted } from './negation.js';
import { compilePhrase, expandAlternatives, matchPhrase, PhraseIndex, PhraseSyntaxError, type CompiledPhrase, type PhraseMatch } from './phrase.js';

const ConceptSchema = z.strictObject({
  description: z.string(),
  phrases: z.array(z.string().min(1)).min(1),
  /** Other words allowed between two words of a phrase. */
  slop: z.number().int().min(0).max(5).default(0),
});

export const LexiconFileSchema = z.strictObject({
  language: z.string().min(2),
  description: z.string().optional(),
  variants: z.record(z.string(), z.string()).default({}),
  classes: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
  concepts: z.record(z.string(), ConceptSchema),
});
export type LexiconFile = z.infer<typeof LexiconFileSchema>;

export interface LexiconExtension {
  /** Extra phrases per existing concept. */
  readonly phrases?: Readonly<Record<string, readonly string[]>>;
  /** Extra spelling/ASR variants: variant → canonical words. */
  readonly variants?: Readonly<Record<string, string>>;
}

interface Concept {
  readonly name: string;
  readonly slop: number;
  readonly phrases: readonly CompiledPhrase[];
  readonly index: PhraseIndex;
}

export class LexiconError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export class Lexicon {
  readonly language: string;
  readonly variants: VariantMap;
  private readonly classes: ReadonlyMap<string, readonly string[]>;
  private readonly concepts: ReadonlyMap<string, Concept>;

  private constructor(language: string, variants: VariantMap, classes: ReadonlyMap<string, readonly string[]>, concepts: ReadonlyMap<string, Concept>) {
    this.language = language;
    this.variants = variants;
    this.classes = classes;
    this.concepts = concepts;
    this.negators = new Set(classes.get('negator') ?? []);
  }

  /** Words that reverse what follows them (class `negator`). */
  private readonly negators: ReadonlySet<string>;

  /** Builds and validates a lexicon; every problem is collected, then thrown together. */
  static build(file: LexiconFile, ext: LexiconExtension = {}, origin = 'lexicon'): Lexicon {
    const problems: string[] = [];
    const variants = new Map<string, string[]>();
    const addVariant = (from: string, to: string, where: string) => {
      const key = from.toLowerCase();
      const words = to.toLowerCase().split(/\s+/).filter(Boolean);
      if (!/^[\p{L}\p{N}]+$/u.test(key)) problems.push(`${where}: variant "${from}" must be a single word`);
      else if (words.length === 0) problems.push(`${where}: variant "${from}" maps to nothing`);
      else variants.set(key, words);
    };
    for (const [from, to] of Object.entries(file.variants)) addVariant(from, to, `${origin}: variants`);
    for (const [from, to] of Object.entries(ext.variants ?? {})) addVariant(from, to, 'config: variants');

    const classes = new Map<string, string[]>();
    for (const [name, members] of Object.entries(file.classes)) {
      classes.set(name, members.map((m) => m.toLowerCase()));
    }

    const concepts = new Map<string, Concept>();
    for (const [name, def] of Object.entries(file.concepts)) {
      const extra = ext.phrases?.[name] ?? [];
      const seen = new Map<string, string>();
      const compiled: CompiledPhrase[] = [];
      for (const [source, where] of [
        ...def.phrases.map((p) => [p, `${origin}: concepts.${name}`] as const),
        ...extra.map((p) => [p, `config: lexicon.${name}`] as const),
      ]) {
        try {
          const own = new Set<string>(); // alternatives of this one phrase that a variant made equal
          for (const expanded of expandAlternatives(source, variants)) {
            const phrase = compilePhrase(expanded, variants, classes);
            const key = phrase.slots.map((s) => s.alternatives.map((a) => a.word).join('|') + (s.optional ? '?' : '')).join(' ');
            if (own.has(key)) continue;
            own.add(key);
            const dup = seen.get(key);
            if (dup !== undefined) problems.push(`${where}: "${source}" duplicates "${dup}"`);
            else seen.set(key, source);
            compiled.push({ ...phrase, source });
          }
        } catch (e) {
          if (e instanceof PhraseSyntaxError) problems.push(`${where}: ${e.message}`);
          else throw e;
        }
      }
      concepts.set(name, { name, slop: def.slop, phrases: compiled, index: new PhraseIndex(compiled) });
    }
    for (const name of Object.keys(ext.phrases ?? {})) {
      if (!concepts.has(name)) problems.push(`config: lexicon.${name}: unknown concept${didYouMean(name, [...concepts.keys()])}`);
    }
    if (problems.length > 0) throw new LexiconError(problems);
    return new Lexicon(file.language, variants, classes, concepts);
  }

  static load(language: string, ext: LexiconExtension = {}): Lexicon {
    const url = new URL(`../../rules/lexicons/${language}.json`, import.meta.url);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(url, 'utf8'));
    } catch (e) {
      throw new LexiconError([`no lexicon for language "${language}" (${(e as Error).message})`]);
    }
    const parsed = LexiconFileSchema.safeParse(raw);
    if (!parsed.success) {
      throw new LexiconError(parsed.error.issues.map((i) => `lexicons/${language}.json: ${i.path.join('.')}: ${i.message}`));
    }
    return Lexicon.build(parsed.data, ext, `lexicons/${language}.json`);
  }

  conceptNames(): string[] {
    return [...this.concepts.keys()];
  }

  hasConcept(name: string): boolean {
    return this.concepts.has(name);
  }

  hasClass(name: string): boolean {
    return this.classes.has(name);
  }

  /** Members of a word class ("address" → bapak, pak, ibu, …). */
  classMembers(name: string): readonly string[] {
    const m = this.classes.get(name);
    if (!m) throw new Error(`unknown lexicon class "${name}"`);
    return m;
  }

  private concept(name: string): Concept {
    const c = this.concepts.get(name);
    // A typo in a rule's concept name must fail loudly, never match nothing.
    if (!c) throw new Error(`unknown lexicon concept "${name}"`);
    return c;
  }

  normalize(text: string): NormalizedText {
    return normalize(text, this.variants);
  }

  /**
   * Matches of any phrase of the concept, sorted by position, overlaps removed (first wins).
   * `from`/`to` limit the search to a token range; `affirmed` drops matches that a negator
   * (class `negator`: tidak, bukan, jangan, …) reverses or that sit inside quotation marks.
   */
  find(nt: NormalizedText, concept: string, opts?: { from?: number; to?: number; affirmed?: boolean }): PhraseMatch[] {
    // Many rules ask the same question of the same utterance: whole-utterance searches are cached.
    const whole = opts?.from === undefined && opts?.to === undefined;
    const key = opts?.affirmed ? `${concept}\u0000a` : concept;
    let perText = whole ? this.findCache.get(nt) : undefined;
    const hit = perText?.get(key);
    if (hit) return hit;
    // Frozen: a cached answer is shared, so no caller may sort or extend it in place.
    const found = Object.freeze(this.search(nt, concept, opts)) as PhraseMatch[];
    if (whole) {
      if (!perText) this.findCache.set(nt, (perText = new Map()));
      perText.set(key, found);
    }
    return found;
  }

  private readonly findCache = new WeakMap<NormalizedText, Map<string, PhraseMatch[]>>();
  private readonly nameCache = new WeakMap<NormalizedText, Map<string, NameMatch[]>>();

  private search(nt: NormalizedText, concept: string, opts?: { from?: number; to?: number; affirmed?: boolean }): PhraseMatch[] {
    const c = this.concept(concept);
    const all: PhraseMatch[] = [];
    for (const i of c.index.candidates(nt)) {
      for (const m of matchPhrase(nt, c.phrases[i]!, c.slop, opts?.from, opts?.to)) {
        if (opts?.affirmed && (isNegated(nt, m.start, this.negators) || isQuoted(nt, m.start, m.end))) continue;
        all.push(m);
      }
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: PhraseMatch[] = [];
    let until = -1;
    for (const m of all) if (m.start >= until) { out.push(m); until = m.end; }
    return out;
  }

  has(nt: NormalizedText, concept: string): boolean {
    return this.find(nt, concept).length > 0;
  }

  /** Fuzzy occurrences of a name or brand (Jaro-Winkler over joined tokens). */
  findName(nt: NormalizedText, name: string, threshold = 0.9): NameMatch[] {
    let perText = this.nameCache.get(nt);
    if (!perText) this.nameCache.set(nt, (perText = new Map()));
    const key = `${name}\u0000${threshold}`;
    let found = perText.get(key);
    if (!found) perText.set(key, (found = Object.freeze(findName(nt, name, this.variants, threshold)) as NameMatch[]));
    return found;
  }

  /** Compiles a phrase outside any concept (company names, allow lists). */
  compile(source: string): CompiledPhrase {
    return compilePhrase(source, this.variants, this.classes);
  }
}

/** " (did you mean "x"?)" for the closest name within a small edit distance, else "". */
export function didYouMean(name: string, candidates: readonly string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) { bestD = d; best = c; }
  }
  if (best && bestD <= Math.max(2, Math.floor(name.length / 3))) return ` (did you mean "${best}"?)`;
  // A cut-off name ("caller-hangs-up") is far by edit distance but plainly a prefix.
  const prefixed = name.length >= 4 ? candidates.filter((c) => c.toLowerCase().startsWith(name.toLowerCase())) : [];
  return prefixed.length === 1 ? ` (did you mean "${prefixed[0]}"?)` : '';
}

/** Levenshtein distance (did-you-mean, one-letter ASR slack on names). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
