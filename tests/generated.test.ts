// The committed generated files must match what the code generates now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { allSchemas, configJsonSchema, rulesReference } from '../src/config/json-schema.js';

const root = join(import.meta.dirname, '..');

describe('generated files', () => {
  for (const [name, schema] of Object.entries(allSchemas(rules))) {
    it(`schema/${name}.json is up to date (run npm run generate)`, () => {
      expect(readFileSync(join(root, `schema/${name}.json`), 'utf8')).toBe(JSON.stringify(schema, null, 2) + '\n');
    });
  }
  it('rules/README.md is up to date (run npm run generate)', () => {
    expect(readFileSync(join(root, 'rules/README.md'), 'utf8')).toBe(rulesReference(rules));
  });
  it('the schema lists every rule with its options', () => {
    const schema = configJsonSchema(rules) as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(rules.map((r) => r.id));
  });
});
