// The contract between vendor adapters (Amazon Transcribe, Deepgram, WebVTT, …) and the call
// model: an adapter turns one export into VendorCalls — speech segments with whatever speaker
// information the export has — and the shared pipeline (vendor/to-call.ts) sorts, merges,
// assigns roles (agent/customer) and builds the Call.
import type { JsonWithLines } from '../json-source.js';

export interface VendorSegment {
  /** Diarization or display label as written: "spk_0", "A", "SPEAKER_01", "Anna Putri"; null if none. */
  readonly speaker: string | null;
  /** Channel as written ("ch_0", "0", "1"); null if none. */
  readonly channel: string | null;
  /** The role when the export itself says it (Call Analytics AGENT/CUSTOMER); else null. */
  readonly role: 'agent' | 'customer' | null;
  /** Seconds from the start of the recording (convert ms, ticks, "1.5s", "00:01:02.500"). */
  readonly start: number | null;
  readonly end: number | null;
  /** The words, as the export gives them (keep "[PII]" placeholders as they are). */
  readonly text: string;
  /** 1-based line in the file where this segment is written (JSON: use src.lineOf(path)); null if unknown. */
  readonly line: number | null;
}

export interface VendorCall {
  /** Adapter name, e.g. "amazon-transcribe". */
  readonly format: string;
  /** A call id if the export has one (job name, request id). */
  readonly id?: string;
  readonly segments: readonly VendorSegment[];
  /** Silent/hold periods the export marks (Call Analytics NonTalkTime), in seconds. */
  readonly holds?: readonly { readonly start: number; readonly end: number }[];
  /** Anything worth keeping as call metadata (language code, model, duration). */
  readonly metadata?: Readonly<Record<string, string>>;
}

export interface Adapter {
  /** Stable name, used by --input-format and in reports: "amazon-transcribe", "webvtt", … */
  readonly name: string;
  /** One line for docs: what it reads. */
  readonly description: string;
  /** File extensions it reads: ".json", ".vtt", ".srt". */
  readonly extensions: readonly string[];
  /**
   * True when the content is this vendor's export (sniff distinctive keys — VENDOR-FORMATS.md §9 —
   * never just "has a results key"). `value` is the parsed JSON for .json files, the raw text otherwise.
   */
  detect(value: unknown, text: string): boolean;
  /**
   * The calls in the export (usually one). Throw VendorError with the JSON path / line and what was
   * expected when the content is this vendor's but broken.
   */
  read(value: unknown, text: string, file: string, src: JsonWithLines | null): VendorCall[];
}

/** A detected export that is broken: where (JSON path or line) and what was expected. */
export class VendorError extends Error {
  constructor(readonly problem: { readonly line: number | null; readonly path: string | null; readonly message: string }) {
    super(problem.message);
  }
}
