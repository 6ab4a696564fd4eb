// PLACEHOLDER — being written.
import type { Report } from '../report/types.js';

export function formatGithub(_report: Report, _options?: unknown): string {
  throw new Error('the github reporter is not written yet');
}
