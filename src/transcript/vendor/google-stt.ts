// Google Cloud Speech-to-Text JSON (VENDOR-FORMATS.md §7b): `results[{alternatives[{transcript,
// words[{word, startTime, endTime, speakerTag?}]}], channelTag?, resultEndTime, languageCode}]`,
// alone or inside the long-running operation ({name, done, response: {results}}). Durations are
// "1.500s" strings, or {seconds, nanos} objects from the protobuf clients; v2 names them
// startOffset / endOffset / resultEndOffset and the speaker `speakerLabel`.
//
// With diarization, earlier results carry the text without speakers and the last result repeats
// every word of the audio with its speakerTag: the speakers are read from that last result (per
// channel) and nothing is counted twice; turns change at a speaker change or a pause longer than
// PAUSE_SECONDS. Without diarization each result is one segment, from its first to its last word;
// without word times, from the end of the channel's previous result to its own resultEndTime (an
// estimate: recognition per channel without word offsets cannot tell when a result's speech began).
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { isObj, JsonReader, type Obj } from './json-reader.js';
import { type Adapter, type VendorCall, type VendorSegment } from './types.js';


const PAUSE_SECONDS = 2;
const DURATION = /^(\d+(?:\.\d+)?)s$/;

interface Word {
  readonly speaker: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly text: string;
  readonly line: number | null;
}

class Reader extends JsonReader {
  /** "1.500s", {seconds: "1", nanos: 500000000} (either part may be left out when 0), or a number. */
  duration(v: unknown, path: string): number | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') {
      const m = DURATION.exec(v.trim());
      if (m) return Number(m[1]);
    } else if (typeof v === 'number' && Number.isFinite(v) && v >= 0) {
      return v;
    } else if (isObj(v)) {
      const s = v.seconds === undefined ? 0 : typeof v.seconds === 'string' && /^\d+$/.test(v.seconds) ? Number(v.seconds) : v.seconds;
      const n = v.nanos === undefined ? 0 : v.nanos;
      if (typeof s === 'number' && Number.isInteger(s) && s >= 0 && typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1e9) {
        return Math.round((s + n / 1e9) * 1e9) / 1e9;
      }
    }
    return this.fail(path, `expected a duration such as "1.500s" or {"seconds": 1, "nanos": 500000000}, got ${describeValue(v)}`);
  }
}

/** The object holding `results`: the response itself, or the operation's `response`. */
function unwrap(value: unknown): { root: Obj; base: string } | null {
  if (!isObj(value)) return null;
  if (Array.isArray(value.results)) return { root: value, base: '' };
  if (isObj(value.response) && Array.isArray(value.response.results) && ('done' in value || 'name' in value)) return { root: value.response, base: 'response' };
  return null;
}

const WORD_KEYS = ['startTime', 'startOffset', 'endTime', 'endOffset', 'speakerTag', 'speakerLabel'];
const RESULT_KEYS = ['resultEndTime', 'resultEndOffset', 'channelTag', 'languageCode'];

function detect(value: unknown): boolean {
  const u = unwrap(value);
  if (!u) return false;
  const results = u.root.results as unknown[];
  if (results.length === 0 || !results.every(isObj)) return false;
  const rs = results as Obj[];
  if (!rs.some((r) => Array.isArray(r.alternatives))) return false;
  const words = rs.flatMap((r) => (Array.isArray(r.alternatives) ? r.alternatives : []))
    .flatMap((a) => (isObj(a) && Array.isArray(a.words) ? a.words : []));
  return rs.some((r) => RESULT_KEYS.some((k) => k in r)) || words.some((w) => isObj(w) && WORD_KEYS.some((k) => k in w));
}

function read(value: unknown, _text: string, _file: string, src: JsonWithLines | null): VendorCall[] {
  const r: Reader = new Reader(src);
  const u = unwrap(value);
  if (!u) return r.fail('results', `expected an array of results, got ${describeValue(isObj(value) ? value.results : value)}`);
  const at = (p: string) => (u.base ? `${u.base}.${p}` : p);

  interface Result { channel: string | null; transcript: string; words: Word[]; tagged: boolean; end: number | null; path: string }
  const results: Result[] = [];
  r.array(u.root.results, at('results'), 'results').forEach((res, i) => {
    const path = at(`results[${i}]`);
    const o = r.object(res, path, 'a result');
    // channelTag counts from 1; 0 is the protobuf default the Node client writes when it is unset.
    let channel: string | null = null;
    if (o.channelTag !== undefined && o.channelTag !== null) {
      if (typeof o.channelTag !== 'number' || !Number.isInteger(o.channelTag) || o.channelTag < 0) r.fail(`${path}.channelTag`, `expected a channel number, got ${describeValue(o.channelTag)}`);
      if (o.channelTag > 0) channel = String(o.channelTag);
    }
    const end = r.duration(o.resultEndTime ?? o.resultEndOffset, `${path}.${'resultEndTime' in o ? 'resultEndTime' : 'resultEndOffset'}`);
    const alternatives = r.array(o.alternatives ?? [], `${path}.alternatives`, 'alternatives');
    if (alternatives.length === 0) return; // no speech in this stretch
    const apath = `${path}.alternatives[0]`;
    const alt = r.object(alternatives[0], apath, 'an alternative');
    const transcript = alt.transcript === undefined ? '' : r.string(alt.transcript, `${apath}.transcript`, 'the transcript');
    const words = alt.words === undefined || alt.words === null ? [] : r.array(alt.words, `${apath}.words`, 'words').map((w, j): Word => {
      const wpath = `${apath}.words[${j}]`;
      const wo = r.object(w, wpath, 'a word');
      let speaker: string | null = null;
      if (typeof wo.speakerLabel === 'string' && wo.speakerLabel !== '') speaker = wo.speakerLabel;
      else if (wo.speakerTag !== undefined && wo.speakerTag !== null && wo.speakerTag !== 0) { // 0: unset
        if (typeof wo.speakerTag !== 'number' || !Number.isInteger(wo.speakerTag) || wo.speakerTag < 0) r.fail(`${wpath}.speakerTag`, `expected a speaker number, got ${describeValue(wo.speakerTag)}`);
        speaker = String(wo.speakerTag);
      }
      const start = r.duration(wo.startTime ?? wo.startOffset, `${wpath}.${'startTime' in wo ? 'startTime' : 'startOffset'}`);
      const wend = r.duration(wo.endTime ?? wo.endOffset, `${wpath}.${'endTime' in wo ? 'endTime' : 'endOffset'}`);
      if (start !== null && wend !== null && wend < start) r.fail(`${wpath}.${'endTime' in wo ? 'endTime' : 'endOffset'}`, `expected an end time not before the start (${start}), got ${wend}`);
      return { speaker, start, end: wend, text: r.string(wo.word, `${wpath}.word`, 'the word'), line: r.line(`${wpath}.word`) };
    }).filter((w) => w.text.trim() !== '');
    results.push({ channel, transcript, words, tagged: words.some((w) => w.speaker !== null), end, path: apath });
  });

  const segments: VendorSegment[] = [];
  const channels = [...new Set(results.map((x) => x.channel))];
  if (results.some((x) => x.tagged)) {
    for (const channel of channels) {
      const group = results.filter((x) => x.channel === channel);
      const last = group.filter((x) => x.tagged).at(-1);
      if (!last) continue;
      const others = group.filter((x) => x !== last).reduce((n, x) => n + x.words.length, 0);
      // The summary result repeats every word; if it is shorter, the speakers are per result.
      const words = last.words.length >= others ? last.words : group.flatMap((x) => x.words);
      segments.push(...turns(words, channel));
    }
  } else {
    for (const channel of channels) {
      let prevEnd = 0;
      for (const x of results.filter((y) => y.channel === channel)) {
        const text = x.transcript.trim();
        const first = x.words.find((w) => w.start !== null);
        const lastWord = [...x.words].reverse().find((w) => w.end !== null);
        // The words say when the speech starts and ends; a result without them spans the audio
        // from the end of the channel's previous result to its own resultEndTime.
        const resultEnd = x.end ?? lastWord?.end ?? null;
        if (text !== '') {
          segments.push({ speaker: null, channel, role: null, start: first?.start ?? prevEnd, end: lastWord?.end ?? resultEnd, text, line: r.line(`${x.path}.transcript`) });
        }
        if (resultEnd !== null) prevEnd = resultEnd;
      }
    }
  }

  const metadata: Record<string, string> = {};
  const language = (u.root.results as unknown[]).map((x) => (isObj(x) && typeof x.languageCode === 'string' ? x.languageCode : null)).find((l) => l !== null);
  if (language) metadata.language = language;
  const id = u.base && isObj(value) && typeof value.name === 'string' && value.name !== '' ? value.name : null;
  return [{ format: 'google-stt', ...(id ? { id } : {}), segments, metadata }];
}

/** Words of one channel → segments at speaker changes and long pauses. */
function turns(words: readonly Word[], channel: string | null): VendorSegment[] {
  const out: VendorSegment[] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const starts = run.map((w) => w.start).filter((t): t is number => t !== null);
    const ends = run.map((w) => w.end).filter((t): t is number => t !== null);
    out.push({
      speaker: run[0]!.speaker, channel, role: null,
      start: starts.length > 0 ? Math.min(...starts) : null,
      end: ends.length > 0 ? Math.max(...ends) : null,
      text: run.map((w) => w.text.trim()).join(' '),
      line: run[0]!.line,
    });
    run = [];
  };
  for (const w of words) {
    const prev = run[run.length - 1];
    if (prev && (w.speaker !== prev.speaker || (prev.end !== null && w.start !== null && w.start - prev.end > PAUSE_SECONDS))) flush();
    run.push(w);
  }
  flush();
  return out;
}

const googleStt: Adapter = {
  name: 'google-stt',
  description: 'Google Cloud Speech-to-Text JSON (results with words, speakerTag diarization, channelTag; "1.5s" or {seconds, nanos})',
  extensions: ['.json'],
  detect,
  read,
};

export default googleStt;
