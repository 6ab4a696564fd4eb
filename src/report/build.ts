// Assembles the report: calls in deterministic order, and the batch summary QA leads act on.
import type { AgentTally, CallResult, Report, RuleTally, Summary } from './types.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

export function compareCalls(a: CallResult, b: CallResult): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

function mean(scores: readonly (number | null)[]): number | null {
  const s = scores.filter((x): x is number => x !== null);
  return s.length ? round1(s.reduce((a, b) => a + b, 0) / s.length) : null;
}

/** `ruleIds`: the enabled rules in catalogue order, so every enabled rule has a tally. */
export function summarize(calls: readonly CallResult[], ruleIds: readonly string[]): Summary {
  const rules: Record<string, RuleTally> = {};
  for (const id of ruleIds) rules[id] = { pass: 0, fail: 0, skip: 0 };
  const agentCalls = new Map<string, CallResult[]>();
  let errors = 0;
  let warnings = 0;
  for (const c of calls) {
    for (const r of c.rules) {
      const t = (rules[r.id] ??= { pass: 0, fail: 0, skip: 0 });
      t[r.status]++;
      for (const f of r.findings) f.severity === 'error' ? errors++ : warnings++;
    }
    const agent = c.agent ?? '(unknown)';
    const list = agentCalls.get(agent) ?? [];
    list.push(c);
    agentCalls.set(agent, list);
  }
  const agents: Record<string, AgentTally> = {};
  for (const name of [...agentCalls.keys()].sort()) {
    const list = agentCalls.get(name)!;
    // Failed calls per rule, in catalogue order (one pass over the agent's calls).
    const counts = new Map<string, number>();
    for (const c of list) for (const r of c.rules) if (r.status === 'fail') counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
    const fails: Record<string, number> = {};
    for (const id of Object.keys(rules)) if (counts.has(id)) fails[id] = counts.get(id)!;
    let worstRule: string | null = null;
    for (const [id, n] of Object.entries(fails)) if (worstRule === null || n > fails[worstRule]!) worstRule = id;
    agents[name] = {
      calls: list.length,
      passed: list.filter((c) => c.status === 'pass').length,
      failed: list.filter((c) => c.status === 'fail').length,
      errored: list.filter((c) => c.status === 'error').length,
      score: mean(list.map((c) => c.score)),
      rules: fails,
      worstRule,
    };
  }
  return {
    calls: calls.length,
    passed: calls.filter((c) => c.status === 'pass').length,
    failed: calls.filter((c) => c.status === 'fail').length,
    errored: calls.filter((c) => c.status === 'error').length,
    score: mean(calls.map((c) => c.score)),
    errors,
    warnings,
    rules,
    agents,
  };
}

export function buildReport(calls: readonly CallResult[], ruleIds: readonly string[], toolVersion: string): Report {
  const sorted = [...calls].sort(compareCalls);
  return { version: 1, tool: { name: 'etiket', version: toolVersion }, summary: summarize(sorted, ruleIds), calls: sorted };
}
