// Lexicons: phrase lists per concept and language, loaded from rules/lexicons/<lang>.json,
// validated at load (a phrase that can never match is a silent success), extendable from config.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isRootWord, looksLikeName, normalize, stemmerFor, type NormalizedText, type Stemmer, type VariantMap } from './normalize.js';
import { findName, type NameMatch } from './fuzzy.js';
import { isNegated, isQuoted } from './negation.js';
import { compilePhrase, expandAlternatives, matchPhrase, PhraseIndex, PhraseSyntaxError, type CompiledPhrase, type PhraseMatch } from './phrase.js';
import { BandSchema, type BandMap } from '../engine/time-of-day.js';

const ConceptSchema = z.strictObject({
  description: z.string(),
  /** Empty only where the language has no such words (English has no informal "you"): say so in the description. */
  phrases: z.array(z.string().min(1)),
  /** Other words allowed between two words of a phrase. */
  slop: z.number().int().min(0).max(5).default(0),
});

export const LexiconFileSchema = z.strictObject({
  language: z.string().min(2),
  description: z.string().optional(),
  variants: z.record(z.string(), z.string()).default({}),
  classes: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
  concepts: z.record(z.string(), ConceptSchema),
  /**
   * How the agent addresses the customer, by the word said ("bapak" → "Pak[ {{first}}]"): a
   * template for suggestions, with the customer's {{first}} and {{last}} name.
   */
  addressForms: z.record(z.string(), z.string()).default({}),
  /** Suggested phrasings rules offer, as templates: {{name}} placeholders, [optional parts]. */
  say: z.record(z.string(), z.string().min(1)).default({}),
  /**
   * When this language greets by which time word ("pagi": "00:00-12:00" = "good morning"), if
   * its bands differ from the Indonesian ones of time-of-day.ts; a word left out has no greeting.
   */
  timeBands: z.strictObject({
    pagi: BandSchema.optional(), siang: BandSchema.optional(), sore: BandSchema.optional(),
    petang: BandSchema.optional(), malam: BandSchema.optional(),
  }).optional(),
});
export type LexiconFile = z.infer<typeof LexiconFileSchema>;

export interface LexiconExtension {
  /** Extra phrases per existing concept. */
  readonly phrases?: Readonly<Record<string, readonly string[]>>;
  /** Extra spelling/ASR variants: variant → canonical words. */
  readonly variants?: Readonly<Record<string, string>>;
  /** Where the extension sits in the config, for error messages (default "lexicon" / "variants"). */
  readonly where?: { readonly phrases?: (concept: string) => string; readonly variants?: string };
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
  readonly stemmer: Stemmer;
  readonly addressForms: Readonly<Record<string, string>>;
  /** The language's own time-of-day bands (lexicon `timeBands`), or null: the Indonesian ones. */
  readonly timeBands: BandMap | null;
  private readonly classes: ReadonlyMap<string, readonly string[]>;
  private readonly concepts: ReadonlyMap<string, Concept>;
  private readonly phrasings: Readonly<Record<string, string>>;
  /** Known words of a language without a root-word dictionary (its classes, `common` included). */
  private readonly known: ReadonlySet<string>;

  private constructor(file: LexiconFile, variants: VariantMap, classes: ReadonlyMap<string, readonly string[]>, concepts: ReadonlyMap<string, Concept>) {
    this.language = file.language;
    this.variants = variants;
    this.stemmer = stemmerFor(file.language);
    this.addressForms = file.addressForms;
    this.timeBands = file.timeBands ?? null;
    this.phrasings = file.say;
    this.classes = classes;
    this.concepts = concepts;
    this.negators = new Set(classes.get('negator') ?? []);
    this.known = new Set([...classes.values()].flat());
  }

  /** Words that reverse what follows them (class `negator`). */
  private readonly negators: ReadonlySet<string>;

  /** Builds and validates a lexicon; every problem is collected, then thrown together. */
  static build(file: LexiconFile, ext: LexiconExtension = {}, origin = 'lexicon'): Lexicon {
    const problems: string[] = [];
    const phrasesAt = ext.where?.phrases ?? ((concept: string) => `lexicon.${concept}`);
    const variants = new Map<string, string[]>();
    const addVariant = (from: string, to: string, where: string) => {
      const key = from.toLowerCase();
      const words = to.toLowerCase().split(/\s+/).filter(Boolean);
      if (!/^[\p{L}\p{N}]+$/u.test(key)) problems.push(`${where}: variant "${from}" must be a single word`);
      else if (words.length === 0) problems.push(`${where}: variant "${from}" maps to nothing`);
      else variants.set(key, words);
    };
    for (const [from, to] of Object.entries(file.variants)) addVariant(from, to, `${origin}: variants`);
    for (const [from, to] of Object.entries(ext.variants ?? {})) addVariant(from, to, `config: ${ext.where?.variants ?? 'variants'}`);

    const classes = new Map<string, string[]>();
    for (const [name, members] of Object.entries(file.classes)) {
      classes.set(name, members.map((m) => m.toLowerCase()));
    }

    const stemmer = stemmerFor(file.language);
    for (const [key, template] of Object.entries(file.say)) {
      try {
        fillTemplate(template, {}, true);
      } catch (e) {
        problems.push(`${origin}: say.${key}: ${(e as Error).message}`);
      }
    }
    const concepts = new Map<string, Concept>();
    for (const [name, def] of Object.entries(file.concepts)) {
      const extra = ext.phrases?.[name] ?? [];
      const seen = new Map<string, string>();
      const compiled: CompiledPhrase[] = [];
      for (const [source, where] of [
        ...def.phrases.map((p) => [p, `${origin}: concepts.${name}`] as const),
        ...extra.map((p) => [p, `config: ${phrasesAt(name)}`] as const),
      ]) {
        try {
          const own = new Set<string>(); // alternatives of this one phrase that a variant made equal
          for (const expanded of expandAlternatives(source, variants)) {
            const phrase = compilePhrase(expanded, variants, classes, stemmer);
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
      if (!concepts.has(name)) problems.push(`config: ${phrasesAt(name)}: unknown concept${didYouMean(name, [...concepts.keys()])}`);
    }
    if (problems.length > 0) throw new LexiconError(problems);
    return new Lexicon(file, variants, classes, concepts);
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
    return normalize(text, this.variants, this.stemmer);
  }

  /** A word of the language, not a name: Indonesian root words; elsewhere the lexicon's classes. */
  isWord(word: string): boolean {
    return this.language === 'id' ? isRootWord(word) : this.known.has(word);
  }

  /** Token i looks like a person's name (see normalize.ts), by this language's words. */
  looksLikeName(nt: NormalizedText, i: number): boolean {
    return looksLikeName(nt, i, (w) => this.isWord(w), this.language !== 'id');
  }

  /**
   * A suggested phrasing in this language: the `say` template with its placeholders filled; a
   * [bracketed part] is left out when a placeholder in it is empty.
   */
  say(key: string, data: Readonly<Record<string, string | number | null | undefined>> = {}): string {
    const t = this.phrasings[key];
    // A rule asking for a phrasing the lexicon lacks is a bug: fail loudly.
    if (t === undefined) throw new Error(`lexicon "${this.language}" has no phrasing "${key}"`);
    return fillTemplate(t, data);
  }

  /** The form of address goes with a name ("mr" → "Mr Smith", "ibu" → "Bu Maya"; not "sir"). */
  addressTakesName(word: string): boolean {
    const bare = this.address(word);
    return bare !== null && this.address(word, 'A B') !== bare;
  }

  /** How the agent says the form of address `word` ("bapak" → "Pak"), with the customer's name if given. */
  address(word: string, name: string | null = null): string | null {
    const t = this.addressForms[word];
    if (t === undefined) return null;
    const parts = name?.trim().split(/\s+/).filter(Boolean) ?? [];
    return fillTemplate(t, { first: parts[0], last: parts.length > 1 ? parts[parts.length - 1] : parts[0] });
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

/**
 * "Terima kasih sudah menunggu[, {{address}}]." + {address: "Bu Sari"} → "Terima kasih sudah
 * menunggu, Bu Sari."; with address "" → "Terima kasih sudah menunggu.". `check` only validates.
 */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number | null | undefined>>, check = false): string {
  const value = (key: string): string => {
    const v = data[key];
    if (check) return 'x';
    if (!(key in data)) throw new Error(`phrasing placeholder {{${key}}} has no data`);
    return v === null || v === undefined ? '' : String(v);
  };
  const fill = (part: string) => part.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, k: string) => value(k));
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('[', i);
    if (open < 0) { out += fill(template.slice(i)); break; }
    const close = template.indexOf(']', open);
    if (close < 0) throw new Error(`unclosed [ in "${template}"`);
    if (template.indexOf('[', open + 1) >= 0 && template.indexOf('[', open + 1) < close) throw new Error(`nested [ in "${template}"`);
    out += fill(template.slice(i, open));
    const inner = template.slice(open + 1, close);
    const keys = [...inner.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
    if (keys.length === 0) throw new Error(`[${inner}] in "${template}" has no placeholder`);
    if (keys.every((k) => value(k) !== '')) out += fill(inner);
    i = close + 1;
  }
  return out;
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
