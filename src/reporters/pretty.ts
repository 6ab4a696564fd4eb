// --format pretty: the terminal report for people — per call a header, each failure with its
// time, line, the quoted words (underlined) and a better phrasing; then the batch summary.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Locale } from '../engine/rule.js';
import type { CallResult, Report } from '../report/types.js';
import { formatClock } from '../transcript/time.js';

export interface PrettyOptions {
  readonly color: boolean;
  /** Language of the report's own words (headers, summary); default en. */
  readonly locale?: Locale;
  /** Only error-severity failures; passing calls are left out (the summary stays whole). */
  readonly quiet?: boolean;
}

const QUOTE_WINDOW = 110;

/** The report's own words; findings arrive already in the chosen locale. */
const WORDS = {
  en: {
    pass: ' PASS ', fail: ' FAIL ', error: ' ERROR ', score: 'score', roles: 'roles', line: 'line', note: 'note', skipped: 'skipped',
    calls: (n: number) => `${n} call${n === 1 ? '' : 's'}`, passed: 'passed', failed: 'failed', errored: 'errored',
    meanScore: 'mean score', findings: (e: number, w: number) => `findings: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    rules: 'Rules', ruleHead: ['rule', 'failed', 'checked', 'fail rate', 'skipped'],
    agents: 'Agents', agentHead: ['agent', 'calls', 'passed', 'failed', 'errored', 'mean score', 'most failed rule'],
  },
  id: {
    pass: ' LULUS ', fail: ' GAGAL ', error: ' GALAT ', score: 'skor', roles: 'peran', line: 'baris', note: 'catatan', skipped: 'dilewati',
    calls: (n: number) => `${n} panggilan`, passed: 'lulus', failed: 'gagal', errored: 'galat',
    meanScore: 'skor rata-rata', findings: (e: number, w: number) => `temuan: ${e} error, ${w} peringatan`,
    rules: 'Aturan', ruleHead: ['aturan', 'gagal', 'diperiksa', 'tingkat gagal', 'dilewati'],
    agents: 'Agen', agentHead: ['agen', 'panggilan', 'lulus', 'gagal', 'galat', 'skor rata-rata', 'aturan paling sering gagal'],
  },
} as const;
type Words = (typeof WORDS)[Locale];

/** The quote, shortened around the span when long, and the span's columns in what is shown. */
function quoteWindow(quote: string, span?: readonly [number, number]): { text: string; from: number; to: number } | { text: string } {
  if (!span) return { text: quote.length > QUOTE_WINDOW * 2 ? quote.slice(0, QUOTE_WINDOW * 2) + '…' : quote };
  let [from, to] = span;
  let text = quote;
  if (quote.length > QUOTE_WINDOW) {
    // Cut at spaces so no word is shown in half.
    let start = Math.max(0, from - 45);
    if (start > 0) start = Math.min(from, quote.indexOf(' ', start) + 1 || from);
    let end = Math.min(quote.length, Math.max(to + 45, start + QUOTE_WINDOW - 10));
    if (end < quote.length) end = Math.max(to, quote.lastIndexOf(' ', end));
    text = (start > 0 ? '…' : '') + quote.slice(start, end) + (end < quote.length ? '…' : '');
    const shift = start - (start > 0 ? 1 : 0);
    from -= shift;
    to -= shift;
  }
  return { text, from, to };
}

function findingLines(f: Finding, c: ChalkInstance, w: Words): string[] {
  const when = f.at !== null ? `[${formatClock(f.at)}]` : '[--:--]';
  const where = f.line !== null ? `${w.line} ${f.line}` : '';
  const mark = f.severity === 'error' ? c.red('✖') : c.yellow('⚠');
  const lines = [`  ${mark} ${c.cyan(when)} ${c.dim(where.padEnd(9))} ${f.message}  ${c.dim(f.rule)}`];
  const indent = '      ';
  if (f.quote !== null) {
    // A line break inside a quote (JSON transcripts may have one) would break the layout;
    // one space per character keeps the span's columns.
    const q = quoteWindow(f.quote.replace(/[\r\n\t]/g, ' '), f.span);
    lines.push(`${indent}${c.dim('“')}${q.text}${c.dim('”')}`);
    if ('from' in q && q.to > q.from) lines.push(`${indent} ${' '.repeat(q.from)}${c.red('^'.repeat(q.to - q.from))}`);
  }
  if (f.suggestion) lines.push(`${indent}${c.green('→')} ${c.green(f.suggestion)}`);
  if (f.note) lines.push(`${indent}${c.dim(f.note)}`);
  return lines;
}

function callHeader(call: CallResult, c: ChalkInstance, w: Words): string {
  const status = call.status === 'pass' ? c.bgGreen.black(w.pass) : call.status === 'fail' ? c.bgRed.white(w.fail) : c.bgMagenta.white(w.error);
  const roles = call.roles ? `${w.roles} ${call.roles.source}${call.roles.confidence !== null ? ` ${call.roles.confidence}` : ''}` : null;
  // The language only when it is not the standard's, so Indonesian reports stay as they were.
  const language = call.language && call.language !== 'id' ? call.language : null;
  const parts = [call.id, call.agent, call.direction, call.startedAt, call.format, language, roles].filter((x): x is string => !!x);
  const score = call.score === null ? '' : `  ${w.score} ${call.score.toFixed(1)}`;
  const where = call.line !== null ? `${call.file}:${call.line}` : call.file;
  return `${status} ${c.bold(where)}${parts.length ? `  ${c.dim(parts.join(' · '))}` : ''}${c.bold(score)}`;
}

export function formatPretty(report: Report, options: PrettyOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const w = WORDS[options.locale ?? 'en'];
  const out: string[] = [];
  for (const call of report.calls) {
    const failures = call.rules.filter((r) => r.status === 'fail' && (!options.quiet || r.severity === 'error'));
    if (options.quiet && call.status === 'pass' && failures.length === 0) continue;
    out.push(callHeader(call, c, w));
    if (call.error) {
      for (const p of call.error.message.split('\n')) out.push(`  ${c.magenta('✖')} ${p}`);
      out.push('');
      continue;
    }
    const findings = failures.flatMap((r) => r.findings).sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.at ?? Infinity) - (b.at ?? Infinity));
    for (const f of findings) out.push(...findingLines(f, c, w));
    const notes = call.rules.flatMap((r) => (r.notes ?? []).map((n) => `${r.id}: ${n}`));
    if (!options.quiet && notes.length) out.push(c.dim(`  ${w.note}: ${notes.join(' · ')}`));
    const skips = call.rules.filter((r) => r.status === 'skip');
    if (!options.quiet && skips.length) {
      // Grouped by reason: "no hold in the call (thank-for-waiting, hold-etiquette)".
      const byReason = new Map<string, string[]>();
      for (const r of skips) byReason.set(r.reason ?? '', [...(byReason.get(r.reason ?? '') ?? []), r.id]);
      out.push(c.dim(`  ${w.skipped}: ${[...byReason].map(([reason, ids]) => `${reason} (${ids.join(', ')})`).join(' · ')}`));
    }
    out.push('');
  }
  out.push(...summaryLines(report, c, w));
  return out.join('\n') + '\n';
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((n / d) * 100).toFixed(1)}%`);

/** Left-aligned first column, right-aligned numbers; colour is applied after padding. */
function table(c: ChalkInstance, title: string, head: readonly string[], rows: readonly (readonly string[])[], paint: (row: number, col: number, text: string) => string): string[] {
  const widths = head.map((h, i) => Math.max(i === 0 ? h.length : h.length, ...rows.map((r) => r[i]!.length)));
  // Numbers right-aligned; a column of words (names, rule ids) left-aligned.
  const wordy = head.map((_, i) => i === 0 || rows.some((r) => /[a-z]/i.test(r[i]!)));
  const pad = (text: string, i: number) => (wordy[i] ? text.padEnd(widths[i]!) : text.padStart(widths[i]!));
  const lines = [c.bold(title)];
  lines.push(c.dim(`  ${head.map(pad).join('  ')}`.trimEnd()));
  rows.forEach((r, ri) => lines.push(`  ${r.map((cell, ci) => paint(ri, ci, pad(cell, ci))).join('  ')}`.trimEnd()));
  return lines;
}

function summaryLines(report: Report, c: ChalkInstance, w: Words): string[] {
  const s = report.summary;
  const head = [
    w.calls(s.calls),
    c.green(`${s.passed} ${w.passed}`),
    (s.failed ? c.red : c.dim)(`${s.failed} ${w.failed}`),
    (s.errored ? c.magenta : c.dim)(`${s.errored} ${w.errored}`),
    `${w.meanScore} ${s.score === null ? '–' : s.score.toFixed(1)}`,
    w.findings(s.errors, s.warnings),
  ];
  const lines = [c.bold(head.join(' · '))];
  const ruleIds = Object.keys(s.rules);
  if (ruleIds.length) {
    const rows = ruleIds.map((id) => {
      const t = s.rules[id]!;
      return [id, String(t.fail), String(t.pass + t.fail), pct(t.fail, t.pass + t.fail), String(t.skip)];
    });
    lines.push('', ...table(c, w.rules, w.ruleHead, rows,
      (ri, ci, text) => (ci === 1 && s.rules[ruleIds[ri]!]!.fail > 0 ? c.red(text) : text)));
  }
  const agents = Object.keys(s.agents);
  if (agents.length) {
    const rows = agents.map((a) => {
      const t = s.agents[a]!;
      const worst = t.worstRule ? `${t.worstRule} (${t.rules?.[t.worstRule] ?? 0})` : '–';
      return [a, String(t.calls), String(t.passed), String(t.failed), String(t.errored), t.score === null ? '–' : t.score.toFixed(1), worst];
    });
    lines.push('', ...table(c, w.agents, w.agentHead, rows,
      (ri, ci, text) => (ci === 3 && s.agents[agents[ri]!]!.failed > 0 ? c.red(text) : text)));
  }
  return lines;
}
