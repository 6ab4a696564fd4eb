// --format junit: JUnit XML as Jenkins and GitLab read it, so a CI run shows calls as test suites
// and rules as test cases.
//
// - One <testsuite> per call (name "file[:line] call-id"), one <testcase classname="file"
//   name="rule-id"> per rule that ran, so passing rules are listed too.
// - A failed rule is a <failure> only when it fails the call — an error-severity or critical rule,
//   exactly what makes etiket exit 1 by default. A warn-severity failure is a passing test case
//   with the findings in <system-out>: a CI job gating on this file must not fail where etiket
//   itself passes (warnings fail etiket only with --max-warnings).
// - A skipped rule is <skipped message="reason"/>; a call that could not be read is one test case
//   "(input)" with an <error>.
// - No time or timestamp attributes: the same input gives byte-identical output.
import type { Finding } from '../engine/rule.js';
import type { CallResult, Report, RuleResult } from '../report/types.js';
import { formatClock } from '../transcript/time.js';
import { callLabel, INPUT_ERROR_RULE } from './common.js';

/** Nothing from the reporter options is needed; accepted so the registry can pass them. */
export type JunitOptions = object;

/** Characters XML 1.0 forbids anywhere (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const ILLEGAL_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: illegal characters dropped, markup escaped, CR kept as a reference (parsers fold bare CR). */
export function xmlText(s: string): string {
  return s.replace(ILLEGAL_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value (in double quotes): also quotes, and whitespace a parser would fold to spaces. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const attrs = (pairs: Record<string, string | number>) =>
  Object.entries(pairs).map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join('');

/** Whether this failed rule fails the call (and so etiket's exit code): error severity or critical. */
function failsCall(r: RuleResult): boolean {
  return r.status === 'fail' && (r.severity === 'error' || r.critical === true);
}

/** A finding as a few plain lines: when and where, what, the words, the better phrasing, the note. */
function findingText(f: Finding): string {
  const when = f.at !== null ? `[${formatClock(f.at)}]` : '[--:--]';
  const where = f.line !== null ? ` line ${f.line}` : '';
  const lines = [`${when}${where}: ${f.message}`];
  if (f.quote !== null) lines.push(`  “${f.quote}”`);
  if (f.suggestion) lines.push(`  → ${f.suggestion}`);
  if (f.note) lines.push(`  ${f.note}`);
  return lines.join('\n');
}

/** The failure's one-line message: the first finding's, with a count of the others. */
function failureMessage(r: RuleResult): string {
  const first = r.findings[0];
  if (!first) return `${r.id} failed`;
  return r.findings.length > 1 ? `${first.message} (+${r.findings.length - 1} more)` : first.message;
}

interface Counts { tests: number; failures: number; errors: number; skipped: number }

function testcase(call: CallResult, r: RuleResult, counts: Counts): string[] {
  counts.tests++;
  const open = `    <testcase${attrs({ classname: call.file, name: r.id })}`;
  const body: string[] = [];
  if (r.status === 'skip') {
    counts.skipped++;
    body.push(`      <skipped${attrs({ message: r.reason ?? 'skipped' })}/>`);
  } else if (failsCall(r)) {
    counts.failures++;
    const text = r.findings.map(findingText).join('\n');
    body.push(`      <failure${attrs({ type: r.severity, message: failureMessage(r) })}>${xmlText(text)}</failure>`);
  }
  // Warnings (failed, but not failing the call) and notes go where CI shows a passing test's output.
  const out: string[] = [];
  if (r.status === 'fail' && !failsCall(r)) {
    const n = r.findings.length;
    out.push(`warning: ${n} finding${n === 1 ? '' : 's'} (${r.severity} severity: does not fail the call)`, ...r.findings.map(findingText));
  }
  for (const n of r.notes ?? []) out.push(`note: ${n}`);
  if (out.length) body.push(`      <system-out>${xmlText(out.join('\n'))}</system-out>`);
  return body.length ? [`${open}>`, ...body, '    </testcase>'] : [`${open}/>`];
}

function testsuite(call: CallResult, total: Counts): string[] {
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const cases: string[] = [];
  if (call.status === 'error') {
    counts.tests++;
    counts.errors++;
    const message = call.error?.message ?? 'the call could not be read';
    cases.push(
      `    <testcase${attrs({ classname: call.file, name: INPUT_ERROR_RULE })}>`,
      `      <error${attrs({ type: 'input', message })}>${xmlText(message)}</error>`,
      '    </testcase>',
    );
  } else {
    for (const r of call.rules) cases.push(...testcase(call, r, counts));
  }
  for (const k of ['tests', 'failures', 'errors', 'skipped'] as const) total[k] += counts[k];
  const props: Record<string, string | number | null | undefined> = {
    id: call.id, agent: call.agent, direction: call.direction, startedAt: call.startedAt, status: call.status, score: call.score,
  };
  const properties = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([name, value]) => `      <property${attrs({ name, value })}/>`);
  return [
    `  <testsuite${attrs({ name: callLabel(call), ...counts })}>`,
    ...(properties.length ? ['    <properties>', ...properties, '    </properties>'] : []),
    ...cases,
    '  </testsuite>',
  ];
}

export function formatJunit(report: Report, _options?: JunitOptions): string {
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites = report.calls.flatMap((c) => testsuite(c, total));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'etiket', ...total })}>`,
    ...suites,
    '</testsuites>',
  ].join('\n') + '\n';
}
