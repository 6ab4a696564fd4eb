// --format ndjson: one call per line, each exactly the call object of the JSON report (same keys,
// same order), so `jq -c '.calls[]'` on a JSON report and the NDJSON stream give the same lines.
// No summary line: a stream consumer aggregates itself, and every line has the same shape.
import type { CallResult, Report } from '../report/types.js';
import { serializeCall } from './json.js';

/** One call as one line of NDJSON (streamed by the CLI as calls finish). */
export function ndjsonLine(call: CallResult): string {
  // JSON.stringify escapes newlines inside strings, so a line is always exactly one call.
  return JSON.stringify(serializeCall(call)) + '\n';
}

/** Every call of the report, one per line, in report order. */
export function formatNdjson(report: Report): string {
  return report.calls.map(ndjsonLine).join('');
}
