// The reporters: pure functions (report, options) → text. Only the CLI writes them anywhere.
import type { Locale, Rule } from '../engine/rule.js';
import type { Report } from '../report/types.js';
import { formatCsv } from './csv.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatNdjson } from './ndjson.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';

export interface ReporterOptions {
  /** ANSI colours (pretty only). */
  readonly color: boolean;
  /** Only error-severity failures (pretty only). */
  readonly quiet: boolean;
  readonly locale: Locale;
  /** csv: one row per finding (default) or per call. */
  readonly csvRows: 'findings' | 'calls';
  /** The rules that ran, for reporters that describe them (SARIF rule metadata, JUnit names). */
  readonly rules: readonly Rule[];
}

export type Reporter = (report: Report, options: ReporterOptions) => string;

export const REPORTERS = {
  pretty: (r, o) => formatPretty(r, { color: o.color, quiet: o.quiet, locale: o.locale }),
  json: (r) => formatJson(r),
  ndjson: (r) => formatNdjson(r),
  csv: (r, o) => formatCsv(r, { rows: o.csvRows }),
  junit: (r, o) => formatJunit(r, o),
  sarif: (r, o) => formatSarif(r, o),
  github: (r) => formatGithub(r),
  html: (r, o) => formatHtml(r, o),
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];
