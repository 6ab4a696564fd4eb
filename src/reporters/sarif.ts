// --format sarif: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDEs).
//
// One run. tool.driver.rules describes the rules that ran (from their meta: description, seed
// lines of the standard, option defaults); results are the findings, one each, located at the
// transcript file (relative URI, uriBaseId %SRCROOT%) and line, with the quoted words as snippet.
//
// Decisions:
// - No informationUri / helpUri: etiket has no web address of its own to point at.
// - defaultConfiguration.level is the rule's default severity; when the run's config changed it,
//   invocations[0].ruleConfigurationOverrides says so, and every result carries its own level.
// - A call that could not be read has no results; it is an error-level toolExecutionNotification
//   in invocations[0]. executionSuccessful stays true: etiket ran to the end and checked every
//   readable call (SARIF appendix I: false means the tool failed to start, crashed or exited
//   with a failure code; an error notification already tells a consumer results may be missing).
// - partialFingerprints["etiketFinding/v1"]: sha256 of file, call id, rule, messageId and the
//   utterance index, so an alert keeps its identity when unrelated lines move.
import { createHash } from 'node:crypto';
import type { Finding, Rule, Severity } from '../engine/rule.js';
import type { CallResult, Report } from '../report/types.js';
import { formatClock } from '../transcript/time.js';
import { callFindings } from './common.js';

export interface SarifOptions {
  /** The rules that ran, in catalogue order: their meta becomes tool.driver.rules. */
  readonly rules?: readonly Rule[];
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const FINGERPRINT = 'etiketFinding/v1';

const level = (s: Severity) => (s === 'error' ? 'error' : 'warning');

/** "thank-for-waiting" → "ThankForWaiting" (SARIF's reportingDescriptor.name is an identifier). */
export function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/** [183, 184, 185, 186, 187, 434, 454] → "183–187, 434, 454". */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * A report path as a SARIF artifact location: relative paths (the report's normal case) become a
 * relative URI reference against %SRCROOT%, each segment percent-encoded; an absolute path becomes
 * a file: URI.
 */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const p = path.replace(/\\/g, '/');
  const encode = (s: string) => s.split('/').map(encodeURIComponent).join('/');
  const drive = /^([A-Za-z]:)\//.exec(p);
  if (drive) return { uri: `file:///${drive[1]}/${encode(p.slice(3))}` };
  if (p.startsWith('/')) return { uri: `file://${encode(p)}` };
  return { uri: encode(p), uriBaseId: SRCROOT };
}

function location(path: string, line: number | null, snippet?: string | null): Record<string, unknown> {
  const region: Record<string, unknown> = { startLine: line !== null && line >= 1 ? line : 1 };
  if (snippet) region.snippet = { text: snippet };
  return { physicalLocation: { artifactLocation: artifactLocation(path), region } };
}

function ruleDescriptor(rule: Rule): Record<string, unknown> {
  const m = rule.meta;
  const defaults = Object.entries(m.options.parse({}) as Record<string, unknown>);
  const seed = `Telephone-etiquette standard, lines ${lineRanges(m.seed)}.`;
  const text = [
    m.description,
    ...(m.appliesTo ? [`Applies to: ${m.appliesTo}.`] : []),
    seed,
    `Default severity: ${m.defaultSeverity}.`,
    defaults.length ? `Options (defaults): ${defaults.map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join('; ')}.` : 'No options.',
    `\`etiket explain ${rule.id}\` prints examples.`,
  ].join('\n');
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const markdown = [
    `**${m.description}**`,
    ...(m.appliesTo ? ['', `Applies to: ${m.appliesTo}.`] : []),
    '',
    `${seed} Default severity: \`${m.defaultSeverity}\`.`,
    '',
    ...(defaults.length
      ? ['| option | default |', '| --- | --- |', ...defaults.map(([k, v]) => `| \`${k}\` | \`${cell(JSON.stringify(v))}\` |`), '']
      : ['No options.', '']),
    `\`etiket explain ${rule.id}\` prints examples.`,
  ].join('\n');
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: m.description },
    fullDescription: { text: m.appliesTo ? `${m.description} (applies to: ${m.appliesTo}).` : `${m.description}.` },
    help: { text, markdown },
    defaultConfiguration: { level: level(m.defaultSeverity) },
  };
}

/** Stable identity of a finding across runs (see the header). */
function fingerprint(call: CallResult, f: Finding): string {
  const callKey = call.id ?? `line:${call.line ?? ''}`;
  const where = f.utterance !== null ? `utterance:${f.utterance}` : `line:${f.line ?? ''}`;
  return createHash('sha256').update([call.file, callKey, f.rule, f.messageId, where].join('\u0000')).digest('hex');
}

function result(call: CallResult, f: Finding, ruleIndex: ReadonlyMap<string, number>): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: f.rule };
  const index = ruleIndex.get(f.rule);
  if (index !== undefined) out.ruleIndex = index;
  out.level = level(f.severity);
  out.message = { text: f.message };
  out.locations = [location(call.file, f.line ?? call.line, f.quote)];
  out.partialFingerprints = { [FINGERPRINT]: fingerprint(call, f) };
  const props: Record<string, unknown> = {
    callId: call.id, agent: call.agent, at: f.at, time: f.at !== null ? formatClock(f.at) : null,
    speaker: f.speaker, suggestion: f.suggestion, note: f.note,
  };
  out.properties = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
  return out;
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const rules = options.rules ?? [];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  // The severity each rule ran with (the config may differ from the rule's default).
  const ran = new Map<string, Severity>();
  for (const c of report.calls) for (const r of c.rules) if (!ran.has(r.id)) ran.set(r.id, r.severity);
  const overrides = rules.flatMap((r, i) => {
    const s = ran.get(r.id);
    return s !== undefined && s !== r.meta.defaultSeverity
      ? [{ descriptor: { id: r.id, index: i }, configuration: { level: level(s) } }]
      : [];
  });

  const notifications = report.calls.filter((c) => c.status === 'error').map((c) => ({
    level: 'error',
    message: { text: c.error?.message ?? 'the call could not be read' },
    locations: [location(c.file, c.error?.problems[0]?.line ?? c.line)],
  }));

  const invocation: Record<string, unknown> = { executionSuccessful: true };
  if (overrides.length) invocation.ruleConfigurationOverrides = overrides;
  if (notifications.length) invocation.toolExecutionNotifications = notifications;

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: report.tool.name, version: report.tool.version, rules: rules.map(ruleDescriptor) } },
      invocations: [invocation],
      results: report.calls.flatMap((c) => callFindings(c).map((f) => result(c, f, ruleIndex))),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
