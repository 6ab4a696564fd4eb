// Rule fixtures carry their expected outcome inside the transcript, so a fixture is both a valid
// transcript (etiket can check it) and a test case:
//   text:  "# expect: fail missingCompany@8 missingName@8", "# options: {...}", "# config: {...}"
//   JSON:  "$expect": { "status": "fail", "findings": ["missingCompany@8"], "options": {}, "config": {} }
// Findings are messageId@line; the set must match exactly.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { resolveConfig, type ConfigOverrides } from '../config/load.js';
import { checkCall } from '../engine/runner.js';
import type { Rule } from '../engine/rule.js';
import type { RuleResult } from '../report/types.js';
import { parseTranscript } from '../transcript/read.js';
import { splitLines } from '../transcript/text.js';

export interface FixtureExpectation {
  readonly status: 'pass' | 'fail' | 'skip';
  /** "messageId@line", sorted. */
  readonly findings: readonly string[];
  /** For skip: the exact reason, when given. */
  readonly reason?: string;
  readonly options: Record<string, unknown>;
  readonly config: Record<string, unknown>;
}

function parseJsonField(value: string, what: string, file: string): Record<string, unknown> {
  try {
    const v = JSON.parse(value);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
  } catch { /* fall through */ }
  throw new Error(`${file}: "# ${what}:" must be a JSON object, got ${value}`);
}

export function readExpectation(file: string, source: string): FixtureExpectation {
  if (extname(file) === '.json') {
    const raw = JSON.parse(source.replace(/^\uFEFF/, '')) as { $expect?: Record<string, unknown> };
    const e = raw.$expect;
    if (!e) throw new Error(`${file}: no "$expect" object`);
    const status = e.status as FixtureExpectation['status'];
    if (!['pass', 'fail', 'skip'].includes(status)) throw new Error(`${file}: $expect.status must be pass, fail or skip`);
    const findings = ((e.findings as string[] | undefined) ?? []).slice().sort();
    return {
      status, findings,
      ...(typeof e.reason === 'string' ? { reason: e.reason } : {}),
      options: (e.options as Record<string, unknown>) ?? {},
      config: (e.config as Record<string, unknown>) ?? {},
    };
  }
  let expect: string | null = null;
  let options: Record<string, unknown> = {};
  let config: Record<string, unknown> = {};
  for (const line of splitLines(source)) {
    const m = /^#\s*(expect|options|config)\s*:\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    if (m[1] === 'expect') expect = m[2]!.trim();
    else if (m[1] === 'options') options = parseJsonField(m[2]!, 'options', file);
    else config = parseJsonField(m[2]!, 'config', file);
  }
  if (expect === null) throw new Error(`${file}: no "# expect:" header`);
  const [status, ...rest] = expect.split(/\s+/);
  if (status === 'skip') {
    const reason = expect.slice(4).trim();
    return { status, findings: [], ...(reason ? { reason } : {}), options, config };
  }
  if (status !== 'pass' && status !== 'fail') throw new Error(`${file}: "# expect:" must start with pass, fail or skip`);
  for (const f of rest) if (!/^\w+@\d+$/.test(f)) throw new Error(`${file}: expected finding "${f}" is not messageId@line`);
  return { status, findings: rest.slice().sort(), options, config };
}

export interface FixtureOutcome {
  readonly expected: FixtureExpectation;
  readonly result: RuleResult;
  /** "messageId@line", sorted. */
  readonly actual: readonly string[];
}

/** Runs one rule on one fixture file with the fixture's own options and config. */
export function runFixture(rule: Rule, catalogue: readonly Rule[], file: string, displayPath = file, overrides: ConfigOverrides = {}): FixtureOutcome {
  const source = readFileSync(file, 'utf8');
  const expected = readExpectation(file, source);
  const config = resolveConfig({ ...expected.config, rules: Object.fromEntries(catalogue.map((r) => [r.id, r.id === rule.id ? ['error', expected.options] : 'off'])) }, catalogue, null, null, overrides);
  const parsed = parseTranscript(source, displayPath, config.speakers);
  if (parsed.length !== 1) throw new Error(`${file}: a rule fixture holds exactly one call, found ${parsed.length}`);
  const p = parsed[0]!;
  if (!p.ok) throw new Error(`${file}: fixture does not parse: ${p.error.message}`);
  const call = checkCall(p.call, config.rules, config.env);
  const result = call.rules[0]!;
  return { expected, result, actual: result.findings.map((f) => `${f.messageId}@${f.line}`).sort() };
}
