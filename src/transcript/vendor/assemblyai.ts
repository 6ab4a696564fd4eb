// AssemblyAI transcript JSON (GET /v2/transcript/{id}): `utterances[]` (speaker "A", "B", … with
// speaker_labels; channel "1", "2", … with multichannel) or, without diarization, only `words[]`
// (VENDOR-FORMATS.md §4). Times are integer milliseconds; `audio_duration` is in seconds.
// Told apart from etiket's own JSON (which also has `utterances`) by the transcript resource's
// top-level keys: audio_url, audio_duration, acoustic_model, language_model, speech_model, status.
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { isObj, JsonReader, type Obj } from './json-reader.js';
import { type Adapter, type VendorCall, type VendorSegment } from './types.js';


/** Without utterances: a pause longer than this inside one speaker's words starts a new segment. */
const PAUSE_SECONDS = 2;

/**
 * Speaker Identification by role (speech_understanding … speaker_type "role") replaces A/B with the
 * role names the user supplied; these names are taken as the file stating the role.
 */
const ROLE_NAMES: Readonly<Record<string, 'agent' | 'customer'>> = {
  agent: 'agent', agen: 'agent',
  customer: 'customer', caller: 'customer', pelanggan: 'customer', penelepon: 'customer', nasabah: 'customer',
};

interface Word {
  readonly speaker: string | null;
  readonly channel: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly line: number | null;
}

class Reader extends JsonReader {
  /** Milliseconds → seconds. */
  ms(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) this.fail(path, `expected a time in milliseconds (a number ≥ 0), got ${describeValue(v)}`);
    return v / 1000;
  }

  span(o: Obj, path: string): { start: number; end: number } {
    const start = this.ms(o.start, `${path}.start`);
    const end = this.ms(o.end, `${path}.end`);
    if (end < start) this.fail(`${path}.end`, `expected an end time not before the start (${o.start} ms), got ${o.end} ms`);
    return { start, end };
  }

  /** "A", "B" (diarization), "1", "2" (multichannel), a name or role (Speaker Identification). */
  label(v: unknown, path: string, what: string): string | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number' && Number.isInteger(v)) return String(v);
    return this.fail(path, `expected ${what} label such as "A", got ${describeValue(v)}`);
  }
}

/** Distinctive keys of the transcript resource (etiket's own JSON has none of them). */
function detect(value: unknown): boolean {
  if (!isObj(value) || !('utterances' in value || 'words' in value)) return false;
  if (typeof value.audio_url === 'string') return true;
  if ('acoustic_model' in value || 'language_model' in value || 'speech_model_used' in value) return true;
  return 'audio_duration' in value && ('words' in value || 'status' in value || 'speaker_labels' in value);
}

/** True when the speakers were identified by role (speaker_type "role"). */
function identifiedByRole(root: Obj): boolean {
  const su = root.speech_understanding;
  const request = isObj(su) && isObj(su.request) ? su.request : null;
  const si = request && isObj(request.speaker_identification) ? request.speaker_identification : null;
  return si !== null && si.speaker_type === 'role';
}

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

function read(value: unknown, _text: string, _file: string, src: JsonWithLines | null): VendorCall[] {
  const r: Reader = new Reader(src);
  const root = r.object(value, '', 'an AssemblyAI transcript');
  if (root.status !== undefined && root.status !== 'completed') {
    const why = typeof root.error === 'string' && root.error !== '' ? ` (error: ${root.error})` : '';
    r.fail('status', `expected a completed transcript (status "completed"), got ${describeValue(root.status)}${why}`);
  }
  const byRole = identifiedByRole(root);
  const roleOf = (speaker: string | null) => (byRole && speaker !== null ? ROLE_NAMES[speaker.trim().toLowerCase()] ?? null : null);

  let segments: VendorSegment[];
  const { utterances, words } = root;
  if (utterances !== undefined && utterances !== null && (!Array.isArray(utterances) || utterances.length > 0)) {
    if (!Array.isArray(utterances)) r.fail('utterances', `expected an array of utterances or null, got ${describeValue(utterances)}`);
    segments = utterances.map((u, i) => {
      const path = `utterances[${i}]`;
      const o = r.object(u, path, 'an utterance');
      const speaker = r.label(o.speaker, `${path}.speaker`, 'a speaker');
      return {
        speaker,
        channel: r.label(o.channel, `${path}.channel`, 'a channel'),
        role: roleOf(speaker),
        ...r.span(o, path),
        text: r.string(o.text, `${path}.text`, 'the text').trim(),
        line: r.line(`${path}.text`),
      };
    });
  } else if (Array.isArray(words)) {
    segments = turns(words.map((w, i): Word => {
      const path = `words[${i}]`;
      const o = r.object(w, path, 'a word');
      return {
        speaker: r.label(o.speaker, `${path}.speaker`, 'a speaker'),
        channel: r.label(o.channel, `${path}.channel`, 'a channel'),
        ...r.span(o, path),
        text: r.string(o.text, `${path}.text`, 'the word'),
        line: r.line(`${path}.text`),
      };
    }).filter((w) => w.text.trim() !== '')).map((s) => ({ ...s, role: roleOf(s.speaker) }));
  } else if (words === undefined || words === null) {
    if (typeof root.text === 'string' && root.text.trim() !== '') {
      r.fail('words', `expected the words (an array) or the utterances, got ${describeValue(words)} and ${describeValue(utterances)}`);
    }
    segments = [];
  } else {
    r.fail('words', `expected an array of words or null, got ${describeValue(words)}`);
  }

  const metadata: Record<string, string> = {};
  if (typeof root.audio_duration === 'number') metadata.duration = String(root.audio_duration); // already seconds
  if (typeof root.language_code === 'string') metadata.language = root.language_code;
  const model = root.speech_model_used ?? root.speech_model;
  if (typeof model === 'string') metadata.model = model;
  if (typeof root.audio_channels === 'number') metadata.channels = String(root.audio_channels);

  return [{
    format: 'assemblyai',
    ...(typeof root.id === 'string' && root.id !== '' ? { id: root.id } : {}),
    segments: segments.filter((s) => s.text !== ''),
    metadata,
  }];
}

const assemblyai: Adapter = {
  name: 'assemblyai',
  description: 'AssemblyAI transcript JSON (utterances with speaker labels or channels, else words; times in ms)',
  extensions: ['.json'],
  detect,
  read,
};

export default assemblyai;
