// The Amazon Transcribe adapter: the 2018 layout (speakers only in speaker_labels.segments),
// channel identification (merged items with channel_label, or only the per-channel lists), the
// newer layout (item ids, speaker_label on items, audio_segments) become one segment per turn,
// in seconds, with punctuation attached to the word before it and the line of the first word;
// detect() claims only Transcribe output; broken output gives a VendorError with path and line.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import transcribe from '../src/transcript/vendor/amazon-transcribe.js';
import { channelSeg as seg, etiketCallsNotClaimed, lineContaining, notClaimedBy, vendorHarness, withoutLines } from './helpers/vendor.js';

const { dir, fixture, fixtureValue, readOne: readText, readValue, problemOf: problem } = vendorHarness(transcribe, 'amazon-transcribe');

const LEGACY = [
  seg('spk_1', null, 0.52, 4.41, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 160),
  seg('spk_0', null, 4.9, 8.73, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya.', 174),
  seg('spk_1', null, 9.4, 12.5, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 187),
  seg('spk_0', null, 12.6, 14.14, 'Nama saya Budi Santoso.', 198),
  seg('spk_1', null, 14.8, 19.49, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya periksa datanya dulu.', 203),
  // Same speaker after 17.7 s of silence (the hold): a new segment.
  seg('spk_1', null, 37.2, 43.05, 'Terima kasih sudah menunggu, Pak Budi. Pembayaran bulan ini sudah kami terima tanggal lima.', 218),
  seg('spk_0', null, 43.5, 45.52, 'Oh, syukurlah. Terima kasih, Mbak.', 235),
  // Over-segmentation: a third label for the agent, kept as written.
  seg('spk_2', null, 46.1, 49.12, 'Sama-sama, Pak. Ada lagi yang bisa saya bantu?', 244),
  seg('spk_0', null, 49.3, 50.34, 'Tidak, itu saja.', 255),
  seg('spk_1', null, 51, 54.25, 'Terima kasih telah menghubungi Ventura, selamat pagi.', 260),
];

const CHANNELS = [
  seg(null, 'ch_1', 1.1, 5.07, 'Selamat siang, Ventura, dengan Rina, ada yang bisa saya bantu?', 121),
  seg(null, 'ch_0', 5.3, 9.03, 'Siang, Mbak. Jendela geser yang dipasang minggu lalu macet.', 135),
  seg(null, 'ch_1', 9.2, 13.78, 'Mohon maaf atas ketidaknyamanannya, Pak. Boleh saya minta nomor pesanannya?', 147),
  seg(null, 'ch_0', 14, 15.94, 'V J dua enam nol sembilan.', 160),
  // The customer's "Iya." falls inside the agent's turn: the turn stays whole…
  seg(null, 'ch_1', 16.9, 21.99, 'Baik, Pak, sudah saya catat. Teknisi kami datang hari Rabu pukul sepuluh pagi.', 167),
  seg(null, 'ch_0', 21.2, 21.48, 'Iya.', 182),
  // …and the customer's next words, 1.1 s later but after the agent spoke again, start a new segment.
  seg(null, 'ch_0', 22.6, 24.85, 'Rabu saya bisa. Terima kasih, Mbak.', 186),
  seg(null, 'ch_1', 26, 30.19, 'Sama-sama, Pak. Terima kasih telah menghubungi Ventura, selamat siang.', 195),
];

const AUDIO_SEGMENTS = [
  seg('spk_0', null, 0.64, 4.57, 'Selamat sore, Ventura, dengan Dewi, ada yang bisa saya bantu?', 280),
  seg('spk_1', null, 4.8, 8.46, 'Sore, Mbak. Saya mau ubah alamat pengiriman pesanan saya.', 288),
  seg('spk_0', null, 8.9, 11.65, 'Baik, Ibu. Dengan Ibu siapa saya berbicara?', 296),
  seg('spk_1', null, 11.7, 12.42, 'Saya [PII].', 302),
  seg('spk_0', null, 13.2, 16.31, 'Terima kasih, Ibu [PII]. Alamat barunya di mana?', 305),
  seg('spk_1', null, 16.6, 18.71, 'Jalan Melati nomor [PII], Bandung.', 311),
  seg('spk_1', null, 20.4, 21.52, 'Yang dekat pasar.', 312),
  seg('spk_0', null, 22.3, 25.86, 'Sudah saya ubah, Ibu. Ada lagi yang bisa saya bantu?', 315),
  seg('spk_1', null, 25.6, 26.81, 'Tidak, terima kasih.', 321),
  seg('spk_0', null, 27.2, 30.45, 'Terima kasih telah menghubungi Ventura, selamat sore.', 324),
];

describe('amazon-transcribe fixtures', () => {
  it('2018 layout: words get their speaker from speaker_labels.segments by start time; zero-padded times; cut at the long pause', () => {
    const call = readText(fixture('speaker-labels-2018.json'));
    expect(call.format).toBe('amazon-transcribe');
    expect(call.id).toBe('ventura-20261104-0915-nia');
    expect(call.metadata).toBeUndefined();
    expect(call.holds).toBeUndefined();
    expect(call.segments).toEqual(LEGACY);
  });

  it('channel identification: each channel its own segments, a back-channel does not cut the other side\'s turn', () => {
    const call = readText(fixture('channel-identification.json'));
    expect(call.id).toBe('ventura-20261104-1302-rina');
    expect(call.segments).toEqual(CHANNELS);
  });

  it('channel identification where the merged items carry no channel_label: read from channel_labels.channels[].items', () => {
    const value = fixtureValue('channel-identification.json');
    for (const item of value.results.items) delete item.channel_label;
    const text = JSON.stringify(value, null, 2);
    const call = readText(text);
    expect(withoutLines(call.segments)).toEqual(withoutLines(CHANNELS));
    // Lines now point into the per-channel lists, which come before results.items.
    const itemsLine = lineContaining(text, '"items": [\n      {\n        "start_time"');
    for (const s of call.segments) expect(s.line!).toBeLessThan(itemsLine);
    expect(call.segments[0]!.line).toBe(lineContaining(text, '"content": "Selamat"', text.indexOf('"channel_label": "ch_1"')));

    delete value.results.items;
    expect(withoutLines(readValue(value).segments)).toEqual(withoutLines(CHANNELS));
  });

  it('newer layout: audio_segments are the turns, text from their item ids, [PII] kept, the line of the segment\'s transcript', () => {
    const call = readText(fixture('audio-segments-redacted.json'));
    expect(call.id).toBe('ventura-20261105-1610-dewi');
    expect(call.metadata).toEqual({ languageCode: 'id-ID' });
    expect(call.segments).toEqual(AUDIO_SEGMENTS);
  });

  it('audio_segments that list only the pronunciations still get their punctuation', () => {
    const value = fixtureValue('audio-segments-redacted.json');
    const punct = new Set(value.results.items.filter((i: any) => i.type === 'punctuation').map((i: any) => i.id));
    for (const s of value.results.audio_segments) s.items = s.items.filter((id: number) => !punct.has(id));
    expect(withoutLines(readValue(value).segments)).toEqual(withoutLines(AUDIO_SEGMENTS));
  });

  it('without audio_segments the items\' speaker_label makes the turns: a 1.7 s pause of one speaker does not cut', () => {
    const value = fixtureValue('audio-segments-redacted.json');
    delete value.results.audio_segments;
    const segments = withoutLines(readValue(value).segments);
    expect(segments).toHaveLength(9);
    expect(segments[5]).toEqual({ speaker: 'spk_1', channel: null, role: null, start: 16.6, end: 21.52, text: 'Jalan Melati nomor [PII], Bandung. Yang dekat pasar.' });
  });

  it('no speaker or channel labels: one voice, segments cut only at pauses over 2 s', () => {
    const value = fixtureValue('speaker-labels-2018.json');
    delete value.results.speaker_labels;
    const segments = readValue(value).segments;
    expect(segments.map((s) => [s.speaker, s.channel, s.start, s.end])).toEqual([
      [null, null, 0.52, 19.49],
      [null, null, 37.2, 54.25],
    ]);
    expect(segments[0]!.text).toBe(LEGACY.slice(0, 5).map((s) => s.text).join(' '));
  });

  it('minified output (as Transcribe writes it): every segment on line 1', () => {
    const call = readText(JSON.stringify(fixtureValue('audio-segments-redacted.json')));
    expect(call.segments.map((s) => s.line)).toEqual(AUDIO_SEGMENTS.map(() => 1));
  });
});

describe('amazon-transcribe units and details', () => {
  const words = (...w: [string, string | number | null, (string | number)?, string?][]) =>
    w.map(([content, start, end, speaker]) =>
      start === null
        ? { type: 'punctuation', alternatives: [{ confidence: '0.0', content }] }
        : { type: 'pronunciation', start_time: start, end_time: end, alternatives: [{ confidence: '1.0', content }], ...(speaker ? { speaker_label: speaker } : {}) });
  const output = (items: unknown[], extra: Record<string, unknown> = {}) => ({ jobName: 'j', results: { transcripts: [{ transcript: '' }], items, ...extra } });

  it('string seconds, zero-padded or not, and plain numbers, all become seconds', () => {
    const call = readValue(output(words(['Halo', '0.000000', '0.480'], ['Mbak', 0.5, 0.92], [',', null], ['iya', '1.2', '1.45'])));
    expect(withoutLines(call.segments)).toEqual([{ speaker: null, channel: null, role: null, start: 0, end: 1.45, text: 'Halo Mbak, iya' }]);
  });

  it('a pause of exactly 2 s does not cut; just over does', () => {
    expect(readValue(output(words(['a', '0', '1'], ['b', '3', '3.5']))).segments).toHaveLength(1);
    expect(readValue(output(words(['a', '0', '1'], ['b', '3.01', '3.5']))).segments).toHaveLength(2);
  });

  it('a punctuation mark before any word is dropped; one after a word attaches to it', () => {
    expect(readValue(output(words(['.', null], ['Halo', '0.1', '0.4'], ['?', null]))).segments[0]!.text).toBe('Halo?');
  });

  it('Chinese and Japanese words join without spaces', () => {
    const call = readValue(output(words(['您', '0.1', '0.2'], ['好', '0.2', '0.3'], ['。', null]), { language_code: 'zh-CN' }));
    expect(call.segments[0]!.text).toBe('您好。');
    expect(call.metadata).toEqual({ languageCode: 'zh-CN' });
  });

  it('two words at one time in the speaker segments (cross-talk) take the listed speakers in order', () => {
    const value = output(words(['iya', '1.0', '1.2'], ['baik', '1.0', '1.3']), {
      speaker_labels: { speakers: 2, segments: [
        { start_time: '1.0', end_time: '1.2', speaker_label: 'spk_0', items: [{ start_time: '1.0', end_time: '1.2', speaker_label: 'spk_0' }] },
        { start_time: '1.0', end_time: '1.3', speaker_label: 'spk_1', items: [{ start_time: '1.0', end_time: '1.3', speaker_label: 'spk_1' }] },
      ] },
    });
    expect(readValue(value).segments.map((s) => [s.speaker, s.text])).toEqual([['spk_0', 'iya'], ['spk_1', 'baik']]);
  });

  it('a word missing from the speaker segments\' items takes the speaker of the segment that spans it', () => {
    const value = output(words(['halo', '0.5', '0.9'], ['pak', '1.0', '1.2']), {
      speaker_labels: { speakers: 1, segments: [{ start_time: '0.0', end_time: '1.5', speaker_label: 'spk_3', items: [{ start_time: '0.5', end_time: '0.9', speaker_label: 'spk_3' }] }] },
    });
    expect(readValue(value).segments.map((s) => [s.speaker, s.text])).toEqual([['spk_3', 'halo pak']]);
  });

  it('an audio segment with no items keeps its transcript and times', () => {
    const call = readValue(output([], { audio_segments: [{ id: 0, transcript: 'Halo.', start_time: '0.4', end_time: '0.9', speaker_label: 'spk_0', items: [] }] }));
    expect(withoutLines(call.segments)).toEqual([{ speaker: 'spk_0', channel: null, role: null, start: 0.4, end: 0.9, text: 'Halo.' }]);
  });

  it('an output with no words reads as a call with no segments', () => {
    expect(readValue(output([])).segments).toEqual([]);
  });
});

describe('amazon-transcribe detect', () => {
  const detect = (value: unknown) => transcribe.detect(value, JSON.stringify(value));

  it('claims its fixtures and the layouts it reads', () => {
    for (const name of readdirSync(dir)) expect(detect(fixtureValue(name)), name).toBe(true);
    expect(detect({ results: { transcripts: [], items: [] } })).toBe(true);
    expect(detect({ jobName: 'j', results: { items: [] } })).toBe(true);
    // Broken but clearly Transcribe: claimed, so read() can say what is wrong.
    expect(detect({ jobName: 'j', results: { transcripts: [{ transcript: 'x' }], items: 'oops' } })).toBe(true);
  });

  it('does not claim the other vendors\' fixtures', () => {
    notClaimedBy(transcribe, 'amazon-transcribe', { skipUnparsable: false });
  });

  it('does not claim etiket\'s own format or look-alikes', () => {
    etiketCallsNotClaimed(detect);
    expect(detect({ utterances: [{ speaker: 'agent', text: 'Halo' }] })).toBe(false);
    expect(detect([{ utterances: [{ speaker: 'agent', text: 'Halo' }] }])).toBe(false);
    // Deepgram: results.channels; Google: results is an array; BDA: audio_segments at the top.
    expect(detect({ metadata: { request_id: 'x' }, results: { channels: [{ alternatives: [] }] } })).toBe(false);
    expect(detect({ results: [{ alternatives: [{ transcript: 'x' }] }] })).toBe(false);
    expect(detect({ audio_segments: [], audio_items: [], metadata: {} })).toBe(false);
    expect(detect({ results: {} })).toBe(false);
    expect(detect('WEBVTT\n')).toBe(false);
  });
});

describe('amazon-transcribe errors', () => {
  const legacy = () => fixtureValue('speaker-labels-2018.json');

  it('a start_time that is not a number of seconds', () => {
    const v = legacy();
    v.results.items[3].start_time = '2.0s';
    const p = problem(v);
    expect(p.path).toBe('results.items[3].start_time');
    expect(p.message).toBe('expected seconds as a decimal string such as "4.87", got string "2.0s"');
    expect(p.line).toBe(lineContaining(p.text, '"2.0s"'));
  });

  it('an end_time before the start_time', () => {
    const v = legacy();
    v.results.items[0].end_time = '0.100';
    const p = problem(v);
    expect([p.path, p.message]).toEqual(['results.items[0].end_time', 'expected a time at or after start_time (0.52), got 0.1']);
  });

  it('an item of an unknown type, without alternatives, or without its word', () => {
    let v = legacy();
    v.results.items[2].type = 'word';
    expect(problem(v)).toMatchObject({ path: 'results.items[2].type', message: 'expected "pronunciation" or "punctuation", got string "word"' });
    v = legacy();
    v.results.items[2].alternatives = [];
    expect(problem(v)).toMatchObject({ path: 'results.items[2].alternatives', message: 'expected a non-empty array of alternatives, got an empty array' });
    v = legacy();
    delete v.results.items[2].alternatives[0].content;
    const p = problem(v);
    expect(p).toMatchObject({ path: 'results.items[2].alternatives[0].content', message: 'expected the word as a string, got nothing' });
    // The path is missing: the line is its nearest ancestor's, the alternative object.
    expect(p.line).not.toBeNull();
  });

  it('results missing or not an object; items not an array or missing', () => {
    expect(problem({ jobName: 'j' })).toMatchObject({ path: 'results', message: 'expected an object with transcripts and items, got nothing' });
    expect(problem({ jobName: 'j', results: { transcripts: [], items: 'oops' } })).toMatchObject({ path: 'results.items', message: 'expected an array of word items, got string "oops"' });
    expect(problem({ jobName: 'j', results: { transcripts: [] } })).toMatchObject({ path: 'results.items', message: 'expected an array of word items, got nothing' });
  });

  it('broken speaker_labels', () => {
    let v = legacy();
    v.results.speaker_labels.segments[1].items[0].start_time = null;
    expect(problem(v)).toMatchObject({ path: 'results.speaker_labels.segments[1].items[0].start_time', message: 'expected seconds as a decimal string such as "4.87", got null' });
    v = legacy();
    delete v.results.speaker_labels.segments[2].speaker_label;
    expect(problem(v)).toMatchObject({ path: 'results.speaker_labels.segments[2].speaker_label', message: 'expected a speaker label such as "spk_0", got nothing' });
    v = legacy();
    v.results.speaker_labels.segments = {};
    expect(problem(v)).toMatchObject({ path: 'results.speaker_labels.segments', message: 'expected an array of speaker segments, got an object' });
  });

  it('an audio segment listing an id no item has', () => {
    const v = fixtureValue('audio-segments-redacted.json');
    v.results.audio_segments[2].items[1] = 424242;
    const p = problem(v);
    expect([p.path, p.message]).toEqual(['results.audio_segments[2].items[1]', 'expected the id of an entry in results.items, got number 424242']);
    expect(p.line).toBe(lineContaining(p.text, '424242'));
  });

  it('a channel without its label when the merged items do not say the channel', () => {
    const v = fixtureValue('channel-identification.json');
    for (const item of v.results.items) delete item.channel_label;
    delete v.results.channel_labels.channels[1].channel_label;
    expect(problem(v)).toMatchObject({ path: 'results.channel_labels.channels[1].channel_label', message: 'expected a channel label such as "ch_0", got nothing' });
  });

  it('a speaker_label that is not a label', () => {
    const v = fixtureValue('audio-segments-redacted.json');
    v.results.items[0].speaker_label = 0;
    expect(problem(v)).toMatchObject({ path: 'results.items[0].speaker_label', message: 'expected a speaker label such as "spk_0", got number 0' });
  });
});
