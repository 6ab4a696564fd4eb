// Meta-tests over the registry: every rule is complete (doc, fixtures of each kind, every
// messageId exercised by some fixture), and every lexicon concept is used by some code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { runFixture } from '../src/testing/fixtures.js';
import { Lexicon } from '../src/match/lexicon.js';

const root = join(import.meta.dirname, '..');

describe('rule registry', () => {
  it('ids are unique kebab-case and every rule file is registered', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const files = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ids].sort());
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has complete metadata', () => {
        expect(rule.meta.description).toMatch(/^(Require|Disallow|Limit|Check|Flag)\b/);
        expect(rule.meta.seed.length).toBeGreaterThan(0);
        for (const line of rule.meta.seed) expect(Number.isInteger(line) && line > 0).toBe(true);
        expect(['error', 'warn']).toContain(rule.meta.defaultSeverity);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        // Options must parse from nothing: every option has a default.
        expect(() => rule.meta.options.parse({})).not.toThrow();
      });

      it('has its doc page', () => {
        const doc = join(root, 'rules', `${rule.id}.md`);
        expect(existsSync(doc)).toBe(true);
        const text = readFileSync(doc, 'utf8');
        expect(text).toContain(rule.id);
        for (const opt of Object.keys(rule.meta.options.shape)) expect(text, `option ${opt} documented`).toContain(opt);
      });

      it('has pass, fail and skip fixtures, and every messageId is exercised', () => {
        const dir = join(root, 'fixtures', rule.id);
        const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(txt|json)$/.test(f)) : [];
        const statuses = new Set<string>();
        const used = new Set<string>();
        for (const f of files) {
          const { expected } = runFixture(rule, rules, join(dir, f), `fixtures/${rule.id}/${f}`);
          statuses.add(expected.status);
          for (const k of expected.findings) used.add(k.split('@')[0]!);
        }
        expect([...statuses].sort()).toEqual(['fail', 'pass', 'skip']);
        expect([...used].sort()).toEqual(Object.keys(rule.meta.messages).sort());
      });
    });
  }
});

describe('lexicon', () => {
  it('every concept is used by a rule or the engine (no dead phrase lists)', () => {
    const sources = [
      ...readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(root, 'rules', f), 'utf8')),
      readFileSync(join(root, 'src', 'engine', 'views.ts'), 'utf8'),
      // Role inference reads the agent's recording disclosures.
      readFileSync(join(root, 'src', 'transcript', 'vendor', 'to-call.ts'), 'utf8'),
    ].join('\n');
    const lexicon = Lexicon.load('id');
    const unused = lexicon.conceptNames().filter((c) => !sources.includes(`'${c}'`) && !sources.includes(`\`${c}`) && !sources.includes(`"${c}"`));
    expect(unused).toEqual([]);
  });
});
