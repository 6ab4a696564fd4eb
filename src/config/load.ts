// Finds, parses and validates the config; resolves rules, lexicon and time zone for the engine.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { ConfigSchema, CONFIG_KEYS, type ConfigFile, type Preset } from './schema.js';
import { describeZodIssue, expandIssues } from './zod-messages.js';
import { JsonSyntaxError, formatPath, parseJsonWithLines, type JsonWithLines } from '../transcript/json-source.js';
import { didYouMean, Lexicon, LexiconError } from '../match/lexicon.js';
import { AUTO, shippedLexicons, STANDARD_LANGUAGE } from '../match/language.js';
import { parseZone } from '../transcript/time.js';
import type { Environment } from '../engine/views.js';
import type { Locale, Rule, Severity } from '../engine/rule.js';
import type { SpeakerLabels } from '../transcript/speakers.js';

export const CONFIG_FILE_NAME = 'etiket.config.json';

export class ConfigError extends Error {
  constructor(readonly file: string | null, readonly problems: string[]) {
    super(`${file ?? 'config'}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export interface EnabledRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: Record<string, unknown>;
  /** Scorecard weight (default 1). */
  readonly weight: number;
  /** Auto-fail item: any failure sets the call's score to 0 and fails the call. */
  readonly critical: boolean;
}

/** What the command line overrides in the config file. */
export interface ConfigOverrides {
  readonly locale?: Locale;
  readonly preset?: Preset;
}

export interface ResolvedConfig {
  /** Absolute path of the config file used, or null for built-in defaults. */
  readonly file: string | null;
  readonly env: Environment;
  readonly speakers: SpeakerLabels;
  /** Enabled rules in catalogue order. */
  readonly rules: readonly EnabledRule[];
}

const SEVERITY_NAMES: Record<string, Severity | 'off'> = { off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' };

/** Config path: --config FILE, else etiket.config.json in the current directory, else none. */
export function findConfig(cwd: string, explicit?: string): string | null {
  if (explicit) return resolve(cwd, explicit);
  const p = resolve(cwd, CONFIG_FILE_NAME);
  return existsSync(p) ? p : null;
}

export function loadConfig(file: string | null, catalogue: readonly Rule[], displayName = file, overrides: ConfigOverrides = {}): ResolvedConfig {
  let raw: unknown = {};
  let src: JsonWithLines | null = null;
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ConfigError(displayName, [`cannot read the config file: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`]);
    }
    try {
      src = parseJsonWithLines(text.replace(/^\uFEFF/, ''));
      raw = src.value;
    } catch (e) {
      if (e instanceof JsonSyntaxError) throw new ConfigError(displayName, [`line ${e.line}, column ${e.column}: invalid JSON: ${e.message}`]);
      throw e;
    }
  }
  return resolveConfig(raw, catalogue, displayName, src, overrides);
}

/** Validates a config object; every problem is collected and reported together, by JSON path. */
export function resolveConfig(raw: unknown, catalogue: readonly Rule[], displayName: string | null = null, src: JsonWithLines | null = null, overrides: ConfigOverrides = {}): ResolvedConfig {
  const problems: string[] = [];
  const at = (path: readonly PropertyKey[], message: string) => {
    const p = formatPath(path as (string | number)[]);
    const line = src?.lineOf(p);
    problems.push(`${p || '(root)'}${line ? ` (line ${line})` : ''}: ${message}`);
  };

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(displayName, ['(root): expected a JSON object']);
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of expandIssues(parsed.error.issues)) {
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) at([...issue.path, k], `unknown key${issue.path.length === 0 ? didYouMean(k, CONFIG_KEYS) : ''}`);
      } else at(issue.path, describeZodIssue(issue, raw));
    }
    // Rule ids are checked even when the shape is wrong elsewhere, so one run lists every problem.
    const byId = new Set(catalogue.map((r) => r.id));
    for (const section of ['rules', 'scoring'] as const) {
      const entries = (raw as Record<string, unknown>)[section];
      if (!entries || typeof entries !== 'object' || Array.isArray(entries)) continue;
      for (const id of Object.keys(entries)) if (!byId.has(id)) at([section, id], `unknown rule${didYouMean(id, [...byId])}`);
    }
    throw new ConfigError(displayName, problems);
  }
  const cfg: ConfigFile = parsed.data;

  const zone = cfg.timezone !== undefined ? parseZone(cfg.timezone) : null;
  if (cfg.timezone !== undefined && !zone) at(['timezone'], `expected a UTC offset such as "+07:00" or an IANA zone such as "Asia/Jakarta", got "${cfg.timezone}"`);

  const byId = new Map(catalogue.map((r) => [r.id, r]));
  const settings = new Map<string, { severity: Severity | 'off'; options: unknown }>();
  for (const [id, entry] of Object.entries(cfg.rules)) {
    const rule = byId.get(id);
    if (!rule) {
      at(['rules', id], `unknown rule${didYouMean(id, [...byId.keys()])}`);
      continue;
    }
    const [sevRaw, options, ...extra] = Array.isArray(entry) ? entry : [entry];
    const severity = SEVERITY_NAMES[String(sevRaw)];
    if (severity === undefined || (typeof sevRaw !== 'string' && typeof sevRaw !== 'number')) {
      at(['rules', id, ...(Array.isArray(entry) ? [0] : [])], `expected a severity "off", "warn" or "error" (or [severity, options]), got ${JSON.stringify(sevRaw)}`);
      continue;
    }
    if (extra.length > 0) at(['rules', id], 'expected [severity] or [severity, options], got more items');
    settings.set(id, { severity, options: options ?? {} });
  }

  for (const id of Object.keys(cfg.scoring)) {
    if (!byId.has(id)) at(['scoring', id], `unknown rule${didYouMean(id, [...byId.keys()])}`);
  }

  // The preset gives each rule's starting severity; the config's rules section overrides it.
  const preset = overrides.preset ?? cfg.extends ?? 'recommended';
  const enabled: EnabledRule[] = [];
  for (const rule of catalogue) {
    const s = settings.get(rule.id);
    const severity = s?.severity ?? (preset === 'strict' ? 'error' : rule.meta.defaultSeverity);
    const score = cfg.scoring[rule.id];
    const result = (rule.meta.options as z.ZodObject).strict().safeParse(s?.options ?? {});
    if (!result.success) {
      for (const issue of expandIssues(result.error.issues)) {
        const base = ['rules', rule.id, 1];
        if (issue.code === 'unrecognized_keys') {
          for (const k of issue.keys) at([...base, ...issue.path, k], `unknown option${didYouMean(k, Object.keys(rule.meta.options.shape))}`);
        } else at([...base, ...issue.path], describeZodIssue(issue, s?.options));
      }
      continue;
    }
    if (severity !== 'off') {
      enabled.push({ rule, severity, options: result.data as Record<string, unknown>, weight: score?.weight ?? 1, critical: score?.critical ?? false });
    }
  }

  // `lexicon` and `variants` extend the configured language (the standard's, id, under auto);
  // `languages.<lang>` extends any shipped language.
  const base = cfg.language === AUTO ? STANDARD_LANGUAGE : cfg.language;
  const lexicons = new Map<string, Lexicon>();
  const shipped = shippedLexicons();
  if (cfg.language !== AUTO && !shipped.has(cfg.language)) {
    at(['language'], `no lexicon for language "${cfg.language}": use "auto" or one of ${[...shipped.keys()].map((l) => `"${l}"`).join(', ')}`);
  }
  for (const lang of Object.keys(cfg.languages)) {
    if (!shipped.has(lang)) at(['languages', lang], `no lexicon for language "${lang}": use one of ${[...shipped.keys()].map((l) => `"${l}"`).join(', ')}`);
  }
  for (const [lang, shippedLexicon] of shipped) {
    const own = cfg.languages[lang];
    const phrases = { ...(lang === base ? cfg.lexicon : {}) };
    for (const [concept, list] of Object.entries(own?.lexicon ?? {})) phrases[concept] = [...(phrases[concept] ?? []), ...list];
    const variants = { ...(lang === base ? cfg.variants : {}), ...(own?.variants ?? {}) };
    if (Object.keys(phrases).length === 0 && Object.keys(variants).length === 0) { lexicons.set(lang, shippedLexicon); continue; }
    try {
      lexicons.set(lang, Lexicon.load(lang, {
        phrases, variants,
        where: {
          phrases: (c) => (lang === base && c in cfg.lexicon ? `lexicon.${c}` : `languages.${lang}.lexicon.${c}`),
          variants: lang === base && Object.keys(own?.variants ?? {}).length === 0 ? 'variants' : `languages.${lang}.variants`,
        },
      }));
    } catch (e) {
      if (!(e instanceof LexiconError)) throw e;
      for (const p of e.problems) problems.push(p.startsWith('config: ') ? p.slice('config: '.length) : p);
    }
  }
  const lexicon = lexicons.get(base) ?? null;

  if (problems.length > 0 || !lexicon) throw new ConfigError(displayName, problems);

  const company = cfg.company ? { name: cfg.company.name, aliases: cfg.company.aliases, ...(cfg.company.activity ? { activity: cfg.company.activity } : {}) } : null;
  return {
    file: displayName,
    env: {
      lexicon, company, zone, agents: cfg.agents,
      locale: overrides.locale ?? cfg.locale ?? (cfg.language === 'en' ? 'en' : 'id'),
      language: cfg.language,
      lexicons,
    },
    speakers: { agent: cfg.speakers?.agent ?? [], customer: cfg.speakers?.customer ?? [] },
    rules: enabled,
  };
}
