// Amazon Transcribe batch output (StartTranscriptionJob → <job>.json). Times are seconds written
// as decimal strings ("4.87", the 2018 engine pads them: "0.000000"). Word items carry the
// speaker or channel directly in newer output; older output (2018–2020) gives speakers only in
// results.speaker_labels.segments[].items[], matched to the words by start time, and channels in
// results.channel_labels.channels[].items. Newest output adds results.audio_segments, ready-made
// turns that list their items by id. There are no roles in the file.
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { Ctx as AmazonCtx, isObj, type Path } from './amazon-call-analytics.js';
import type { Adapter, VendorCall, VendorSegment } from './types.js';

/** A pause longer than this between two words of one voice starts a new segment. */
export const PAUSE_SPLIT_SECONDS = 2;

/** One entry of results.items (or of a channel's item list). */
interface Word {
  readonly punct: boolean;
  readonly text: string;
  readonly start: number | null;
  readonly end: number | null;
  speaker: string | null;
  channel: string | null;
  /** Path of the word's text, for the segment's line. */
  readonly path: Path;
  readonly id: number;
}

/** The Amazon reader's context (lines, VendorError), with Transcribe's string seconds and labels. */
class Ctx extends AmazonCtx {
  /** "4.87" (or 4.87) → 4.87. */
  seconds(v: unknown, path: Path): number {
    if (typeof v === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(v)) return Number(v);
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
    return this.fail(path, `expected seconds as a decimal string such as "4.87", got ${describeValue(v)}`);
  }

  optionalLabel(v: unknown, path: Path, what: string): string | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' && v.trim() !== '') return v;
    return this.fail(path, `expected a ${what} label such as "${what === 'speaker' ? 'spk_0' : 'ch_0'}", got ${describeValue(v)}`);
  }
}

/** Times as keys: "0.860" and "0.86" are one time. */
const timeKey = (s: number) => Math.round(s * 1000);

function readItems(ctx: Ctx, list: unknown, path: Path): Word[] {
  if (!Array.isArray(list)) return ctx.fail(path, `expected an array of word items, got ${describeValue(list)}`);
  return list.map((item, i): Word => {
    const p = [...path, i];
    if (!isObj(item)) return ctx.fail(p, `expected an item object, got ${describeValue(item)}`);
    if (item.type !== 'pronunciation' && item.type !== 'punctuation') {
      return ctx.fail([...p, 'type'], `expected "pronunciation" or "punctuation", got ${describeValue(item.type)}`);
    }
    const alts = item.alternatives;
    if (!Array.isArray(alts) || alts.length === 0) {
      return ctx.fail([...p, 'alternatives'], `expected a non-empty array of alternatives, got ${Array.isArray(alts) ? 'an empty array' : describeValue(alts)}`);
    }
    const first: unknown = alts[0];
    if (!isObj(first) || typeof first.content !== 'string') {
      return ctx.fail([...p, 'alternatives', 0, 'content'], `expected the word as a string, got ${describeValue(isObj(first) ? first.content : first)}`);
    }
    const punct = item.type === 'punctuation';
    let start: number | null = null;
    let end: number | null = null;
    if (!punct || item.start_time !== undefined) {
      start = ctx.seconds(item.start_time, [...p, 'start_time']);
      end = ctx.seconds(item.end_time, [...p, 'end_time']);
      if (end < start) ctx.fail([...p, 'end_time'], `expected a time at or after start_time (${start}), got ${end}`);
    }
    let id = i;
    if (item.id !== undefined) {
      if (typeof item.id !== 'number' || !Number.isInteger(item.id)) return ctx.fail([...p, 'id'], `expected an integer id, got ${describeValue(item.id)}`);
      id = item.id;
    }
    return {
      punct,
      text: first.content,
      start,
      end,
      speaker: ctx.optionalLabel(item.speaker_label, [...p, 'speaker_label'], 'speaker'),
      channel: ctx.optionalLabel(item.channel_label, [...p, 'channel_label'], 'channel'),
      path: [...p, 'alternatives', 0, 'content'],
      id,
    };
  });
}

/**
 * Older output: the words have no speaker_label; speaker_labels.segments[].items[] list each
 * pronunciation's start time with its speaker. A word whose time is not listed takes the speaker
 * of the segment whose span holds it; punctuation goes with the word before it (see group()).
 */
function speakersFromSegments(ctx: Ctx, labels: unknown, words: Word[]): void {
  const base: Path = ['results', 'speaker_labels'];
  if (!isObj(labels)) return ctx.fail(base, `expected an object with segments, got ${describeValue(labels)}`);
  const segments = labels.segments;
  if (!Array.isArray(segments)) return ctx.fail([...base, 'segments'], `expected an array of speaker segments, got ${describeValue(segments)}`);
  const byTime = new Map<number, string[]>();
  const spans: { start: number; end: number; speaker: string }[] = [];
  segments.forEach((seg, i) => {
    const p = [...base, 'segments', i];
    if (!isObj(seg)) return ctx.fail(p, `expected a speaker segment object, got ${describeValue(seg)}`);
    const speaker = ctx.optionalLabel(seg.speaker_label, [...p, 'speaker_label'], 'speaker');
    if (speaker === null) return ctx.fail([...p, 'speaker_label'], `expected a speaker label such as "spk_0", got ${describeValue(seg.speaker_label)}`);
    spans.push({ start: ctx.seconds(seg.start_time, [...p, 'start_time']), end: ctx.seconds(seg.end_time, [...p, 'end_time']), speaker });
    const items = seg.items ?? [];
    if (!Array.isArray(items)) return ctx.fail([...p, 'items'], `expected an array of timed items, got ${describeValue(items)}`);
    items.forEach((it, j) => {
      const q = [...p, 'items', j];
      if (!isObj(it)) return ctx.fail(q, `expected an item object with start_time, got ${describeValue(it)}`);
      const key = timeKey(ctx.seconds(it.start_time, [...q, 'start_time']));
      const who = ctx.optionalLabel(it.speaker_label, [...q, 'speaker_label'], 'speaker') ?? speaker;
      const list = byTime.get(key);
      if (list) list.push(who);
      else byTime.set(key, [who]);
    });
  });
  for (const w of words) {
    if (w.punct || w.speaker !== null || w.start === null) continue;
    const listed = byTime.get(timeKey(w.start));
    // Two words at one time (cross-talk) take the listed speakers in order.
    const who = listed && listed.length > 1 ? listed.shift()! : listed?.[0];
    w.speaker = who ?? spans.find((s) => w.start! >= s.start && w.start! <= s.end)?.speaker ?? null;
  }
}

/** A segment before its line is looked up: `path` is where its first word is written. */
type Seg = Omit<VendorSegment, 'line'> & { path: Path };

/**
 * Words → one segment per run of one voice, cut at pauses over PAUSE_SPLIT_SECONDS and, with
 * `otherSpoke`, where a word of another channel starts in the gap between two words (the turn
 * passed to the other side and back; a back-channel "iya" over the words is no such gap).
 */
function group(words: readonly Word[], sep: string, otherSpoke?: (from: number, to: number, channel: string | null) => boolean): Seg[] {
  const out: { speaker: string | null; channel: string | null; start: number | null; end: number | null; text: string; path: Path }[] = [];
  for (const w of words) {
    const cur = out[out.length - 1];
    if (w.punct) {
      // Punctuation belongs to the word before it; a leading mark has no word to go with.
      if (cur) cur.text += w.text;
      continue;
    }
    const gap = cur !== undefined && cur.end !== null && w.start !== null ? [cur.end, w.start] as const : null;
    const cut = gap !== null && (gap[1] - gap[0] > PAUSE_SPLIT_SECONDS || (otherSpoke?.(gap[0], gap[1], w.channel) ?? false));
    if (cur === undefined || cur.speaker !== w.speaker || cur.channel !== w.channel || cut) {
      out.push({ speaker: w.speaker, channel: w.channel, start: w.start, end: w.end, text: w.text, path: w.path });
    } else {
      cur.text += sep + w.text;
      if (w.end !== null) cur.end = cur.end === null ? w.end : Math.max(cur.end, w.end);
    }
  }
  return out.map((s) => ({ speaker: s.speaker, channel: s.channel, role: null, start: s.start, end: s.end, text: s.text, path: s.path }));
}

/** Channel identification: each channel's words make its own segments, cut where the other side spoke. */
function groupChannels(lists: readonly (readonly Word[])[], sep: string): Seg[] {
  const starts = lists
    .flatMap((ws) => ws.filter((w) => !w.punct && w.start !== null).map((w) => ({ t: w.start!, channel: w.channel })))
    .sort((x, y) => x.t - y.t);
  const otherSpoke = (from: number, to: number, channel: string | null) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.t < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < starts.length && starts[i]!.t < to; i++) if (starts[i]!.channel !== channel) return true;
    return false;
  };
  return lists.flatMap((ws) => group(ws, sep, otherSpoke));
}

/** Newest output: results.audio_segments are the engine's own turns; their text is built from the items they list. */
function fromAudioSegments(ctx: Ctx, list: unknown[], words: readonly Word[], sep: string): Seg[] {
  const indexById = new Map<number, number>();
  words.forEach((w, i) => indexById.set(w.id, i));
  const claimed = new Set<number>();
  const resolved = list.map((seg, i) => {
    const p: Path = ['results', 'audio_segments', i];
    if (!isObj(seg)) return ctx.fail(p, `expected an audio segment object, got ${describeValue(seg)}`);
    const ids = seg.items ?? [];
    if (!Array.isArray(ids)) return ctx.fail([...p, 'items'], `expected an array of item ids, got ${describeValue(ids)}`);
    const indices = ids.map((id, j) => {
      const k = typeof id === 'number' ? indexById.get(id) : undefined;
      if (k === undefined) return ctx.fail([...p, 'items', j], `expected the id of an entry in results.items, got ${describeValue(id)}`);
      claimed.add(k);
      return k;
    });
    return { seg, p, indices };
  });
  return resolved.map(({ seg, p, indices }) => {
    // Some outputs list only the pronunciations: the punctuation right after a listed word goes with it.
    const take: number[] = [];
    for (const k of [...indices].sort((a, b) => a - b)) {
      if (!take.includes(k)) take.push(k);
      for (let n = k + 1; n < words.length && words[n]!.punct && !claimed.has(n); n++) if (!take.includes(n)) take.push(n);
    }
    const own = take.map((k) => words[k]!);
    let text = '';
    for (const w of own) text += w.punct || text === '' ? w.text : sep + w.text;
    if (own.length === 0) {
      if (typeof seg.transcript !== 'string') return ctx.fail([...p, 'transcript'], `expected the segment's text as a string, got ${describeValue(seg.transcript)}`);
      text = seg.transcript;
    }
    const timed = own.filter((w) => w.start !== null);
    const firstWord = own.find((w) => !w.punct);
    const start = seg.start_time !== undefined ? ctx.seconds(seg.start_time, [...p, 'start_time']) : (timed[0]?.start ?? null);
    const end = seg.end_time !== undefined ? ctx.seconds(seg.end_time, [...p, 'end_time']) : (timed[timed.length - 1]?.end ?? null);
    if (start !== null && end !== null && end < start) ctx.fail([...p, 'end_time'], `expected a time at or after start_time (${start}), got ${end}`);
    return {
      speaker: ctx.optionalLabel(seg.speaker_label, [...p, 'speaker_label'], 'speaker') ?? firstWord?.speaker ?? null,
      channel: ctx.optionalLabel(seg.channel_label, [...p, 'channel_label'], 'channel') ?? firstWord?.channel ?? null,
      role: null,
      start,
      end,
      text,
      // The line of the segment's own transcript (the items it lists may be far away).
      path: typeof seg.transcript === 'string' ? [...p, 'transcript'] : (firstWord?.path ?? p),
    };
  });
}

function read(value: unknown, src: JsonWithLines | null): VendorCall {
  const ctx = new Ctx(src);
  if (!isObj(value)) return ctx.fail([], `expected an Amazon Transcribe output object, got ${describeValue(value)}`);
  const results = value.results;
  if (!isObj(results)) return ctx.fail(['results'], `expected an object with transcripts and items, got ${describeValue(results)}`);
  const language = typeof results.language_code === 'string' ? results.language_code : null;
  // Chinese and Japanese items are characters or words written without spaces between them.
  const sep = language && /^(zh|ja)\b/i.test(language) ? '' : ' ';

  const channels = results.channel_labels;
  const audio = results.audio_segments;
  if (audio !== undefined && !Array.isArray(audio)) return ctx.fail(['results', 'audio_segments'], `expected an array of audio segments, got ${describeValue(audio)}`);
  const items = results.items;
  const topWords = items === undefined ? null : readItems(ctx, items, ['results', 'items']);
  let segments: Seg[];
  if (isObj(channels) && (topWords === null || topWords.some((w) => !w.punct && w.channel === null)) && !audio?.length) {
    // Channel identification where the merged list does not say each word's channel: read each
    // channel's own list.
    const list = channels.channels;
    if (!Array.isArray(list)) return ctx.fail(['results', 'channel_labels', 'channels'], `expected an array of channels, got ${describeValue(list)}`);
    segments = groupChannels(list.map((ch, i) => {
      const p: Path = ['results', 'channel_labels', 'channels', i];
      if (!isObj(ch)) return ctx.fail(p, `expected a channel object with channel_label and items, got ${describeValue(ch)}`);
      const label = ctx.optionalLabel(ch.channel_label, [...p, 'channel_label'], 'channel');
      if (label === null) return ctx.fail([...p, 'channel_label'], `expected a channel label such as "ch_0", got ${describeValue(ch.channel_label)}`);
      const words = readItems(ctx, ch.items, [...p, 'items']);
      for (const w of words) w.channel ??= label;
      return words;
    }), sep);
  } else {
    if (topWords === null) return ctx.fail(['results', 'items'], 'expected an array of word items, got nothing');
    if (results.speaker_labels !== undefined && topWords.some((w) => !w.punct && w.speaker === null)) {
      speakersFromSegments(ctx, results.speaker_labels, topWords);
    }
    if (audio?.length) segments = fromAudioSegments(ctx, audio, topWords, sep);
    else if (topWords.some((w) => w.channel !== null)) {
      // The merged list of a channel-identification job interleaves the channels' words (cross-talk):
      // split it by channel first. A punctuation mark without a label goes with the word before it.
      const byChannel = new Map<string | null, Word[]>();
      let last: string | null = null;
      for (const w of topWords) {
        if (w.punct) w.channel ??= last;
        else last = w.channel;
        const list = byChannel.get(w.channel);
        if (list) list.push(w);
        else byChannel.set(w.channel, [w]);
      }
      segments = groupChannels([...byChannel.values()], sep);
    } else segments = group(topWords, sep);
  }

  const ordered = segments
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.start ?? Infinity) - (b.s.start ?? Infinity) || a.i - b.i)
    .map(({ s }): VendorSegment => {
      const { path, ...seg } = s;
      return { ...seg, line: ctx.lineOf(path) };
    });

  const metadata: Record<string, string> = {};
  if (language) metadata.languageCode = language;
  return {
    format: 'amazon-transcribe',
    ...(typeof value.jobName === 'string' && value.jobName !== '' ? { id: value.jobName } : {}),
    segments: ordered,
    ...(Object.keys(metadata).length ? { metadata } : {}),
  };
}

/**
 * A Transcribe output: an object whose `results` object has the `transcripts` array (every
 * batch output has it), or `items` with `jobName` beside it. Deepgram's `results` has
 * `channels` and no `transcripts`; Google's `results` is an array.
 */
function detect(value: unknown): boolean {
  if (!isObj(value) || !isObj(value.results)) return false;
  const r = value.results;
  if ('channels' in r && !('transcripts' in r)) return false;
  return Array.isArray(r.transcripts) || ('jobName' in value && ('items' in r || 'speaker_labels' in r || 'channel_labels' in r || 'audio_segments' in r));
}

const adapter: Adapter = {
  name: 'amazon-transcribe',
  description: 'Amazon Transcribe batch output JSON (results.items; speaker_labels, channel_labels or audio_segments)',
  extensions: ['.json'],
  detect: (value) => detect(value),
  read: (value, _text, _file, src) => [read(value, src)],
};

export default adapter;
