// PLACEHOLDER — being written.
import type { Report } from '../report/types.js';

export function formatJunit(_report: Report, _options?: unknown): string {
  throw new Error('the junit reporter is not written yet');
}
