// The Rev.ai adapter: one segment per monologue, element values joined as they are (spaces and
// punctuation are their own elements), times from the timed elements.
import { describe, expect, it } from 'vitest';
import revAi from '../src/transcript/vendor/rev-ai.js';
import { etiketCallsNotClaimed, etiketJsonNotClaimedBy, notClaimedBy, seg, vendorHarness } from './helpers/vendor.js';

const { fixture, read, broken, problem, lineWith, claimsEveryFixture } = vendorHarness(revAi, 'rev-ai');

describe('rev-ai read', () => {
  it('one segment per monologue; two monologues of one speaker stay two (the pipeline merges)', () => {
    const [call, ...rest] = read(fixture('two-speakers.json'));
    expect(rest).toEqual([]);
    expect(call!.format).toBe('rev-ai');
    expect(call!.id).toBeUndefined();
    expect(call!.segments).toEqual([
      seg('0', 0.42, 4.1, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 6),
      seg('1', 4.62, 8.2, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya bulan ini.', 34),
      seg('0', 8.71, 11.3, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 65),
      seg('1', 11.82, 13.4, 'Nama saya Budi Santoso.', 88),
      seg('0', 13.9, 19.6, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya cek dulu datanya.', 101),
      seg('0', 31.04, 35.52, 'Terima kasih sudah menunggu, Pak Budi. Tagihan bulan ini sebesar [PII] rupiah.', 131),
      seg('1', 36, 38.24, 'Oh, begitu. Baik, terima kasih, Mbak.', 162),
      seg('0', 38.61, 41.02, 'Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 183),
      seg('1', 41.4, 42.5, 'Tidak, itu saja.', 206),
      seg('0', 42.93, 45.6, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 218),
    ]);
  });

  it('speaker_name (human-verified transcripts) is the label; tags and untimed elements kept as text', () => {
    const value = { monologues: [{ speaker: 1, speaker_name: 'Nia', elements: [
      { type: 'punct', value: ' ' }, { type: 'text', value: 'Halo', ts: 0.5, end_ts: 0.9, confidence: 1 }, { type: 'punct', value: ',' },
      { type: 'punct', value: ' ' }, { type: 'unknown', value: '<inaudible>' }, { type: 'punct', value: '.' },
    ] }, { speaker: 0, elements: [] }] };
    expect(read(JSON.stringify(value))[0]!.segments).toEqual([seg('Nia', 0.5, 0.9, 'Halo, <inaudible>.', 1)]);
  });

  it('no monologues: no segments', () => {
    expect(read('{"monologues": []}')[0]!.segments).toEqual([]);
  });
});

describe('rev-ai errors', () => {
  it('a time that is not a number of seconds; an end before the start', () => {
    const text = broken('two-speakers.json', '{"type": "text", "value": "Nama", "ts": 11.82,', '{"type": "text", "value": "Nama", "ts": "11.82",');
    expect(problem(text)).toEqual({ line: lineWith(text, '"ts": "11.82"'), path: 'monologues[3].elements[0].ts', message: 'expected a time in seconds (a number ≥ 0), got string "11.82"' });
    const back = broken('two-speakers.json', '{"type": "text", "value": "Nama", "ts": 11.82, "end_ts": 12.18,', '{"type": "text", "value": "Nama", "ts": 11.82, "end_ts": 1.18,');
    expect(problem(back)).toEqual({ line: lineWith(back, '"end_ts": 1.18,'), path: 'monologues[3].elements[0].end_ts', message: 'expected an end time not before the start (11.82), got 1.18' });
  });

  it('a value that is not a string; elements that are not an array; a speaker that is not a number', () => {
    const text = broken('two-speakers.json', '{"type": "text", "value": "Budi", "ts": 12.61,', '{"type": "text", "value": 7, "ts": 12.61,');
    expect(problem(text)).toEqual({ line: lineWith(text, '"value": 7,'), path: 'monologues[3].elements[4].value', message: "expected the element's value (a string), got number 7" });
    expect(problem('{"monologues": [{"speaker": 0, "elements": "Halo"}]}')).toEqual({ line: 1, path: 'monologues[0].elements', message: 'expected an array of elements, got string "Halo"' });
    expect(problem('{"monologues": [{"speaker": "agent", "elements": []}]}')).toEqual({ line: 1, path: 'monologues[0].speaker', message: 'expected a speaker number, got string "agent"' });
  });
});

describe('rev-ai detect', () => {
  it('claims the Rev.ai fixture', () => {
    claimsEveryFixture();
  });

  it("claims no other vendor's fixture, no etiket call", () => {
    notClaimedBy(revAi, 'rev-ai');
    etiketJsonNotClaimedBy(revAi);
    etiketCallsNotClaimed((value, text) => revAi.detect(value, text));
  });
});
