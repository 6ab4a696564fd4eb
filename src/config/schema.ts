// The etiket.config.json schema (FORMATS.md §4). Rule options are validated by each rule's own
// schema in load.ts; this file knows only the shape around them.
import { z } from 'zod';

export const SeveritySchema = z.union([
  z.enum(['off', 'warn', 'error']),
  z.literal(0), z.literal(1), z.literal(2),
]);

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  language: z.string().default('id'),
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
  rules: z.record(z.string(), z.unknown()).default({}),
});

export type ConfigFile = z.infer<typeof ConfigSchema>;

export const CONFIG_KEYS = Object.keys(ConfigSchema.shape);
