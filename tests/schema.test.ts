// The published schemas describe what etiket really reads and writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { loadConfig } from '../src/config/load.js';
import { checkCall } from '../src/engine/runner.js';
import { buildReport } from '../src/report/build.js';
import { ReportSchema } from '../src/report/schema.js';
import { formatJson } from '../src/reporters/json.js';
import { CallSchema } from '../src/transcript/json.js';
import { readTranscript } from '../src/transcript/read.js';
import type { CallResult } from '../src/report/types.js';

const root = join(import.meta.dirname, '..');

describe('report schema', () => {
  it('fits real reports exactly: every field the reporter writes is in the schema', () => {
    const config = loadConfig(join(root, 'etiket.config.json'), rules, null, { locale: 'en' });
    const results: CallResult[] = [];
    for (const dir of ['calls', 'invalid']) {
      for (const f of readdirSync(join(root, 'fixtures', dir)).filter((x) => /\.(txt|json|jsonl)$/.test(x))) {
        for (const p of readTranscript(join(root, 'fixtures', dir, f), `fixtures/${dir}/${f}`, config.speakers)) {
          results.push(p.ok ? checkCall(p.call, config.rules, config.env) : {
            file: `fixtures/${dir}/${f}`, line: p.line, id: p.id, agent: null, status: 'error', score: null,
            error: { message: p.error.message, problems: p.error.problems.map((x) => ({ ...x })) }, rules: [],
          });
        }
      }
    }
    const json = JSON.parse(formatJson(buildReport(results, config.rules.map((r) => r.rule.id), '0.0.0')));
    const parsed = ReportSchema.safeParse(json);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    // zod drops unknown keys: equality proves the schema names every field written.
    expect(parsed.data).toEqual(json);
    expect(json.summary.errored).toBeGreaterThan(0);
    expect(json.summary.failed).toBeGreaterThan(0);
  });
});

describe('transcript schema', () => {
  it('accepts the bundled JSON and JSONL calls', () => {
    const dir = join(root, 'fixtures', 'calls');
    let n = 0;
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      const calls = f.endsWith('.jsonl') ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l)) : f.endsWith('.json') ? [JSON.parse(text)].flat() : [];
      for (const c of calls) {
        expect(CallSchema.safeParse(c).success).toBe(true);
        n++;
      }
    }
    expect(n).toBe(17);
  });
});
