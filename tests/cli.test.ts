// The built CLI, spawned as a user would run it: exit codes, pure JSON on stdout,
// deterministic output, config errors, paths that match nothing, --output, --quiet, colours.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'etiket.js');

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Only caller-hangs-up-first is on, so each call's outcome here depends on one line.
const ONLY_HANGUP = {
  company: { name: 'Ventura' },
  rules: Object.fromEntries(rules.map((r) => [r.id, r.id === 'caller-hangs-up-first' ? 'error' : 'off'])),
};

const call = (id: string, hangup: 'agent' | 'customer') => [
  `# id: ${id}`,
  '# agent: Anna',
  '[00:00] RING',
  '[00:03] ANSWER',
  '[00:04] Agent: Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?',
  '[00:09] Customer: Saya mau tanya jadwal pemasangan.',
  `[00:30] HANGUP ${hangup}`,
  '',
].join('\n');

let dir: string;
beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'src', 'cli.js'))) throw new Error('run `npm run build` before the tests: the CLI tests spawn the built bin/etiket.js');
  dir = mkdtempSync(join(tmpdir(), 'etiket-cli-'));
  mkdirSync(join(dir, 'pass'));
  mkdirSync(join(dir, 'fail'));
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'etiket.config.json'), JSON.stringify(ONLY_HANGUP));
  writeFileSync(join(dir, 'pass', 'a.txt'), call('call-a', 'customer'));
  writeFileSync(join(dir, 'pass', 'b.txt'), call('call-b', 'customer'));
  writeFileSync(join(dir, 'fail', 'c.txt'), call('call-c', 'agent'));
  writeFileSync(join(dir, 'fail', 'd.txt'), call('call-d', 'customer'));
  writeFileSync(join(dir, 'bad', 'e.json'), '{"utterances": [{"speaker": "agent", "text": "Halo", "start": "00:01"}]}\n');
  writeFileSync(join(dir, 'bad', 'f.txt'), call('call-f', 'customer'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  it('0 when every call passes', () => {
    const r = run(['check', 'pass', '--no-color', '--locale', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 calls · 2 passed · 0 failed · 0 errored');
  });
  it('1 when a call fails', () => {
    const r = run(['check', 'fail', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ calls: 2, passed: 1, failed: 1, errored: 0 });
    const c = report.calls.find((x: { id: string }) => x.id === 'call-c');
    expect(c.rules[0]).toMatchObject({ id: 'caller-hangs-up-first', status: 'fail' });
    expect(c.rules[0].findings[0]).toMatchObject({ messageId: 'agentHungUp', line: 7, at: 30 });
  });
  it('2 when an input cannot be parsed, and the other calls are still checked', () => {
    const r = run(['check', 'bad', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ calls: 2, passed: 1, failed: 0, errored: 1 });
    const e = report.calls.find((x: { file: string }) => x.file === 'bad/e.json');
    expect(e.status).toBe('error');
    expect(e.rules).toEqual([]);
    expect(e.error.message).toBe('bad/e.json:1: utterances[0].start: expected number, got string "00:01"');
  });
  it('the default command is check, the default path the current folder', () => {
    const r = run(['--format', 'json'], join(dir, 'pass'), {});
    // No config in pass/: all six rules at their defaults; two calls were found.
    expect(JSON.parse(r.stdout).summary.calls).toBe(2);
  });
});

describe('JSON report', () => {
  it('stdout is pure JSON and byte-identical across runs', () => {
    const a = run(['check', '.', '--format', 'json'], dir);
    const b = run(['check', '.', '--format', 'json'], dir);
    expect(() => JSON.parse(a.stdout)).not.toThrow();
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    expect(report.calls.map((c: { file: string }) => c.file)).toEqual(['bad/e.json', 'bad/f.txt', 'fail/c.txt', 'fail/d.txt', 'pass/a.txt', 'pass/b.txt']);
    expect(report.tool.name).toBe('etiket');
    expect(report.version).toBe(1);
  });
  it('skips the config file itself, package*.json, dot-folders and node_modules', () => {
    const d = mkdtempSync(join(tmpdir(), 'etiket-walk-'));
    try {
      writeFileSync(join(d, 'etiket.config.json'), JSON.stringify(ONLY_HANGUP));
      writeFileSync(join(d, 'package.json'), '{"name": "x"}');
      mkdirSync(join(d, '.git'));
      writeFileSync(join(d, '.git', 'x.txt'), 'junk');
      mkdirSync(join(d, 'node_modules'));
      writeFileSync(join(d, 'node_modules', 'y.json'), '{}');
      writeFileSync(join(d, 'notes.md'), '# not a transcript');
      mkdirSync(join(d, 'deep', 'er'), { recursive: true });
      writeFileSync(join(d, 'deep', 'er', 'g.txt'), call('call-g', 'customer'));
      const r = run(['check', '.', '--format', 'json'], d);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).calls.map((c: { file: string }) => c.file)).toEqual(['deep/er/g.txt']);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('an etiket report among the transcripts is skipped, not read as a broken call', () => {
    const d = mkdtempSync(join(tmpdir(), 'etiket-report-'));
    try {
      writeFileSync(join(d, 'etiket.config.json'), JSON.stringify(ONLY_HANGUP));
      writeFileSync(join(d, 'a.txt'), call('call-a', 'customer'));
      expect(run(['check', '.', '--format', 'json', '--output', 'report.json'], d).code).toBe(0);
      const r = run(['check', '.', '--format', 'json'], d);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('etiket: skipped report.json: an etiket report, not a transcript');
      expect(JSON.parse(r.stdout).summary.calls).toBe(1);
      const only = run(['check', 'report.json'], d);
      expect(only.code).toBe(2);
      expect(only.stderr).toContain('etiket: nothing to check');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('globs pick transcripts', () => {
    const r = run(['check', '*/[ab].txt', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).calls.map((c: { file: string }) => c.file)).toEqual(['pass/a.txt', 'pass/b.txt']);
  });
});

describe('usage and config errors', () => {
  it('a path that matches nothing is exit 2 with a clear message', () => {
    const r = run(['check', 'nowhere/'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('etiket: no transcripts matched "nowhere/" (looked for .txt, .json and .jsonl files)');
    expect(r.stdout).toBe('');
  });
  it('a bad config lists every problem by path, with did-you-mean', () => {
    const d = mkdtempSync(join(tmpdir(), 'etiket-cfg-'));
    try {
      writeFileSync(join(d, 'bad.json'), JSON.stringify({
        timezone: 'Mars/Olympus',
        compnay: {},
        rules: { 'greeting-formla': 'error', 'caller-hangs-up-first': ['error', { party: 'nobody', extra: 1 }], 'name-request': 'loud' },
      }, null, 2));
      writeFileSync(join(d, 'a.txt'), call('call-a', 'customer'));
      const r = run(['check', 'a.txt', '--config', 'bad.json'], d);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('compnay (line 3): unknown key (did you mean "company"?)');
      // zod reports the unknown top-level key first; the rest come from the second pass.
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('rule-level config problems are each listed', () => {
    const d = mkdtempSync(join(tmpdir(), 'etiket-cfg-'));
    try {
      writeFileSync(join(d, 'bad.json'), JSON.stringify({
        timezone: 'Mars/Olympus',
        rules: { 'greeting-formla': 'error', 'caller-hangs-up-first': ['error', { party: 'nobody', extra: 1 }], 'name-request': 'loud' },
      }, null, 2));
      writeFileSync(join(d, 'a.txt'), call('call-a', 'customer'));
      const r = run(['check', 'a.txt', '--config', 'bad.json'], d);
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines[0]).toBe('etiket: invalid config bad.json: 5 problems:');
      expect(lines.slice(1).sort()).toEqual([
        '  - rules["caller-hangs-up-first"][1].extra (line 9): unknown option',
        '  - rules["caller-hangs-up-first"][1].party (line 8): expected "caller" or "customer", got string "nobody"',
        '  - rules["greeting-formla"] (line 4): unknown rule (did you mean "greeting-formula"?)',
        '  - rules["name-request"] (line 12): expected a severity "off", "warn" or "error" (or [severity, options]), got "loud"',
        '  - timezone (line 2): expected a UTC offset such as "+07:00" or an IANA zone such as "Asia/Jakarta", got "Mars/Olympus"',
      ]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('a missing --config file is exit 2', () => {
    const r = run(['check', 'pass', '--config', 'missing.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('etiket: invalid config missing.json: 1 problem:\n  - cannot read the config file: no such file\n');
  });
  it('an unknown flag is exit 2', () => {
    const r = run(['check', '--frobnicate'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
  });
  it('a bad --format is exit 2', () => {
    const r = run(['check', 'pass', '--format', 'xml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('etiket: unknown format "xml": expected one of pretty, json, ndjson, csv, junit, sarif, github, html\n');
    expect(r.stdout).toBe('');
  });
  it('ndjson streams one call per line to stdout; csv rows per call with --csv-rows calls', () => {
    const nd = run(['check', '.', '--format', 'ndjson'], dir);
    expect(nd.code).toBe(2); // bad/e.json is unreadable
    const lines = nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((c: { file: string }) => c.file)).toEqual(['bad/e.json', 'bad/f.txt', 'fail/c.txt', 'fail/d.txt', 'pass/a.txt', 'pass/b.txt']);
    const full = JSON.parse(run(['check', '.', '--format', 'json'], dir).stdout);
    expect(lines).toEqual(full.calls);
    const csv = run(['check', 'fail', '--format', 'csv', '--csv-rows', 'calls', '--locale', 'en'], dir);
    const rows = csv.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows[0]).toBe('file,line,call_id,agent,direction,started_at,status,score,errors,warnings,failed_rules,error');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 3).join(','))).toEqual(['fail/c.txt,,call-c', 'fail/d.txt,,call-d']);
  });
  it('several formats in one run: each to its own file, at most one to stdout', () => {
    const out = join(dir, 'multi');
    const r = run(['check', 'fail', '--format', 'json', '--format', `pretty:${join(out, 'report.txt')}`, '--format', `json:${join(out, 'report.json')}`, '--locale', 'en'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.calls).toBe(2);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe(r.stdout);
    expect(readFileSync(join(out, 'report.txt'), 'utf8')).toContain('2 calls · 1 passed · 1 failed');
    expect(readFileSync(join(out, 'report.txt'), 'utf8')).not.toContain('\u001b['); // files never get colours
    const two = run(['check', 'fail', '--format', 'json', '--format', 'pretty'], dir);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe('etiket: only one report can go to stdout (json, pretty); give the others a file: --format pretty:FILE\n');
    const withOutput = run(['check', 'fail', '--format', 'json', '--format', `pretty:${join(out, 'p.txt')}`, '--output', join(out, 'o.json')], dir);
    expect(withOutput.code).toBe(1);
    expect(withOutput.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(out, 'o.json'), 'utf8')).summary.calls).toBe(2);
  });
});

describe('flags', () => {
  it('--output writes the report to a file, atomically, and nothing to stdout', () => {
    const out = join(dir, 'out', 'report.json');
    const r = run(['check', 'fail', '--format', 'json', '--output', out], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.calls).toBe(2);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']); // no temp file left behind
  });
  it('--output refuses to overwrite an input', () => {
    const before = readFileSync(join(dir, 'pass', 'a.txt'), 'utf8');
    const r = run(['check', 'pass', '--output', 'pass/a.txt'], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'pass', 'a.txt'), 'utf8')).toBe(before);
  });
  it('--max-warnings turns warnings over the limit into exit 1', () => {
    const d = mkdtempSync(join(tmpdir(), 'etiket-warn-'));
    try {
      writeFileSync(join(d, 'etiket.config.json'), JSON.stringify({ ...ONLY_HANGUP, rules: { ...ONLY_HANGUP.rules, 'caller-hangs-up-first': 'warn' } }));
      writeFileSync(join(d, 'c.txt'), call('call-c', 'agent'));
      expect(run(['check', '.'], d).code).toBe(0);
      expect(run(['check', '.', '--max-warnings', '1'], d).code).toBe(0);
      const r = run(['check', '.', '--max-warnings', '0'], d);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('etiket: 1 warnings, more than --max-warnings 0');
      expect(run(['check', '.', '--max-warnings', 'many'], d).code).toBe(2);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('--quiet hides passing calls and warnings, not the exit code', () => {
    const r = run(['check', 'fail', '--quiet', '--no-color'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fail/c.txt');
    expect(r.stdout).not.toContain('fail/d.txt');
  });
  it('colour only when asked: --no-color, NO_COLOR and FORCE_COLOR', () => {
    const esc = '\u001b[';
    expect(run(['check', 'fail'], dir).stdout).not.toContain(esc); // not a terminal
    expect(run(['check', 'fail'], dir, { FORCE_COLOR: '1' }).stdout).toContain(esc);
    expect(run(['check', 'fail', '--no-color'], dir, { FORCE_COLOR: '1' }).stdout).not.toContain(esc);
    expect(run(['check', 'fail'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(esc);
  });
  it('the pretty report quotes the evidence with time and line', () => {
    const r = run(['check', 'fail/c.txt', '--no-color', '--locale', 'en'], dir);
    expect(r.stdout).toContain(' FAIL  fail/c.txt  call-c · Anna · inbound');
    expect(r.stdout).toContain('✖ [00:30] line 7    The agent hung up first on an inbound call; the caller should end it  caller-hangs-up-first');
  });
});

describe('exports of other systems', () => {
  const vendor = join(root, 'fixtures', 'vendor');
  it('a 2-channel Transcribe export with a sidecar: roles inferred, events from the sidecar; --agent-channel overrides', () => {
    const d = mkdtempSync(join(tmpdir(), 'etiket-vendor-'));
    try {
      writeFileSync(join(d, 'call.json'), readFileSync(join(vendor, 'amazon-transcribe', 'channel-identification.json')));
      writeFileSync(join(d, 'call.meta.json'), JSON.stringify({ id: 'call-77', events: [{ type: 'ring', at: 0 }, { type: 'answer', at: 0.2 }, { type: 'hangup', at: 120, by: 'agent' }] }));
      const report = JSON.parse(run(['check', '.', '--format', 'json'], d).stdout);
      expect(report.calls).toHaveLength(1); // the sidecar is no call of its own
      const c = report.calls[0];
      expect([c.id, c.format, c.roles.source]).toEqual(['call-77', 'amazon-transcribe', 'inferred']);
      expect(c.roles.confidence).toBeGreaterThanOrEqual(0.7);
      expect(c.rules.find((r: { id: string }) => r.id === 'caller-hangs-up-first').status).toBe('fail');
      const agentChannel = Object.entries(c.roles.map).find(([, role]) => role === 'agent')![0].replace('channel ', '');
      const other = agentChannel === 'ch_0' ? 'ch_1' : 'ch_0';
      const flipped = JSON.parse(run(['check', '.', '--format', 'json', '--agent-channel', other], d).stdout).calls[0];
      expect(flipped.roles).toEqual({ source: 'config', confidence: null, map: { [`channel ${agentChannel}`]: 'customer', [`channel ${other}`]: 'agent' } });
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('an unknown --input-format is exit 2; --input-format etiket reads an export as etiket JSON', () => {
    const bad = run(['check', join(vendor, 'deepgram'), '--input-format', 'nuance'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^etiket: unknown --input-format "nuance": expected etiket or one of amazon-call-analytics, /);
    const asEtiket = JSON.parse(run(['check', join(vendor, 'deepgram', 'diarized-utterances.json'), '--input-format', 'etiket', '--format', 'json'], dir).stdout);
    expect(asEtiket.calls[0].status).toBe('error');
  });
});

describe('locale and preset', () => {
  it('the report is in Indonesian by default (language id) and in English with --locale en', () => {
    const id = run(['check', 'fail/c.txt', '--no-color'], dir);
    expect(id.stdout).toContain(' GAGAL  fail/c.txt  call-c · Anna · inbound');
    expect(id.stdout).toContain('Agen menutup telepon lebih dulu pada panggilan masuk; penelepon yang seharusnya mengakhirinya');
    expect(id.stdout).toContain('1 panggilan · 0 lulus · 1 gagal · 0 galat');
    const en = JSON.parse(run(['check', 'fail/c.txt', '--format', 'json', '--locale', 'en'], dir).stdout);
    expect(en.calls[0].rules[0].findings[0].message).toBe('The agent hung up first on an inbound call; the caller should end it');
    expect(run(['check', 'fail/c.txt', '--locale', 'fr'], dir).code).toBe(2);
  });
  it('--preset strict turns every rule to error; the config still overrides', () => {
    const d = mkdtempSync(join(tmpdir(), 'etiket-preset-'));
    try {
      writeFileSync(join(d, 'etiket.config.json'), JSON.stringify({ rules: { 'dead-air': 'warn' } }));
      writeFileSync(join(d, 'a.txt'), call('call-a', 'customer'));
      const severities = (args: string[]) => Object.fromEntries(JSON.parse(run(['check', 'a.txt', '--format', 'json', ...args], d).stdout).calls[0].rules.map((r: { id: string; severity: string }) => [r.id, r.severity]));
      const recommended = severities([]);
      const strict = severities(['--preset', 'strict']);
      expect(Object.values(recommended)).toContain('warn');
      expect(Object.entries(strict).filter(([, v]) => v !== 'error')).toEqual([['dead-air', 'warn']]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('other commands', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const r = run(['--version'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
  it('rules lists every rule with its default severity', () => {
    const r = run(['rules', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.map((x: { id: string }) => x.id)).toEqual([
      'answer-within-three-rings', 'greeting-formula', 'forbidden-opening-words', 'name-request', 'thank-for-waiting', 'caller-hangs-up-first',
      'closing-formula', 'hold-etiquette', 'transfer-etiquette', 'avoid-phrases', 'polite-words', 'use-customer-name',
      'no-interruption', 'dead-air', 'speech-rate-match', 'outbound-permission', 'single-question', 'callback-identification',
    ]);
    expect(list.filter((x: { defaultSeverity: string }) => x.defaultSeverity === 'warn').map((x: { id: string }) => x.id)).toEqual([
      'avoid-phrases', 'polite-words', 'use-customer-name', 'no-interruption', 'dead-air', 'speech-rate-match', 'single-question', 'callback-identification',
    ]);
  });
  it('rules --format md prints the committed rules reference', () => {
    const r = run(['rules', '--format', 'md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'rules', 'README.md'), 'utf8'));
  });
  it('explain prints what a rule checks, why, its options and real examples', () => {
    const r = run(['explain', 'caller-hangs-up-first'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('caller-hangs-up-first (default: error)');
    expect(r.stdout).toMatch(/Why \(telephone-etiquette standard, lines 243, 319, 498\)\n  .*\S/);
    expect(r.stdout).toContain('  party = "caller"');
    expect(r.stdout).toMatch(/Passing example \(fixtures\/caller-hangs-up-first\/en-pass-[\w-]+\.txt\)/);
    expect(r.stdout).toMatch(/reports\n  line \d+: The agent hung up first/);
    const id = run(['explain', 'caller-hangs-up-first', '--locale', 'id'], dir);
    expect(id.stdout).toMatch(/Passing example \(fixtures\/caller-hangs-up-first\/pass-[\w-]+\.txt\)/);
    expect(id.stdout).toMatch(/reports\n  line \d+: Agen menutup telepon lebih dulu/);
    const bad = run(['explain', 'caller-hangs-up'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('etiket: unknown rule "caller-hangs-up" (did you mean "caller-hangs-up-first"?); `etiket rules` lists them\n');
  });
  it('schema prints the published JSON Schemas', () => {
    for (const name of ['config', 'report', 'transcript']) {
      const r = run(['schema', name], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(root, 'schema', `${name}.json`), 'utf8'));
    }
    expect(run(['schema', 'everything'], dir).code).toBe(2);
  });
});
