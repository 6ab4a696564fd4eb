// Amazon Transcribe Call Analytics post-call output (StartCallAnalyticsJob). One Transcript[]
// entry per turn, with the role the job was started with (ParticipantRole AGENT/CUSTOMER) and
// integer millisecond offsets. ConversationCharacteristics.NonTalkTime.Instances marks the
// periods with no speech from either side, which etiket takes as holds where they are long.
// The 2021 and 2022 schemas differ only in fields this reader does not use (IssuesDetected
// offsets, Redaction.RedactedTimestamps nesting). Amazon Connect Contact Lens files share the
// turn shape (amazon-contact-lens.ts uses the helpers below) but name a ParticipantId per turn.
import { isObj, type Obj } from './json-reader.js';
import { describeValue } from '../../config/zod-messages.js';
import { formatPath, type JsonWithLines } from '../json-source.js';
import { VendorError, type Adapter, type VendorCall, type VendorSegment } from './types.js';

export type Path = (string | number)[];
export { isObj, type Obj };

export class Ctx {
  constructor(private readonly src: JsonWithLines | null) {}

  /** Line of a path, or of its nearest ancestor when the path itself is missing. */
  lineOf(path: Path): number | null {
    if (!this.src) return null;
    for (let n = path.length; n >= 0; n--) {
      const line = this.src.lineOf(formatPath(path.slice(0, n)));
      if (line !== null) return line;
    }
    return null;
  }

  fail(path: Path, message: string): never {
    throw new VendorError({ line: this.lineOf(path), path: formatPath(path) || null, message });
  }

  /** Milliseconds from the start of the call → seconds. */
  millis(v: unknown, path: Path): number {
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v / 1000;
    return this.fail(path, `expected milliseconds as a number such as 4870, got ${describeValue(v)}`);
  }
}

/** The role an Amazon participant role names; other roles (SYSTEM, CUSTOM_BOT, SUPERVISOR) stay null. */
export function roleOf(participantRole: string): 'agent' | 'customer' | null {
  const r = participantRole.trim().toUpperCase();
  return r === 'AGENT' ? 'agent' : r === 'CUSTOMER' ? 'customer' : null;
}

/**
 * The turns of Transcript[]: times from BeginOffsetMillis/EndOffsetMillis, text from the word
 * Items (punctuation attached to the word before it) or, without Items, from Content.
 * `who` gives each turn's speaker label and role.
 */
export function readTurns(
  ctx: Ctx,
  value: Obj,
  who: (turn: Obj, path: Path) => { speaker: string; role: 'agent' | 'customer' | null },
): VendorSegment[] {
  const list = value.Transcript;
  if (!Array.isArray(list)) return ctx.fail(['Transcript'], `expected an array of turns, got ${describeValue(list)}`);
  const turns = list.map((turn, i): VendorSegment => {
    const p: Path = ['Transcript', i];
    if (!isObj(turn)) return ctx.fail(p, `expected a turn object, got ${describeValue(turn)}`);
    const { speaker, role } = who(turn, p);
    const start = ctx.millis(turn.BeginOffsetMillis, [...p, 'BeginOffsetMillis']);
    const end = ctx.millis(turn.EndOffsetMillis, [...p, 'EndOffsetMillis']);
    if (end < start) ctx.fail([...p, 'EndOffsetMillis'], `expected a time at or after BeginOffsetMillis (${turn.BeginOffsetMillis as number}), got ${turn.EndOffsetMillis as number}`);
    let text: string | null = null;
    const items = turn.Items;
    if (items !== undefined && !Array.isArray(items)) return ctx.fail([...p, 'Items'], `expected an array of word items, got ${describeValue(items)}`);
    if (Array.isArray(items) && items.length > 0) {
      text = '';
      items.forEach((item, j) => {
        const q = [...p, 'Items', j];
        if (!isObj(item)) return ctx.fail(q, `expected an item object, got ${describeValue(item)}`);
        if (item.Type !== 'pronunciation' && item.Type !== 'punctuation') {
          return ctx.fail([...q, 'Type'], `expected "pronunciation" or "punctuation", got ${describeValue(item.Type)}`);
        }
        if (typeof item.Content !== 'string') return ctx.fail([...q, 'Content'], `expected the word as a string, got ${describeValue(item.Content)}`);
        text += item.Type === 'punctuation' || text === '' ? item.Content : ` ${item.Content}`;
      });
    } else if (typeof turn.Content === 'string') text = turn.Content;
    else return ctx.fail([...p, 'Content'], `expected the turn's text as a string, got ${describeValue(turn.Content)}`);
    return { speaker, channel: null, role, start, end, text, line: ctx.lineOf(typeof turn.Content === 'string' ? [...p, 'Content'] : [...p, 'Items', 0]) };
  });
  // Turns of the two channels overlap and may be listed out of order: sort by start (stable).
  return turns.map((s, i) => ({ s, i })).sort((a, b) => a.s.start! - b.s.start! || a.i - b.i).map(({ s }) => s);
}

/** ConversationCharacteristics.NonTalkTime.Instances in seconds; undefined when the file has none. */
export function readNonTalkTime(ctx: Ctx, value: Obj): { start: number; end: number }[] | undefined {
  const cc = value.ConversationCharacteristics;
  if (cc === undefined) return undefined;
  if (!isObj(cc)) return ctx.fail(['ConversationCharacteristics'], `expected an object, got ${describeValue(cc)}`);
  const ntt = cc.NonTalkTime;
  if (ntt === undefined) return undefined;
  const base: Path = ['ConversationCharacteristics', 'NonTalkTime'];
  if (!isObj(ntt)) return ctx.fail(base, `expected an object with Instances, got ${describeValue(ntt)}`);
  const list = ntt.Instances ?? [];
  if (!Array.isArray(list)) return ctx.fail([...base, 'Instances'], `expected an array of silent periods, got ${describeValue(list)}`);
  return list.map((inst, i) => {
    const p = [...base, 'Instances', i];
    if (!isObj(inst)) return ctx.fail(p, `expected a period object with BeginOffsetMillis and EndOffsetMillis, got ${describeValue(inst)}`);
    const start = ctx.millis(inst.BeginOffsetMillis, [...p, 'BeginOffsetMillis']);
    let end: number;
    if (inst.EndOffsetMillis !== undefined) end = ctx.millis(inst.EndOffsetMillis, [...p, 'EndOffsetMillis']);
    else end = start + ctx.millis(inst.DurationMillis, [...p, 'DurationMillis']);
    if (end < start) ctx.fail([...p, 'EndOffsetMillis'], `expected a time at or after BeginOffsetMillis (${inst.BeginOffsetMillis as number}), got ${inst.EndOffsetMillis as number}`);
    return { start, end };
  });
}

/** Language, redaction and the site's matched categories, as call metadata. */
export function commonMetadata(value: Obj): Record<string, string> {
  const m: Record<string, string> = {};
  if (typeof value.LanguageCode === 'string') m.languageCode = value.LanguageCode;
  const cm = value.ContentMetadata;
  if (isObj(cm) && typeof cm.Output === 'string') m.output = cm.Output;
  const cats = value.Categories;
  if (isObj(cats) && Array.isArray(cats.MatchedCategories)) {
    const names = cats.MatchedCategories.filter((c): c is string => typeof c === 'string');
    if (names.length) m.matchedCategories = names.join(', ');
  }
  const cc = value.ConversationCharacteristics;
  if (isObj(cc) && typeof cc.TotalConversationDurationMillis === 'number') m.durationSeconds = String(cc.TotalConversationDurationMillis / 1000);
  return m;
}

/** Contact Lens marks: a turn's ParticipantId, a Participants[].ParticipantId, CustomerMetadata or Version. */
export function looksLikeContactLens(value: Obj): boolean {
  const hasId = (list: unknown) => Array.isArray(list) && list.some((x) => isObj(x) && 'ParticipantId' in x);
  return hasId(value.Transcript) || hasId(value.Participants) || isObj(value.CustomerMetadata) || typeof value.Version === 'string';
}

/** A Transcript key beside at least one of the Amazon analytics keys. */
export function looksLikeAmazonAnalytics(value: unknown): value is Obj {
  return isObj(value) && 'Transcript' in value &&
    ['ConversationCharacteristics', 'Participants', 'JobStatus', 'AccountId', 'ContentMetadata', 'CustomerMetadata', 'Categories'].some((k) => k in value);
}

function read(value: unknown, src: JsonWithLines | null): VendorCall {
  const ctx = new Ctx(src);
  if (!isObj(value)) return ctx.fail([], `expected a Call Analytics output object, got ${describeValue(value)}`);
  const segments = readTurns(ctx, value, (turn, p) => {
    const r = turn.ParticipantRole;
    if (typeof r !== 'string' || r.trim() === '') return ctx.fail([...p, 'ParticipantRole'], `expected "AGENT" or "CUSTOMER", got ${describeValue(r)}`);
    return { speaker: r, role: roleOf(r) };
  });
  const holds = readNonTalkTime(ctx, value);
  const metadata = commonMetadata(value);
  return {
    format: 'amazon-call-analytics',
    ...(typeof value.JobName === 'string' && value.JobName !== '' ? { id: value.JobName } : {}),
    segments,
    ...(holds ? { holds } : {}),
    ...(Object.keys(metadata).length ? { metadata } : {}),
  };
}

const adapter: Adapter = {
  name: 'amazon-call-analytics',
  description: 'Amazon Transcribe Call Analytics post-call output JSON (Transcript[] with ParticipantRole AGENT/CUSTOMER; NonTalkTime as holds)',
  extensions: ['.json'],
  detect: (value) => looksLikeAmazonAnalytics(value) && !looksLikeContactLens(value),
  read: (value, _text, _file, src) => [read(value, src)],
};

export default adapter;
