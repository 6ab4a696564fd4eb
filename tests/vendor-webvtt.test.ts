// The WebVTT adapter: Teams <v> voice spans, Zoom "Name: " prefixes, Whisper "[SPEAKER_00]: "
// prefixes and plain caption tracks become segments with seconds and the line of their text;
// detect() claims only WebVTT; broken cues give a VendorError with the line.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import srt from '../src/transcript/vendor/srt.js';
import { VendorError } from '../src/transcript/vendor/types.js';
import webvtt, { decodeEntities, parseCaptionTime } from '../src/transcript/vendor/webvtt.js';
import { captionHarness, filesNotClaimedBy, seg } from './helpers/vendor.js';

const { dir, fixture, read, problem } = captionHarness(webvtt, 'webvtt', 'call.vtt');

describe('webvtt fixtures', () => {
  it('Teams: <v> voice spans, "(External)" kept, entities, several voices in one cue, out-of-order cues kept in file order', () => {
    const call = read(fixture('teams-call.vtt'));
    expect(call.format).toBe('webvtt');
    expect(call.metadata).toBeUndefined();
    expect(call.segments).toEqual([
      seg('Nia Lestari', 1.24, 5.8, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 7),
      seg('Budi Santoso (External)', 6.9, 11.35, 'Pagi, Mbak. Saya mau tanya soal tagihan kartu kredit saya & denda keterlambatannya.', 12),
      seg('Nia Lestari', 6.4, 7.1, 'Baik.', 16),
      seg('Nia Lestari', 11.9, 15.02, 'Baik, Bapak. Boleh saya tahu nama lengkap Bapak?', 20),
      seg('Budi Santoso (External)', 15.6, 17.48, 'Budi Santoso.', 24),
      seg('Nia Lestari', 18, 23.75, 'Terima kasih, Pak Budi. Mohon ditunggu sebentar, saya periksa dulu datanya.', 28),
      seg('Nia Lestari', 65.1, 69.6, 'Terima kasih sudah menunggu, Pak.', 32),
      seg('Budi Santoso (External)', 65.1, 69.6, 'Iya, Mbak.', 32),
      seg('Nia Lestari', 70.2, 76.88, 'Denda keterlambatan sebesar Rp 50.000 sudah kami batalkan, Pak.', 36),
      seg('Budi Santoso (External)', 77.3, 80.05, 'Oh, baik. Terima kasih banyak, Mbak.', 40),
      seg('Nia Lestari', 77.3, 80.05, 'Sama-sama, Pak Budi.', 41),
      seg('Nia Lestari', 80.6, 84.9, 'Ada lagi yang bisa saya bantu? Terima kasih telah menghubungi Ventura, selamat pagi.', 45),
    ]);
  });

  it('Zoom: "Name: " prefixes (split at the first colon), an unattributed cue, multi-line text joined', () => {
    expect(read(fixture('zoom-call.vtt')).segments).toEqual([
      seg('Rina Wulandari', 0.48, 4.92, 'Selamat siang, Ventura, dengan Rina, ada yang bisa saya bantu?', 5),
      seg('Agus Pratama', 5.31, 9.87, 'Siang, Mbak. Paket internet saya tidak bisa dipakai sejak kemarin: sinyalnya hilang terus.', 9),
      seg('Rina Wulandari', 10.2, 13.05, 'Mohon maaf atas ketidaknyamanannya, Pak. Boleh saya tahu nomor pelanggannya?', 13),
      seg('Agus Pratama', 13.9, 18.4, 'Nomornya 0812 3456 7890.', 18),
      seg(null, 18.95, 19.6, 'Hmm.', 22),
      seg('Rina Wulandari', 20.1, 24.8, 'Terima kasih, Pak Agus. Saya cek dulu ya, mohon ditunggu.', 26),
      seg('Rina Wulandari', 52, 58.3, 'Terima kasih sudah menunggu. Ada gangguan di BTS dekat rumah Bapak, perbaikannya selesai jam 17:00.', 30),
      seg('Agus Pratama', 58.9, 61.2, 'Oh begitu. Oke, Mbak.', 34),
      seg('Rina Wulandari', 61.7, 65.9, 'Ada lagi yang bisa saya bantu, Pak?', 38),
      seg('Agus Pratama', 66.3, 68.1, 'Tidak, itu saja. Makasih.', 42),
    ]);
  });

  it('Whisper: MM:SS.mmm timings without hours, no cue ids, "[SPEAKER_01]: " prefixes', () => {
    expect(read(fixture('whisper-diarized.vtt')).segments).toEqual([
      seg('SPEAKER_01', 0, 3.48, 'Selamat sore, Ventura, dengan Dewi, ada yang bisa saya bantu?', 4),
      seg('SPEAKER_00', 3.48, 7.12, 'Sore, Mbak. Saya mau blokir kartu ATM saya, hilang tadi siang.', 7),
      seg('SPEAKER_01', 7.12, 10.64, 'Baik, Ibu. Boleh saya tahu nama lengkap Ibu?', 10),
      seg('SPEAKER_00', 10.64, 12.9, 'Sari Handayani.', 13),
      seg('SPEAKER_01', 12.9, 17.3, 'Terima kasih, Ibu Sari. Mohon ditunggu sebentar.', 16),
      seg('SPEAKER_01', 62.5, 66.02, 'Terima kasih sudah menunggu, Ibu. Kartunya sudah saya blokir.', 19),
      seg('SPEAKER_00', 66.02, 68.18, 'Syukurlah. Terima kasih, Mbak.', 22),
      seg('SPEAKER_01', 68.18, 71.9, 'Sama-sama, Ibu. Ada lagi yang bisa saya bantu?', 25),
      seg('SPEAKER_00', 71.9, 73, 'Tidak ada.', 28),
    ]);
  });

  it('caption track: BOM, CRLF, header text and lines, STYLE/NOTE skipped, cue settings, tags and entities, no speakers', () => {
    const text = fixture('captions-no-speaker.vtt');
    expect(text.startsWith('\uFEFFWEBVTT')).toBe(true);
    expect(text).toContain('\r\n');
    const call = read(text);
    expect(call.metadata).toEqual({ title: 'Panggilan 2026-03-02 09:14', kind: 'captions', language: 'id' });
    expect(call.segments).toEqual([
      seg(null, 0.8, 4.1, 'Selamat pagi, Ventura, dengan Yoga, ada yang bisa saya bantu?', 12),
      // One "Xxx: " in a caption track is text, not a speaker.
      seg(null, 4.9, 9.3, 'Jadi begini: saya mau ganti alamat pengiriman.', 16),
      seg(null, 9.8, 13.2, 'Baik, boleh saya tahu nomor pesanannya?', 19),
      seg(null, 13.6, 16, 'Nomornya VT-20931, atas nama Joko.', 22),
      seg(null, 16.5, 21.75, 'Terima kasih, Pak Joko. Alamatnya sudah saya ubah & ongkos kirimnya tetap.', 25),
      seg(null, 22.3, 24, 'Oke, terima kasih. Selamat pagi.', 28),
    ]);
  });

  it('reads the same with LF, CRLF and CR line ends, with or without a BOM', () => {
    const lf = fixture('teams-call.vtt');
    const expected = read(lf);
    expect(read(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(read(lf.replace(/\n/g, '\r'))).toEqual(expected);
    expect(read(`\uFEFF${lf}`)).toEqual(expected);
  });
});

describe('webvtt detect', () => {
  it('claims every WebVTT fixture, with BOM or CRLF, and "WEBVTT" followed by text', () => {
    for (const name of readdirSync(dir)) expect(webvtt.detect(null, fixture(name)), name).toBe(true);
    expect(webvtt.detect(null, 'WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHalo')).toBe(true);
    expect(webvtt.detect(null, '\uFEFFWEBVTT - Panggilan\n')).toBe(true);
    expect(webvtt.detect(null, 'WEBVTT\tKind: captions')).toBe(true);
    expect(webvtt.detect(null, 'WEBVTT')).toBe(true);
  });

  it('claims nothing else: SRT, other vendors, etiket calls, look-alikes', () => {
    filesNotClaimedBy(webvtt, 'webvtt');

    const etiket = JSON.stringify({ id: 'c-1', utterances: [{ speaker: 'agent', text: 'WEBVTT' }] }, null, 2);
    for (const text of [
      etiket,
      '',
      'WEBVTTX\n\n00:01.000 --> 00:02.000\nHalo',
      'webvtt\n\n00:01.000 --> 00:02.000\nHalo',
      ' WEBVTT\n',
      '\nWEBVTT\n',
      'Transkrip WEBVTT\n00:01.000 --> 00:02.000\nHalo',
      '1\n00:00:01,000 --> 00:00:02,000\nHalo',
      'agen: Selamat pagi, Ventura, dengan Nia\npelanggan: Pagi',
    ]) expect(webvtt.detect(null, text), text).toBe(false);
  });
});

describe('webvtt times', () => {
  it('converts HH:MM:SS.mmm and MM:SS.mmm to seconds without float noise', () => {
    expect(parseCaptionTime('00:00:01.180')).toBe(1.18);
    expect(parseCaptionTime('00:01:02.500')).toBe(62.5);
    expect(parseCaptionTime('01:02.500')).toBe(62.5);
    expect(parseCaptionTime('1:02:03.004')).toBe(3723.004);
    expect(parseCaptionTime('100:00:00.000')).toBe(360000);
    expect(parseCaptionTime('00:00:01,250')).toBe(1.25);
    expect(parseCaptionTime('00:00:07.1')).toBe(7.1);
    expect(parseCaptionTime('00:00:07')).toBe(7);
    for (const bad of ['00:60:00.000', '00:00:60.000', '00:00:01.0000', '1.5', 'abc', '', '00:1.000', '-00:00:01.000']) {
      expect(parseCaptionTime(bad), bad).toBeNull();
    }
  });

  it('allows zero-length cues and overlaps, keeping cue settings out of the times', () => {
    const call = read('WEBVTT\n\n00:00:05.000 --> 00:00:05.000 align:end\nHalo\n\n00:00:04.000 --> 00:00:06.000 position:50% line:0\nIya');
    expect(call.segments).toEqual([seg(null, 5, 5, 'Halo', 4), seg(null, 4, 6, 'Iya', 7)]);
  });
});

describe('webvtt cue text and speakers', () => {
  it('voice classes, an empty voice, text outside voices, a voice name with entities', () => {
    const call = read([
      'WEBVTT', '',
      '00:00:01.000 --> 00:00:03.000',
      '<v.agen.loud Nia Lestari>Selamat pagi</v>',
      '', '00:00:03.000 --> 00:00:04.000',
      '<v>Halo?',
      '', '00:00:04.000 --> 00:00:06.000',
      'Bip.',
      '<v PT Maju &amp; Jaya (Guest)>Pagi, Mbak.</v> [musik]',
    ].join('\n'));
    expect(call.segments).toEqual([
      seg('Nia Lestari', 1, 3, 'Selamat pagi', 4),
      seg(null, 3, 4, 'Halo?', 7),
      seg(null, 4, 6, 'Bip.', 10),
      seg('PT Maju & Jaya (Guest)', 4, 6, 'Pagi, Mbak.', 11),
      seg(null, 4, 6, '[musik]', 11),
    ]);
  });

  it('strips <c>, <i>, <b>, <u>, <lang> and timestamp tags; decodes entities once', () => {
    expect(decodeEntities('a &amp;lt; b &lt;c&gt; &nbsp;&#233;&#xE9; &foo; &quot;x&quot;')).toBe('a &lt; b <c>  éé &foo; "x"');
    const call = read('WEBVTT\n\n00:01.000 --> 00:02.000\n<b>Mohon</b> <u>maaf</u>, <lang id>Bapak</lang><00:01.500> &lt;tunggu&gt;\n\n00:02.000 --> 00:03.000\n<i></i>\n');
    // A cue with no words after the tags are gone gives no segment.
    expect(call.segments).toEqual([seg(null, 1, 2, 'Mohon maaf, Bapak <tunggu>', 4)]);
  });

  it('"SPEAKER_00: " without brackets and "[Name]: " are speakers even in one cue', () => {
    expect(read('WEBVTT\n\n00:01.000 --> 00:02.000\nSPEAKER_00: Halo\n\n00:02.000 --> 00:03.000\nNomornya 0812').segments).toEqual([
      seg('SPEAKER_00', 1, 2, 'Halo', 4),
      seg(null, 2, 3, 'Nomornya 0812', 7),
    ]);
    expect(read('WEBVTT\n\n00:01.000 --> 00:02.000\n[Nia]: Halo\n\n00:02.000 --> 00:03.000\n[musik]').segments).toEqual([
      seg('Nia', 1, 2, 'Halo', 4),
      seg(null, 2, 3, '[musik]', 7),
    ]);
  });

  it('"Name: " prefixes: a label used once counts when it looks like a name or every cue has one', () => {
    const cue = (n: number, text: string) => `${n}\n00:00:0${n}.000 --> 00:00:0${n}.900\n${text}`;
    const zoomish = ['WEBVTT', cue(1, 'Nia Lestari: Selamat pagi, dengan Nia.'), cue(2, 'Budi: Pagi.'), cue(3, 'Nia Lestari: Ada yang bisa dibantu?'),
      cue(4, 'oke jadi: saya mau tanya.'), cue(5, 'Nia Lestari: Silakan.'), cue(6, 'Hmm.')].join('\n\n');
    expect(read(zoomish).segments.map((s) => [s.speaker, s.text])).toEqual([
      ['Nia Lestari', 'Selamat pagi, dengan Nia.'],
      ['Budi', 'Pagi.'],
      ['Nia Lestari', 'Ada yang bisa dibantu?'],
      [null, 'oke jadi: saya mau tanya.'],
      ['Nia Lestari', 'Silakan.'],
      [null, 'Hmm.'],
    ]);
    // Every cue prefixed: lower-case display names are accepted too.
    const allPrefixed = ['WEBVTT', cue(1, 'nia: Selamat pagi.'), cue(2, 'budi.s: Pagi.')].join('\n\n');
    expect(read(allPrefixed).segments.map((s) => s.speaker)).toEqual(['nia', 'budi.s']);
    // Too long, a question, a time of day: not labels.
    const notLabels = ['WEBVTT', cue(1, 'Nia Lestari: Halo.'), cue(2, 'Nia Lestari: Ya.'),
      cue(3, 'Kalau begitu saya akan mencatat semuanya dulu ya Pak: satu.'), cue(4, 'Apa? Tunggu: nomor'), cue(5, 'Jam 10:30 ya.'), cue(6, 'Nia Lestari: Baik.')].join('\n\n');
    expect(read(notLabels).segments.map((s) => s.speaker)).toEqual(['Nia Lestari', 'Nia Lestari', null, null, null, 'Nia Lestari']);
    // Fewer than half of the cues prefixed: a caption track, "Name: " stays text.
    const fewPrefixed = ['WEBVTT', cue(1, 'Nia Lestari: Halo.'), cue(2, 'Halo juga.'), cue(3, 'Iya.')].join('\n\n');
    expect(read(fewPrefixed).segments.map((s) => [s.speaker, s.text])).toEqual([[null, 'Nia Lestari: Halo.'], [null, 'Halo juga.'], [null, 'Iya.']]);
  });

  it('records NOTE language/duration; skips REGION; reads a cue right after the header line', () => {
    const call = read('WEBVTT\n00:00:01.000 --> 00:00:02.000\nHalo\n\nNOTE language:id-id\n\nNOTE duration:"00:00:32.5820000"\n\nREGION\nid:fred width:40%\n\n00:00:02.000 --> 00:00:03.000\nIya');
    expect(call.metadata).toEqual({ language: 'id-id', duration: '00:00:32.5820000' });
    expect(call.segments).toEqual([seg(null, 1, 2, 'Halo', 3), seg(null, 2, 3, 'Iya', 13)]);
  });

  it('skips title blocks before the first cue; a file with no cues has no segments', () => {
    expect(read('WEBVTT\n\nRekaman panggilan\n2 Maret 2026\n\n00:01.000 --> 00:02.000\nHalo').segments).toEqual([seg(null, 1, 2, 'Halo', 7)]);
    expect(read('WEBVTT\n').segments).toEqual([]);
    // A timing line with no text under it.
    expect(read('WEBVTT\n\n1\n00:01.000 --> 00:02.000\n\n2\n00:02.000 --> 00:03.000\nHalo').segments).toEqual([seg(null, 2, 3, 'Halo', 8)]);
  });
});

describe('webvtt errors', () => {
  it('says what was expected and where', () => {
    expect(problem('00:00:01.000 --> 00:00:02.000\nHalo')).toEqual([1, 'expected "WEBVTT" on the first line, got "00:00:01.000 --> 00:00:02.000"']);
    expect(problem('WEBVTT\n\n1\n00:00:01.000 --> 00:00:0x.000\nHalo')).toEqual(
      [4, 'expected a cue timing line "HH:MM:SS.mmm --> HH:MM:SS.mmm", got "00:00:01.000 --> 00:00:0x.000"']);
    expect(problem('WEBVTT\n\n00:00:01.000 --> \nHalo')).toEqual(
      [3, 'expected a cue timing line "HH:MM:SS.mmm --> HH:MM:SS.mmm", got "00:00:01.000 -->"']);
    expect(problem('WEBVTT\n\n00:75:00.000 --> 00:76:00.000\nHalo')).toEqual(
      [3, 'expected a cue timing line "HH:MM:SS.mmm --> HH:MM:SS.mmm", got "00:75:00.000 --> 00:76:00.000"']);
    expect(problem('WEBVTT\n\n1\n00:00:07.000 --> 00:00:05.000\nHalo')).toEqual(
      [4, 'expected the cue to end at or after its start 00:00:07.000, got end 00:00:05.000']);
    expect(problem('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHalo\n\n2\n00:00:02.000 - 00:00:03.000\nIya')).toEqual(
      [8, 'expected a cue timing line "HH:MM:SS.mmm --> HH:MM:SS.mmm", got "00:00:02.000 - 00:00:03.000"']);
  });

  it('refuses text that belongs to no cue after the first cue (a blank line inside cue text)', () => {
    expect(problem('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSelamat pagi, Ventura,\n\ndengan Nia.')).toEqual(
      [6, 'expected a cue (an optional identifier line, then "HH:MM:SS.mmm --> HH:MM:SS.mmm"), got "dengan Nia."']);
    expect(problem('WEBVTT\n\ncue-1\nid kedua\n00:00:01.000 --> 00:00:04.000\nHalo')).toEqual(
      [3, 'expected a cue (an optional identifier line, then "HH:MM:SS.mmm --> HH:MM:SS.mmm"), got "cue-1"']);
  });

  it('is an Error whose message is the problem', () => {
    const e = new VendorError({ line: 3, path: null, message: 'expected x, got y' });
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('expected x, got y');
  });
});

describe('webvtt and srt never both claim a file', () => {
  it('each claims only its own fixtures', () => {
    for (const name of readdirSync(dir)) expect(srt.detect(null, fixture(name)), name).toBe(false);
  });
});
