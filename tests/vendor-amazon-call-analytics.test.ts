// The Transcribe Call Analytics adapter: Transcript[] turns with the role the file states
// (ParticipantRole AGENT/CUSTOMER), ms offsets → seconds, text from the word Items (or Content),
// sorted by start; NonTalkTime instances become holds; both the 2021 and 2022 schemas read;
// detect() claims TCA output and not Contact Lens; broken output gives a VendorError.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tca from '../src/transcript/vendor/amazon-call-analytics.js';
import type { VendorSegment } from '../src/transcript/vendor/types.js';
import { etiketCallsNotClaimed, lineContaining, notClaimedBy, vendorHarness, withoutLines } from './helpers/vendor.js';

const { dir, fixture, fixtureValue, readOne: readText, readValue, problemOf: problem } = vendorHarness(tca, 'amazon-call-analytics');

function seg(speaker: 'AGENT' | 'CUSTOMER', start: number, end: number, text: string, line: number | null): VendorSegment {
  return { speaker, channel: null, role: speaker === 'AGENT' ? 'agent' : 'customer', start, end, text, line };
}

const TCA_2022 = [
  seg('AGENT', 0.4, 4.37, 'Selamat pagi, Ventura, dengan [PII], ada yang bisa saya bantu?', 7),
  seg('CUSTOMER', 4.6, 8.26, 'Pagi, Mbak. Saya mau cek status pengiriman kusen jendela.', 37),
  seg('AGENT', 8.8, 11.71, 'Baik, Bapak. Boleh saya minta nomor pesanannya?', 63),
  seg('CUSTOMER', 11.5, 12.4, 'Nomornya [PII].', 84),
  seg('AGENT', 13.4, 17.05, 'Terima kasih, Pak. Mohon ditunggu sebentar, saya cek dulu.', 103),
  seg('AGENT', 35.8, 40.99, 'Terima kasih sudah menunggu, Pak. Kusennya dikirim besok pagi sebelum jam sepuluh.', 127),
  // Cross-talk: a back-channel inside the agent's turn.
  seg('CUSTOMER', 39.6, 39.88, 'Iya.', 156),
  seg('CUSTOMER', 42.6, 44.09, 'Oke, terima kasih, Mbak.', 169),
  seg('AGENT', 44.5, 47.52, 'Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 187),
  seg('CUSTOMER', 47.6, 48.36, 'Tidak, cukup.', 209),
  seg('AGENT', 49, 52.25, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 224),
];

const TCA_2021 = [
  seg('AGENT', 0.3, 4.31, 'Selamat siang, Ventura, dengan [PII], ada yang bisa saya bantu?', 7),
  seg('CUSTOMER', 4.5, 7.38, 'Siang. Saya mau batalkan pesanan pintu lipat.', 39),
  seg('AGENT', 7.6, 9.58, 'Baik, Ibu. Boleh tahu alasannya?', 62),
  seg('CUSTOMER', 9.8, 11.68, 'Ukurannya ternyata tidak cocok.', 81),
  seg('AGENT', 16.2, 21.6, 'Mohon maaf, Ibu. Pembatalan sudah saya proses, dananya kembali dalam tiga hari kerja.', 97),
  seg('CUSTOMER', 21.9, 23.03, 'Oke, terima kasih.', 125),
  seg('AGENT', 23.4, 26.69, 'Terima kasih telah menghubungi Ventura, selamat siang.', 141),
];

describe('amazon-call-analytics fixtures', () => {
  it('2022 schema: roles from ParticipantRole, ms → s, [PII] kept, the NonTalkTime instance as a hold', () => {
    const call = readText(fixture('tca-2022-hold-redacted.json'));
    expect(call.format).toBe('amazon-call-analytics');
    expect(call.id).toBe('ventura-20261106-0802.wav');
    expect(call.segments).toEqual(TCA_2022);
    expect(call.holds).toEqual([{ start: 17.23, end: 35.68 }]);
    expect(call.metadata).toEqual({ languageCode: 'id-ID', output: 'Redacted', matchedCategories: 'Hold_Over_15s', durationSeconds: '52.85' });
  });

  it('2021 schema: RedactedTimestamps as an array of arrays and Redacted/UnredactedCharacterOffsets read the same', () => {
    const call = readText(fixture('tca-2021-older-schema.json'));
    expect(call.id).toBe('ventura-20261102-1133');
    expect(call.segments).toEqual(TCA_2021);
    // A short silence is still reported; the pipeline decides what is long enough to be a hold.
    expect(call.holds).toEqual([{ start: 11.88, end: 16.05 }]);
    expect(call.metadata).toEqual({ languageCode: 'id-ID', output: 'Redacted', matchedCategories: 'Greeting', durationSeconds: '27.09' });
  });

  it('turns listed out of order come back sorted by start', () => {
    const value = fixtureValue('tca-2022-hold-redacted.json');
    value.Transcript.reverse();
    expect(withoutLines(readValue(value).segments)).toEqual(withoutLines(TCA_2022));
  });

  it('text comes from the word Items (punctuation attached); without Items, from Content', () => {
    const value = fixtureValue('tca-2021-older-schema.json');
    value.Transcript[2].Content = 'something else';
    value.Transcript[3].Items = [];
    delete value.Transcript[4].Items;
    value.Transcript[4].Content = 'Mohon maaf, Ibu.';
    const text = JSON.stringify(value, null, 2);
    const segments = readText(text).segments;
    expect(segments[2]!.text).toBe('Baik, Ibu. Boleh tahu alasannya?');
    expect(segments[3]!.text).toBe('Ukurannya ternyata tidak cocok.');
    expect(segments[4]!.text).toBe('Mohon maaf, Ibu.');
    // The line is always the line of Content.
    expect(segments[4]!.line).toBe(lineContaining(text, '"Content": "Mohon maaf, Ibu."'));
  });

  it('milliseconds to seconds; roles case-insensitive; a role that is neither AGENT nor CUSTOMER has none', () => {
    const call = readValue({
      JobName: 'x', ConversationCharacteristics: {},
      Transcript: [
        { ParticipantRole: 'agent', BeginOffsetMillis: 4870, EndOffsetMillis: 6881, Content: 'Halo.' },
        { ParticipantRole: 'SUPERVISOR', BeginOffsetMillis: 7000.5, EndOffsetMillis: 7000.5, Content: 'Ya.' },
      ],
    });
    expect(withoutLines(call.segments)).toEqual([
      { speaker: 'agent', channel: null, role: 'agent', start: 4.87, end: 6.881, text: 'Halo.' },
      { speaker: 'SUPERVISOR', channel: null, role: null, start: 7.0005, end: 7.0005, text: 'Ya.' },
    ]);
    // No NonTalkTime: no holds at all (not an empty list).
    expect(call.holds).toBeUndefined();
  });

  it('NonTalkTime: empty Instances → no holds; an instance without EndOffsetMillis uses DurationMillis', () => {
    const base = { JobName: 'x', Transcript: [] };
    expect(readValue({ ...base, ConversationCharacteristics: { NonTalkTime: { Instances: [], TotalTimeMillis: 0 } } }).holds).toEqual([]);
    expect(readValue({ ...base, ConversationCharacteristics: { NonTalkTime: { Instances: [{ BeginOffsetMillis: 216450, DurationMillis: 7690 }] } } }).holds)
      .toEqual([{ start: 216.45, end: 224.14 }]);
  });
});

describe('amazon-call-analytics detect', () => {
  const detect = (value: unknown) => tca.detect(value, JSON.stringify(value));

  it('claims its fixtures, minimal TCA shapes and broken ones', () => {
    for (const name of readdirSync(dir)) expect(detect(fixtureValue(name)), name).toBe(true);
    expect(detect({ Transcript: [], ConversationCharacteristics: {} })).toBe(true);
    expect(detect({ JobStatus: 'COMPLETED', Transcript: [{ ParticipantRole: 'AGENT' }] })).toBe(true);
    expect(detect({ JobStatus: 'COMPLETED', Participants: [{ ParticipantRole: 'AGENT' }], Transcript: 'broken' })).toBe(true);
  });

  it('does not claim Contact Lens (ParticipantId, CustomerMetadata or Version) nor other vendors\' fixtures', () => {
    expect(detect({ Version: '1.1.0', Transcript: [], ConversationCharacteristics: {} })).toBe(false);
    expect(detect({ Participants: [{ ParticipantId: 'A', ParticipantRole: 'AGENT' }], Transcript: [] })).toBe(false);
    expect(detect({ JobStatus: 'COMPLETED', Transcript: [{ ParticipantId: 'AGENT' }] })).toBe(false);
    expect(detect({ CustomerMetadata: { ContactId: 'c' }, Transcript: [] })).toBe(false);
    notClaimedBy(tca, 'amazon-call-analytics', { skipUnparsable: false });
  });

  it('does not claim etiket\'s own format, nor a bare Transcript key', () => {
    etiketCallsNotClaimed(detect);
    expect(detect({ utterances: [{ speaker: 'agent', text: 'Halo' }] })).toBe(false);
    expect(detect({ Transcript: [] })).toBe(false);
  });
});

describe('amazon-call-analytics errors', () => {
  const v2022 = () => fixtureValue('tca-2022-hold-redacted.json');

  it('Transcript not an array', () => {
    expect(problem({ JobName: 'x', ConversationCharacteristics: {}, Transcript: {} })).toMatchObject({ path: 'Transcript', message: 'expected an array of turns, got an object' });
  });

  it('a turn without ParticipantRole', () => {
    const v = v2022();
    delete v.Transcript[3].ParticipantRole;
    expect(problem(v)).toMatchObject({ path: 'Transcript[3].ParticipantRole', message: 'expected "AGENT" or "CUSTOMER", got nothing' });
  });

  it('offsets that are not milliseconds, or end before begin', () => {
    let v = v2022();
    v.Transcript[1].BeginOffsetMillis = '4600';
    let p = problem(v);
    expect([p.path, p.message]).toEqual(['Transcript[1].BeginOffsetMillis', 'expected milliseconds as a number such as 4870, got string "4600"']);
    expect(p.line).toBe(lineContaining(p.text, '"BeginOffsetMillis": "4600"'));
    v = v2022();
    v.Transcript[2].EndOffsetMillis = 100;
    p = problem(v);
    expect([p.path, p.message]).toEqual(['Transcript[2].EndOffsetMillis', 'expected a time at or after BeginOffsetMillis (8800), got 100']);
  });

  it('a broken word item, or a turn with neither Items nor Content', () => {
    let v = v2022();
    v.Transcript[0].Items[2].Type = 'word';
    expect(problem(v)).toMatchObject({ path: 'Transcript[0].Items[2].Type', message: 'expected "pronunciation" or "punctuation", got string "word"' });
    v = v2022();
    v.Transcript[0].Items[1].Content = 5;
    expect(problem(v)).toMatchObject({ path: 'Transcript[0].Items[1].Content', message: 'expected the word as a string, got number 5' });
    v = v2022();
    delete v.Transcript[6].Items;
    delete v.Transcript[6].Content;
    expect(problem(v)).toMatchObject({ path: 'Transcript[6].Content', message: 'expected the turn\'s text as a string, got nothing' });
  });

  it('a broken NonTalkTime instance', () => {
    let v = v2022();
    delete v.ConversationCharacteristics.NonTalkTime.Instances[0].BeginOffsetMillis;
    expect(problem(v)).toMatchObject({ path: 'ConversationCharacteristics.NonTalkTime.Instances[0].BeginOffsetMillis', message: 'expected milliseconds as a number such as 4870, got nothing' });
    v = v2022();
    v.ConversationCharacteristics.NonTalkTime.Instances = 3;
    expect(problem(v)).toMatchObject({ path: 'ConversationCharacteristics.NonTalkTime.Instances', message: 'expected an array of silent periods, got number 3' });
  });
});
