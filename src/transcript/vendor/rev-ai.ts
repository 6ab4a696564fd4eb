// Rev.ai transcript JSON (application/vnd.rev.transcript.v1.0+json, VENDOR-FORMATS.md §7d):
// `monologues[{speaker, speaker_name?, elements[{type, value, ts?, end_ts?}]}]`. One segment per
// monologue; its text is the element values joined as they are (punctuation and spaces are their
// own `punct` elements), its times the first `ts` and last `end_ts` of its timed elements
// (seconds, floats). Consecutive monologues of one speaker stay separate (the pipeline merges).
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { isObj, JsonReader } from './json-reader.js';
import { type Adapter, type VendorCall, type VendorSegment } from './types.js';


class Reader extends JsonReader {
  seconds(v: unknown, path: string): number | null {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) this.fail(path, `expected a time in seconds (a number ≥ 0), got ${describeValue(v)}`);
    return v;
  }
}

function detect(value: unknown): boolean {
  return isObj(value) && Array.isArray(value.monologues) && value.monologues.every((m) => isObj(m) && 'elements' in m);
}

function read(value: unknown, _text: string, _file: string, src: JsonWithLines | null): VendorCall[] {
  const r: Reader = new Reader(src);
  const root = r.object(value, '', 'a Rev.ai transcript');
  const segments: VendorSegment[] = r.array(root.monologues, 'monologues', 'monologues').map((m, i) => {
    const path = `monologues[${i}]`;
    const o = r.object(m, path, 'a monologue');
    let speaker: string | null;
    if (typeof o.speaker_name === 'string' && o.speaker_name.trim() !== '') speaker = o.speaker_name;
    else if (o.speaker === undefined || o.speaker === null) speaker = null;
    else if (typeof o.speaker === 'number' && Number.isInteger(o.speaker) && o.speaker >= 0) speaker = String(o.speaker);
    else return r.fail(`${path}.speaker`, `expected a speaker number, got ${describeValue(o.speaker)}`);
    let text = '';
    let start: number | null = null;
    let end: number | null = null;
    let line: number | null = null;
    r.array(o.elements, `${path}.elements`, 'elements').forEach((e, j) => {
      const epath = `${path}.elements[${j}]`;
      const el = r.object(e, epath, 'an element');
      if (typeof el.value !== 'string') r.fail(`${epath}.value`, `expected the element's value (a string), got ${describeValue(el.value)}`);
      text += el.value;
      const ts = r.seconds(el.ts, `${epath}.ts`);
      const endTs = r.seconds(el.end_ts, `${epath}.end_ts`);
      if (ts !== null && endTs !== null && endTs < ts) r.fail(`${epath}.end_ts`, `expected an end time not before the start (${ts}), got ${endTs}`);
      if (ts !== null && start === null) start = ts;
      if (endTs !== null) end = end === null ? endTs : Math.max(end, endTs);
      if (line === null && el.value.trim() !== '' && el.type !== 'punct') line = r.line(`${epath}.value`);
    });
    return { speaker, channel: null, role: null, start, end, text: text.trim(), line: line ?? r.line(path) };
  });
  return [{ format: 'rev-ai', segments: segments.filter((s) => s.text !== ''), metadata: {} }];
}

const revAi: Adapter = {
  name: 'rev-ai',
  description: 'Rev.ai transcript JSON (monologues with speaker and timed elements)',
  extensions: ['.json'],
  detect,
  read,
};

export default revAi;
