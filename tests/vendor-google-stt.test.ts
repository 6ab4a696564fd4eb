// The Google Speech-to-Text adapter: the diarized last result (speakerTag), per-channel results,
// "1.500s" and {seconds, nanos} durations, the long-running operation wrapper.
import { describe, expect, it } from 'vitest';
import googleStt from '../src/transcript/vendor/google-stt.js';
import { channelSeg as seg, etiketCallsNotClaimed, etiketJsonNotClaimedBy, notClaimedBy, vendorHarness } from './helpers/vendor.js';

const { fixture, read, broken, problem, lineWith, claimsEveryFixture } = vendorHarness(googleStt, 'google-stt');

describe('google-stt read', () => {
  it('diarized: speakers from the last result, which repeats every word; nothing counted twice', () => {
    const [call, ...rest] = read(fixture('diarized.json'));
    expect(rest).toEqual([]);
    expect(call!.format).toBe('google-stt');
    expect(call!.metadata).toEqual({ language: 'id-id' });
    expect(call!.segments).toEqual([
      seg('1', null, 0.4, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 88),
      seg('2', null, 4.6, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 98),
      seg('1', null, 8.7, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 110),
      seg('2', null, 11.8, 13.4, 'Nama saya Budi Santoso.', 118),
      seg('1', null, 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 122),
    ]);
  });

  it('{seconds, nanos} times (either part left out when 0); channelTag 0 is no channel', () => {
    const [call] = read(fixture('protobuf-times.json'));
    expect(call!.segments).toEqual([
      seg('1', null, 0.4, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 20),
      seg('2', null, 4.6, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 80),
      seg('1', null, 8.7, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 152),
      seg('2', null, 11.8, 13.4, 'Nama saya Budi Santoso.', 200),
    ]);
  });

  it('per-channel recognition without diarization: a segment per result, first to last word, channel from channelTag', () => {
    const [call] = read(fixture('per-channel.json'));
    // Grouped by channel as the file lists them; the pipeline orders by time.
    expect(call!.segments).toEqual([
      seg(null, '1', 0.4, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 6),
      seg(null, '1', 8.7, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 29),
      seg(null, '1', 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 50),
      seg(null, '2', 4.6, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 74),
      seg(null, '2', 11.8, 13.4, 'Nama saya Budi Santoso.', 99),
    ]);
  });

  it('a result without word times starts where the previous result of its channel ended', () => {
    const value = JSON.parse(fixture('per-channel.json')) as { results: { alternatives: Record<string, unknown>[] }[] };
    delete value.results[4]!.alternatives[0]!.words;
    expect(read(JSON.stringify(value))[0]!.segments[4]).toEqual(seg(null, '2', 8.5, 13.7, 'Nama saya Budi Santoso.', 1));
  });

  it('the long-running operation: its name is the id; results without words span resultEndTime to resultEndTime', () => {
    const [call] = read(fixture('operation.json'));
    expect(call!.id).toBe('7365183091854720946');
    expect(call!.segments).toEqual([
      seg(null, null, 0, 4.3, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 10),
      seg(null, null, 4.3, 8.4, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 17),
      seg(null, null, 8.4, 13.6, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak? Nama saya Budi Santoso.', 24),
    ]);
  });

  it('durations: "1.500s", "0s", {seconds: "1", nanos}, {nanos}, {seconds} and a plain number', () => {
    const word = (startTime: unknown, endTime: unknown, w: string) => ({ startTime, endTime, word: w, speakerTag: 1 });
    const value = { results: [{ alternatives: [{ words: [
      word('0s', { nanos: 400000000 }, 'Halo,'), word('0.500s', '1.500s', 'selamat'),
      word({ seconds: '1', nanos: 500000000 }, { seconds: 2 }, 'pagi'), word(2.1, 2.25, 'Pak.'),
    ] }], languageCode: 'id-id' }] };
    const [call] = read(JSON.stringify(value));
    expect(call!.segments).toEqual([seg('1', null, 0, 2.25, 'Halo, selamat pagi Pak.', 1)]);
  });

  it('speakerLabel (v2) and a pause over 2 s', () => {
    const value = { results: [{ alternatives: [{ words: [
      { startOffset: '0.5s', endOffset: '1s', word: 'Halo.', speakerLabel: 'A' },
      { startOffset: '4s', endOffset: '4.5s', word: 'Halo?', speakerLabel: 'A' },
      { startOffset: '5s', endOffset: '5.5s', word: 'Ya.', speakerLabel: 'B' },
    ] }], resultEndOffset: '6s' }] };
    expect(read(JSON.stringify(value))[0]!.segments.map((s) => [s.speaker, s.start, s.end, s.text])).toEqual([
      ['A', 0.5, 1, 'Halo.'], ['A', 4, 4.5, 'Halo?'], ['B', 5, 5.5, 'Ya.'],
    ]);
  });
});

describe('google-stt errors', () => {
  it('a duration without its "s"; a speaker tag that is not a number', () => {
    const text = broken('diarized.json', '{"startTime": "11.800s", "endTime": "12.200s", "word": "Nama", "speakerTag": 2}', '{"startTime": "11.8", "endTime": "12.200s", "word": "Nama", "speakerTag": 2}');
    expect(problem(text)).toEqual({ line: lineWith(text, '"startTime": "11.8"'), path: 'results[3].alternatives[0].words[30].startTime', message: 'expected a duration such as "1.500s" or {"seconds": 1, "nanos": 500000000}, got string "11.8"' });
    const tag = broken('diarized.json', '"word": "Nama", "speakerTag": 2}', '"word": "Nama", "speakerTag": "2"}');
    expect(problem(tag)).toEqual({ line: lineWith(tag, '"speakerTag": "2"'), path: 'results[3].alternatives[0].words[30].speakerTag', message: 'expected a speaker number, got string "2"' });
  });

  it('nanos out of range; an end before the start; alternatives that are not an array (inside an operation)', () => {
    const text = broken('protobuf-times.json', '"startTime": {"seconds": "11"},', '"startTime": {"seconds": "11", "nanos": 1500000000},');
    expect(problem(text)).toEqual({ line: lineWith(text, '"nanos": 1500000000'), path: 'results[1].alternatives[0].words[29].startTime', message: 'expected a duration such as "1.500s" or {"seconds": 1, "nanos": 500000000}, got an object' });
    const back = broken('per-channel.json', '{"startTime": "0.400s", "endTime": "0.700s", "word": "Selamat"}', '{"startTime": "0.400s", "endTime": "0.100s", "word": "Selamat"}');
    expect(problem(back)).toEqual({ line: lineWith(back, '"endTime": "0.100s"'), path: 'results[0].alternatives[0].words[0].endTime', message: 'expected an end time not before the start (0.4), got 0.1' });
    const op = JSON.parse(fixture('operation.json')) as { response: { results: Record<string, unknown>[] } };
    op.response.results[1]!.alternatives = { transcript: 'Pagi' };
    expect(problem(JSON.stringify(op))).toEqual({ line: 1, path: 'response.results[1].alternatives', message: 'expected an array of alternatives, got an object' });
  });
});

describe('google-stt detect', () => {
  it('claims every Google fixture', () => {
    claimsEveryFixture();
  });

  it("claims no other vendor's fixture, no etiket call, no bare {results: [{alternatives}]} without Google's keys", () => {
    notClaimedBy(googleStt, 'google-stt');
    etiketJsonNotClaimedBy(googleStt);
    // IBM Watson has results[].alternatives too, with timestamps as arrays.
    expect(googleStt.detect({ results: [{ final: true, alternatives: [{ transcript: 'halo', timestamps: [['halo', 0.1, 0.5]] }] }], result_index: 0 }, '')).toBe(false);
    etiketCallsNotClaimed((value, text) => googleStt.detect(value, text));
  });
});
