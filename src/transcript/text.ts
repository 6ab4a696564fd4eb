// Parser for the text transcript format (FORMATS.md §1).
import { InputError, type InputProblem } from './errors.js';
import { freezeCall, type Call, type CallEvent, type CallEventType, type Direction, type StartTime, type Utterance, type Speaker } from './model.js';
import { SpeakerResolver, type SpeakerLabels } from './speakers.js';
import { parseClock, parseStartTime } from './time.js';
import { basenameId } from './ids.js';

const HEADER = /^#\s*([A-Za-z][\w-]*)\s*:\s*(.*)$/;
// Only a bracket with a digit in it is meant as a timestamp; "[tidak jelas]" on a continuation
// line is transcript text, not a malformed time.
const STAMP = /^\[([^\]]*\d[^\]]*)\]\s*/;
const EVENT = /^(RING|ANSWER|HOLD|UNHOLD|TRANSFER|HANGUP)\b\s*(.*)$/;
const LABELLED = /^([^:\[\]]{1,40}?)\s*:\s*(.*)$/;
// An untimestamped line that looks like "Kasir: ..." (one capitalised word) is treated as a
// label, so a typo in a label is reported instead of silently becoming a continuation.
const LABEL_LIKE = /^[A-Z][\p{L}]{1,24}$/u;

interface Draft {
  speaker: Speaker;
  label: string;
  start: number | null;
  text: string;
  line: number;
}

/** Splits a file's text into lines, dropping a BOM; LF or CRLF. */
export function splitLines(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r?\n/);
}

export function parseTextTranscript(source: string, file: string, labels: SpeakerLabels): Call {
  const lines = splitLines(source);
  const problems: InputProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ line, path: null, message });

  const meta: Record<string, string> = {};
  const headerLine: Record<string, number> = {};
  let i = 0;
  // Header: "# key: value" lines (and blank or comment lines) before the first body line.
  for (; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    if (!raw.startsWith('#')) break;
    const m = HEADER.exec(raw);
    if (m) {
      const k = m[1]!.toLowerCase();
      meta[k] = m[2]!.trim();
      headerLine[k] = i + 1;
    }
  }

  let direction: Direction = 'inbound';
  if (meta.direction !== undefined) {
    const d = meta.direction.toLowerCase();
    if (d === 'inbound' || d === 'outbound') direction = d;
    else problem(headerLine.direction!, `direction: expected "inbound" or "outbound", got "${meta.direction}"`);
  }
  let startedAt: StartTime | null = null;
  if (meta.started !== undefined && meta.started !== '') {
    startedAt = parseStartTime(meta.started);
    if (!startedAt) {
      problem(headerLine.started!, `started: expected an ISO 8601 date-time such as 2026-11-02T09:15:00+07:00, got "${meta.started}"`);
    }
  }
  const agentName = meta.agent || undefined;
  const customerName = meta.customer || undefined;
  const speakers = new SpeakerResolver(labels, { agent: agentName, customer: customerName });

  const drafts: Draft[] = [];
  const events: CallEvent[] = [];
  let lastTime: { at: number; line: number; stamp: string } | null = null;
  let current: Draft | null = null;
  // A line that was meant as an utterance but is broken (already reported) swallows its
  // continuation lines, so one mistake gives one problem, not one per continuation line.
  const rejected = (): Draft => ({ speaker: 'agent', label: '', start: null, text: '', line: 0 });

  const checkOrder = (at: number, lineNo: number, stamp: string) => {
    if (lastTime && at < lastTime.at) {
      problem(lineNo, `timestamp [${stamp}] is earlier than [${lastTime.stamp}] on line ${lastTime.line}: lines must be in time order`);
    }
    lastTime = { at, line: lineNo, stamp };
  };

  for (; i < lines.length; i++) {
    const lineNo = i + 1;
    const original = lines[i]!;
    if (original.trim() === '') continue;
    const indented = /^\s/.test(original);
    let rest = original.trim();
    if (rest.startsWith('#')) continue; // comment in the body

    let at: number | null = null;
    const stamp = STAMP.exec(rest);
    if (stamp) {
      at = parseClock(stamp[1]!);
      if (at === null) {
        problem(lineNo, `bad timestamp [${stamp[1]}]: expected [mm:ss] or [hh:mm:ss], optionally with a fraction such as [00:08.5]`);
        current = rejected();
        continue;
      }
      checkOrder(at, lineNo, stamp[1]!);
      rest = rest.slice(stamp[0].length);
    } else if (indented && current) {
      current.text += ' ' + rest;
      continue;
    }

    const ev = EVENT.exec(rest);
    if (ev) {
      const type = ev[1]!.toLowerCase() as CallEventType;
      const arg = ev[2]!.trim();
      const event: { type: CallEventType; at: number | null; line: number; to?: string; by?: Speaker } = { type, at, line: lineNo };
      if (type === 'transfer') {
        if (arg) event.to = arg;
      } else if (type === 'hangup') {
        const by = arg.toLowerCase();
        if (by === 'agent' || by === 'customer') event.by = by;
        else {
          problem(lineNo, `HANGUP: expected the party that hung up ("HANGUP agent" or "HANGUP customer"), got ${arg ? `"${arg}"` : 'nothing'}`);
          current = rejected();
          continue;
        }
      } else if (arg) {
        problem(lineNo, `${ev[1]}: expected nothing after the event keyword, got "${arg}"`);
        current = rejected();
        continue;
      }
      events.push(event);
      current = null;
      continue;
    }

    const lab = LABELLED.exec(rest);
    const speaker = lab ? speakers.resolve(lab[1]!) : null;
    if (lab && speaker) {
      current = { speaker, label: lab[1]!.trim(), start: at, text: lab[2]!.trim(), line: lineNo };
      drafts.push(current);
      continue;
    }
    if (stamp || (lab && LABEL_LIKE.test(lab[1]!.trim()))) {
      if (lab) {
        problem(lineNo, `unknown speaker label "${lab[1]!.trim()}": expected an agent label (Agent, CS, Operator, …${agentName ? `, ${agentName}` : ''}) or a customer label (Customer, Pelanggan, …${customerName ? `, ${customerName}` : ''}), or add it under "speakers" in the config`);
      } else {
        problem(lineNo, `expected an event (RING, ANSWER, HOLD, UNHOLD, TRANSFER, HANGUP) or "SPEAKER: text" after the timestamp, got "${rest}"`);
      }
      current = rejected();
      continue;
    }
    if (current) {
      current.text += ' ' + rest;
      continue;
    }
    problem(lineNo, `expected "SPEAKER: text", an event or a timestamp, got "${rest}" (a continuation line needs an utterance before it)`);
  }

  if (drafts.length === 0 && problems.length === 0) {
    problems.push({ line: null, path: null, message: 'no utterances: expected at least one "SPEAKER: text" line' });
  }
  // Header problems are found after the header is read; report everything in file order.
  problems.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  if (problems.length > 0) throw new InputError(file, problems);

  const utterances: Utterance[] = drafts.map((d, index) => ({
    index, speaker: d.speaker, label: d.label, start: d.start, end: null, text: d.text, line: d.line,
  }));
  const known = new Set(['id', 'direction', 'started', 'agent', 'customer']);
  const metadata: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta)) if (!known.has(k)) metadata[k] = v;

  return freezeCall({
    id: meta.id || basenameId(file),
    file,
    line: null,
    format: 'text',
    direction,
    startedAt,
    agent: agentName ? { name: agentName } : {},
    customer: customerName ? { name: customerName } : {},
    metadata,
    utterances,
    events,
    hasTimes: utterances.every((u) => u.start !== null),
    hasEnds: false,
  });
}
