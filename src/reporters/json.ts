// --format json: the report as one JSON document (FORMATS.md §3), keys in a fixed order.
import type { Finding } from '../engine/rule.js';
import type { CallResult, Report, RuleResult } from '../report/types.js';

function finding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    messageId: f.messageId,
    message: f.message,
    at: f.at,
    end: f.end,
    line: f.line,
    utterance: f.utterance,
    speaker: f.speaker,
    quote: f.quote,
  };
  if (f.span) out.span = [...f.span];
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  if (f.note !== undefined) out.note = f.note;
  return out;
}

function rule(r: RuleResult): Record<string, unknown> {
  const out: Record<string, unknown> = { id: r.id, status: r.status, severity: r.severity };
  if (r.weight !== undefined) out.weight = r.weight;
  if (r.critical) out.critical = true;
  if (r.reason !== undefined) out.reason = r.reason;
  if (r.notes?.length) out.notes = [...r.notes];
  out.findings = r.findings.map(finding);
  return out;
}

/** One call as the JSON report writes it (also one NDJSON line): fixed key order, no timeline. */
export function serializeCall(c: CallResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file: c.file, line: c.line, id: c.id, agent: c.agent,
  };
  if (c.direction !== undefined) out.direction = c.direction;
  if (c.startedAt !== undefined) out.startedAt = c.startedAt;
  if (c.language !== undefined) out.language = c.language;
  if (c.format !== undefined) out.format = c.format;
  if (c.roles !== undefined) {
    out.roles = { source: c.roles.source, confidence: c.roles.confidence, ...(c.roles.map ? { map: { ...c.roles.map } } : {}) };
  }
  out.status = c.status;
  out.score = c.score;
  if (c.error) out.error = { message: c.error.message, problems: c.error.problems.map((p) => ({ line: p.line, path: p.path, message: p.message })) };
  out.rules = c.rules.map(rule);
  return out;
}

export function formatJson(report: Report): string {
  const s = report.summary;
  return JSON.stringify({
    version: report.version,
    tool: report.tool,
    summary: {
      calls: s.calls, passed: s.passed, failed: s.failed, errored: s.errored, score: s.score,
      errors: s.errors, warnings: s.warnings, rules: s.rules, agents: s.agents,
    },
    calls: report.calls.map(serializeCall),
  }, null, 2) + '\n';
}
