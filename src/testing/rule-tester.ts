// Inline rule tests: run one rule on a transcript written in the test itself.
import { resolveConfig } from '../config/load.js';
import { checkCall } from '../engine/runner.js';
import type { Rule } from '../engine/rule.js';
import type { RuleResult } from '../report/types.js';
import { parseTranscript } from '../transcript/read.js';
import { rules as catalogue } from '../../rules/index.js';

export interface InlineCase {
  /** Transcript source; the format follows `file`'s extension (default .txt). */
  readonly source: string;
  readonly file?: string;
  readonly options?: Record<string, unknown>;
  /** Config keys other than rules (company, timezone, speakers, lexicon…). */
  readonly config?: Record<string, unknown>;
}

/** Runs `rule` alone (all other rules off) and returns its result; throws if the input is invalid. */
export function runRuleOn(rule: Rule, c: InlineCase): RuleResult {
  const config = resolveConfig({
    ...(c.config ?? {}),
    rules: Object.fromEntries(catalogue.map((r) => [r.id, r.id === rule.id ? ['error', c.options ?? {}] : 'off'])),
  }, catalogue);
  const [parsed, ...more] = parseTranscript(c.source, c.file ?? 'inline.txt', config.speakers);
  if (!parsed || more.length > 0) throw new Error('an inline case holds exactly one call');
  if (!parsed.ok) throw parsed.error;
  return checkCall(parsed.call, config.rules, config.env).rules[0]!;
}

/** "messageId@line" of each finding, sorted: what tests compare. */
export function findingKeys(result: RuleResult): string[] {
  return result.findings.map((f) => `${f.messageId}@${f.line}`).sort();
}
