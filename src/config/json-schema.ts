// JSON Schema of etiket.config.json, generated from the zod schemas (config + every rule's
// options), so editors can complete and check configs. Defaults live only in the zod schemas.
import { z } from 'zod';
import type { Rule } from '../engine/rule.js';
import { ConfigSchema } from './schema.js';
import { ReportSchema } from '../report/schema.js';
import { CallSchema } from '../transcript/json.js';

export function configJsonSchema(catalogue: readonly Rule[]): Record<string, unknown> {
  const base = z.toJSONSchema(ConfigSchema, { io: 'input' }) as Record<string, unknown> & { properties: Record<string, unknown> };
  const severity = { enum: ['off', 'warn', 'error', 0, 1, 2], description: 'off, warn or error (0, 1, 2)' };
  const ruleProps: Record<string, unknown> = {};
  for (const r of catalogue) {
    const options = z.toJSONSchema(r.meta.options, { io: 'input' }) as Record<string, unknown>;
    delete options.$schema;
    ruleProps[r.id] = {
      description: `${r.meta.description} (default: ${r.meta.defaultSeverity})`,
      oneOf: [
        severity,
        { type: 'array', prefixItems: [severity], minItems: 1, maxItems: 1 },
        { type: 'array', prefixItems: [severity, options], minItems: 2, maxItems: 2 },
      ],
    };
  }
  base.properties.rules = { type: 'object', properties: ruleProps, additionalProperties: false };
  return { ...base, title: 'etiket configuration' };
}

/** JSON Schema of the report (`--format json`). */
export function reportJsonSchema(): Record<string, unknown> {
  return { ...(z.toJSONSchema(ReportSchema, { io: 'output' }) as Record<string, unknown>), title: 'etiket report' };
}

/** JSON Schema of a JSON transcript (one call object; a .json file may hold an array of them). */
export function transcriptJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(CallSchema, { io: 'input' }) as Record<string, unknown>),
    title: 'etiket JSON transcript (one call)',
    description: 'A .json file holds one call object or an array of them; a .jsonl file one call object per line. Times are seconds from the start of the call.',
  };
}

/** Every published schema by name: `etiket schema <name>` and schema/<name>.json. */
export function allSchemas(catalogue: readonly Rule[]): Record<'config' | 'report' | 'transcript', Record<string, unknown>> {
  return { config: configJsonSchema(catalogue), report: reportJsonSchema(), transcript: transcriptJsonSchema() };
}

/** The rules table (markdown); links point at `<linkPrefix><id>.md`. */
export function rulesTable(catalogue: readonly Rule[], linkPrefix = ''): string {
  const lines = [
    '| rule | default | what it checks | seed lines | options (defaults) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of catalogue) {
    const defaults = r.meta.options.parse({}) as Record<string, unknown>;
    const opts = Object.entries(defaults).map(([k, v]) => `\`${k}\`: \`${JSON.stringify(v)}\``).join('<br>') || '–';
    const applies = r.meta.appliesTo ? ` (${r.meta.appliesTo})` : '';
    lines.push(`| [\`${r.id}\`](${linkPrefix}${r.id}.md) | ${r.meta.defaultSeverity} | ${r.meta.description}${applies} | ${r.meta.seed.join(', ')} | ${opts} |`);
  }
  return lines.join('\n') + '\n';
}

/** rules/README.md: the generated rule reference (`etiket rules --format md`). */
export function rulesReference(catalogue: readonly Rule[]): string {
  return [
    '# Rules',
    '',
    'Generated from the rule modules by `etiket rules --format md` (`npm run generate` writes this file); do not edit by hand.',
    'Each rule has its own page, `<id>.md`, with the why, examples and options; `etiket explain <id>` prints it with examples.',
    '',
    rulesTable(catalogue),
  ].join('\n');
}
