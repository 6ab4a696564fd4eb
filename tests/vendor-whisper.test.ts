// The Whisper adapter: openai-whisper / whisper-ctranslate2 JSON (diarized or not, words or not),
// whisper-timestamped, the API's verbose_json (words only) and diarized_json; never whisperX.
import { describe, expect, it } from 'vitest';
import whisper from '../src/transcript/vendor/whisper.js';
import { etiketCallsNotClaimed, etiketJsonNotClaimedBy, notClaimedBy, otherVendors, seg, vendorHarness } from './helpers/vendor.js';

const { fixture, read, broken, problem, lineWith, claimsEveryFixture } = vendorHarness(whisper, 'whisper');

describe('whisper read', () => {
  it('whisper-ctranslate2 with diarization: one segment per Whisper segment, SPEAKER_xx kept, leading space trimmed', () => {
    const [call, ...rest] = read(fixture('ctranslate2-diarized.json'));
    expect(rest).toEqual([]);
    expect(call!.format).toBe('whisper');
    expect(call!.id).toBeUndefined();
    expect(call!.metadata).toEqual({ language: 'id' });
    expect(call!.segments).toEqual([
      seg('SPEAKER_01', 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 9),
      seg('SPEAKER_00', 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 23),
      seg('SPEAKER_01', 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 37),
      seg('SPEAKER_00', 11.82, 13.4, 'Nama saya Budi Santoso.', 51),
      seg('SPEAKER_01', 13.9, 15.36, 'Terima kasih, Pak Budi.', 65),
      seg('SPEAKER_01', 16.28, 19.6, 'Mohon ditunggu sebentar, saya cek dulu datanya.', 79),
      seg('SPEAKER_01', 31.04, 35.52, 'Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar [PII] rupiah.', 93),
      seg('SPEAKER_00', 36, 38.24, 'Oh, begitu. Baik, terima kasih, Mbak.', 107),
      seg('SPEAKER_01', 38.61, 41.02, 'Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 121),
      seg('SPEAKER_00', 41.4, 42.5, 'Tidak, itu saja.', 135),
      seg('SPEAKER_01', 42.93, 45.6, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 149),
    ]);
  });

  it('word timestamps: still one segment per Whisper segment (segments span speaker changes; no speakers)', () => {
    const [call] = read(fixture('word-timestamps.json'));
    expect(call!.segments).toEqual([
      seg(null, 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 9),
      seg(null, 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 33),
      seg(null, 8.71, 13.4, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak? Nama saya Budi Santoso.', 59),
      seg(null, 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 85),
      seg(null, 31.04, 35.52, 'Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar [PII] rupiah.', 110),
      seg(null, 36, 41.02, 'Oh, begitu. Baik, terima kasih, Mbak. Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 136),
      seg(null, 41.4, 45.6, 'Tidak, itu saja. Terima kasih telah menghubungi Ventura, selamat pagi.', 164),
    ]);
  });

  it('the whisper-timestamped look-alike (segments with confidence, words with text)', () => {
    const [call] = read(fixture('whisper-timestamped.json'));
    expect(call!.segments).toEqual([
      seg(null, 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 7),
      seg(null, 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 25),
      seg(null, 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 45),
      seg(null, 11.82, 13.4, 'Nama saya Budi Santoso.', 61),
      seg(null, 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 73),
    ]);
  });

  it('API verbose_json with only top-level words: split at pauses over 2 s, words joined with spaces', () => {
    const [call] = read(fixture('api-verbose-words.json'));
    expect(call!.metadata).toEqual({ language: 'indonesian', duration: '46.2', task: 'transcribe' });
    expect(call!.segments).toEqual([
      seg(null, 0.42, 19.6, 'Selamat pagi Ventura dengan Nia ada yang bisa saya bantu Pagi Mbak Saya mau tanya soal tagihan kartu kredit saya bulan ini Baik Bapak Boleh saya tahu nama lengkap Bapak Nama saya Budi Santoso Terima kasih Pak Budi Mohon ditunggu sebentar saya cek dulu datanya', 7),
      seg(null, 31.04, 45.6, 'Terima kasih sudah menunggu Pak Budi Tagihan bulan ini sebesar [PII] rupiah Oh begitu Baik terima kasih Mbak Sama-sama Pak Ada lagi yang bisa saya bantu Tidak itu saja Terima kasih telah menghubungi Ventura selamat pagi', 52),
    ]);
  });

  it('words that carry their leading space are concatenated', () => {
    const value = { task: 'transcribe', text: ' Halo, selamat pagi.', words: [{ word: ' Halo,', start: 0.5, end: 0.9 }, { word: ' selamat', start: 1, end: 1.4 }, { word: ' pagi.', start: 1.4, end: 1.8 }] };
    expect(read(JSON.stringify(value))[0]!.segments).toEqual([seg(null, 0.5, 1.8, 'Halo, selamat pagi.', 1)]);
  });

  it('API diarized_json (gpt-4o-transcribe-diarize): speaker "A"/"B"', () => {
    const [call] = read(fixture('api-diarized.json'));
    expect(call!.metadata).toEqual({ duration: '46.2', task: 'transcribe' });
    expect(call!.segments).toEqual([
      seg('A', 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 6),
      seg('B', 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 7),
      seg('A', 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 8),
      seg('B', 11.82, 13.4, 'Nama saya Budi Santoso.', 9),
      seg('A', 13.9, 15.36, 'Terima kasih, Pak Budi.', 10),
      seg('A', 16.28, 19.6, 'Mohon ditunggu sebentar, saya cek dulu datanya.', 11),
      seg('A', 31.04, 35.52, 'Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar [PII] rupiah.', 12),
      seg('B', 36, 38.24, 'Oh, begitu. Baik, terima kasih, Mbak.', 13),
      seg('A', 38.61, 41.02, 'Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 14),
      seg('B', 41.4, 42.5, 'Tidak, itu saja.', 15),
      seg('A', 42.93, 45.6, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 16),
    ]);
  });

  it('empty segments are left out; silence gives no segments', () => {
    const value = { text: ' Halo?', segments: [{ id: 0, seek: 0, start: 0, end: 1.2, text: ' Halo?' }, { id: 1, seek: 0, start: 1.2, end: 3, text: ' ' }], language: 'id' };
    expect(read(JSON.stringify(value))[0]!.segments).toEqual([seg(null, 0, 1.2, 'Halo?', 1)]);
    expect(read(JSON.stringify({ text: '', segments: [], language: 'id' }))[0]!.segments).toEqual([]);
  });
});

describe('whisper errors', () => {
  it('a time that is not a number of seconds', () => {
    const text = broken('ctranslate2-diarized.json', '"start": 11.82,', '"start": "00:00:11.820",');
    expect(problem(text)).toEqual({ line: lineWith(text, '"start": "00:00:11.820"'), path: 'segments[3].start', message: 'expected a time in seconds (a number ≥ 0), got string "00:00:11.820"' });
  });

  it('an end before the start; a missing text; a speaker that is not a label', () => {
    const text = broken('ctranslate2-diarized.json', '"end": 13.4,', '"end": 1.34,');
    expect(problem(text)).toEqual({ line: lineWith(text, '"end": 1.34,'), path: 'segments[3].end', message: 'expected an end time not before the start (11.82), got 1.34' });
    const noText = broken('ctranslate2-diarized.json', '"text": " Nama saya Budi Santoso.",\n', '');
    expect(problem(noText)).toEqual({ line: lineWith(noText, '"start": 11.82,') - 3, path: 'segments[3].text', message: 'expected the text (a string), got nothing' });
    const badSpeaker = broken('api-diarized.json', 'bulan ini.", "speaker": "B"}', 'bulan ini.", "speaker": {"id": "B"}}');
    expect(problem(badSpeaker)).toEqual({ line: 7, path: 'segments[1].speaker', message: 'expected a speaker label such as "SPEAKER_00", got an object' });
  });

  it('segments that are not an array', () => {
    expect(problem(JSON.stringify({ text: 'Halo', segments: { start: 0, end: 1, text: 'Halo' }, language: 'id' }))).toEqual({ line: 1, path: 'segments', message: 'expected an array of segments, got an object' });
  });
});

describe('whisper detect', () => {
  it('claims every Whisper fixture', () => {
    claimsEveryFixture();
  });

  it("claims no other vendor's fixture (whisperX's included)", () => {
    expect(otherVendors('whisper')).toContain('whisperx');
    notClaimedBy(whisper, 'whisper');
  });

  it('claims no etiket call, no {text} alone (response_format=json), no whisperX result with a text key', () => {
    etiketJsonNotClaimedBy(whisper);
    expect(whisper.detect({ text: 'Selamat pagi' }, '')).toBe(false);
    const x = { text: ' Halo', segments: [{ start: 0, end: 1, text: ' Halo', words: [{ word: 'Halo', start: 0, end: 1, score: 0.9 }] }] };
    expect(whisper.detect(x, '')).toBe(false);
    etiketCallsNotClaimed((value, text) => whisper.detect(value, text));
  });
});
