// The Azure batch transcription adapter: recognizedPhrases (unsorted, per channel) become
// segments sorted by start, text from nBest[0].display, speaker and channel as written; ticks,
// milliseconds and ISO-8601 durations give the same seconds; failed and empty phrases are
// skipped; detect() claims only Azure results; broken phrases give a VendorError.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import azure, { parseIsoDuration } from '../src/transcript/vendor/azure-batch.js';
import { channelSeg as seg, etiketCallsNotClaimed, lineContaining, notClaimedBy, vendorHarness, withoutLines } from './helpers/vendor.js';

const { dir, fixture, fixtureValue, readOne: readText, readValue, problemOf: problem } = vendorHarness(azure, 'azure-batch');

const DIARIZED = [
  seg('1', '0', 0.7, 4.59, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 30),
  seg('2', '0', 4.9, 8.36, 'Pagi, Mbak. Saya mau pesan jendela geser untuk kamar.', 100),
  seg('1', '0', 9.1, 11.52, 'Baik, Bapak. Boleh saya tahu ukurannya?', 67),
  seg('2', '0', 12, 13.45, 'Lebarnya 120 sentimeter.', 136),
  seg('1', '0', 14.6, 17.63, 'Baik, Pak. Untuk ukuran itu harganya Rp1.800.000.', 194),
  seg('2', '0', 19.2, 20.6, 'Oke, saya pesan satu.', 168),
  seg('1', '0', 21.3, 24.09, 'Terima kasih, Pak. Pesanan sudah saya catat.', 233),
  seg('1', '0', 24.5, 26.62, 'Ada lagi yang bisa saya bantu?', 267),
  seg('2', '0', 26.7, 27.74, 'Tidak, itu saja.', 334),
  seg('1', '0', 28.2, 31.45, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 300),
];

const STEREO = [
  seg(null, '0', 0.9, 5.64, 'Selamat siang, saya Rina dari Ventura. Apakah benar ini dengan Ibu Maya?', 40),
  seg(null, '1', 5.6, 6.28, 'Iya, benar.', 516),
  seg(null, '0', 6.9, 11, 'Apakah Ibu ada waktu sebentar untuk konfirmasi jadwal pemasangan?', 189),
  seg(null, '1', 11, 11.86, 'Boleh, silakan.', 559),
  seg(null, '0', 12.4, 16.03, 'Pemasangan pintu lipat dijadwalkan hari Jumat pukul 09.00.', 308),
  seg(null, '1', 16.8, 17.88, 'Jumat pagi bisa.', 602),
  seg(null, '0', 18.2, 20.95, 'Baik, terima kasih, Ibu Maya. Selamat siang.', 417),
  seg(null, '1', 21.6, 21.96, 'Siang.', 655),
];

describe('azure-batch fixtures', () => {
  it('diarized (v3): phrases sorted by start, speaker numbers as written, NoMatch and empty phrases skipped, display text', () => {
    const call = readText(fixture('diarized-v3-unsorted.json'));
    expect(call.format).toBe('azure-batch');
    expect(call.id).toBeUndefined();
    expect(call.holds).toBeUndefined();
    expect(call.segments).toEqual(DIARIZED);
    // The blob URL's SAS token is not kept: only the file name.
    expect(call.metadata).toEqual({ source: 'ventura-0915-nia.wav', timestamp: '2026-11-04T02:31:07Z', durationSeconds: '33' });
  });

  it('stereo (2024-11-15): channel 0 listed before channel 1, interleaved by start; locale and duration kept', () => {
    const call = readText(fixture('stereo-2024-11-15.json'));
    expect(call.segments).toEqual(STEREO);
    expect(call.metadata).toEqual({ source: 'ventura-out-1302-rina.wav', timestamp: '2026-11-04T06:02:44Z', durationSeconds: '23.5', locale: 'id-ID' });
  });

  it('ticks, milliseconds and ISO-8601 durations give the same seconds', () => {
    const value = fixtureValue('stereo-2024-11-15.json');
    for (const p of value.recognizedPhrases) {
      delete p.offsetInTicks;
      delete p.durationInTicks;
    }
    expect(withoutLines(readValue(value).segments)).toEqual(withoutLines(STEREO));
    for (const p of value.recognizedPhrases) {
      delete p.offsetMilliseconds;
      delete p.durationMilliseconds;
    }
    expect(withoutLines(readValue(value).segments)).toEqual(withoutLines(STEREO));
  });

  it('float ticks: 43500000.0 + 200000000.0 → 4.35 … 24.35, with no float residue', () => {
    const call = readValue({ recognizedPhrases: [{ recognitionStatus: 'Success', channel: 0, offset: 'PT4.35S', duration: 'PT20S', offsetInTicks: 43500000.0, durationInTicks: 200000000.0, nBest: [{ confidence: 0.9, display: 'Halo.' }] }] });
    expect(withoutLines(call.segments)).toEqual([{ speaker: null, channel: '0', role: null, start: 4.35, end: 24.35, text: 'Halo.' }]);
  });

  it('text falls back to itn, then lexical, when display is missing', () => {
    const phrase = (nb: Record<string, unknown>) => ({ recognitionStatus: 'Success', channel: 1, speaker: 2, offsetInTicks: 1e7, durationInTicks: 5e6, nBest: [nb] });
    const call = readValue({ recognizedPhrases: [phrase({ itn: 'jam 9' , lexical: 'jam sembilan' }), phrase({ lexical: 'iya' })] });
    expect(call.segments.map((s) => [s.speaker, s.channel, s.text])).toEqual([['2', '1', 'jam 9'], ['2', '1', 'iya']]);
  });

  it('a phrase without a duration has no end', () => {
    const call = readValue({ recognizedPhrases: [{ channel: 0, offsetMilliseconds: 1500, nBest: [{ display: 'Halo.' }] }] });
    expect(call.segments[0]).toMatchObject({ start: 1.5, end: null });
  });

  it('only combinedRecognizedPhrases: one untimed segment per channel', () => {
    const value = fixtureValue('diarized-v3-unsorted.json');
    value.recognizedPhrases = [];
    const call = readValue(value);
    expect(withoutLines(call.segments)).toEqual([{ speaker: null, channel: '0', role: null, start: null, end: null, text: value.combinedRecognizedPhrases[0].display }]);
  });
});

describe('parseIsoDuration', () => {
  it('reads the durations Azure writes', () => {
    expect(parseIsoDuration('PT4.35S')).toBe(4.35);
    expect(parseIsoDuration('PT1M4.46S')).toBe(64.46);
    expect(parseIsoDuration('PT10M29.52S')).toBe(629.52);
    expect(parseIsoDuration('PT1H2M3.5S')).toBe(3723.5);
    expect(parseIsoDuration('PT0S')).toBe(0);
    expect(parseIsoDuration('P1DT1S')).toBe(86401);
  });

  it('rejects what is not one', () => {
    for (const s of ['', 'P', 'PT', 'P1DT', '4.35', '1.5s', 'PT1.5', 'PT-1S', '00:00:01.5']) expect(parseIsoDuration(s), s).toBeNull();
  });
});

describe('azure-batch detect', () => {
  const detect = (value: unknown) => azure.detect(value, JSON.stringify(value));

  it('claims its fixtures and broken Azure results', () => {
    for (const name of readdirSync(dir)) expect(detect(fixtureValue(name)), name).toBe(true);
    expect(detect({ recognizedPhrases: 'broken' })).toBe(true);
    expect(detect({ combinedRecognizedPhrases: [] })).toBe(true);
  });

  it('does not claim other vendors\' fixtures or etiket\'s format', () => {
    notClaimedBy(azure, 'azure-batch', { skipUnparsable: false });
    etiketCallsNotClaimed(detect);
    expect(detect({ utterances: [{ speaker: 'agent', text: 'Halo' }] })).toBe(false);
    // The fast-transcription API is a different shape.
    expect(detect({ durationMilliseconds: 1000, combinedPhrases: [], phrases: [] })).toBe(false);
  });
});

describe('azure-batch errors', () => {
  const diarized = () => fixtureValue('diarized-v3-unsorted.json');

  it('recognizedPhrases not an array', () => {
    expect(problem({ recognizedPhrases: {} })).toMatchObject({ path: 'recognizedPhrases', message: 'expected an array of recognized phrases, got an object' });
  });

  it('a successful phrase without candidates', () => {
    let v = diarized();
    delete v.recognizedPhrases[3].nBest;
    expect(problem(v)).toMatchObject({ path: 'recognizedPhrases[3].nBest', message: 'expected a non-empty array of recognition candidates, got nothing' });
    v = diarized();
    v.recognizedPhrases[3].nBest = [];
    expect(problem(v)).toMatchObject({ path: 'recognizedPhrases[3].nBest', message: 'expected a non-empty array of recognition candidates, got an empty array' });
  });

  it('times that are not ticks, milliseconds or ISO durations, or missing', () => {
    let v = diarized();
    v.recognizedPhrases[2].offsetInTicks = '91000000';
    let p = problem(v);
    expect([p.path, p.message]).toEqual(['recognizedPhrases[2].offsetInTicks', 'expected ticks (100 ns) as a number such as 43500000, got string "91000000"']);
    expect(p.line).toBe(lineContaining(p.text, '"offsetInTicks": "91000000"'));

    v = diarized();
    delete v.recognizedPhrases[2].offsetInTicks;
    v.recognizedPhrases[2].offset = '9.1s';
    p = problem(v);
    expect([p.path, p.message]).toEqual(['recognizedPhrases[2].offset', 'expected an ISO 8601 duration such as "PT4.35S", got string "9.1s"']);

    v = diarized();
    v.recognizedPhrases[0].offsetMilliseconds = -5;
    delete v.recognizedPhrases[0].offsetInTicks;
    expect(problem(v)).toMatchObject({ path: 'recognizedPhrases[0].offsetMilliseconds', message: 'expected milliseconds as a number such as 4350, got number -5' });

    v = diarized();
    delete v.recognizedPhrases[1].offsetInTicks;
    delete v.recognizedPhrases[1].offset;
    expect(problem(v)).toMatchObject({ path: 'recognizedPhrases[1]', message: 'expected offsetInTicks, offsetMilliseconds or offset (the phrase start), got none of them' });
  });

  it('a speaker or channel that is not a number, a text that is not a string', () => {
    let v = diarized();
    v.recognizedPhrases[4].speaker = 'A';
    expect(problem(v)).toMatchObject({ path: 'recognizedPhrases[4].speaker', message: 'expected the speaker as a whole number, got string "A"' });
    v = diarized();
    v.recognizedPhrases[4].channel = 0.5;
    expect(problem(v)).toMatchObject({ path: 'recognizedPhrases[4].channel', message: 'expected the channel as a whole number, got number 0.5' });
    v = diarized();
    v.recognizedPhrases[4].nBest[0].display = 42;
    expect(problem(v)).toMatchObject({ path: 'recognizedPhrases[4].nBest[0].display', message: 'expected the phrase\'s text as a string, got number 42' });
  });
});
