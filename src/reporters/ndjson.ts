// PLACEHOLDER — being written.
import type { CallResult, Report } from '../report/types.js';

/** One call as one line of NDJSON (streamed by the CLI as calls finish). */
export function ndjsonLine(_call: CallResult): string {
  throw new Error('the ndjson reporter is not written yet');
}

export function formatNdjson(_report: Report): string {
  throw new Error('the ndjson reporter is not written yet');
}
