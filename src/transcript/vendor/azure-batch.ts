// Azure AI Speech batch transcription result file (v3.x, and the 2024-11-15 API). One
// recognizedPhrases[] entry per phrase, NOT sorted by time, with the channel (0/1) and, when
// diarization was on, the speaker (integer from 1). Times: offsetInTicks/durationInTicks
// (100 ns, written as floats), ISO-8601 durations offset/duration ("PT1M4.46S"), and in the
// 2024-11-15 API offsetMilliseconds/durationMilliseconds. The text is nBest[0].display.
// Phrases that failed (recognitionStatus other than "Success") or have no text are skipped.
import { isObj, type Obj } from './json-reader.js';
import { describeValue } from '../../config/zod-messages.js';
import { formatPath, type JsonWithLines } from '../json-source.js';
import { VendorError, type Adapter, type VendorCall, type VendorSegment } from './types.js';

type Path = (string | number)[];

const TICKS_PER_SECOND = 1e7;
/** Seconds rounded to the tick, so 4.35 + 20 is 24.35 and not 24.349999999999998. */
const tick = (s: number) => Math.round(s * TICKS_PER_SECOND) / TICKS_PER_SECOND;

const ISO_DURATION = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** "PT1M4.46S" → 64.46; null when it is not an ISO-8601 duration. */
export function parseIsoDuration(s: string): number | null {
  const m = ISO_DURATION.exec(s.trim());
  if (!m || s.trim() === 'P' || s.trim() === 'PT' || /T$/.test(s.trim())) return null;
  const [, d, h, min, sec] = m;
  return tick(Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(sec ?? 0));
}

class Ctx {
  constructor(private readonly src: JsonWithLines | null) {}

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

  /**
   * A time of the phrase at `path`: `<name>InTicks`, else `<name>Milliseconds`, else the ISO
   * duration `<name>`; null when it has none of them.
   */
  time(phrase: Obj, path: Path, name: 'offset' | 'duration'): number | null {
    const ticks = phrase[`${name}InTicks`];
    if (ticks !== undefined) {
      if (typeof ticks === 'number' && Number.isFinite(ticks) && ticks >= 0) return tick(ticks / TICKS_PER_SECOND);
      return this.fail([...path, `${name}InTicks`], `expected ticks (100 ns) as a number such as 43500000, got ${describeValue(ticks)}`);
    }
    const ms = phrase[`${name}Milliseconds`];
    if (ms !== undefined) {
      if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) return tick(ms / 1000);
      return this.fail([...path, `${name}Milliseconds`], `expected milliseconds as a number such as 4350, got ${describeValue(ms)}`);
    }
    const iso = phrase[name];
    if (iso !== undefined) {
      const s = typeof iso === 'string' ? parseIsoDuration(iso) : null;
      if (s !== null) return s;
      return this.fail([...path, name], `expected an ISO 8601 duration such as "PT4.35S", got ${describeValue(iso)}`);
    }
    return null;
  }

  label(v: unknown, path: Path, what: string): string | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return String(v);
    if (typeof v === 'string' && /^\d+$/.test(v)) return v;
    return this.fail(path, `expected the ${what} as a whole number, got ${describeValue(v)}`);
  }
}

function read(value: unknown, src: JsonWithLines | null): VendorCall {
  const ctx = new Ctx(src);
  if (!isObj(value)) return ctx.fail([], `expected an Azure batch transcription result object, got ${describeValue(value)}`);
  const phrases = value.recognizedPhrases ?? [];
  if (!Array.isArray(phrases)) return ctx.fail(['recognizedPhrases'], `expected an array of recognized phrases, got ${describeValue(phrases)}`);
  const segments: VendorSegment[] = [];
  phrases.forEach((phrase, i) => {
    const p: Path = ['recognizedPhrases', i];
    if (!isObj(phrase)) return ctx.fail(p, `expected a phrase object, got ${describeValue(phrase)}`);
    const status = phrase.recognitionStatus;
    if (status !== undefined && typeof status !== 'string') return ctx.fail([...p, 'recognitionStatus'], `expected a status such as "Success", got ${describeValue(status)}`);
    if (status !== undefined && status !== 'Success') return; // NoMatch, InitialSilenceTimeout, …: no words
    const nBest = phrase.nBest;
    if (!Array.isArray(nBest) || nBest.length === 0) return ctx.fail([...p, 'nBest'], `expected a non-empty array of recognition candidates, got ${Array.isArray(nBest) ? 'an empty array' : describeValue(nBest)}`);
    const best: unknown = nBest[0];
    const q = [...p, 'nBest', 0];
    if (!isObj(best)) return ctx.fail(q, `expected a candidate object with display, got ${describeValue(best)}`);
    // display has punctuation and capitals; itn and lexical are fallbacks for trimmed files.
    const key = (['display', 'itn', 'lexical'] as const).find((k) => best[k] !== undefined);
    const text = key ? best[key] : undefined;
    if (typeof text !== 'string') return ctx.fail([...q, key ?? 'display'], `expected the phrase's text as a string, got ${describeValue(text)}`);
    const start = ctx.time(phrase, p, 'offset');
    if (start === null) return ctx.fail(p, 'expected offsetInTicks, offsetMilliseconds or offset (the phrase start), got none of them');
    const duration = ctx.time(phrase, p, 'duration');
    const speaker = ctx.label(phrase.speaker, [...p, 'speaker'], 'speaker');
    const channel = ctx.label(phrase.channel, [...p, 'channel'], 'channel');
    if (text.trim() === '') return; // an empty phrase (confidence 0) carries nothing
    segments.push({ speaker, channel, role: null, start, end: duration === null ? null : tick(start + duration), text, line: ctx.lineOf([...q, key!]) });
  });

  // No phrases, only the combined text (a trimmed file): one untimed segment per channel.
  const combined = value.combinedRecognizedPhrases;
  if (phrases.length === 0 && Array.isArray(combined)) {
    combined.forEach((c, i) => {
      const p: Path = ['combinedRecognizedPhrases', i];
      if (!isObj(c)) return ctx.fail(p, `expected a combined phrase object with display, got ${describeValue(c)}`);
      const text = c.display ?? c.itn ?? c.lexical;
      if (typeof text !== 'string') return ctx.fail([...p, 'display'], `expected the channel's text as a string, got ${describeValue(text)}`);
      if (text.trim() === '') return;
      segments.push({ speaker: null, channel: ctx.label(c.channel, [...p, 'channel'], 'channel'), role: null, start: null, end: null, text, line: ctx.lineOf([...p, 'display']) });
    });
  }

  // Phrases come in no particular order (per channel, then by recognizer): sort by start, stably.
  const ordered = segments.map((s, i) => ({ s, i })).sort((a, b) => (a.s.start ?? Infinity) - (b.s.start ?? Infinity) || a.i - b.i).map(({ s }) => s);

  const metadata: Record<string, string> = {};
  if (typeof value.source === 'string' && value.source !== '') {
    // The source is often a blob URL with a SAS token: keep only the file name.
    const name = value.source.split(/[?#]/)[0]!.split('/').pop();
    if (name) {
      try {
        metadata.source = decodeURIComponent(name);
      } catch {
        metadata.source = name;
      }
    }
  }
  if (typeof value.timestamp === 'string') metadata.timestamp = value.timestamp;
  const duration = ctx.time(value, [], 'duration');
  if (duration !== null) metadata.durationSeconds = String(duration);
  const locale = phrases.find((ph): ph is Obj => isObj(ph) && typeof ph.locale === 'string');
  if (locale) metadata.locale = locale.locale as string;
  return { format: 'azure-batch', segments: ordered, ...(Object.keys(metadata).length ? { metadata } : {}) };
}

/** The recognizedPhrases key (array or broken) or combinedRecognizedPhrases: Azure's alone. */
function detect(value: unknown): boolean {
  return isObj(value) && ('recognizedPhrases' in value || Array.isArray(value.combinedRecognizedPhrases));
}

const adapter: Adapter = {
  name: 'azure-batch',
  description: 'Azure AI Speech batch transcription result JSON (recognizedPhrases[] with speaker/channel, ticks, ISO 8601 or ms offsets)',
  extensions: ['.json'],
  detect: (value) => detect(value),
  read: (value, _text, _file, src) => [read(value, src)],
};

export default adapter;
