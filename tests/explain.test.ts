// `etiket explain` works for every rule: what it checks, the standard's words, options with
// defaults, and a passing and a failing example run through the rule.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { explainRule } from '../src/cli/explain.js';

describe('explain', () => {
  for (const rule of rules) {
    it(rule.id, () => {
      const text = explainRule(rule, rules, 'en');
      expect(text.startsWith(`${rule.id} (default: ${rule.meta.defaultSeverity})\n${rule.meta.description}\n`)).toBe(true);
      expect(text).toMatch(new RegExp(`Why \\(telephone-etiquette standard, lines ${rule.meta.seed.join(', ')}\\)\\n  \\S`));
      for (const [name, value] of Object.entries(rule.meta.options.parse({}) as Record<string, unknown>)) {
        expect(text).toContain(`  ${name} = ${JSON.stringify(value)}`);
      }
      // In English, the examples are English calls (en-pass-…, en-fail-…).
      expect(text).toMatch(/Passing example \(fixtures\/[\w-]+\/en-pass-[\w-]+\.(txt|json)\)\n\s+\d+ \| /);
      expect(text).toMatch(/Failing example \(fixtures\/[\w-]+\/en-fail-[\w-]+\.(txt|json)\)\n\s+\d+ \| /);
      // The failing example is run through the rule: it reports at least one finding.
      expect(text).toMatch(/\nreports\n  line \d+: \S/);
    });
    it(`${rule.id} (id): Indonesian examples`, () => {
      const text = explainRule(rule, rules, 'id');
      expect(text).toMatch(/Passing example \(fixtures\/[\w-]+\/pass-[\w-]+\.(txt|json)\)\n\s+\d+ \| /);
      expect(text).toMatch(/Failing example \(fixtures\/[\w-]+\/fail-[\w-]+\.(txt|json)\)\n\s+\d+ \| /);
      expect(text).toMatch(/\nreports\n  line \d+: \S/);
    });
  }
});
