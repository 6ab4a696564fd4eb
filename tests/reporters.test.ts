// Reporters from one canonical report, without linting: exact text for people, exact shape for machines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/reporters/json.js';
import { formatPretty } from '../src/reporters/pretty.js';
import type { Report } from '../src/report/types.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'reports');
const report = JSON.parse(readFileSync(join(dir, 'canonical.json'), 'utf8')) as Report;
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('pretty', () => {
  it('matches the reviewed canonical output', () => {
    expect(formatPretty(report, { color: false })).toBe(read('canonical.pretty.txt'));
  });
  it('speaks Indonesian for its own words with locale id (findings arrive already localized)', () => {
    const id = formatPretty(report, { color: false, locale: 'id' });
    expect(id).toBe(read('canonical.pretty.id.txt'));
    expect(id).toContain('3 panggilan · 1 lulus · 1 gagal · 1 galat · skor rata-rata 75.0 · temuan: 2 error, 1 peringatan');
  });
  it('--quiet leaves out passing calls, warnings, notes and skips but keeps the summary', () => {
    const quiet = formatPretty(report, { color: false, quiet: true });
    expect(quiet).toBe(read('canonical.quiet.txt'));
    expect(quiet).not.toContain('calls/b.jsonl');
    expect(quiet).not.toContain('⚠');
    expect(quiet).toContain('3 calls · 1 passed · 1 failed · 1 errored');
  });
  it('the ^^^ line underlines exactly the span, also in a shortened long quote', () => {
    const lines = formatPretty(report, { color: false }).split('\n');
    const findings = report.calls.flatMap((c) => c.rules.flatMap((r) => r.findings)).filter((f) => f.span);
    expect(findings).toHaveLength(2);
    for (const f of findings) {
      const i = lines.findIndex((l, k) => l.includes('“') && lines[k + 1]?.includes('^') && f.quote!.includes(l.slice(l.indexOf('“') + 1, l.lastIndexOf('”')).replace(/^…|…$/g, '')));
      expect(i).toBeGreaterThan(-1);
      const from = lines[i + 1]!.indexOf('^');
      const to = lines[i + 1]!.lastIndexOf('^') + 1;
      expect(lines[i]!.slice(from, to)).toBe(f.quote!.slice(f.span![0], f.span![1]));
    }
  });
  it('colours only when asked', () => {
    expect(formatPretty(report, { color: true })).toContain('\u001b[');
    expect(formatPretty(report, { color: false })).not.toContain('\u001b[');
  });
});

describe('json', () => {
  const out = formatJson(report);
  const parsed = JSON.parse(out);
  it('is one JSON document ending in a newline, keys in the contract order', () => {
    expect(out.endsWith('}\n')).toBe(true);
    expect(Object.keys(parsed)).toEqual(['version', 'tool', 'summary', 'calls']);
    expect(Object.keys(parsed.summary)).toEqual(['calls', 'passed', 'failed', 'errored', 'score', 'errors', 'warnings', 'rules', 'agents']);
    expect(Object.keys(parsed.calls[0])).toEqual(['file', 'line', 'id', 'agent', 'direction', 'startedAt', 'status', 'score', 'rules']);
    expect(Object.keys(parsed.calls[0].rules[0])).toEqual(['id', 'status', 'severity', 'notes', 'findings']);
    expect(Object.keys(parsed.calls[0].rules[2])).toEqual(['id', 'status', 'severity', 'reason', 'findings']);
  });
  it('findings carry the evidence without repeating rule and severity', () => {
    expect(parsed.calls[0].rules[1].findings[0]).toEqual({
      messageId: 'noThanks',
      message: 'The agent came back after a hold of 18 s without thanking the customer for waiting',
      at: 80.5, end: null, line: 14, utterance: 6, speaker: 'agent',
      quote: report.calls[0]!.rules[1]!.findings[0]!.quote,
      span: [186, 201],
      suggestion: 'Terima kasih sudah menunggu, Bu Olga.',
      note: 'The agent asked the customer to wait on line 12.',
    });
  });
  it('an unreadable call has status error, its message and problems, and no rules', () => {
    expect(parsed.calls[2]).toEqual({
      file: 'calls/c.json', line: null, id: null, agent: null, status: 'error', score: null,
      error: { message: 'calls/c.json:4: utterances[0].start: expected number, got string "00:01"', problems: [{ line: 4, path: 'utterances[0].start', message: 'expected number, got string "00:01"' }] },
      rules: [],
    });
  });
});
