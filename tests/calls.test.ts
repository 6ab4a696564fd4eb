// The quick-start calls (fixtures/calls) give exactly the results their README promises, with
// the repository's etiket.config.json: per call and rule, pass (P), fail (F) or skip (s).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { loadConfig } from '../src/config/load.js';
import { checkCall } from '../src/engine/runner.js';
import { readTranscript } from '../src/transcript/read.js';

const root = join(import.meta.dirname, '..');

// Columns: answer-within-three-rings, greeting-formula, forbidden-opening-words, name-request,
// thank-for-waiting, caller-hangs-up-first (the README's core-rule matrix).
const EXPECTED: Record<string, string> = {
  'call-0001': 'P P P P P P',
  'call-0002': 'P P P P s P',
  'call-0003': 'P P F P s P',
  'call-0004': 'F P P P s P',
  'call-0005': 'P F P P s P',
  'call-0006': 'P P P F s P',
  'call-0007': 's P P P s s',
  'call-0008': 'P P P P F P',
  'call-0009': 'P P P P P P',
  'call-0010': 'P P P P F P',
  'call-0011': 'P P P P s F',
  'call-0012': 's P P s s s',
  'call-0013': 'P F P P s P',
  'call-0014': 'P P P P P P',
  'call-0015': 'P F F P s P',
  'call-0016': 'P P P F P P',
};

describe('quick-start calls', () => {
  const config = loadConfig(join(root, 'etiket.config.json'), rules);
  const dir = join(root, 'fixtures', 'calls');
  const results = readdirSync(dir).filter((f) => /\.(txt|json|jsonl)$/.test(f)).flatMap((f) =>
    readTranscript(join(dir, f), `fixtures/calls/${f}`, config.speakers).map((p) => {
      if (!p.ok) throw p.error;
      return checkCall(p.call, config.rules, config.env);
    }));

  it('are 16 calls, all parsed', () => {
    expect(results.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED));
  });
  for (const [id, row] of Object.entries(EXPECTED)) {
    it(`${id}: ${row}`, () => {
      const r = results.find((x) => x.id === id)!;
      expect(r.rules.map((x) => x.id)).toEqual(rules.map((x) => x.id));
      expect(r.rules.map((x) => ({ pass: 'P', fail: 'F', skip: 's' })[x.status]).join(' ')).toBe(row);
      expect(r.status).toBe(row.includes('F') ? 'fail' : 'pass');
    });
  }
  it('each failing rule cites its evidence with one finding', () => {
    // Every designed break is a single finding (README "Expected results").
    for (const r of results) for (const rule of r.rules) if (rule.status === 'fail') expect(rule.findings).toHaveLength(1);
  });
});
