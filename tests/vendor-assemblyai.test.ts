// The AssemblyAI adapter: utterances (ms → s) when present, else turns from the words; roles only
// from Speaker Identification by role; detect() tells it from etiket's own `utterances` JSON.
import { describe, expect, it } from 'vitest';
import assemblyai from '../src/transcript/vendor/assemblyai.js';
import { etiketCallsNotClaimed, fullSeg as seg, notClaimedBy, vendorHarness } from './helpers/vendor.js';

const { fixture, read, broken, problem, lineWith, claimsEveryFixture } = vendorHarness(assemblyai, 'assemblyai');

describe('assemblyai read', () => {
  it('reads the utterances, milliseconds as seconds; audio_duration (seconds) as metadata', () => {
    const [call, ...rest] = read(fixture('speaker-labels.json'));
    expect(rest).toEqual([]);
    expect(call!.format).toBe('assemblyai');
    expect(call!.id).toBe('5551722f-1a2b-4c3d-9e8f-0a1b2c3d4e5f');
    expect(call!.metadata).toEqual({ duration: '46', language: 'id', model: 'universal' });
    expect(call!.segments).toEqual([
      seg('A', null, null, 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 95),
      seg('B', null, null, 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 114),
      seg('A', null, null, 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 135),
      seg('B', null, null, 11.82, 13.4, 'Nama saya Budi Santoso.', 152),
      seg('A', null, null, 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 165),
      seg('A', null, null, 31.04, 35.52, 'Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar [PII] rupiah.', 185),
      seg('B', null, null, 36, 38.24, 'Oh, begitu. Baik, terima kasih, Mbak.', 206),
      seg('A', null, null, 38.61, 41.02, 'Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 221),
      seg('B', null, null, 41.4, 42.5, 'Tidak, itu saja.', 238),
      seg('A', null, null, 42.93, 45.6, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 250),
    ]);
  });

  it('without speaker labels (utterances null, speaker null): the words, split at pauses over 2 s', () => {
    const [call] = read(fixture('no-speaker-labels.json'));
    expect(call!.segments).toEqual([
      seg(null, null, null, 0.42, 19.6, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu? Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini. Baik, Bapak. Boleh saya tahu nama lengkap Bapak? Nama saya Budi Santoso. Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 10),
      seg(null, null, null, 31.04, 45.6, 'Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar [PII] rupiah. Oh, begitu. Baik, terima kasih, Mbak. Sama-sama, Pak. Ada lagi yang bisa saya bantu? Tidak, itu saja. Terima kasih telah menghubungi Ventura, selamat pagi.', 55),
    ]);
  });

  it('words with speakers (utterances left out): a turn per speaker change', () => {
    const value = JSON.parse(fixture('speaker-labels.json')) as Record<string, unknown>;
    value.utterances = null;
    const [call] = read(JSON.stringify(value));
    expect(call!.segments.map((s) => [s.speaker, s.start, s.end])).toEqual([
      ['A', 0.42, 4.1], ['B', 4.62, 8.2], ['A', 8.71, 11.3], ['B', 11.82, 13.4], ['A', 13.9, 19.6], ['A', 31.04, 35.52],
      ['B', 36, 38.24], ['A', 38.61, 41.02], ['B', 41.4, 42.5], ['A', 42.93, 45.6],
    ]);
  });

  it('multichannel: the channel ("1", "2") on each utterance; the speaker is the channel', () => {
    const [call] = read(fixture('multichannel.json'));
    expect(call!.metadata).toEqual({ duration: '46', language: 'id', model: 'universal', channels: '2' });
    expect(call!.segments).toEqual([
      seg('1', '1', null, 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 59),
      seg('2', '2', null, 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 79),
      seg('1', '1', null, 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 101),
      seg('2', '2', null, 11.82, 13.4, 'Nama saya Budi Santoso.', 119),
      seg('1', '1', null, 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 133),
    ]);
  });

  it('Speaker Identification by role: the file states the role', () => {
    const [call] = read(fixture('speaker-identification-roles.json'));
    expect(call!.segments).toEqual([
      seg('Agent', null, 'agent', 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 59),
      seg('Customer', null, 'customer', 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 78),
      seg('Agent', null, 'agent', 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 99),
      seg('Customer', null, 'customer', 11.82, 13.4, 'Nama saya Budi Santoso.', 116),
      seg('Agent', null, 'agent', 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 129),
    ]);
  });

  it('names that look like roles are not roles without speaker_type "role"', () => {
    const value = JSON.parse(fixture('speaker-identification-roles.json')) as Record<string, unknown>;
    value.speech_understanding = { request: { speaker_identification: { speaker_type: 'name', known_values: ['Agent', 'Customer'] } } };
    expect(read(JSON.stringify(value))[0]!.segments.map((s) => s.role)).toEqual([null, null, null, null, null]);
    delete value.speech_understanding;
    expect(read(JSON.stringify(value))[0]!.segments.map((s) => s.role)).toEqual([null, null, null, null, null]);
  });

  it('no speech: an empty transcript gives no segments', () => {
    const value = { ...JSON.parse(fixture('no-speaker-labels.json')) as object, text: '', words: [], utterances: null };
    expect(read(JSON.stringify(value))[0]!.segments).toEqual([]);
  });
});

describe('assemblyai errors', () => {
  it('a transcript that failed or is not finished', () => {
    const text = broken('speaker-labels.json', '"status": "completed",', '"status": "error", "error": "Download error, unable to download https://storage.example.co.id/rekaman/x.wav",');
    expect(problem(text)).toEqual({ line: 6, path: 'status', message: 'expected a completed transcript (status "completed"), got string "error" (error: Download error, unable to download https://storage.example.co.id/rekaman/x.wav)' });
    expect(problem(broken('speaker-labels.json', '"status": "completed",', '"status": "processing",'))).toEqual({ line: 6, path: 'status', message: 'expected a completed transcript (status "completed"), got string "processing"' });
  });

  it('a time that is not a number of milliseconds', () => {
    const text = broken('speaker-labels.json', '      "start": 8710,\n', '      "start": "8710",\n');
    expect(problem(text)).toEqual({ line: lineWith(text, '"start": "8710"'), path: 'utterances[2].start', message: 'expected a time in milliseconds (a number ≥ 0), got string "8710"' });
  });

  it('an end before the start, in the file\'s own unit', () => {
    const text = broken('no-speaker-labels.json', '{"text": "Baik,", "start": 8710, "end": 8990,', '{"text": "Baik,", "start": 8710, "end": 899,');
    expect(problem(text)).toEqual({ line: lineWith(text, '"end": 899,'), path: 'words[22].end', message: 'expected an end time not before the start (8710 ms), got 899 ms' });
  });

  it('a speaker that is not a label; utterances that are not an array; text without words', () => {
    const text = broken('multichannel.json', '"speaker": "1",\n      "text": "Baik, Bapak.', '"speaker": true,\n      "text": "Baik, Bapak.');
    expect(problem(text)).toEqual({ line: lineWith(text, '"speaker": true'), path: 'utterances[2].speaker', message: 'expected a speaker label such as "A", got boolean true' });
    const value = JSON.parse(fixture('speaker-labels.json')) as Record<string, unknown>;
    expect(problem(JSON.stringify({ ...value, utterances: 'A: Selamat pagi' }))).toEqual({ line: 1, path: 'utterances', message: 'expected an array of utterances or null, got string "A: Selamat pagi"' });
    expect(problem(JSON.stringify({ ...value, utterances: null, words: null }))).toEqual({ line: 1, path: 'words', message: 'expected the words (an array) or the utterances, got null and null' });
  });
});

describe('assemblyai detect', () => {
  it('claims every AssemblyAI fixture, and a trimmed transcript with audio_duration and words', () => {
    claimsEveryFixture();
    const trimmed = { id: 't-1', text: 'Selamat pagi', words: [], utterances: null, audio_duration: 3 };
    expect(assemblyai.detect(trimmed, '')).toBe(true);
  });

  it("claims no other vendor's fixture", () => {
    notClaimedBy(assemblyai, 'assemblyai');
  });

  it("claims no etiket call, though it has utterances too (speaker agent/customer, seconds)", () => {
    const own = {
      id: 'c-1', metadata: { audio_duration: 46 },
      utterances: [{ speaker: 'agent', text: 'Selamat pagi, Ventura, dengan Nia.', start: 0.4, end: 2.9 }, { speaker: 'customer', text: 'Pagi.', start: 3.2, end: 3.6 }],
    };
    expect(assemblyai.detect(own, JSON.stringify(own))).toBe(false);
    expect(assemblyai.detect([own], JSON.stringify([own]))).toBe(false);
    expect(assemblyai.detect({ ...own, audio_duration: 46 }, '')).toBe(false);
    etiketCallsNotClaimed((value, text) => assemblyai.detect(value, text));
  });
});
