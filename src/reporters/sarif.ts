// PLACEHOLDER — being written.
import type { Report } from '../report/types.js';

export function formatSarif(_report: Report, _options?: unknown): string {
  throw new Error('the sarif reporter is not written yet');
}
