// --format github: GitHub Actions workflow commands, so findings appear as annotations on the
// transcript files of a pull request and in the job summary.
//
//   ::error file=calls/a.txt,line=8,title=greeting-formula::The greeting … — "Halo!" → Selamat pagi! …
//
// One line per finding (error → ::error, warn → ::warning), one ::error per call that could not be
// read, then one ::notice with the batch summary. Escaping follows the runner's rules: in the
// message % CR LF become %25 %0D %0A; in property values also : and , become %3A and %2C.
import type { Finding } from '../engine/rule.js';
import type { CallResult, Report } from '../report/types.js';
import { callFindings, INPUT_ERROR_RULE } from './common.js';

/** The message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (file, line, title). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: 'error' | 'warning' | 'notice', props: Record<string, string | number | null>, message: string): string {
  const p = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== null)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

function findingLine(call: CallResult, f: Finding): string {
  let message = f.message;
  if (f.quote !== null) message += ` — "${f.quote}"`;
  if (f.suggestion) message += ` → ${f.suggestion}`;
  return command(f.severity === 'error' ? 'error' : 'warning', { file: call.file, line: f.line ?? call.line, title: f.rule }, message);
}

function inputErrorLine(call: CallResult): string {
  const line = call.error?.problems[0]?.line ?? call.line;
  return command('error', { file: call.file, line, title: INPUT_ERROR_RULE }, call.error?.message ?? 'the call could not be read');
}

export function formatGithub(report: Report): string {
  const lines: string[] = [];
  for (const call of report.calls) {
    if (call.status === 'error') lines.push(inputErrorLine(call));
    else for (const f of callFindings(call)) lines.push(findingLine(call, f));
  }
  const s = report.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(command('notice', {}, `etiket: ${plural(s.calls, 'call')}, ${s.passed} passed, ${s.failed} failed, ${s.errored} errored, `
    + `mean score ${s.score === null ? '–' : s.score.toFixed(1)}; findings: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`));
  return lines.join('\n') + '\n';
}
