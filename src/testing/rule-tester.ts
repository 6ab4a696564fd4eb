// Inline rule tests: run one rule on a transcript written in the test itself, and a strict
// RuleTester in the spirit of ESLint's: every case must come out exactly as stated.
import { resolveConfig } from '../config/load.js';
import { checkCall } from '../engine/runner.js';
import type { Rule } from '../engine/rule.js';
import type { RuleResult } from '../report/types.js';
import { parseTranscript } from '../transcript/read.js';

export interface InlineCase {
  /** Transcript source; the format follows `file`'s extension (default .txt). */
  readonly source: string;
  readonly file?: string;
  readonly options?: Record<string, unknown>;
  /** Config keys other than rules (company, timezone, speakers, lexicon…). */
  readonly config?: Record<string, unknown>;
}

/**
 * Runs `rule` alone and returns its result. Throws if the options or config are invalid
 * (ConfigError) or the transcript does not parse (InputError). The rule need not be registered.
 */
export function runRuleOn(rule: Rule, c: InlineCase): RuleResult {
  const config = resolveConfig({ ...(c.config ?? {}), rules: { [rule.id]: ['error', c.options ?? {}] } }, [rule]);
  const [parsed, ...more] = parseTranscript(c.source, c.file ?? 'inline.txt', config.speakers);
  if (!parsed || more.length > 0) throw new Error('an inline case holds exactly one call');
  if (!parsed.ok) throw parsed.error;
  return checkCall(parsed.call, config.rules, config.env).rules[0]!;
}

/** "messageId@line" of each finding, sorted: what tests compare. */
export function findingKeys(result: RuleResult): string[] {
  return result.findings.map((f) => `${f.messageId}@${f.line}`).sort();
}

export interface ValidCase extends InlineCase {
  /** Expect a skip with exactly this reason instead of a pass. */
  readonly skip?: string;
}

export interface InvalidCase extends InlineCase {
  /** The exact findings, as "messageId@line" (order does not matter, repeats do). */
  readonly errors: readonly string[];
}

/**
 * Checks every case and throws one Error listing all that came out differently. Strict: an
 * invalid case must state at least one error, a case may not appear twice, an unknown
 * messageId in an expectation is an error, options must validate.
 */
export function testRule(rule: Rule, cases: { valid?: readonly ValidCase[]; invalid?: readonly InvalidCase[] }): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  const all: [string, ValidCase | InvalidCase][] = [
    ...(cases.valid ?? []).map((c, i) => [`valid[${i}]`, c] as [string, ValidCase]),
    ...(cases.invalid ?? []).map((c, i) => [`invalid[${i}]`, c] as [string, InvalidCase]),
  ];
  for (const [name, c] of all) {
    const key = JSON.stringify([c.source, c.file, c.options, c.config]);
    if (seen.has(key)) { problems.push(`${name}: duplicate case`); continue; }
    seen.add(key);
    let result: RuleResult;
    try {
      result = runRuleOn(rule, c);
    } catch (e) {
      problems.push(`${name}: ${(e as Error).message}`);
      continue;
    }
    const actual = findingKeys(result);
    if ('errors' in c) {
      if (c.errors.length === 0) { problems.push(`${name}: an invalid case must state its errors`); continue; }
      for (const k of c.errors) {
        const id = k.split('@')[0]!;
        if (!(id in rule.meta.messages)) problems.push(`${name}: unknown messageId "${id}" in the expectation`);
      }
      const expected = [...c.errors].sort();
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        problems.push(`${name}: expected [${expected.join(', ')}], got [${actual.join(', ')}]${result.status === 'skip' ? ` (skipped: ${result.reason})` : ''}`);
      }
    } else if (c.skip !== undefined) {
      if (result.status !== 'skip' || result.reason !== c.skip) problems.push(`${name}: expected skip "${c.skip}", got ${result.status}${result.reason ? ` "${result.reason}"` : ''} [${actual.join(', ')}]`);
    } else if (result.status !== 'pass') {
      problems.push(`${name}: expected pass, got ${result.status}${result.reason ? ` "${result.reason}"` : ''} [${actual.join(', ')}]`);
    }
  }
  if (problems.length > 0) throw new Error(`${rule.id}: ${problems.length} case(s) failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}
