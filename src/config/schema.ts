// The etiket.config.json schema (FORMATS.md §4). Rule options are validated by each rule's own
// schema in load.ts; this file knows only the shape around them.
import { z } from 'zod';

export const SeveritySchema = z.union([
  z.enum(['off', 'warn', 'error']),
  z.literal(0), z.literal(1), z.literal(2),
]);

export const PRESETS = ['recommended', 'strict'] as const;
export type Preset = (typeof PRESETS)[number];

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** A shipped preset the rules section builds on: recommended (the defaults) or strict (every rule error). */
  extends: z.enum(PRESETS).optional(),
  /** The calls' language: "auto" (each call's own, told from its words) or a lexicon's language (id, en). */
  language: z.string().min(2).default('auto'),
  /** Language of messages, notes and instructions; default en when language is en, else id. */
  locale: z.enum(['id', 'en']).optional(),
  timezone: z.string().optional(),
  company: z.strictObject({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    activity: z.string().min(1).optional(),
  }).optional(),
  speakers: z.strictObject({
    agent: z.array(z.string().min(1)).default([]),
    customer: z.array(z.string().min(1)).default([]),
  }).optional(),
  agents: z.record(z.string(), z.string().min(1)).default({}),
  lexicon: z.record(z.string(), z.array(z.string().min(1))).default({}),
  variants: z.record(z.string(), z.string().min(1)).default({}),
  /** Extensions of one language's lexicon, whatever `language` says: { "en": { "lexicon": {…}, "variants": {…} } }. */
  languages: z.record(z.string(), z.strictObject({
    lexicon: z.record(z.string(), z.array(z.string().min(1))).default({}),
    variants: z.record(z.string(), z.string().min(1)).default({}),
  })).default({}),
  rules: z.record(z.string(), z.unknown()).default({}),
  /** Scorecard: per rule a weight (default 1) and critical (any failure sets the call's score to 0 and fails it). */
  scoring: z.record(z.string(), z.strictObject({
    weight: z.number().positive().default(1),
    critical: z.boolean().default(false),
  })).default({}),
});

export type ConfigFile = z.infer<typeof ConfigSchema>;

export const CONFIG_KEYS = Object.keys(ConfigSchema.shape);
