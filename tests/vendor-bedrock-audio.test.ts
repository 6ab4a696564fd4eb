// The Bedrock Data Automation audio adapter: audio_segments become segments with the speaker and
// channel labels as written, ms → s, text from audio_items (punctuation, the items without
// timestamps, attached to the word before), the line of the segment's text; detect() claims BDA
// output only; broken output gives a VendorError.
import { describe, expect, it } from 'vitest';
import bedrock from '../src/transcript/vendor/bedrock-audio.js';
import type { VendorSegment } from '../src/transcript/vendor/types.js';
import { etiketCallsNotClaimed, notClaimedBy, vendorHarness, withoutLines } from './helpers/vendor.js';

const FIXTURE = 'two-channel-call.json';
const harness = vendorHarness(bedrock, 'bedrock-audio', 'result.json');
const fixture = (): string => harness.fixture(FIXTURE);
const fixtureValue = (): any => harness.fixtureValue(FIXTURE);
const { readOne: readText, readValue, problemOf: problem } = harness;

const agent = (start: number, end: number, text: string, line: number): VendorSegment => ({ speaker: 'spk_1', channel: 'ch_1', role: null, start, end, text, line });
const customer = (start: number, end: number, text: string, line: number): VendorSegment => ({ speaker: 'spk_0', channel: 'ch_0', role: null, start, end, text, line });
const SEGMENTS = [
  agent(1.6, 5.49, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 124),
  customer(5.9, 10.04, 'Pagi, Mbak. Saya mau tanya garansi pintu lipat yang saya beli.', 140),
  agent(10.4, 13, 'Baik, Bapak. Boleh saya tahu nama Bapak?', 156),
  customer(13, 13.82, 'Agus Pratama.', 172),
  agent(14.6, 19.64, 'Terima kasih, Pak Agus. Garansi pintu lipat berlaku dua tahun sejak pemasangan.', 188),
  customer(20.1, 22.08, 'Oh, masih berlaku kalau begitu.', 204),
  customer(23.9, 25.66, 'Engselnya agak longgar, Mbak.', 220),
  agent(26.3, 29.99, 'Baik, Pak, teknisi kami akan datang memeriksa tanpa biaya.', 236),
  customer(30.8, 31.97, 'Terima kasih, Mbak.', 252),
  agent(32.4, 36.91, 'Sama-sama, Pak Agus. Terima kasih telah menghubungi Ventura, selamat pagi.', 268),
];

describe('bedrock-audio fixture', () => {
  it('segments with speaker and channel labels, ms → s, text from the items, metadata from the asset', () => {
    const call = readText(fixture());
    expect(call.format).toBe('bedrock-audio');
    expect(call.id).toBeUndefined();
    expect(call.segments).toEqual(SEGMENTS);
    expect(call.metadata).toEqual({ languageCode: 'ID', durationSeconds: '37.61', source: 'ventura-0930-nia.wav' });
  });

  it('segments out of order are sorted; non-transcript segments are skipped; a segment with no items keeps its text', () => {
    const value = fixtureValue();
    value.audio_segments.reverse();
    value.audio_segments.push({ start_timestamp_millis: 0, end_timestamp_millis: 500, segment_index: 10, type: 'MUSIC', text: 'la la' });
    value.audio_segments[0].audio_item_indices = [];
    value.audio_segments[0].text = 'Sama-sama.';
    const segments = withoutLines(readValue(value).segments);
    expect(segments.slice(0, 9)).toEqual(withoutLines(SEGMENTS).slice(0, 9));
    expect(segments[9]!.text).toBe('Sama-sama.');
  });

  it('without speaker labeling: speaker null, channel kept', () => {
    const value = fixtureValue();
    for (const s of value.audio_segments) delete s.speaker;
    expect(readValue(value).segments.map((s) => [s.speaker, s.channel])).toEqual(SEGMENTS.map((s) => [null, s.channel]));
  });
});

describe('bedrock-audio detect', () => {
  const detect = (value: unknown) => bedrock.detect(value, JSON.stringify(value));

  it('claims its fixture and broken BDA output', () => {
    expect(detect(fixtureValue())).toBe(true);
    expect(detect({ metadata: { semantic_modality: 'AUDIO' }, audio_segments: 'oops' })).toBe(true);
  });

  it('does not claim Transcribe (results.audio_segments), other fixtures or etiket\'s format', () => {
    expect(detect({ jobName: 'j', results: { transcripts: [], items: [], audio_segments: [] } })).toBe(false);
    expect(detect({ metadata: { semantic_modality: 'VIDEO' }, audio_segments: [] })).toBe(false);
    notClaimedBy(bedrock, 'bedrock-audio', { skipUnparsable: false });
    etiketCallsNotClaimed(detect);
  });
});

describe('bedrock-audio errors', () => {
  it('audio_segments not an array', () => {
    expect(problem({ audio_items: [], audio_segments: {} })).toMatchObject({ path: 'audio_segments', message: 'expected an array of audio segments, got an object' });
  });

  it('a timestamp that is not milliseconds', () => {
    const v = fixtureValue();
    v.audio_segments[2].start_timestamp_millis = '10400';
    expect(problem(v)).toMatchObject({ path: 'audio_segments[2].start_timestamp_millis', message: 'expected milliseconds as a number such as 4870, got string "10400"' });
  });

  it('an item index that no item has', () => {
    const v = fixtureValue();
    v.audio_segments[1].audio_item_indices[0] = 5000;
    expect(problem(v)).toMatchObject({ path: 'audio_segments[1].audio_item_indices[0]', message: 'expected the item_index of an entry in audio_items, got number 5000' });
  });

  it('a speaker label that is not a string', () => {
    const v = fixtureValue();
    v.audio_segments[3].speaker.speaker_label = 1;
    expect(problem(v)).toMatchObject({ path: 'audio_segments[3].speaker.speaker_label', message: 'expected a label such as "spk_0", got number 1' });
  });
});
