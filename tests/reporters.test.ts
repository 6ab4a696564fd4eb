// Reporters from one canonical report, without linting: exact text for people, exact shape for machines.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rules as catalogue } from '../rules/index.js';
import type { Finding } from '../src/engine/rule.js';
import { summarize } from '../src/report/build.js';
import { ReportSchema } from '../src/report/schema.js';
import type { CallResult, Report } from '../src/report/types.js';
import { CALL_COLUMNS, csvCell, FINDING_COLUMNS, formatCsv } from '../src/reporters/csv.js';
import { escapeData, escapeProperty, formatGithub } from '../src/reporters/github.js';
import { formatJson } from '../src/reporters/json.js';
import { formatJunit } from '../src/reporters/junit.js';
import { formatNdjson, ndjsonLine } from '../src/reporters/ndjson.js';
import { formatPretty } from '../src/reporters/pretty.js';
import { artifactLocation, formatSarif, lineRanges, pascalCase } from '../src/reporters/sarif.js';
import { canonicalRules } from './reporter-rules.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'reports');
const report = JSON.parse(readFileSync(join(dir, 'canonical.json'), 'utf8')) as Report;
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('pretty', () => {
  it('matches the reviewed canonical output', () => {
    expect(formatPretty(report, { color: false })).toBe(read('canonical.pretty.txt'));
  });
  it('speaks Indonesian for its own words with locale id (findings arrive already localized)', () => {
    const id = formatPretty(report, { color: false, locale: 'id' });
    expect(id).toBe(read('canonical.pretty.id.txt'));
    expect(id).toContain('3 panggilan · 1 lulus · 1 gagal · 1 galat · skor rata-rata 75.0 · temuan: 1 error, 2 peringatan');
  });
  it('--quiet leaves out passing calls, warnings, notes and skips but keeps the summary', () => {
    const quiet = formatPretty(report, { color: false, quiet: true });
    expect(quiet).toBe(read('canonical.quiet.txt'));
    expect(quiet).not.toContain('calls/b.jsonl');
    expect(quiet).not.toContain('⚠');
    expect(quiet).toContain('3 calls · 1 passed · 1 failed · 1 errored');
  });
  it('the ^^^ line underlines exactly the span, also in a shortened long quote', () => {
    const lines = formatPretty(report, { color: false }).split('\n');
    const findings = report.calls.flatMap((c) => c.rules.flatMap((r) => r.findings)).filter((f) => f.span);
    expect(findings).toHaveLength(2);
    for (const f of findings) {
      const i = lines.findIndex((l, k) => l.includes('“') && lines[k + 1]?.includes('^') && f.quote!.includes(l.slice(l.indexOf('“') + 1, l.lastIndexOf('”')).replace(/^…|…$/g, '')));
      expect(i).toBeGreaterThan(-1);
      const from = lines[i + 1]!.indexOf('^');
      const to = lines[i + 1]!.lastIndexOf('^') + 1;
      expect(lines[i]!.slice(from, to)).toBe(f.quote!.slice(f.span![0], f.span![1]));
    }
  });
  it('colours only when asked', () => {
    expect(formatPretty(report, { color: true })).toContain('\u001b[');
    expect(formatPretty(report, { color: false })).not.toContain('\u001b[');
  });
});

describe('json', () => {
  const out = formatJson(report);
  const parsed = JSON.parse(out);
  it('is one JSON document ending in a newline, keys in the contract order', () => {
    expect(out.endsWith('}\n')).toBe(true);
    expect(Object.keys(parsed)).toEqual(['version', 'tool', 'summary', 'calls']);
    expect(Object.keys(parsed.summary)).toEqual(['calls', 'passed', 'failed', 'errored', 'score', 'errors', 'warnings', 'rules', 'agents']);
    expect(Object.keys(parsed.calls[0])).toEqual(['file', 'line', 'id', 'agent', 'direction', 'startedAt', 'status', 'score', 'rules']);
    expect(Object.keys(parsed.calls[0].rules[0])).toEqual(['id', 'status', 'severity', 'notes', 'findings']);
    expect(Object.keys(parsed.calls[0].rules[2])).toEqual(['id', 'status', 'severity', 'reason', 'findings']);
  });
  it('findings carry the evidence without repeating rule and severity', () => {
    expect(parsed.calls[0].rules[1].findings[0]).toEqual({
      messageId: 'noThanks',
      message: 'The agent came back after a hold of 18 s without thanking the customer for waiting',
      at: 80.5, end: null, line: 14, utterance: 6, speaker: 'agent',
      quote: report.calls[0]!.rules[1]!.findings[0]!.quote,
      span: [186, 201],
      suggestion: 'Terima kasih sudah menunggu, Bu Olga.',
      note: 'The agent asked the customer to wait on line 12.',
    });
  });
  it('an unreadable call has status error, its message and problems, and no rules', () => {
    expect(parsed.calls[2]).toEqual({
      file: 'calls/c.json', line: null, id: null, agent: null, status: 'error', score: null,
      error: {
        message: 'calls/c.json:4: utterances[0].start: expected number, got string "00:01"\ncalls/c.json:9: utterances[1].speaker: expected "agent" or "customer", got "bot"',
        problems: [
          { line: 4, path: 'utterances[0].start', message: 'expected number, got string "00:01"' },
          { line: 9, path: 'utterances[1].speaker', message: 'expected "agent" or "customer", got "bot"' },
        ],
      },
      rules: [],
    });
  });
});

/** A deep copy of the canonical report to bend for one test. */
const clone = (): { -readonly [K in keyof Report]: Report[K] } & { calls: CallResult[] } => structuredClone(report) as never;
const callA = (r: Report) => r.calls[0]! as CallResult & { rules: { findings: Finding[] }[] };
/** Replaces the quote (and drops the span) of call-a's first finding. */
function withQuote(quote: string): Report {
  const r = clone();
  const f = callA(r).rules[0]!.findings[0]! as { -readonly [K in keyof Finding]: Finding[K] };
  f.quote = quote;
  delete f.span;
  return r;
}
const allFindings = (r: Report) => r.calls.flatMap((c) => c.rules.flatMap((x) => x.findings));

describe('the canonical report', () => {
  it('is a valid report whose summary matches its calls (so every reporter reads consistent data)', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(summarize(report.calls, Object.keys(report.summary.rules))).toEqual(report.summary);
  });
  it('has the cases the machine formats must survive', () => {
    const findings = allFindings(report);
    expect(findings.some((f) => f.severity === 'warn')).toBe(true);
    expect(findings.some((f) => f.quote !== null && /^[=+\-@]/.test(f.quote) && f.quote.includes(',') && f.quote.includes('"'))).toBe(true);
    expect(report.calls.some((c) => c.status === 'error' && c.error!.message.includes('\n'))).toBe(true);
  });
});

describe('ndjson', () => {
  const out = formatNdjson(report);
  it('matches the reviewed canonical output', () => {
    expect(out).toBe(read('canonical.ndjson'));
  });
  it('is one line per call, each byte-identical to that call in the JSON report (same keys, same order)', () => {
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    const json = JSON.parse(formatJson(report)) as { calls: unknown[] };
    expect(lines).toEqual(json.calls.map((c) => JSON.stringify(c)));
    report.calls.forEach((c, i) => expect(ndjsonLine(c)).toBe(`${lines[i]}\n`));
  });
  it('keeps a call on one line even when its text has line breaks, and leaves the timeline out', () => {
    const r = withQuote('baris satu\nbaris dua\r\n');
    const withTimeline = { ...r.calls[0]!, timeline: { utterances: [], events: [] } };
    const line = ndjsonLine(withTimeline);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(JSON.parse(line).rules[0].findings[0].quote).toBe('baris satu\nbaris dua\r\n');
    expect(JSON.parse(line)).not.toHaveProperty('timeline');
  });
});

/**
 * A strict RFC 4180 reader: CRLF after every record, quotes only around whole fields, doubled
 * quotes inside; anything else throws. Strips a leading BOM.
 */
function parseCsv(text: string): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => { row.push(field); field = ''; };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      i++;
      for (;;) {
        if (i >= src.length) throw new Error('unterminated quoted field');
        if (src[i] === '"') {
          if (src[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += src[i++];
      }
      if (i < src.length && src[i] !== ',' && src[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (ch === ',') { endField(); i++; continue; }
    if (ch === '\r' && src[i + 1] === '\n') { endField(); rows.push(row); row = []; i += 2; continue; }
    if (ch === '\r' || ch === '\n') throw new Error(`bare line break at ${i}`);
    field += ch;
    i++;
  }
  if (field !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

/** Rows as objects by header. */
function csvObjects(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text);
  for (const r of rows) expect(r).toHaveLength(head!.length);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

describe('csv', () => {
  const findings = formatCsv(report, { rows: 'findings' });
  const calls = formatCsv(report, { rows: 'calls' });
  it('matches the reviewed canonical outputs', () => {
    expect(findings).toBe(read('canonical.findings.csv'));
    expect(calls).toBe(read('canonical.calls.csv'));
    expect(formatCsv(report)).toBe(findings); // findings rows are the default
  });
  it('starts with a UTF-8 BOM for Excel (bom: false leaves it out) and ends every record with CRLF', () => {
    expect(findings.startsWith('\uFEFFfile,line,call_id,')).toBe(true);
    expect(formatCsv(report, { rows: 'calls', bom: false }).startsWith('file,line,')).toBe(true);
    expect(findings.endsWith('\r\n')).toBe(true);
    expect(parseCsv(findings)[0]).toEqual([...FINDING_COLUMNS]);
    expect(parseCsv(calls)[0]).toEqual([...CALL_COLUMNS]);
  });
  it('findings rows: one per finding in transcript order, one "(input)" row per unreadable call, none for clean calls', () => {
    const rows = csvObjects(findings);
    expect(rows).toHaveLength(allFindings(report).length + report.summary.errored);
    expect(rows.map((r) => [r.call_id, r.rule, r.severity, r.transcript_line, r.time])).toEqual([
      ['call-a', 'greeting-formula', 'error', '8', '00:08'],
      ['call-a', 'thank-for-waiting', 'warn', '14', '01:20'],
      ['call-a', 'thank-for-waiting', 'warn', '20', '02:30'],
      ['', '(input)', 'error', '4', ''],
    ]);
    expect(rows.some((r) => r.file === 'calls/b.jsonl')).toBe(false);
    expect(rows[3]!.message).toBe(report.calls[2]!.error!.message); // with its line break
    expect(rows[1]!.quote).toBe(report.calls[0]!.rules[1]!.findings[0]!.quote);
    expect(rows[1]!.at).toBe('80.5');
  });
  it('calls rows: counts, semicolon-joined failed rules and the input error', () => {
    const rows = csvObjects(calls);
    expect(rows.map((r) => [r.call_id, r.status, r.score, r.errors, r.warnings, r.failed_rules])).toEqual([
      ['call-a', 'fail', '50', '1', '2', 'greeting-formula;thank-for-waiting'],
      ['call-b', 'pass', '100', '0', '0', ''],
      ['', 'error', '', '0', '0', ''],
    ]);
    expect(rows[2]!.error).toBe(report.calls[2]!.error!.message);
  });
  it('a quote with commas, quotes and line breaks round-trips through an RFC 4180 reader', () => {
    const quote = 'Baik, Bu, "nomor" saya:\r\n0812, "ya"\nterima kasih ""dua""';
    const rows = csvObjects(formatCsv(withQuote(quote)));
    expect(rows[0]!.quote).toBe(quote);
    expect(rows[0]!.suggestion).toBe('Selamat pagi! Ventura, dengan Anna. Ada yang bisa saya bantu?');
  });
  it('neutralises formula-looking text cells with a leading apostrophe, but not numbers or harmless text', () => {
    for (const quote of ['=HYPERLINK("http://x.example/?a=1","klik")', '@SUM(A1:A9)', '+1', '-1', '\tx', '\r=1+1']) {
      const row = csvObjects(formatCsv(withQuote(quote)))[0]!;
      expect(row.quote).toBe(`'${quote}`);
    }
    const r = withQuote('1 + 1 = 2');
    (r.calls[0] as { agent: string | null }).agent = '=cmd|"/c calc"!A1';
    const row = csvObjects(formatCsv(r))[0]!;
    expect(row.quote).toBe('1 + 1 = 2');
    expect(row.agent).toBe('\'=cmd|"/c calc"!A1');
    expect(row.call_score).toBe('50');
    expect(csvCell(-1)).toBe('-1'); // numbers are written as they are
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(null)).toBe('');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });
});

describe('junit', () => {
  const out = formatJunit(report);
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, trimValues: false,
    htmlEntities: true, isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  type Case = { name: string; classname: string; failure?: { type: string; message: string; '#text': string }; error?: { message: string; '#text': string }; skipped?: { message: string }; 'system-out'?: string };
  type Suite = { name: string; tests: string; failures: string; errors: string; skipped: string; testcase: Case[] };
  const parse = (xml: string) => parser.parse(xml) as { testsuites: { name: string; tests: string; failures: string; errors: string; skipped: string; testsuite: Suite[] } };

  it('matches the reviewed canonical output', () => {
    expect(out).toBe(read('canonical.junit.xml'));
  });
  it('is well-formed XML whose counts match the report, in total and per call', () => {
    expect(XMLValidator.validate(out)).toBe(true);
    const root = parse(out).testsuites;
    const ruleRuns = report.calls.flatMap((c) => c.rules);
    const expected = {
      tests: ruleRuns.length + report.summary.errored,
      failures: ruleRuns.filter((r) => r.status === 'fail' && (r.severity === 'error' || r.critical)).length,
      errors: report.summary.errored,
      skipped: ruleRuns.filter((r) => r.status === 'skip').length,
    };
    expect(expected).toEqual({ tests: 7, failures: 1, errors: 1, skipped: 2 });
    expect(root.name).toBe('etiket');
    expect({ tests: +root.tests, failures: +root.failures, errors: +root.errors, skipped: +root.skipped }).toEqual(expected);
    expect(root.testsuite.map((s) => s.name)).toEqual(['calls/a.txt call-a', 'calls/b.jsonl:3 call-b', 'calls/c.json']);
    const cases = root.testsuite.flatMap((s) => s.testcase);
    expect(cases).toHaveLength(expected.tests);
    expect(cases.filter((c) => c.failure)).toHaveLength(expected.failures);
    expect(cases.filter((c) => c.error)).toHaveLength(expected.errors);
    expect(cases.filter((c) => c.skipped)).toHaveLength(expected.skipped);
    for (const s of root.testsuite) {
      expect(+s.tests).toBe(s.testcase.length);
      expect(+s.failures).toBe(s.testcase.filter((c) => c.failure).length);
      expect(+s.errors).toBe(s.testcase.filter((c) => c.error).length);
      expect(+s.skipped).toBe(s.testcase.filter((c) => c.skipped).length);
    }
  });
  it('lists every rule per call; a warn failure passes with its findings in system-out; errors carry the input error', () => {
    const [a, b, c] = parse(out).testsuites.testsuite;
    expect(a!.testcase.map((t) => [t.classname, t.name])).toEqual([
      ['calls/a.txt', 'greeting-formula'], ['calls/a.txt', 'thank-for-waiting'], ['calls/a.txt', 'caller-hangs-up-first'],
    ]);
    expect(a!.testcase[0]!.failure).toMatchObject({ type: 'error', message: 'The greeting does not name the company ("Ventura")' });
    expect(a!.testcase[0]!.failure!['#text']).toContain('[00:08] line 8: ');
    expect(a!.testcase[0]!.failure!['#text']).toContain('→ Selamat pagi! Ventura, dengan Anna.');
    expect(a!.testcase[1]!.failure).toBeUndefined();
    expect(a!.testcase[1]!['system-out']).toContain('warning: 2 findings (warn severity: does not fail the call)');
    expect(a!.testcase[1]!['system-out']).toContain('“+62 812 8800 1234, itu nomor "WhatsApp" kami, Bu Olga.”');
    expect(a!.testcase[2]!.skipped).toEqual({ message: 'no HANGUP event' });
    expect(b!.testcase.map((t) => Object.keys(t).filter((k) => k !== '#text').sort())).toEqual([['classname', 'name'], ['classname', 'name', 'skipped'], ['classname', 'name']]);
    expect(c!.testcase).toHaveLength(1);
    expect(c!.testcase[0]!.name).toBe('(input)');
    expect(c!.testcase[0]!.error!.message).toBe(report.calls[2]!.error!.message); // the line break survives in the attribute
  });
  it('a failed critical warn rule fails the call, so it is a <failure> too', () => {
    const r = clone();
    (callA(r).rules[1] as { critical?: boolean }).critical = true;
    const root = parse(formatJunit(r)).testsuites;
    expect(root.failures).toBe('2');
    expect(root.testsuite[0]!.testcase[1]!.failure).toMatchObject({ type: 'warn', message: 'The agent came back after a hold of 18 s without thanking the customer for waiting (+1 more)' });
  });
  it('escapes markup and quotes and drops characters XML 1.0 forbids', () => {
    const nasty = `<b>&amp;</b> "dua" 'tiga' ]]> \u0001\u000b\u001f\uffff\ud800 ok \u{1F600}`;
    const r = withQuote(nasty);
    const f = callA(r).rules[0]!.findings[0]! as { message: string };
    f.message = nasty;
    (r.calls[0] as { file: string }).file = 'calls/<a & "b">.txt';
    const xml = formatJunit(r);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    const suite = parse(xml).testsuites.testsuite[0]!;
    const clean = `<b>&amp;</b> "dua" 'tiga' ]]>  ok \u{1F600}`;
    expect(suite.name).toBe('calls/<a & "b">.txt call-a');
    expect(suite.testcase[0]!.failure!.message).toBe(clean);
    expect(suite.testcase[0]!.failure!['#text']).toContain(`“${clean}”`);
  });
});

/** toBeValidSarifLog, as @microsoft/jest-sarif defines it: its bundled SARIF 2.1.0 schema, with its own ajv. */
const sarifRequire = createRequire(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/package.json'));
const Ajv = sarifRequire('ajv') as new (o: object) => { addMetaSchema(s: object): void; compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
const ajv = new Ajv({ schemaId: 'auto', validateSchema: false, allErrors: true });
ajv.addMetaSchema(sarifRequire('ajv/lib/refs/json-schema-draft-04.json') as object);
const validateSarif = ajv.compile(sarifRequire('./lib/schemas/sarif-2.1.0-rtm.5.json') as object);
expect.extend({
  toBeValidSarifLog(received: unknown) {
    const pass = validateSarif(received);
    return { pass, message: () => `expected ${pass ? 'not ' : ''}a valid SARIF 2.1.0 log: ${JSON.stringify(validateSarif.errors, null, 1)}` };
  },
});
declare module 'vitest' {
  interface Matchers<T = any> { toBeValidSarifLog(): T }
}

describe('sarif', () => {
  const out = formatSarif(report, { rules: canonicalRules });
  const log = JSON.parse(out);
  type Loc = { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; snippet?: { text: string } } } };
  const locations = (l: typeof log): Loc[] => [
    ...l.runs[0].results.flatMap((r: { locations: Loc[] }) => r.locations),
    ...(l.runs[0].invocations[0].toolExecutionNotifications ?? []).flatMap((n: { locations: Loc[] }) => n.locations),
  ];

  it('matches the reviewed canonical output', () => {
    expect(out).toBe(read('canonical.sarif.json'));
  });
  it('validates against the official SARIF 2.1.0 schema, also with the real rule catalogue', () => {
    expect(log).toBeValidSarifLog();
    const real = JSON.parse(formatSarif(report, { rules: catalogue }));
    expect(real).toBeValidSarifLog();
    expect(real.runs[0].tool.driver.rules).toHaveLength(catalogue.length);
    expect({ ...log, version: '2.0.0' }).not.toBeValidSarifLog(); // the matcher can fail
  });
  it('one result per finding, with rule, index, level, line ≥ 1, a relative URI and the quote as snippet', () => {
    const results = log.runs[0].results;
    const findings = report.calls.flatMap((c) => c.rules.flatMap((r) => r.findings));
    expect(results).toHaveLength(findings.length);
    const driverRules = log.runs[0].tool.driver.rules;
    for (const r of results) {
      expect(driverRules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning']).toContain(r.level);
      expect(r.partialFingerprints['etiketFinding/v1']).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(results.map((r: { level: string; locations: Loc[] }) => [r.level, r.locations[0]!.physicalLocation.region.startLine])).toEqual([['error', 8], ['warning', 14], ['warning', 20]]);
    expect(results[2].locations[0].physicalLocation.region.snippet.text).toBe('+62 812 8800 1234, itu nomor "WhatsApp" kami, Bu Olga.');
    expect(new Set(results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['etiketFinding/v1'])).size).toBe(results.length);
    for (const l of locations(log)) {
      expect(Number.isInteger(l.physicalLocation.region.startLine) && l.physicalLocation.region.startLine >= 1).toBe(true);
      expect(l.physicalLocation.artifactLocation.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\//i);
      expect(l.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    }
  });
  it('rule metadata: PascalCase name, descriptions, help with seed lines and option defaults, severities', () => {
    const [greeting, thanks] = log.runs[0].tool.driver.rules;
    expect(greeting).toMatchObject({ id: 'greeting-formula', name: 'GreetingFormula', defaultConfiguration: { level: 'error' } });
    expect(greeting.help.markdown).toContain('| `bands` | `["pagi\\|siang","sore"]` |');
    expect(thanks.help.text).toContain('lines 183–187, 434, 454');
    expect(thanks.help.text).toContain('minWaitSeconds = 10');
    expect(log.runs[0].tool.driver).not.toHaveProperty('informationUri');
    // thank-for-waiting ran as warn although its default is error
    expect(log.runs[0].invocations[0].ruleConfigurationOverrides).toEqual([{ descriptor: { id: 'thank-for-waiting', index: 1 }, configuration: { level: 'warning' } }]);
    expect(pascalCase('answer-within-three-rings')).toBe('AnswerWithinThreeRings');
    expect(lineRanges([434, 183, 184, 185, 454, 455])).toBe('183–185, 434, 454, 455');
  });
  it('an unreadable call is an error notification, not a result; the run still counts as executed', () => {
    const inv = log.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(true);
    expect(inv.toolExecutionNotifications).toHaveLength(1);
    expect(inv.toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: report.calls[2]!.error!.message } });
    expect(inv.toolExecutionNotifications[0].locations[0].physicalLocation.region.startLine).toBe(4);
  });
  it('startLine falls back to the call line, then 1; paths are percent-encoded; absolute paths become file: URIs', () => {
    const r = clone();
    const a = callA(r);
    (a.rules[0]!.findings[0] as { line: number | null }).line = null;
    (a.rules[1]!.findings[0] as { line: number | null }).line = null;
    (r.calls[0] as { file: string }).file = 'calls/bulan ini/rekaman é#1.txt';
    const b = r.calls[1]! as CallResult & { rules: { status: string; findings: Finding[] }[] };
    b.rules[0]!.status = 'fail';
    b.rules[0]!.findings = [{ ...(report.calls[0]!.rules[0]!.findings[0]!), line: null }];
    const l = JSON.parse(formatSarif(r, { rules: canonicalRules }));
    expect(l).toBeValidSarifLog();
    const lines = l.runs[0].results.map((x: { locations: Loc[] }) => x.locations[0]!.physicalLocation.region.startLine);
    expect(lines).toEqual([20, 1, 1, 3]); // transcript order: findings without a line come last, as in pretty
    expect(l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('calls/bulan%20ini/rekaman%20%C3%A9%231.txt');
    expect(artifactLocation('/srv/calls/a b.txt')).toEqual({ uri: 'file:///srv/calls/a%20b.txt' });
    expect(artifactLocation('C:\\calls\\a.txt')).toEqual({ uri: 'file:///C:/calls/a.txt' });
    expect(artifactLocation('../calls/a.txt')).toEqual({ uri: '../calls/a.txt', uriBaseId: '%SRCROOT%' });
  });
  it('is deterministic: the same report gives the same text and fingerprints', () => {
    expect(formatSarif(structuredClone(report), { rules: canonicalRules })).toBe(out);
  });
});

describe('github', () => {
  const out = formatGithub(report);
  it('matches the reviewed canonical output', () => {
    expect(out).toBe(read('canonical.github.txt'));
  });
  it('one command per finding (error/warning by severity), one ::error per unreadable call, then a ::notice summary', () => {
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(allFindings(report).length + report.summary.errored + 1);
    expect(lines.map((l) => /^::(\w+)[ :]/.exec(l)?.[1])).toEqual(['error', 'warning', 'warning', 'error', 'notice']);
    expect(lines[0]).toBe('::error file=calls/a.txt,line=8,title=greeting-formula::The greeting does not name the company ("Ventura") — "Halo! Nama saya Anna." → Selamat pagi! Ventura, dengan Anna. Ada yang bisa saya bantu?');
    expect(lines[3]).toMatch(/^::error file=calls\/c\.json,line=4,title=\(input\)::calls\/c\.json:4: .*%0Acalls\/c\.json:9: /);
    expect(lines[4]).toBe('::notice::etiket: 3 calls, 1 passed, 1 failed, 1 errored, mean score 75.0; findings: 1 error, 2 warnings');
  });
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext %0A')).toBe('50%25 done%0D%0Anext %250A');
    expect(escapeProperty('calls/a:b,c%.txt')).toBe('calls/a%3Ab%2Cc%25.txt');
    const r = withQuote('halo,\nbaris dua: 100%');
    (r.calls[0] as { file: string }).file = 'calls/2026-11-02, pagi: 10%.txt';
    (callA(r).rules[0]!.findings[0] as { message: string }).message = 'Salam: "Halo", 100%\r\nlalu';
    const first = formatGithub(r).split('\n')[0]!;
    expect(first).toBe('::error file=calls/2026-11-02%2C pagi%3A 10%25.txt,line=8,title=greeting-formula::'
      + 'Salam: "Halo", 100%25%0D%0Alalu — "halo,%0Abaris dua: 100%25" → Selamat pagi! Ventura, dengan Anna. Ada yang bisa saya bantu?');
    // Line breaks in the data never start a new command.
    expect(formatGithub(r).trimEnd().split('\n')).toHaveLength(allFindings(r).length + r.summary.errored + 1);
  });
});
