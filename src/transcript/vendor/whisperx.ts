// whisperX JSON (VENDOR-FORMATS.md §5): `segments[{start, end, text, speaker?, words?[{word,
// start?, end?, score?, speaker?}]}]`, `word_segments`, `language` — after alignment and
// assign_word_speakers, or the bare transcription before alignment ({language, segments}).
// Seconds, floats. `speaker` ("SPEAKER_00", pyannote cluster ids, not roles) is left out of a
// segment or word that overlaps no diarization turn; unaligned words (numbers, symbols) have no
// times and no speaker.
//
// A whisper segment is not a speaker turn: when a segment's words carry two or more speakers, it
// is split where the word speaker changes (words without a speaker stay with the run they are in).
//
// The diarization frame saved on its own (a bare array of {label, speaker, start, end}) holds
// speaker turns but no words: it is claimed, so the user is told what it is, and read() throws.
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { isObj, JsonReader, type Obj } from './json-reader.js';
import { VendorError, type Adapter, type VendorCall, type VendorSegment } from './types.js';


/** word_segments only (no segments): a pause longer than this starts a new segment. */
const PAUSE_SECONDS = 2;
/** whisperX aligns these by character and joins the words without spaces. */
const LANGUAGES_WITHOUT_SPACES = new Set(['ja', 'zh', 'yue']);

interface Word {
  readonly speaker: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly text: string;
  readonly line: number | null;
}

class Reader extends JsonReader {
  /** Seconds; absent or null (an unaligned word) → null when `optional`. */
  seconds(v: unknown, path: string, optional: boolean): number | null {
    if (optional && (v === undefined || v === null)) return null;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) this.fail(path, `expected a time in seconds (a number ≥ 0), got ${describeValue(v)}`);
    return v;
  }

  span(o: Obj, path: string, optional: boolean): { start: number | null; end: number | null } {
    const start = this.seconds(o.start, `${path}.start`, optional);
    const end = this.seconds(o.end, `${path}.end`, optional);
    if (start !== null && end !== null && end < start) this.fail(`${path}.end`, `expected an end time not before the start (${start}), got ${end}`);
    return { start, end };
  }

  speaker(v: unknown, path: string): string | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' && v.trim() !== '') return v;
    return this.fail(path, `expected a speaker label such as "SPEAKER_00", got ${describeValue(v)}`);
  }
}

/** A pyannote diarization frame saved alone: speaker turns, no text. */
function isDiarizationFrame(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every((t) => isObj(t)
    && typeof t.speaker === 'string' && typeof t.start === 'number' && typeof t.end === 'number'
    && !('text' in t) && !('words' in t) && !('utterances' in t)
    && ('label' in t || /^SPEAKER_\d+$/.test(t.speaker)));
}

function detect(value: unknown): boolean {
  if (isDiarizationFrame(value)) return true;
  if (!isObj(value) || !Array.isArray(value.segments)) return false;
  if ('audio_url' in value || 'audio_duration' in value) return false;
  if (Array.isArray(value.word_segments)) return true;
  const segs = value.segments;
  if (segs.some((s) => isObj(s) && Array.isArray(s.words) && s.words.some((w) => isObj(w) && 'score' in w))) return true;
  // Before alignment ({language, segments}) or a bare diarized result: whisper's own JSON has a
  // top-level `text`, whisperX's has none.
  if (typeof value.text === 'string' || segs.length === 0) return false;
  const first = segs[0];
  if (!isObj(first) || !('start' in first && 'end' in first && 'text' in first)) return false;
  return typeof value.language === 'string' || segs.some((s) => isObj(s) && typeof s.speaker === 'string' && /^SPEAKER_\d+$/.test(s.speaker));
}

function words(r: Reader, list: unknown, path: string): Word[] {
  return r.array(list, path, 'words').map((w, i) => {
    const wpath = `${path}[${i}]`;
    const o = r.object(w, wpath, 'a word');
    return { speaker: r.speaker(o.speaker, `${wpath}.speaker`), ...r.span(o, wpath, true), text: r.string(o.word, `${wpath}.word`, 'the word'), line: r.line(`${wpath}.word`) };
  }).filter((w) => w.text.trim() !== '');
}

/** Runs of one speaker (unlabelled words join the run they are in); optionally split at pauses. */
function runs(list: readonly Word[], splitAtPauses: boolean): Word[][] {
  const out: Word[][] = [];
  let run: Word[] = [];
  let speaker: string | null = null;
  let lastEnd: number | null = null;
  for (const w of list) {
    const pause = splitAtPauses && lastEnd !== null && w.start !== null && w.start - lastEnd > PAUSE_SECONDS;
    const change = w.speaker !== null && speaker !== null && w.speaker !== speaker;
    if (run.length > 0 && (pause || change)) {
      out.push(run);
      run = [];
    }
    run.push(w);
    if (w.speaker !== null) speaker = w.speaker;
    if (w.end !== null) lastEnd = w.end;
  }
  if (run.length > 0) out.push(run);
  return out;
}

function runToSegment(run: readonly Word[], joiner: string): VendorSegment {
  const starts = run.map((w) => w.start).filter((t): t is number => t !== null);
  const ends = run.map((w) => w.end).filter((t): t is number => t !== null);
  return {
    speaker: run.find((w) => w.speaker !== null)?.speaker ?? null,
    channel: null,
    role: null,
    start: starts.length > 0 ? Math.min(...starts) : null,
    end: ends.length > 0 ? Math.max(...ends) : null,
    text: run.map((w) => w.text.trim()).join(joiner),
    line: run[0]!.line,
  };
}

function read(value: unknown, _text: string, _file: string, src: JsonWithLines | null): VendorCall[] {
  const r: Reader = new Reader(src);
  if (isDiarizationFrame(value)) {
    throw new VendorError({
      line: r.line(''),
      path: null,
      message: 'expected a whisperX transcript (segments with text), got a diarization file: speaker turns (speaker, start, end) without any words — give etiket the JSON whisperX writes after assigning the speakers to the transcript',
    });
  }
  const root = r.object(value, '', 'a whisperX result');
  const language = typeof root.language === 'string' ? root.language : null;
  const joiner = language !== null && LANGUAGES_WITHOUT_SPACES.has(language) ? '' : ' ';
  const segments: VendorSegment[] = [];
  const list = r.array(root.segments, 'segments', 'segments');
  list.forEach((s, i) => {
    const path = `segments[${i}]`;
    const o = r.object(s, path, 'a segment');
    const { start, end } = r.span(o, path, false);
    const text = r.string(o.text, `${path}.text`, 'the text').trim();
    const speaker = r.speaker(o.speaker, `${path}.speaker`);
    const ws = o.words === undefined || o.words === null ? [] : words(r, o.words, `${path}.words`);
    const wordSpeakers = new Set(ws.map((w) => w.speaker).filter((x): x is string => x !== null));
    if (wordSpeakers.size > 1) {
      segments.push(...runs(ws, false).map((run) => runToSegment(run, joiner)));
    } else {
      const only = wordSpeakers.size === 1 ? [...wordSpeakers][0]! : null;
      segments.push({ speaker: speaker ?? only, channel: null, role: null, start, end, text, line: r.line(`${path}.text`) });
    }
  });
  if (list.length === 0 && Array.isArray(root.word_segments) && root.word_segments.length > 0) {
    segments.push(...runs(words(r, root.word_segments, 'word_segments'), true).map((run) => runToSegment(run, joiner)));
  }
  return [{
    format: 'whisperx',
    segments: segments.filter((s) => s.text !== ''),
    metadata: language !== null ? { language } : {},
  }];
}

const whisperx: Adapter = {
  name: 'whisperx',
  description: 'whisperX JSON (segments with SPEAKER_xx and aligned words, or the unaligned transcript)',
  extensions: ['.json'],
  detect,
  read,
};

export default whisperx;
