// Deepgram pre-recorded (POST /v1/listen) JSON: `metadata` + `results.channels[].alternatives[0]`
// with `words`, and `results.utterances[]` when utterances=true (VENDOR-FORMATS.md §3).
// Utterances are used when present; otherwise turns are built from the words (a new segment at a
// speaker change or a pause longer than PAUSE_SECONDS). Times are already seconds (floats).
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { isObj, JsonReader, type Obj } from './json-reader.js';
import { type Adapter, type VendorCall, type VendorSegment } from './types.js';


/** A pause longer than this inside one speaker's words starts a new segment. */
const PAUSE_SECONDS = 2;

interface Word {
  readonly speaker: string | null;
  readonly channel: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly line: number | null;
}

/** Consecutive words of one speaker and channel, split at long pauses. */
function turns(words: readonly Word[]): VendorSegment[] {
  const out: VendorSegment[] = [];
  let cur: { first: Word; end: number; parts: string[] } | null = null;
  const flush = () => {
    if (cur) out.push({ speaker: cur.first.speaker, channel: cur.first.channel, role: null, start: cur.first.start, end: cur.end, text: cur.parts.join(' '), line: cur.first.line });
  };
  for (const w of words) {
    if (cur && cur.first.speaker === w.speaker && cur.first.channel === w.channel && w.start - cur.end <= PAUSE_SECONDS) {
      cur.parts.push(w.text);
      cur.end = Math.max(cur.end, w.end);
    } else {
      flush();
      cur = { first: w, end: w.end, parts: [w.text] };
    }
  }
  flush();
  return out;
}

class Reader extends JsonReader {
  seconds(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) this.fail(path, `expected a time in seconds (a number ≥ 0), got ${describeValue(v)}`);
    return v;
  }

  /** start and end of an utterance or word, end not before start. */
  span(o: Obj, path: string): { start: number; end: number } {
    const start = this.seconds(o.start, `${path}.start`);
    const end = this.seconds(o.end, `${path}.end`);
    if (end < start) this.fail(`${path}.end`, `expected an end time not before the start (${start}), got ${end}`);
    return { start, end };
  }

  /** Diarization label: an integer from 0 ("0", "1"); absent without diarize=true. */
  speaker(v: unknown, path: string): string | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return String(v);
    if (typeof v === 'string' && v.trim() !== '') return v;
    return this.fail(path, `expected a speaker number, got ${describeValue(v)}`);
  }

  channelIndex(v: unknown, path: string): number {
    if (v === undefined || v === null) return 0;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    return this.fail(path, `expected a channel index (an integer ≥ 0), got ${describeValue(v)}`);
  }
}

function detect(value: unknown): boolean {
  if (!isObj(value) || !isObj(value.metadata) || !isObj(value.results)) return false;
  const m = value.metadata;
  return Array.isArray(value.results.channels) && ('request_id' in m || 'model_info' in m || 'sha256' in m || 'transaction_key' in m);
}

function read(value: unknown, _text: string, _file: string, src: JsonWithLines | null): VendorCall[] {
  const r: Reader = new Reader(src);
  const root = r.object(value, '', 'a Deepgram response');
  const meta = r.object(root.metadata, 'metadata', 'the response metadata');
  const results = r.object(root.results, 'results', 'the results');
  const channels = r.array(results.channels, 'results.channels', 'channels');
  const utterances = results.utterances;
  const multichannel = channels.length > 1 || (typeof meta.channels === 'number' && meta.channels > 1)
    || (Array.isArray(utterances) && utterances.some((u) => isObj(u) && typeof u.channel === 'number' && u.channel > 0));
  const channelLabel = (i: number) => (multichannel ? String(i) : null);

  let segments: VendorSegment[];
  if (utterances !== undefined && utterances !== null && (!Array.isArray(utterances) || utterances.length > 0)) {
    segments = r.array(utterances, 'results.utterances', 'utterances').map((u, i) => {
      const path = `results.utterances[${i}]`;
      const o = r.object(u, path, 'an utterance');
      const { start, end } = r.span(o, path);
      return {
        speaker: r.speaker(o.speaker, `${path}.speaker`),
        channel: channelLabel(r.channelIndex(o.channel, `${path}.channel`)),
        role: null,
        start,
        end,
        text: r.string(o.transcript, `${path}.transcript`, 'the transcript').trim(),
        line: r.line(`${path}.transcript`),
      };
    });
  } else {
    segments = [];
    channels.forEach((c, ci) => {
      const cpath = `results.channels[${ci}]`;
      const alternatives = r.array(r.object(c, cpath, 'a channel').alternatives, `${cpath}.alternatives`, 'alternatives');
      if (alternatives.length === 0) return; // a silent channel
      const apath = `${cpath}.alternatives[0]`;
      const alt = r.object(alternatives[0], apath, 'an alternative');
      if ((alt.words === undefined || alt.words === null) && (alt.transcript === undefined || alt.transcript === '')) return;
      const words = r.array(alt.words, `${apath}.words`, 'words').map((w, wi): Word => {
        const path = `${apath}.words[${wi}]`;
        const o = r.object(w, path, 'a word');
        // punctuated_word (punctuate / smart_format) for display; `word` is lower-case and bare,
        // and the only form Deepgram-hosted Whisper gives.
        const key = typeof o.punctuated_word === 'string' ? 'punctuated_word' : 'word';
        const text = r.string(o[key], `${path}.${key}`, 'the word');
        return { speaker: r.speaker(o.speaker, `${path}.speaker`), channel: channelLabel(ci), ...r.span(o, path), text, line: r.line(`${path}.${key}`) };
      });
      segments.push(...turns(words.filter((w) => w.text.trim() !== '')));
    });
  }

  const metadata: Record<string, string> = {};
  if (typeof meta.duration === 'number') metadata.duration = String(meta.duration);
  if (typeof meta.created === 'string') metadata.created = meta.created;
  if (isObj(meta.model_info)) {
    const names = Object.values(meta.model_info).map((m) => (isObj(m) && typeof m.name === 'string' ? m.name : null)).filter((n): n is string => n !== null);
    if (names.length > 0) metadata.model = [...new Set(names)].join(', ');
  }
  const language = channels.map((c) => (isObj(c) && typeof c.detected_language === 'string' ? c.detected_language : null)).find((l) => l !== null);
  if (language) metadata.language = language;
  if (multichannel) metadata.channels = String(typeof meta.channels === 'number' ? meta.channels : channels.length);

  return [{
    format: 'deepgram',
    ...(typeof meta.request_id === 'string' && meta.request_id !== '' ? { id: meta.request_id } : {}),
    segments: segments.filter((s) => s.text !== ''),
    metadata,
  }];
}

const deepgram: Adapter = {
  name: 'deepgram',
  description: 'Deepgram pre-recorded /v1/listen JSON (utterances, or words with diarize/multichannel)',
  extensions: ['.json'],
  detect,
  read,
};

export default deepgram;
