// --format csv: a spreadsheet for QA leads, one row per finding (default) or one per call.
//
// RFC 4180: comma-separated, CRLF after every record (the last one too), a field is quoted when
// it holds a comma, a double quote, CR or LF, and quotes inside are doubled. Columns are fixed
// (see FINDING_COLUMNS / CALL_COLUMNS); an empty cell means "none" (null).
//
// Two choices made for the spreadsheet this is opened in:
// - The text starts with a UTF-8 byte order mark. Excel reads a CSV without one in the legacy
//   ANSI code page and garbles every non-ASCII character (“…” ‘→’ é); with it, Excel, LibreOffice,
//   Google Sheets, pandas and csv-parse (`bom: true`) all read UTF-8. `bom: false` leaves it out.
// - Formula injection (OWASP "CSV Injection"): a text cell starting with = + - @, tab or CR is
//   prefixed with ' so a spreadsheet shows it as text instead of evaluating it. Quotes are the
//   customer's and agent's words (ASR writes "+62 812…"), so this matters. Numbers we write (line,
//   score, seconds) are never prefixed; they are all ≥ 0.
import type { Finding } from '../engine/rule.js';
import type { CallResult, Report } from '../report/types.js';
import { formatClock } from '../transcript/time.js';
import { callFindings, INPUT_ERROR_RULE } from './common.js';

export interface CsvOptions {
  /** One row per finding (default) or one row per call. */
  readonly rows?: 'findings' | 'calls';
  /** Start with a UTF-8 byte order mark for Excel (default true). */
  readonly bom?: boolean;
}

type Cell = string | number | null | undefined;

export const FINDING_COLUMNS = [
  'file', 'line', 'call_id', 'agent', 'call_status', 'call_score', 'rule', 'severity', 'message_id',
  'message', 'at', 'time', 'transcript_line', 'speaker', 'quote', 'suggestion', 'note',
] as const;

export const CALL_COLUMNS = [
  'file', 'line', 'call_id', 'agent', 'direction', 'started_at', 'status', 'score', 'errors', 'warnings',
  'failed_rules', 'error',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A leading character a spreadsheet may treat as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers as written, text neutralised against formulas, then quoted if needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const record = (cells: readonly Cell[]) => cells.map(csvCell).join(',') + CRLF;

function findingRow(call: CallResult, f: Finding): Cell[] {
  return [
    call.file, call.line, call.id, call.agent, call.status, call.score,
    f.rule, f.severity, f.messageId, f.message,
    f.at, f.at !== null ? formatClock(f.at) : null, f.line, f.speaker, f.quote, f.suggestion, f.note,
  ];
}

/** The row of a call that could not be read: its error in place of a finding. */
function inputErrorRow(call: CallResult): Cell[] {
  const problems = call.error?.problems ?? [];
  return [
    call.file, call.line, call.id, call.agent, call.status, call.score,
    INPUT_ERROR_RULE, 'error', null, call.error?.message ?? 'the call could not be read',
    null, null, problems[0]?.line ?? call.line, null, null, null, null,
  ];
}

function callRow(call: CallResult): Cell[] {
  const findings = call.rules.flatMap((r) => r.findings);
  return [
    call.file, call.line, call.id, call.agent, call.direction, call.startedAt, call.status, call.score,
    findings.filter((f) => f.severity === 'error').length,
    findings.filter((f) => f.severity === 'warn').length,
    call.rules.filter((r) => r.status === 'fail').map((r) => r.id).join(';'),
    call.error?.message,
  ];
}

export function formatCsv(report: Report, options: CsvOptions = {}): string {
  const out: string[] = [];
  if (options.rows === 'calls') {
    out.push(record(CALL_COLUMNS));
    for (const call of report.calls) out.push(record(callRow(call)));
  } else {
    out.push(record(FINDING_COLUMNS));
    for (const call of report.calls) {
      if (call.status === 'error') out.push(record(inputErrorRow(call)));
      else for (const f of callFindings(call)) out.push(record(findingRow(call, f)));
    }
  }
  return (options.bom === false ? '' : BOM) + out.join('');
}
