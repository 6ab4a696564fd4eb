// PLACEHOLDER — being written.
import type { Report } from '../report/types.js';

export function formatCsv(_report: Report, _options?: unknown): string {
  throw new Error('the csv reporter is not written yet');
}
