// The whisperX adapter: diarized segments (split where the word speakers change), the unaligned
// transcript, word_segments alone; the diarization frame on its own is claimed and refused.
import { describe, expect, it } from 'vitest';
import whisperx from '../src/transcript/vendor/whisperx.js';
import { etiketCallsNotClaimed, etiketJsonNotClaimedBy, notClaimedBy, otherVendors, seg, vendorHarness } from './helpers/vendor.js';

const { fixture, read, broken, problem, lineWith, claimsEveryFixture } = vendorHarness(whisperx, 'whisperx');

describe('whisperx read', () => {
  it('diarized: SPEAKER_xx kept; a segment whose words have two speakers is split at the change', () => {
    const [call, ...rest] = read(fixture('diarized.json'));
    expect(rest).toEqual([]);
    expect(call!.format).toBe('whisperx');
    expect(call!.metadata).toEqual({ language: 'id' });
    expect(call!.segments).toEqual([
      seg('SPEAKER_01', 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 6),
      seg('SPEAKER_00', 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 24),
      // segments[2] (SPEAKER_01 by most overlap) holds both speakers: split, times and text from its words.
      seg('SPEAKER_01', 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 46),
      seg('SPEAKER_00', 11.82, 13.4, 'Nama saya Budi Santoso.', 54),
      seg('SPEAKER_01', 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 64),
      // "1.250.000" could not be aligned (no times, no speaker): the segment is read as it is.
      seg('SPEAKER_01', 31.04, 35.52, 'Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar 1.250.000 rupiah.', 83),
      seg('SPEAKER_00', 36, 38.24, 'Oh, begitu. Baik, terima kasih, Mbak.', 105),
      seg('SPEAKER_01', 38.61, 41.02, 'Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 111),
      seg('SPEAKER_00', 41.4, 42.5, 'Tidak, itu saja.', 127),
      seg('SPEAKER_01', 42.93, 45.6, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 130),
    ]);
  });

  it('unaligned words stay with the run they are in; a segment without any speaker has none', () => {
    const value = {
      segments: [
        { start: 1, end: 4, text: ' 2 kali, Pak. Oke.', speaker: 'SPEAKER_00', words: [
          { word: '2' }, { word: 'kali,', start: 1.2, end: 1.5, score: 0.8, speaker: 'SPEAKER_00' },
          { word: 'Pak.', start: 1.6, end: 2, score: 0.9, speaker: 'SPEAKER_00' }, { word: 'Oke.', start: 3.1, end: 3.5, score: 0.7, speaker: 'SPEAKER_01' },
        ] },
        { start: 5, end: 6, text: ' Halo?', words: [{ word: 'Halo?', start: 5.1, end: 5.6, score: 0.5 }] },
      ],
      word_segments: [],
      language: 'id',
    };
    expect(read(JSON.stringify(value, null, 1))[0]!.segments).toEqual([
      seg('SPEAKER_00', 1.2, 2, '2 kali, Pak.', 10), // the line of its first word, "2"
      seg('SPEAKER_01', 3.1, 3.5, 'Oke.', 27),
      seg(null, 5, 6, 'Halo?', 38),
    ]);
  });

  it('a segment without a speaker takes the one speaker of its words', () => {
    const value = { segments: [{ start: 0.5, end: 2, text: ' Selamat pagi.', words: [{ word: 'Selamat', start: 0.5, end: 1, score: 0.9, speaker: 'SPEAKER_02' }, { word: 'pagi.', start: 1.1, end: 2, score: 0.9, speaker: 'SPEAKER_02' }] }], word_segments: [] };
    expect(read(JSON.stringify(value))[0]!.segments).toEqual([seg('SPEAKER_02', 0.5, 2, 'Selamat pagi.', 1)]);
  });

  it('Chinese and Japanese words are joined without spaces', () => {
    const value = { segments: [{ start: 0, end: 2, text: '你好。我们', words: [
      { word: '你', start: 0, end: 0.2, score: 0.9, speaker: 'SPEAKER_00' }, { word: '好。', start: 0.2, end: 0.5, score: 0.9, speaker: 'SPEAKER_00' },
      { word: '我', start: 1, end: 1.2, score: 0.9, speaker: 'SPEAKER_01' }, { word: '们', start: 1.2, end: 1.5, score: 0.9, speaker: 'SPEAKER_01' },
    ] }], language: 'zh' };
    expect(read(JSON.stringify(value))[0]!.segments.map((s) => [s.speaker, s.text])).toEqual([['SPEAKER_00', '你好。'], ['SPEAKER_01', '我们']]);
  });

  it('the unaligned transcript (language + segments, no words)', () => {
    const [call] = read(fixture('unaligned.json'));
    expect(call!.segments).toEqual([
      seg(null, 0.22, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 3),
      seg(null, 4.42, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 4),
      seg(null, 8.51, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 5),
      seg(null, 11.62, 13.4, 'Nama saya Budi Santoso.', 6),
      seg(null, 13.7, 15.36, 'Terima kasih, Pak Budi.', 7),
    ]);
  });

  it('word_segments alone (no segments): turns at speaker changes and pauses over 2 s', () => {
    const full = JSON.parse(fixture('diarized.json')) as { word_segments: unknown[] };
    const [call] = read(JSON.stringify({ segments: [], word_segments: full.word_segments, language: 'id' }));
    expect(call!.segments.map((s) => [s.speaker, s.start, s.end])).toEqual([
      ['SPEAKER_01', 0.42, 4.1], ['SPEAKER_00', 4.62, 8.2], ['SPEAKER_01', 8.71, 11.3], ['SPEAKER_00', 11.82, 13.4], ['SPEAKER_01', 13.9, 19.6],
      ['SPEAKER_01', 31.04, 35.52], ['SPEAKER_00', 36, 38.24], ['SPEAKER_01', 38.61, 41.02], ['SPEAKER_00', 41.4, 42.5], ['SPEAKER_01', 42.93, 45.6],
    ]);
    expect(call!.segments[5]!.text).toBe('Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar 1.250.000 rupiah.');
  });
});

describe('whisperx errors', () => {
  it('the diarization frame alone holds no words', () => {
    expect(problem(fixture('diarization-only.json'))).toEqual({
      line: 1,
      path: null,
      message: 'expected a whisperX transcript (segments with text), got a diarization file: speaker turns (speaker, start, end) without any words — give etiket the JSON whisperX writes after assigning the speakers to the transcript',
    });
  });

  it('a word time that is not a number; a segment without times', () => {
    const text = broken('diarized.json', '        {"word": "Budi", "start": 12.61,', '        {"word": "Budi", "start": "12.6",');
    expect(problem(text)).toEqual({ line: lineWith(text, '"start": "12.6"'), path: 'segments[2].words[10].start', message: 'expected a time in seconds (a number ≥ 0), got string "12.6"' });
    const noStart = broken('unaligned.json', '{"start": 11.62, "end": 13.4,', '{"end": 13.4,');
    expect(problem(noStart)).toEqual({ line: 6, path: 'segments[3].start', message: 'expected a time in seconds (a number ≥ 0), got nothing' });
  });

  it('words that are not an array; a speaker that is not a label', () => {
    const value = JSON.parse(fixture('diarized.json')) as { segments: Record<string, unknown>[] };
    value.segments[1]!.words = 'Pagi, Mbak.';
    expect(problem(JSON.stringify(value))).toEqual({ line: 1, path: 'segments[1].words', message: 'expected an array of words, got string "Pagi, Mbak."' });
    value.segments[1]!.words = [];
    value.segments[1]!.speaker = 0;
    expect(problem(JSON.stringify(value))).toEqual({ line: 1, path: 'segments[1].speaker', message: 'expected a speaker label such as "SPEAKER_00", got number 0' });
  });
});

describe('whisperx detect', () => {
  it('claims every whisperX fixture, the diarization frame included', () => {
    claimsEveryFixture();
  });

  it("claims no other vendor's fixture (Whisper's included)", () => {
    expect(otherVendors('whisperx')).toContain('whisper');
    notClaimedBy(whisperx, 'whisperx');
  });

  it('claims no etiket call (object or array), nor bare segments without a whisperX mark', () => {
    etiketJsonNotClaimedBy(whisperx);
    expect(whisperx.detect([{ speaker: 'agent', start: 0, end: 1, text: 'Halo' }], '')).toBe(false);
    expect(whisperx.detect({ segments: [{ start: 0, end: 1, text: 'Halo' }] }, '')).toBe(false);
    etiketCallsNotClaimed((value, text) => whisperx.detect(value, text));
  });
});
