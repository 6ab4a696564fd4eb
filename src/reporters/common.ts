// Small helpers the machine-readable reporters share (csv, junit, sarif, github).
import type { Finding } from '../engine/rule.js';
import type { CallResult } from '../report/types.js';

/** Stands in for a rule id where a call could not be read (no rule ran on it). */
export const INPUT_ERROR_RULE = '(input)';

/**
 * A call's findings in transcript order (line, then time; ties keep catalogue order), as the
 * pretty report lists them. Sorting is stable, so the order is deterministic.
 */
export function callFindings(call: CallResult): Finding[] {
  return call.rules
    .flatMap((r) => r.findings)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.line ?? Infinity) - (b.f.line ?? Infinity) || (a.f.at ?? Infinity) - (b.f.at ?? Infinity) || a.i - b.i)
    .map(({ f }) => f);
}

/** "calls/a.jsonl:3" for a call that has a line, else the file. */
export function callWhere(call: CallResult): string {
  return call.line !== null ? `${call.file}:${call.line}` : call.file;
}

/** "calls/a.jsonl:3 call-0012": where the call is and its id, when it has one. */
export function callLabel(call: CallResult): string {
  return call.id ? `${callWhere(call)} ${call.id}` : callWhere(call);
}
