// The Deepgram adapter: utterances when present, else turns built from the words; detect() claims
// only Deepgram responses; broken responses say where and what was expected.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonWithLines } from '../src/transcript/json-source.js';
import deepgram from '../src/transcript/vendor/deepgram.js';
import { etiketCallsNotClaimed, etiketJsonNotClaimedBy, fullSeg as seg, notClaimedBy, otherVendors, vendorHarness } from './helpers/vendor.js';

const { dir: DIR, fixture, read, broken, problem, lineWith } = vendorHarness(deepgram, 'deepgram');

/** The value detect() is given: parsed as etiket parses it, with lines. */
function load(text: string) {
  const src = parseJsonWithLines(text);
  return { value: src.value, text, src };
}

describe('deepgram read', () => {
  it('reads diarized utterances as they are (no merging, float32 times kept, [PII] kept)', () => {
    const [call, ...rest] = read(fixture('diarized-utterances.json'));
    expect(rest).toEqual([]);
    expect(call!.format).toBe('deepgram');
    expect(call!.id).toBe('4f9b2d6e-8c1a-4e3f-b5d7-2a9c8e1f0b36');
    expect(call!.metadata).toEqual({ duration: '46.2', created: '2026-11-04T02:15:37.512Z', model: '2-general-nova', language: 'id' });
    expect(call!.segments).toEqual([
      seg('0', null, null, 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 115),
      seg('1', null, null, 4.6199999, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 136),
      seg('0', null, null, 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 159),
      seg('1', null, null, 11.82, 13.4, 'Nama saya Budi Santoso.', 178),
      seg('0', null, null, 13.9, 15.36, 'Terima kasih, Pak Budi.', 193),
      seg('0', null, null, 16.28, 19.6, 'Mohon ditunggu sebentar, saya cek dulu datanya.', 208),
      seg('0', null, null, 31.04, 35.52, 'Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar [PII] rupiah.', 226),
      seg('1', null, null, 36, 38.24, 'Oh, begitu. Baik, terima kasih, Mbak.', 249),
      seg('0', null, null, 38.61, 41.02, 'Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 266),
      seg('1', null, null, 41.4, 42.5, 'Tidak, itu saja.', 285),
      seg('0', null, null, 42.93, 45.6, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 299),
    ]);
  });

  it('without utterances builds turns from the words: a new one at a speaker change or a pause over 2 s', () => {
    const [call] = read(fixture('diarized-words.json'));
    expect(call!.id).toBe('b2e8f4a1-6d3c-4a7b-9e5f-1c0d2b3a4f5e');
    expect(call!.segments).toEqual([
      seg('0', null, null, 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 22),
      seg('1', null, null, 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 32),
      seg('0', null, null, 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 44),
      seg('1', null, null, 11.82, 13.4, 'Nama saya Budi Santoso.', 52),
      // 15.36 → 16.28 is a 0.92 s pause: one turn.
      seg('0', null, null, 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 56),
      // 19.6 → 31.04: the same speaker after 11.44 s of silence is a new segment.
      seg('0', null, null, 31.04, 35.52, 'Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar [PII] rupiah.', 67),
      seg('1', null, null, 36, 38.24, 'Oh, begitu. Baik, terima kasih, Mbak.', 79),
      seg('0', null, null, 38.61, 41.02, 'Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 85),
      seg('1', null, null, 41.4, 42.5, 'Tidak, itu saja.', 93),
      seg('0', null, null, 42.93, 45.6, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 96),
    ]);
  });

  it('multichannel: the channel index, no speaker without diarize, the file order kept', () => {
    const [call] = read(fixture('multichannel-utterances.json'));
    expect(call!.metadata).toEqual({ duration: '46.2', created: '2026-11-04T02:15:37.512Z', model: '2-general-nova', channels: '2' });
    expect(call!.segments).toEqual([
      seg(null, '0', null, 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 88),
      seg(null, '1', null, 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 108),
      seg(null, '0', null, 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 130),
      seg(null, '1', null, 11.82, 13.4, 'Nama saya Budi Santoso.', 148),
      seg(null, '0', null, 13.9, 15.36, 'Terima kasih, Pak Budi.', 162),
      seg(null, '0', null, 16.28, 19.6, 'Mohon ditunggu sebentar, saya cek dulu datanya.', 176),
    ]);
  });

  it('multichannel words without utterances: each channel its own turns, labelled with its index', () => {
    const value = JSON.parse(fixture('multichannel-utterances.json')) as { results: { utterances?: unknown } };
    delete value.results.utterances;
    const [call] = read(JSON.stringify(value, null, 2));
    expect(call!.segments.map((s) => [s.channel, s.speaker, s.start, s.end])).toEqual([
      ['0', null, 0.42, 4.1], ['0', null, 8.71, 11.3], ['0', null, 13.9, 19.6], // pauses of 4.61 s and 2.6 s
      ['1', null, 4.62, 8.2], ['1', null, 11.82, 13.4],
    ]);
  });

  it('Deepgram-hosted Whisper: the bare `word` (no punctuated_word), split only at the long pause', () => {
    const [call] = read(fixture('hosted-whisper.json'));
    expect(call!.metadata!.model).toBe('medium-whisper');
    expect(call!.segments).toEqual([
      seg(null, null, null, 0.42, 19.6, 'selamat pagi ventura dengan nia ada yang bisa saya bantu pagi mbak saya mau tanya soal tagihan kartu kredit saya bulan ini baik bapak boleh saya tahu nama lengkap bapak nama saya budi santoso terima kasih pak budi mohon ditunggu sebentar saya cek dulu datanya', 22),
      seg(null, null, null, 31.04, 45.6, 'terima kasih sudah menunggu pak budi tagihan bulan ini sebesar [pii] rupiah oh begitu baik terima kasih mbak sama-sama pak ada lagi yang bisa saya bantu tidak itu saja terima kasih telah menghubungi ventura selamat pagi', 67),
    ]);
  });

  it('an empty utterances array falls back to the words; a silent channel (no alternatives) gives nothing', () => {
    const value = JSON.parse(fixture('diarized-utterances.json')) as { results: { utterances: unknown[] } };
    value.results.utterances = [];
    expect(read(JSON.stringify(value)).at(0)!.segments).toHaveLength(10);
    const silent = { metadata: { request_id: 'r-1', channels: 1 }, results: { channels: [{ alternatives: [] }] } };
    expect(read(JSON.stringify(silent))).toEqual([{ format: 'deepgram', id: 'r-1', segments: [], metadata: {} }]);
  });

  it('one line for a minified response', () => {
    const [call] = read(JSON.stringify(JSON.parse(fixture('diarized-words.json'))));
    expect(new Set(call!.segments.map((s) => s.line))).toEqual(new Set([1]));
  });
});

describe('deepgram errors', () => {
  it('a time that is not a number of seconds', () => {
    const text = broken('diarized-utterances.json', '"start": 8.71,\n', '"start": "8.71",\n');
    expect(problem(text)).toEqual({ line: lineWith(text, '"start": "8.71"'), path: 'results.utterances[2].start', message: 'expected a time in seconds (a number ≥ 0), got string "8.71"' });
  });

  it('an end before the start', () => {
    const text = broken('diarized-words.json', '{"word": "nama", "start": 11.82, "end": 12.18,', '{"word": "nama", "start": 11.82, "end": 1.1,');
    expect(problem(text)).toEqual({ line: lineWith(text, '"end": 1.1,'), path: 'results.channels[0].alternatives[0].words[30].end', message: 'expected an end time not before the start (11.82), got 1.1' });
  });

  it('a speaker that is not a number', () => {
    const text = broken('diarized-words.json', '{"word": "budi", "start": 12.61, "end": 12.97, "confidence": 0.98, "speaker": 1,', '{"word": "budi", "start": 12.61, "end": 12.97, "confidence": 0.98, "speaker": -1,');
    expect(problem(text)).toEqual({ line: lineWith(text, '"speaker": -1'), path: 'results.channels[0].alternatives[0].words[32].speaker', message: 'expected a speaker number, got number -1' });
  });

  it('a missing transcript points at the utterance', () => {
    const text = broken('diarized-utterances.json', '"transcript": "Nama saya Budi Santoso.",\n', '');
    expect(problem(text)).toEqual({ line: 173, path: 'results.utterances[3].transcript', message: 'expected the transcript (a string), got nothing' });
    expect(text.split('\n')[172]).toBe('      {');
  });

  it('utterances that are not an array; channels without alternatives; words that are not an array', () => {
    const base = JSON.parse(fixture('diarized-words.json')) as { results: { channels: { alternatives: { words: unknown }[] }[]; utterances?: unknown } };
    expect(problem(JSON.stringify({ ...base, results: { ...base.results, utterances: {} } }))).toEqual({ line: 1, path: 'results.utterances', message: 'expected an array of utterances, got an object' });
    expect(problem(JSON.stringify({ ...base, results: { channels: [{}] } }))).toEqual({ line: 1, path: 'results.channels[0].alternatives', message: 'expected an array of alternatives, got nothing' });
    base.results.channels[0]!.alternatives[0]!.words = 'selamat pagi';
    expect(problem(JSON.stringify(base))).toEqual({ line: 1, path: 'results.channels[0].alternatives[0].words', message: 'expected an array of words, got string "selamat pagi"' });
  });
});

describe('deepgram detect', () => {
  it('claims every Deepgram fixture', () => {
    for (const f of readdirSync(DIR)) {
      const { value, text } = load(fixture(f));
      expect(deepgram.detect(value, text), f).toBe(true);
    }
  });

  it("claims no other vendor's fixture", () => {
    expect(otherVendors('deepgram').length).toBeGreaterThan(0);
    notClaimedBy(deepgram, 'deepgram');
  });

  it("claims no etiket call (its own JSON format), nor a bare results object", () => {
    etiketJsonNotClaimedBy(deepgram);
    expect(deepgram.detect({ metadata: {}, results: { channels: [] } }, '')).toBe(false);
    etiketCallsNotClaimed((value, text) => deepgram.detect(value, text));
  });
});
