// Amazon Bedrock Data Automation (BDA) standard output for audio (result.json). One
// audio_segments[] entry per turn, with speaker.speaker_label ("spk_1") and channel.channel_label
// ("ch_1") when labeling was on, integer millisecond timestamps, and the words in audio_items[]
// (punctuation items have no timestamps). No roles: the summary names them in prose only.
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { Ctx, isObj, type Obj, type Path } from './amazon-call-analytics.js';
import type { Adapter, VendorCall, VendorSegment } from './types.js';

function label(ctx: Ctx, holder: unknown, path: Path, key: 'speaker_label' | 'channel_label'): string | null {
  if (holder === undefined || holder === null) return null;
  if (!isObj(holder)) return ctx.fail(path, `expected an object with ${key}, got ${describeValue(holder)}`);
  const v = holder[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' && v.trim() !== '') return v;
  return ctx.fail([...path, key], `expected a label such as "${key === 'speaker_label' ? 'spk_0' : 'ch_0'}", got ${describeValue(v)}`);
}

function read(value: unknown, src: JsonWithLines | null): VendorCall {
  const ctx = new Ctx(src);
  if (!isObj(value)) return ctx.fail([], `expected a Bedrock Data Automation audio result object, got ${describeValue(value)}`);
  const list = value.audio_segments;
  if (!Array.isArray(list)) return ctx.fail(['audio_segments'], `expected an array of audio segments, got ${describeValue(list)}`);

  // audio_items by item_index (its position when it has none).
  const items = value.audio_items ?? [];
  if (!Array.isArray(items)) return ctx.fail(['audio_items'], `expected an array of audio items, got ${describeValue(items)}`);
  const byIndex = new Map<number, { item: Obj; i: number }>();
  items.forEach((item, i) => {
    if (!isObj(item)) return ctx.fail(['audio_items', i], `expected an item object with content, got ${describeValue(item)}`);
    byIndex.set(typeof item.item_index === 'number' ? item.item_index : i, { item, i });
  });

  const segments: VendorSegment[] = [];
  list.forEach((seg, i) => {
    const p: Path = ['audio_segments', i];
    if (!isObj(seg)) return ctx.fail(p, `expected an audio segment object, got ${describeValue(seg)}`);
    if (seg.type !== undefined && seg.type !== 'TRANSCRIPT') return;
    const start = ctx.millis(seg.start_timestamp_millis, [...p, 'start_timestamp_millis']);
    const end = ctx.millis(seg.end_timestamp_millis, [...p, 'end_timestamp_millis']);
    if (end < start) ctx.fail([...p, 'end_timestamp_millis'], `expected a time at or after start_timestamp_millis (${seg.start_timestamp_millis as number}), got ${seg.end_timestamp_millis as number}`);
    const indices = seg.audio_item_indices ?? [];
    if (!Array.isArray(indices)) return ctx.fail([...p, 'audio_item_indices'], `expected an array of item indices, got ${describeValue(indices)}`);
    // The words, punctuation (an item without timestamps) attached to the word before it.
    let text = '';
    let firstWord: Path | null = null;
    indices.forEach((k, j) => {
      const found = typeof k === 'number' ? byIndex.get(k) : undefined;
      if (!found) return ctx.fail([...p, 'audio_item_indices', j], `expected the item_index of an entry in audio_items, got ${describeValue(k)}`);
      const { item, i: at } = found;
      if (typeof item.content !== 'string') return ctx.fail(['audio_items', at, 'content'], `expected the word as a string, got ${describeValue(item.content)}`);
      const punct = item.start_timestamp_millis === undefined;
      if (!punct) firstWord ??= ['audio_items', at, 'content'];
      text += punct || text === '' ? item.content : ` ${item.content}`;
    });
    if (indices.length === 0) {
      if (typeof seg.text !== 'string') return ctx.fail([...p, 'text'], `expected the segment's text as a string, got ${describeValue(seg.text)}`);
      text = seg.text;
    }
    segments.push({
      speaker: label(ctx, seg.speaker, [...p, 'speaker'], 'speaker_label'),
      channel: label(ctx, seg.channel, [...p, 'channel'], 'channel_label'),
      role: null,
      start,
      end,
      text,
      // The segment's own text line: audio_items may be far away in the file.
      line: ctx.lineOf(typeof seg.text === 'string' ? [...p, 'text'] : (firstWord ?? p)),
    });
  });
  const ordered = segments.map((s, i) => ({ s, i })).sort((a, b) => a.s.start! - b.s.start! || a.i - b.i).map(({ s }) => s);

  const metadata: Record<string, string> = {};
  const meta = value.metadata;
  if (isObj(meta)) {
    if (typeof meta.dominant_asset_language === 'string') metadata.languageCode = meta.dominant_asset_language;
    if (typeof meta.duration_millis === 'number') metadata.durationSeconds = String(meta.duration_millis / 1000);
    if (typeof meta.s3_key === 'string' && meta.s3_key !== '') metadata.source = meta.s3_key.split('/').pop()!;
  }
  return { format: 'bedrock-audio', segments: ordered, ...(Object.keys(metadata).length ? { metadata } : {}) };
}

/** audio_segments beside audio_items, or beside metadata.semantic_modality "AUDIO". */
function detect(value: unknown): boolean {
  if (!isObj(value) || !('audio_segments' in value)) return false;
  const meta = value.metadata;
  return 'audio_items' in value || (isObj(meta) && meta.semantic_modality === 'AUDIO');
}

const adapter: Adapter = {
  name: 'bedrock-audio',
  description: 'Amazon Bedrock Data Automation audio standard output JSON (audio_segments with speaker and channel labels, audio_items)',
  extensions: ['.json'],
  detect: (value) => detect(value),
  read: (value, _text, _file, src) => [read(value, src)],
};

export default adapter;
