// PLACEHOLDER — being written.
import type { Report } from '../report/types.js';

export function formatHtml(_report: Report, _options?: unknown): string {
  throw new Error('the html reporter is not written yet');
}
