// Every rule against its fixtures: fixtures/<rule-id>/*.txt|json carry the exact expected
// outcome (status, messageId@line set, skip reason) in their headers.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { runFixture } from '../src/testing/fixtures.js';

const root = join(import.meta.dirname, '..', 'fixtures');

for (const rule of rules) {
  const dir = join(root, rule.id);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(txt|json)$/.test(f)).sort() : [];
  describe(rule.id, () => {
    it('has fixtures', () => {
      expect(files.length).toBeGreaterThan(0);
    });
    for (const f of files) {
      it(f, () => {
        const { expected, result, actual } = runFixture(rule, rules, join(dir, f), `fixtures/${rule.id}/${f}`);
        expect({ status: result.status, findings: actual }).toEqual({ status: expected.status, findings: expected.findings });
        if (expected.reason !== undefined) expect(result.reason).toBe(expected.reason);
      });
    }
  });
}
