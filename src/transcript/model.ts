// The normalized, read-only call model every parser produces and every rule reads.

export type Speaker = 'agent' | 'customer';
export type Direction = 'inbound' | 'outbound';
export type SourceFormat = 'text' | 'json' | 'jsonl';

export interface Utterance {
  /** Position in the call's utterance list (0-based); reports cite it. */
  readonly index: number;
  readonly speaker: Speaker;
  /** The label as written in the source ("CS", "Anna", "agent"). */
  readonly label: string;
  /** Seconds from the start of the call; null when the source has no time. */
  readonly start: number | null;
  /** Seconds; null when unknown (always for text transcripts). */
  readonly end: number | null;
  /** The original text, continuation lines joined with a space. */
  readonly text: string;
  /** 1-based line in the source file; null when not known. */
  readonly line: number | null;
}

export type CallEventType = 'ring' | 'answer' | 'hold' | 'unhold' | 'transfer' | 'hangup';

export interface CallEvent {
  readonly type: CallEventType;
  readonly at: number | null;
  readonly line: number | null;
  /** TRANSFER target, when given. */
  readonly to?: string;
  /** HANGUP party. */
  readonly by?: Speaker;
}

export interface Party {
  readonly id?: string;
  readonly name?: string;
}

export interface StartTime {
  /** As written in the source. */
  readonly raw: string;
  /** Wall-clock fields as written (no zone conversion). */
  readonly wall: { readonly year: number; readonly month: number; readonly day: number; readonly hour: number; readonly minute: number; readonly second: number };
  /** Offset in minutes east of UTC as written; null when the source wrote none. */
  readonly offsetMinutes: number | null;
}

/**
 * How the agent and the customer were told apart: the transcript says it (etiket's formats, Call
 * Analytics), the config or the command line named the agent's label or channel, or etiket
 * inferred it from what each voice says (with a confidence, 0–1).
 */
export interface Roles {
  readonly source: 'file' | 'config' | 'inferred';
  readonly confidence: number | null;
  /** Vendor label or channel → role (absent for etiket's own formats). */
  readonly map?: Readonly<Record<string, Speaker>>;
}

export interface Call {
  readonly id: string;
  /** Path as given to the tool, relative to the current directory, with / separators. */
  readonly file: string;
  /** For JSONL and JSON arrays: the line where the call starts; otherwise null. */
  readonly line: number | null;
  readonly format: SourceFormat;
  readonly direction: Direction;
  readonly startedAt: StartTime | null;
  readonly agent: Party;
  readonly customer: Party;
  /** Header keys or fields the format does not define, kept as strings. */
  readonly metadata: Readonly<Record<string, string>>;
  readonly utterances: readonly Utterance[];
  readonly events: readonly CallEvent[];
  /** Every utterance has a start time. */
  readonly hasTimes: boolean;
  /** Every utterance has an end time (text transcripts never do). */
  readonly hasEnds: boolean;
  /** Who is who; absent means the transcript said it (etiket's own formats). */
  readonly roles?: Roles;
  /** The export format a vendor adapter read ("amazon-transcribe"); absent for etiket's formats. */
  readonly source?: string;
}

/** Deep-freezes a freshly built call so rules cannot mutate shared state. */
export function freezeCall(call: Call): Call {
  for (const u of call.utterances) Object.freeze(u);
  for (const e of call.events) Object.freeze(e);
  Object.freeze(call.utterances);
  Object.freeze(call.events);
  Object.freeze(call.agent);
  Object.freeze(call.customer);
  Object.freeze(call.metadata);
  if (call.startedAt) Object.freeze(call.startedAt.wall), Object.freeze(call.startedAt);
  if (call.roles) Object.freeze(call.roles);
  return Object.freeze(call);
}
