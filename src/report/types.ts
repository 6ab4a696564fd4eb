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

/**
 * What was said and what happened, for reporters that draw the call (HTML timeline). Not part of
 * the JSON report (which stays a verdict); built from the call model by the engine.
 */
export interface Timeline {
  readonly utterances: readonly {
    readonly index: number; readonly speaker: 'agent' | 'customer'; readonly start: number | null;
    readonly end: number | null; readonly text: string; readonly line: number | null;
  }[];
  readonly events: readonly {
    readonly type: 'ring' | 'answer' | 'hold' | 'unhold' | 'transfer' | 'hangup';
    readonly at: number | null; readonly line: number | null; readonly to?: string; readonly by?: 'agent' | 'customer';
  }[];
}

export interface CallResult {
  readonly file: string;
  readonly line: number | null;
  readonly id: string | null;
  readonly agent: string | null;
  readonly direction?: 'inbound' | 'outbound';
  readonly startedAt?: string | null;
  /** The language the call was judged in ("id", "en"; "und": none etiket has phrases for). */
  readonly language?: string;
  /** The export format a vendor adapter read ("amazon-transcribe"); absent for etiket's own formats. */
  readonly format?: string;
  /** How agent and customer were told apart, for exports (file, config or inferred, with confidence). */
  readonly roles?: { readonly source: 'file' | 'config' | 'inferred'; readonly confidence: number | null; readonly map?: Readonly<Record<string, 'agent' | 'customer'>> };
  readonly status: CallStatus;
  readonly score: number | null;
  readonly error?: { readonly message: string; readonly problems: readonly { line: number | null; path: string | null; message: string }[] };
  readonly rules: readonly RuleResult[];
  /** The call's utterances and events (absent for calls that could not be read). */
  readonly timeline?: Timeline;
}

export interface RuleTally { pass: number; fail: number; skip: number }
export interface AgentTally {
  calls: number; passed: number; failed: number; errored: number; score: number | null;
  /** Failed calls per rule id (only rules that failed at least once). */
  rules: Record<string, number>;
  /** The rule this agent fails most often (ties: catalogue order); null when none failed. */
  worstRule: string | null;
}

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
