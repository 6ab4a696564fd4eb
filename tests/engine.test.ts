// The engine: scores, statuses, finding order and evidence, and a crashing rule contained.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rules } from '../rules/index.js';
import { resolveConfig, type EnabledRule } from '../src/config/load.js';
import { defineRule, formatMessage, type Rule } from '../src/engine/rule.js';
import { checkCall, RuleCrash, scoreOf } from '../src/engine/runner.js';
import { parseTranscript } from '../src/transcript/read.js';
import type { RuleResult } from '../src/report/types.js';

const env = resolveConfig({}, rules).env;
const [parsed] = parseTranscript([
  '[00:00] RING', '[00:02] ANSWER',
  '[00:03] Agent: Selamat pagi, dengan Anna.',
  '[00:06] Customer: Pagi.',
  '[00:09] Agent: Baik.',
  '[00:12] HANGUP agent',
].join('\n'), 'e.txt', { agent: [], customer: [] });
if (!parsed || !parsed.ok) throw new Error('fixture does not parse');
const call = parsed.call;

const make = (id: string, check: Rule['check']): Rule => defineRule({
  id, meta: { description: 'Check things', seed: [1], defaultSeverity: 'error', messages: { m: { en: 'found {{what}}', id: 'ditemukan {{what}}' } }, options: z.strictObject({}) }, check,
}) as unknown as Rule;
const on = (rule: Rule, severity: 'error' | 'warn' = 'error', score: { weight?: number; critical?: boolean } = {}): EnabledRule =>
  ({ rule, severity, options: {}, weight: score.weight ?? 1, critical: score.critical ?? false });
const envEn = { ...env, locale: 'en' as const };

describe('runner', () => {
  it('findings are sorted by line and carry the evidence of the utterance or event', () => {
    const rule = make('r', (c, ctx) => {
      ctx.report({ messageId: 'm', data: { what: 'hangup' }, event: c.events[2] });
      ctx.report({ messageId: 'm', data: { what: 'words' }, utterance: c.utterances[2], span: [0, 4], suggestion: 'Baik, Bu.' });
    });
    const r = checkCall(call, [on(rule)], envEn).rules[0]!;
    expect(r.status).toBe('fail');
    expect(r.findings).toEqual([
      { rule: 'r', messageId: 'm', message: 'found words', severity: 'error', at: 9, end: null, line: 5, utterance: 2, speaker: 'agent', quote: 'Baik.', span: [0, 4], suggestion: 'Baik, Bu.' },
      { rule: 'r', messageId: 'm', message: 'found hangup', severity: 'error', at: 12, end: null, line: 6, utterance: null, speaker: null, quote: null },
    ]);
  });
  it('skip, note and pass', () => {
    const skipper = make('s', (_c, ctx) => ctx.skip('not applicable'));
    const noter = make('n', (_c, ctx) => { ctx.note('a remark'); ctx.note('a remark'); });
    const [s, n] = checkCall(call, [on(skipper), on(noter)], env).rules;
    expect(s).toEqual({ id: 's', severity: 'error', status: 'skip', reason: 'not applicable', findings: [] });
    expect(n).toEqual({ id: 'n', severity: 'error', notes: ['a remark'], status: 'pass', findings: [] });
  });
  it('an unknown messageId or placeholder is a bug, not a silent message', () => {
    const bad = make('b', (_c, ctx) => ctx.report({ messageId: 'nope' }));
    expect(() => checkCall(call, [on(bad)], env)).toThrow('rule b failed on this call: rule b: unknown messageId "nope"');
    expect(() => formatMessage('found {{what}}', {})).toThrow('message placeholder {{what}} has no data');
  });
  it('a rule that throws is reported as a RuleCrash naming the rule', () => {
    const crash = make('c', () => { throw new TypeError('x is undefined'); });
    expect(() => checkCall(call, [on(crash)], env)).toThrow(RuleCrash);
  });
});

describe('messages in two languages', () => {
  it('renders the locale\'s template, Localized data, notes and instruction suggestions', () => {
    const rule = make('r', (c, ctx) => {
      ctx.note({ en: 'a remark', id: 'sebuah catatan' });
      ctx.report({ messageId: 'm', data: { what: { en: 'a hold', id: 'penahanan' } }, utterance: c.utterances[0],
        suggestion: { en: 'Pick up sooner.', id: 'Angkat lebih cepat.' }, note: 'Selamat pagi!' });
    });
    const id = checkCall(call, [on(rule)], { ...env, locale: 'id' }).rules[0]!;
    expect([id.findings[0]!.message, id.findings[0]!.suggestion, id.findings[0]!.note, id.notes]).toEqual(['ditemukan penahanan', 'Angkat lebih cepat.', 'Selamat pagi!', ['sebuah catatan']]);
    const en = checkCall(call, [on(rule)], envEn).rules[0]!;
    expect([en.findings[0]!.message, en.findings[0]!.suggestion, en.notes]).toEqual(['found a hold', 'Pick up sooner.', ['a remark']]);
  });
});

describe('score and status', () => {
  const result = (status: RuleResult['status'], weight?: number, critical?: boolean) => ({ status, weight, critical });
  it('is the weighted share of applicable rules that passed; skips ignored; null when all skip', () => {
    expect(scoreOf([result('pass'), result('fail')])).toBe(50);
    expect(scoreOf([result('pass', 3), result('fail', 1)])).toBe(75);
    expect(scoreOf([result('fail', 2), result('pass'), result('skip', 5)])).toBe(33.3);
    expect(scoreOf([result('skip')])).toBeNull();
    expect(scoreOf([])).toBeNull();
  });
  it('a failed critical rule sets the score to 0; a passing or skipped one does not', () => {
    expect(scoreOf([result('pass', 5), result('fail', 1, true)])).toBe(0);
    expect(scoreOf([result('pass', 1, true), result('fail')])).toBe(50);
    expect(scoreOf([result('skip', 1, true), result('pass')])).toBe(100);
  });
  it('a call fails on an error-severity failure or a critical one', () => {
    const fails = make('f', (c, ctx) => ctx.report({ messageId: 'm', data: { what: 'x' }, utterance: c.utterances[0] }));
    const passes = make('p', () => undefined);
    expect(checkCall(call, [on(fails, 'warn'), on(passes)], env)).toMatchObject({ status: 'pass', score: 50 });
    expect(checkCall(call, [on(fails, 'error'), on(passes)], env)).toMatchObject({ status: 'fail', score: 50 });
    const critical = checkCall(call, [on(fails, 'warn', { critical: true, weight: 2 }), on(passes)], env);
    expect(critical).toMatchObject({ status: 'fail', score: 0 });
    expect(critical.rules[0]).toMatchObject({ id: 'f', weight: 2, critical: true });
  });
});

describe('a crashing rule in a batch', () => {
  it('turns that call into an error, checks the others, and exits 2', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runCheck } = await import('../src/cli/check.js');
    const d = mkdtempSync(join(tmpdir(), 'etiket-crash-'));
    try {
      writeFileSync(join(d, 'a.txt'), '[00:01] Agent: Selamat pagi.\n');
      writeFileSync(join(d, 'b.txt'), '[00:01] Agent: BOOM\n');
      const crashy = make('crashy', (c) => { if (c.utterances[0]!.text === 'BOOM') throw new TypeError('x is undefined'); });
      let out = '';
      let err = '';
      const io = { cwd: d, env: {}, stdout: { write: (s: string) => { out += s; return true; } }, stderr: { write: (s: string) => { err += s; return true; } } } as never;
      const code = await runCheck(['.'], { format: ['json'], color: false, progress: false }, io, '0.0.0', [crashy]);
      expect(code).toBe(2);
      expect(err).toBe('');
      const report = JSON.parse(out);
      expect(report.calls.map((c: { file: string; status: string }) => [c.file, c.status])).toEqual([['a.txt', 'pass'], ['b.txt', 'error']]);
      expect(report.calls[1].error.message).toBe('b.txt: internal error: rule crashy failed on this call: x is undefined (please report it with this transcript)');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
