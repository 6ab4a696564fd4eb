// --format pretty: the terminal report for people — per call a header, each failure with its
// time, line, the quoted words (underlined) and a better phrasing; then the batch summary.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding } from '../engine/rule.js';
import type { CallResult, Report } from '../report/types.js';
import { formatClock } from '../transcript/time.js';

export interface PrettyOptions {
  readonly color: boolean;
  /** Only error-severity failures; passing calls are left out (the summary stays whole). */
  readonly quiet?: boolean;
}

const QUOTE_WINDOW = 110;

/** The quote, shortened around the span when long, and the span's columns in what is shown. */
function quoteWindow(quote: string, span?: readonly [number, number]): { text: string; from: number; to: number } | { text: string } {
  if (!span) return { text: quote.length > QUOTE_WINDOW * 2 ? quote.slice(0, QUOTE_WINDOW * 2) + '…' : quote };
  let [from, to] = span;
  let text = quote;
  if (quote.length > QUOTE_WINDOW) {
    const start = Math.max(0, from - 45);
    const end = Math.min(quote.length, Math.max(to + 45, start + QUOTE_WINDOW - 10));
    text = (start > 0 ? '…' : '') + quote.slice(start, end) + (end < quote.length ? '…' : '');
    const shift = start - (start > 0 ? 1 : 0);
    from -= shift;
    to -= shift;
  }
  return { text, from, to };
}

function findingLines(f: Finding, c: ChalkInstance): string[] {
  const when = f.at !== null ? `[${formatClock(f.at)}]` : '[--:--]';
  const where = f.line !== null ? `line ${f.line}` : '';
  const mark = f.severity === 'error' ? c.red('✖') : c.yellow('⚠');
  const lines = [`  ${mark} ${c.cyan(when)} ${c.dim(where.padEnd(9))} ${f.message}  ${c.dim(f.rule)}`];
  const indent = '      ';
  if (f.quote !== null) {
    const q = quoteWindow(f.quote, f.span);
    lines.push(`${indent}${c.dim('“')}${q.text}${c.dim('”')}`);
    if ('from' in q && q.to > q.from) lines.push(`${indent} ${' '.repeat(q.from)}${c.red('^'.repeat(q.to - q.from))}`);
  }
  if (f.suggestion) lines.push(`${indent}${c.green('→')} ${c.green(f.suggestion)}`);
  if (f.note) lines.push(`${indent}${c.dim(f.note)}`);
  return lines;
}

function callHeader(call: CallResult, c: ChalkInstance): string {
  const status = call.status === 'pass' ? c.bgGreen.black(' PASS ') : call.status === 'fail' ? c.bgRed.white(' FAIL ') : c.bgMagenta.white(' ERROR ');
  const parts = [call.id, call.agent, call.direction, call.startedAt].filter((x): x is string => !!x);
  const score = call.score === null ? '' : `  score ${call.score.toFixed(1)}`;
  const where = call.line !== null ? `${call.file}:${call.line}` : call.file;
  return `${status} ${c.bold(where)}  ${c.dim(parts.join(' · '))}${c.bold(score)}`;
}

export function formatPretty(report: Report, options: PrettyOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const call of report.calls) {
    const failures = call.rules.filter((r) => r.status === 'fail' && (!options.quiet || r.severity === 'error'));
    if (options.quiet && call.status === 'pass' && failures.length === 0) continue;
    out.push(callHeader(call, c));
    if (call.error) {
      for (const p of call.error.message.split('\n')) out.push(`  ${c.magenta('✖')} ${p}`);
      out.push('');
      continue;
    }
    const findings = failures.flatMap((r) => r.findings).sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.at ?? Infinity) - (b.at ?? Infinity));
    for (const f of findings) out.push(...findingLines(f, c));
    const notes = call.rules.flatMap((r) => (r.notes ?? []).map((n) => `${r.id}: ${n}`));
    if (!options.quiet && notes.length) out.push(c.dim(`  note: ${notes.join(' · ')}`));
    const skips = call.rules.filter((r) => r.status === 'skip');
    if (!options.quiet && skips.length) out.push(c.dim(`  skipped: ${skips.map((r) => `${r.id} (${r.reason})`).join(' · ')}`));
    out.push('');
  }
  out.push(...summaryLines(report, c));
  return out.join('\n') + '\n';
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((n / d) * 100).toFixed(1)}%`);

function summaryLines(report: Report, c: ChalkInstance): string[] {
  const s = report.summary;
  const lines: string[] = [];
  const head = [
    `${s.calls} call${s.calls === 1 ? '' : 's'}`,
    c.green(`${s.passed} passed`),
    (s.failed ? c.red : c.dim)(`${s.failed} failed`),
    (s.errored ? c.magenta : c.dim)(`${s.errored} errored`),
    `mean score ${s.score === null ? '–' : s.score.toFixed(1)}`,
    `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`,
  ];
  lines.push(c.bold(head.join(' · ')));
  const ruleIds = Object.keys(s.rules);
  if (ruleIds.length) {
    lines.push('', c.bold('Rules') + c.dim('  (fail / checked, fail rate, skipped)'));
    const w = Math.max(...ruleIds.map((id) => id.length));
    for (const id of ruleIds) {
      const t = s.rules[id]!;
      const checked = t.pass + t.fail;
      const failText = `${t.fail} / ${checked}`.padEnd(9);
      lines.push(`  ${id.padEnd(w)}  ${(t.fail ? c.red : c.green)(failText)} ${pct(t.fail, checked).padStart(6)}  ${c.dim(`${t.skip} skipped`)}`);
    }
  }
  const agents = Object.keys(s.agents);
  if (agents.length) {
    lines.push('', c.bold('Agents') + c.dim('  (calls, passed, failed, errored, mean score)'));
    const w = Math.max(...agents.map((a) => a.length));
    for (const a of agents) {
      const t = s.agents[a]!;
      lines.push(`  ${a.padEnd(w)}  ${String(t.calls).padStart(4)} calls  ${c.green(String(t.passed).padStart(3))} passed  ${(t.failed ? c.red : c.dim)(String(t.failed).padStart(3))} failed  ${String(t.errored).padStart(3)} errored  score ${t.score === null ? '–' : t.score.toFixed(1)}`);
    }
  }
  return lines;
}
