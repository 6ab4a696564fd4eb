// Parsers for JSON (one call or an array of calls) and JSON Lines transcripts (FORMATS.md §2).
import { z } from 'zod';
import { InputError, type InputProblem } from './errors.js';
import { JsonSyntaxError, formatPath, parseJsonWithLines, type JsonWithLines } from './json-source.js';
import { freezeCall, type Call, type CallEvent, type SourceFormat, type Speaker, type StartTime, type Utterance } from './model.js';
import { SpeakerResolver, type SpeakerLabels } from './speakers.js';
import { parseStartTime } from './time.js';
import { basenameId } from './ids.js';
import { splitLines } from './text.js';
import { describeValue, describeZodIssue, expandIssues } from '../config/zod-messages.js';

const Seconds = z.number().nonnegative();
const Party = z.union([
  z.looseObject({ id: z.union([z.string(), z.number()]).optional(), name: z.string().optional() }),
  z.string(),
]);

const EventSchema = z.looseObject({
  type: z.enum(['ring', 'answer', 'hold', 'unhold', 'transfer', 'hangup']),
  at: Seconds.nullable().optional(),
  to: z.string().optional(),
  by: z.enum(['agent', 'customer']).optional(),
});

const UtteranceSchema = z.looseObject({
  speaker: z.string(),
  text: z.string(),
  start: Seconds.nullable().optional(),
  end: Seconds.nullable().optional(),
});

export const CallSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  startedAt: z.string().nullable().optional(),
  agent: Party.optional(),
  customer: Party.optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  events: z.array(EventSchema).optional(),
  utterances: z.array(UtteranceSchema),
});

type RawCall = z.infer<typeof CallSchema>;

const KNOWN = new Set(['id', 'direction', 'startedAt', 'agent', 'customer', 'metadata', 'events', 'utterances']);

function party(p: RawCall['agent']): { id?: string; name?: string } {
  if (p === undefined) return {};
  if (typeof p === 'string') return { name: p };
  const out: { id?: string; name?: string } = {};
  if (p.id !== undefined) out.id = String(p.id);
  if (p.name !== undefined) out.name = p.name;
  return out;
}

/** One call object → Call, or the list of problems (paths relative to `base`). */
function buildCall(
  raw: unknown, src: JsonWithLines, base: (string | number)[], file: string, format: SourceFormat,
  callLine: number | null, defaultId: string, labels: SpeakerLabels,
): Call | InputProblem[] {
  // The line of the value at a path; for a missing field, the line of the nearest enclosing value.
  const at = (rel: (string | number)[]) => {
    const segs = [...base, ...rel];
    let line: number | null = null;
    for (let n = segs.length; n >= 0 && line === null; n--) line = src.lineOf(formatPath(segs.slice(0, n)));
    return { path: formatPath(segs), line: line ?? callLine };
  };
  const problems: InputProblem[] = [];
  const add = (rel: (string | number)[], message: string) => {
    const { path, line } = at(rel);
    problems.push({ line, path: path || null, message });
  };

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const expected = base.length === 0 && format === 'json' ? 'a call object or an array of call objects' : 'a call object with "utterances"';
    add([], `expected ${expected}, got ${describeValue(raw)}`);
    return problems;
  }
  const parsed = CallSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of expandIssues(parsed.error.issues)) {
      add(issue.path as (string | number)[], describeZodIssue(issue, raw));
    }
    return problems;
  }
  const c = parsed.data;
  const agent = party(c.agent);
  const customer = party(c.customer);
  const speakers = new SpeakerResolver(labels, { agent: agent.name, customer: customer.name });

  let startedAt: StartTime | null = null;
  if (c.startedAt) {
    startedAt = parseStartTime(c.startedAt);
    if (!startedAt) add(['startedAt'], `expected an ISO 8601 date-time such as 2026-11-02T09:15:00+07:00, got "${c.startedAt}"`);
  }

  const utterances: Utterance[] = [];
  let prevStart: { at: number; index: number } | null = null;
  c.utterances.forEach((u, index) => {
    const speaker: Speaker | null = speakers.resolve(u.speaker);
    if (!speaker) {
      add(['utterances', index, 'speaker'], `expected "agent" or "customer", got ${JSON.stringify(u.speaker)}`);
      return;
    }
    const start = u.start ?? null;
    const end = u.end ?? null;
    if (start !== null && end !== null && end < start) {
      add(['utterances', index, 'end'], `expected a time at or after start (${start}), got ${end}`);
    }
    if (start !== null) {
      if (prevStart && start < prevStart.at) {
        add(['utterances', index, 'start'], `expected a time at or after utterances[${prevStart.index}].start (${prevStart.at}), got ${start}: utterances must be in time order`);
      }
      prevStart = { at: start, index };
    }
    utterances.push({
      index, speaker, label: u.speaker, start, end, text: u.text,
      line: at(['utterances', index, 'text']).line,
    });
  });
  if (c.utterances.length === 0) add(['utterances'], 'expected at least one utterance, got an empty array');

  // Rules read events in order (HOLD → UNHOLD pairs, rings before ANSWER): require time order.
  let prevAt: { at: number; index: number } | null = null;
  const events: CallEvent[] = (c.events ?? []).map((e, index) => {
    if (e.at != null) {
      if (prevAt && e.at < prevAt.at) {
        add(['events', index, 'at'], `expected a time at or after events[${prevAt.index}].at (${prevAt.at}), got ${e.at}: events must be in time order`);
      }
      prevAt = { at: e.at, index };
    }
    const ev: { type: CallEvent['type']; at: number | null; line: number | null; to?: string; by?: Speaker } = {
      type: e.type, at: e.at ?? null, line: at(['events', index]).line,
    };
    if (e.to !== undefined) ev.to = e.to;
    if (e.by !== undefined) ev.by = e.by;
    return ev;
  });
  if (problems.length > 0) return problems;

  const metadata: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.metadata ?? {})) metadata[k] = typeof v === 'string' ? v : JSON.stringify(v);
  for (const [k, v] of Object.entries(c)) {
    if (KNOWN.has(k) || k.startsWith('$')) continue; // "$…" keys are tooling (e.g. $schema, $expect)
    metadata[k] = typeof v === 'string' ? v : JSON.stringify(v);
  }

  return freezeCall({
    id: c.id !== undefined ? String(c.id) : defaultId,
    file,
    line: callLine,
    format,
    direction: c.direction ?? 'inbound',
    startedAt,
    agent,
    customer,
    metadata,
    utterances,
    events,
    hasTimes: utterances.every((u) => u.start !== null),
    hasEnds: utterances.every((u) => u.start !== null && u.end !== null),
  });
}

/** A call, or the error that stops it; one bad call never hides the others. */
export type ParsedCall = { ok: true; call: Call } | { ok: false; error: InputError; line: number | null; id: string | null };

function syntaxProblem(e: unknown): InputProblem {
  if (e instanceof JsonSyntaxError) return { line: e.line, path: null, message: `invalid JSON at column ${e.column}: ${e.message}` };
  throw e;
}

/** `parsed`: the file already parsed (read.ts parses once to sniff vendor formats). */
export function parseJsonTranscript(source: string, file: string, labels: SpeakerLabels, parsed?: JsonWithLines): ParsedCall[] {
  let src: JsonWithLines;
  try {
    src = parsed ?? parseJsonWithLines(source.replace(/^\uFEFF/, ''));
  } catch (e) {
    return [{ ok: false, error: new InputError(file, [syntaxProblem(e)]), line: null, id: null }];
  }
  const root = src.value;
  if (isEtiketReport(root)) return []; // our own --output file lying among the transcripts
  if (Array.isArray(root)) {
    if (root.length === 0) {
      return [{ ok: false, error: new InputError(file, [{ line: src.lineOf(''), path: null, message: 'expected a call object or a non-empty array of call objects, got an empty array' }]), line: null, id: null }];
    }
    return root.map((raw, index) => {
      const line = src.lineOf(formatPath([index]));
      const res = buildCall(raw, src, [index], file, 'json', line, `${basenameId(file)}#${index + 1}`, labels);
      return Array.isArray(res)
        ? { ok: false as const, error: new InputError(file, res), line, id: idOf(raw) }
        : { ok: true as const, call: res };
    });
  }
  const res = buildCall(root, src, [], file, 'json', null, basenameId(file), labels);
  return [Array.isArray(res) ? { ok: false, error: new InputError(file, res), line: null, id: idOf(root) } : { ok: true, call: res }];
}

export function parseJsonLinesTranscript(source: string, file: string, labels: SpeakerLabels): ParsedCall[] {
  const out: ParsedCall[] = [];
  splitLines(source).forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '') return;
    let src: JsonWithLines;
    try {
      src = parseJsonWithLines(text, line);
    } catch (e) {
      out.push({ ok: false, error: new InputError(file, [syntaxProblem(e)]), line, id: null });
      return;
    }
    const res = buildCall(src.value, src, [], file, 'jsonl', line, `${basenameId(file)}:${line}`, labels);
    out.push(Array.isArray(res) ? { ok: false, error: new InputError(file, res), line, id: idOf(src.value) } : { ok: true, call: res });
  });
  if (out.length === 0) {
    out.push({ ok: false, error: new InputError(file, [{ line: null, path: null, message: 'no calls: expected one JSON call object per line' }]), line: null, id: null });
  }
  return out;
}

function idOf(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const id = (raw as Record<string, unknown>).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}

/** An etiket JSON report ({"version": 1, "tool": {"name": "etiket"}, …}), not a transcript. */
export function isEtiketReport(raw: unknown): boolean {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const tool = (raw as { tool?: unknown }).tool;
  return !!tool && typeof tool === 'object' && (tool as { name?: unknown }).name === 'etiket' && Array.isArray((raw as { calls?: unknown }).calls);
}
