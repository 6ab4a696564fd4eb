// OpenAI Whisper JSON (VENDOR-FORMATS.md §5): the openai-whisper / faster-whisper /
// whisper-ctranslate2 `--output_format json` file and the API's verbose_json — `text` plus
// `segments[{start, end, text, words?, speaker?}]` — the whisper-timestamped look-alike
// (segments with `confidence`, words with `text`), the API's diarized_json
// (gpt-4o-transcribe-diarize: segments with `speaker` "A", "B"), and verbose_json with only
// top-level `words` (timestamp_granularities=["word"]). Seconds, floats. Speakers only when a
// diarizing wrapper or model added `speaker`. whisperX output (`word_segments`, words with
// `score`, no top-level `text`) is the whisperx adapter's.
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { isObj, JsonReader, type Obj } from './json-reader.js';
import { type Adapter, type VendorCall, type VendorSegment } from './types.js';


/** Words-only output: a pause longer than this starts a new segment. */
const PAUSE_SECONDS = 2;

class Reader extends JsonReader {
  seconds(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) this.fail(path, `expected a time in seconds (a number ≥ 0), got ${describeValue(v)}`);
    return v;
  }

  span(o: Obj, path: string): { start: number; end: number } {
    const start = this.seconds(o.start, `${path}.start`);
    const end = this.seconds(o.end, `${path}.end`);
    if (end < start) this.fail(`${path}.end`, `expected an end time not before the start (${start}), got ${end}`);
    return { start, end };
  }

  speaker(v: unknown, path: string): string | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number' && Number.isInteger(v)) return String(v);
    return this.fail(path, `expected a speaker label such as "SPEAKER_00", got ${describeValue(v)}`);
  }
}

/** whisperX marks: words with an alignment `score`. */
function hasScoredWords(segments: readonly unknown[]): boolean {
  return segments.some((s) => isObj(s) && Array.isArray(s.words) && s.words.some((w) => isObj(w) && 'score' in w));
}

function detect(value: unknown): boolean {
  if (!isObj(value) || typeof value.text !== 'string') return false;
  // Not whisperX, not an AssemblyAI transcript (which has `text` and `words` too).
  if ('word_segments' in value || 'audio_url' in value || 'audio_duration' in value) return false;
  const { segments, words } = value;
  if (Array.isArray(segments)) {
    if (segments.length === 0) return 'language' in value || 'task' in value;
    const first = segments[0];
    return isObj(first) && 'start' in first && 'end' in first && 'text' in first && !hasScoredWords(segments);
  }
  // verbose_json with timestamp_granularities=["word"] only.
  return Array.isArray(words) && (value.task === 'transcribe' || value.task === 'translate');
}

function read(value: unknown, _text: string, _file: string, src: JsonWithLines | null): VendorCall[] {
  const r: Reader = new Reader(src);
  const root = r.object(value, '', 'a Whisper transcript');
  let segments: VendorSegment[];
  if (root.segments !== undefined && root.segments !== null) {
    if (!Array.isArray(root.segments)) r.fail('segments', `expected an array of segments, got ${describeValue(root.segments)}`);
    segments = root.segments.map((s, i) => {
      const path = `segments[${i}]`;
      const o = r.object(s, path, 'a segment');
      // The segment's own text; its words (when present) spell the same text piece by piece.
      return {
        speaker: r.speaker(o.speaker, `${path}.speaker`),
        channel: null,
        role: null,
        ...r.span(o, path),
        text: r.string(o.text, `${path}.text`, 'the text').trim(),
        line: r.line(`${path}.text`),
      };
    });
  } else if (Array.isArray(root.words)) {
    segments = wordTurns(r, root.words);
  } else {
    r.fail('segments', `expected an array of segments, got ${describeValue(root.segments)}`);
  }

  const metadata: Record<string, string> = {};
  if (typeof root.language === 'string') metadata.language = root.language;
  if (typeof root.duration === 'number') metadata.duration = String(root.duration);
  if (typeof root.task === 'string') metadata.task = root.task;
  return [{ format: 'whisper', segments: segments.filter((s) => s.text !== ''), metadata }];
}

/** Top-level words (API verbose_json): one segment per run of words without a long pause. */
function wordTurns(r: Reader, words: readonly unknown[]): VendorSegment[] {
  const items = words.map((w, i) => {
    const path = `words[${i}]`;
    const o = r.object(w, path, 'a word');
    return { ...r.span(o, path), text: r.string(o.word, `${path}.word`, 'the word'), line: r.line(`${path}.word`) };
  }).filter((w) => w.text.trim() !== '');
  // openai-whisper words carry their leading space (" Halo"); the API's do not ("Halo").
  const spaced = items.some((w) => /^\s/.test(w.text));
  const out: VendorSegment[] = [];
  let run: typeof items = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = spaced ? run.map((w) => w.text).join('').trim() : run.map((w) => w.text.trim()).join(' ');
    out.push({ speaker: null, channel: null, role: null, start: run[0]!.start, end: Math.max(...run.map((w) => w.end)), text, line: run[0]!.line });
    run = [];
  };
  for (const w of items) {
    const last = run[run.length - 1];
    if (last && w.start - last.end > PAUSE_SECONDS) flush();
    run.push(w);
  }
  flush();
  return out;
}

const whisper: Adapter = {
  name: 'whisper',
  description: 'OpenAI Whisper JSON (CLI/faster-whisper/whisper-ctranslate2, API verbose_json/diarized_json, whisper-timestamped)',
  extensions: ['.json'],
  detect,
  read,
};

export default whisper;
