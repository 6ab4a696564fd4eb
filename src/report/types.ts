// The report shape (FORMATS.md §3): what the JSON reporter prints and every reporter reads.
import type { Finding, Severity } from '../engine/rule.js';

export type RuleStatus = 'pass' | 'fail' | 'skip';
export type CallStatus = 'pass' | 'fail' | 'error';

export interface RuleResult {
  readonly id: string;
  readonly status: RuleStatus;
  readonly severity: Severity;
  /** Scorecard weight, when not 1. */
  readonly weight?: number;
  /** Present (true) for an auto-fail rule. */
  readonly critical?: boolean;
  readonly reason?: string;
  readonly notes?: readonly string[];
  readonly findings: readonly Finding[];
}

export interface CallResult {
  readonly file: string;
  readonly line: number | null;
  readonly id: string | null;
  readonly agent: string | null;
  readonly direction?: 'inbound' | 'outbound';
  readonly startedAt?: string | null;
  readonly status: CallStatus;
  readonly score: number | null;
  readonly error?: { readonly message: string; readonly problems: readonly { line: number | null; path: string | null; message: string }[] };
  readonly rules: readonly RuleResult[];
}

export interface RuleTally { pass: number; fail: number; skip: number }
export interface AgentTally { calls: number; passed: number; failed: number; errored: number; score: number | null }

export interface Summary {
  readonly calls: number;
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
  /** Mean of the calls' scores (calls with a score only); null when none has one. */
  readonly score: number | null;
  readonly errors: number;
  readonly warnings: number;
  readonly rules: Readonly<Record<string, RuleTally>>;
  readonly agents: Readonly<Record<string, AgentTally>>;
}

export interface Report {
  readonly version: 1;
  readonly tool: { readonly name: 'etiket'; readonly version: string };
  readonly summary: Summary;
  readonly calls: readonly CallResult[];
}
