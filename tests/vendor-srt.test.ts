// The SRT adapter: numbered cues with "HH:MM:SS,mmm --> HH:MM:SS,mmm" timings become segments
// with seconds and the line of their text; speakers from "[SPEAKER_00]: ", "SPEAKER_00: " and
// "Name: " prefixes; detect() claims only SRT; broken cues give a VendorError with the line.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import srt from '../src/transcript/vendor/srt.js';
import webvtt from '../src/transcript/vendor/webvtt.js';
import { captionHarness, filesNotClaimedBy, seg } from './helpers/vendor.js';

const { dir, fixture, read, problem } = captionHarness(srt, 'srt', 'call.srt');

describe('srt fixtures', () => {
  it('Whisper diarized: "[SPEAKER_00]: " prefixes, comma milliseconds, multi-line text, [PII] kept', () => {
    const call = read(fixture('whisper-diarized.srt'));
    expect(call.format).toBe('srt');
    expect(call.metadata).toBeUndefined();
    expect(call.segments).toEqual([
      seg('SPEAKER_00', 0, 3.6, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 3),
      seg('SPEAKER_01', 3.6, 7.9, 'Pagi, Mbak. Saya mau menanyakan status klaim asuransi mobil saya.', 7),
      seg('SPEAKER_00', 7.9, 11.24, 'Baik, Bapak. Boleh saya tahu nomor polisnya?', 11),
      seg('SPEAKER_01', 11.24, 14.08, 'Nomor polisnya [PII].', 15),
      seg('SPEAKER_00', 14.08, 18.52, 'Terima kasih. Mohon ditunggu sebentar, saya periksa dulu.', 19),
      seg('SPEAKER_00', 63.7, 69.12, 'Terima kasih sudah menunggu, Pak. Klaimnya sudah disetujui dan dananya cair dalam tiga hari kerja.', 23),
      seg('SPEAKER_01', 69.12, 71.3, 'Oh, syukurlah. Terima kasih, Mbak.', 28),
      seg('SPEAKER_00', 71.3, 75.9, 'Sama-sama. Terima kasih telah menghubungi Ventura, selamat pagi.', 32),
    ]);
  });

  it('"Name: " prefixes, <i> and {\\an8} tags dropped', () => {
    expect(read(fixture('named-call.srt')).segments).toEqual([
      seg('Yoga', 1.1, 4.75, 'Selamat siang, Ventura, dengan Yoga, ada yang bisa saya bantu?', 3),
      seg('Lina', 5.2, 9, 'Siang, Mas. Pesanan saya belum sampai, padahal sudah seminggu.', 7),
      seg('Yoga', 9.4, 12.3, 'Mohon maaf, Ibu. Boleh saya tahu nomor pesanannya?', 12),
      seg('Lina', 12.8, 15.6, 'VT-77120.', 16),
      seg('Yoga', 16, 21.45, 'Terima kasih, Ibu Lina. Paketnya tertahan di gudang transit, besok dikirim ulang.', 20),
      seg('Lina', 21.9, 23.1, 'Baik, Mas. Terima kasih.', 24),
      seg('Yoga', 23.5, 26.8, 'Sama-sama, Ibu. Selamat siang.', 28),
    ]);
  });

  it('no speakers: BOM, CRLF, <font> tags; one "Catatan: " is text, not a speaker', () => {
    const text = fixture('plain.srt');
    expect(text.startsWith('\uFEFF1\r\n')).toBe(true);
    expect(read(text).segments).toEqual([
      seg(null, 0.5, 4.2, 'Selamat malam, Ventura, dengan Andi, ada yang bisa saya bantu?', 3),
      seg(null, 4.8, 8.35, 'Malam. Saya mau berhenti berlangganan TV kabel.', 8),
      seg(null, 8.9, 12, 'Baik, Bapak. Boleh tahu alasannya?', 12),
      seg(null, 12.4, 15.9, 'Catatan: saya pindah ke luar kota bulan depan.', 16),
      seg(null, 16.3, 20.1, 'Baik, permintaan Bapak sudah kami catat.', 20),
      seg(null, 20.5, 22, 'Terima kasih.', 24),
    ]);
  });

  it('reads the same with LF, CRLF and CR line ends, with or without a BOM', () => {
    const lf = fixture('named-call.srt');
    const expected = read(lf);
    expect(read(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(read(lf.replace(/\n/g, '\r'))).toEqual(expected);
    expect(read(`\uFEFF${lf}`)).toEqual(expected);
  });
});

describe('srt cues', () => {
  it('"SPEAKER_00: " without brackets; cues without numbers; dot milliseconds; hours past 99', () => {
    const call = read('\n\n00:00:01,000 --> 00:00:02,500\nSPEAKER_00: Selamat pagi.\n\n2\n00:00:02.500 --> 00:00:04.000 X1:100 X2:200 Y1:10 Y2:50\nSPEAKER_01: Pagi.\n\n3\n120:00:00,000 --> 120:00:01,000\nSPEAKER_00: Baik.\n');
    expect(call.segments).toEqual([
      seg('SPEAKER_00', 1, 2.5, 'Selamat pagi.', 4),
      seg('SPEAKER_01', 2.5, 4, 'Pagi.', 8),
      seg('SPEAKER_00', 432000, 432001, 'Baik.', 12),
    ]);
  });

  it('keeps cue order as written (the pipeline sorts); a cue without text gives no segment; a number as text stays text', () => {
    const call = read('1\n00:00:05,000 --> 00:00:06,000\nIya.\n\n2\n00:00:01,000 --> 00:00:05,000\nHalo?\n\n3\n00:00:06,000 --> 00:00:07,000\n\n4\n00:00:07,000 --> 00:00:08,000\n112\n');
    expect(call.segments).toEqual([seg(null, 5, 6, 'Iya.', 3), seg(null, 1, 5, 'Halo?', 7), seg(null, 7, 8, '112', 14)]);
  });

  it('an empty file has no segments', () => {
    expect(read('').segments).toEqual([]);
  });
});

describe('srt detect', () => {
  it('claims every SRT fixture and cues with or without a leading number', () => {
    for (const name of readdirSync(dir)) expect(srt.detect(null, fixture(name)), name).toBe(true);
    expect(srt.detect(null, '\r\n1\r\n00:00:01,000 --> 00:00:02,000\r\nHalo')).toBe(true);
    expect(srt.detect(null, '00:00:01,000 --> 00:00:02,000\nHalo')).toBe(true);
    // Clearly meant as SRT but broken further on: claimed, so read() can say what is wrong.
    expect(srt.detect(null, '1\n00:00:03,000 --> 00:00:02,000\nHalo')).toBe(true);
  });

  it('claims nothing else: WebVTT, other vendors, etiket calls, look-alikes', () => {
    filesNotClaimedBy(srt, 'srt');

    const etiket = JSON.stringify({ id: 'c-1', utterances: [{ speaker: 'agent', text: '00:00:01,000 --> 00:00:02,000' }] }, null, 2);
    for (const text of [
      etiket,
      '',
      '\n\n',
      'WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nHalo',
      '1\nHalo\n00:00:01,000 --> 00:00:02,000',
      '1\n00:00:01,000 -> 00:00:02,000\nHalo',
      '1\n00:00:01,000\nHalo',
      '[00:01] agen: Selamat pagi, Ventura, dengan Nia',
      '12:30 --> jam makan siang',
      'Nomor 1\n00:00:01,000 --> 00:00:02,000',
    ]) expect(srt.detect(null, text), text).toBe(false);
  });

  it('never claims what the WebVTT adapter claims', () => {
    for (const name of readdirSync(dir)) expect(webvtt.detect(null, fixture(name)), name).toBe(false);
  });
});

describe('srt errors', () => {
  it('says what was expected and where', () => {
    expect(problem('1\n00:00:01,000 --> 00:00:0A,000\nHalo')).toEqual(
      [2, 'expected a cue timing line "HH:MM:SS,mmm --> HH:MM:SS,mmm", got "00:00:01,000 --> 00:00:0A,000"']);
    expect(problem('1\n00:00:07,000 --> 00:00:05,000\nHalo')).toEqual(
      [2, 'expected the cue to end at or after its start 00:00:07,000, got end 00:00:05,000']);
    expect(problem('1\n00:00:01,000 --> 00:00:02,000\nHalo\n\n2\nIya\n00:00:02,000 --> 00:00:03,000')).toEqual(
      [6, 'expected a timing line "HH:MM:SS,mmm --> HH:MM:SS,mmm" after cue number 2, got "Iya"']);
    expect(problem('1\n00:00:01,000 --> 00:00:02,000\nHalo\n\n2\n\n00:00:02,000 --> 00:00:03,000\nIya')).toEqual(
      [5, 'expected a timing line "HH:MM:SS,mmm --> HH:MM:SS,mmm" after cue number 2, got no more lines in the cue']);
    expect(problem('1\n00:00:01,000 --> 00:00:02,000\nHalo\n\n00:00:02,000 - 00:00:03,000\nIya')).toEqual(
      [5, 'expected a cue timing line "HH:MM:SS,mmm --> HH:MM:SS,mmm", got "00:00:02,000 - 00:00:03,000"']);
  });

  it('refuses text that belongs to no cue (a blank line inside cue text, or not SRT at all)', () => {
    expect(problem('1\n00:00:01,000 --> 00:00:04,000\nSelamat pagi, Ventura,\n\ndengan Nia.')).toEqual(
      [5, 'expected a cue number or a timing line "HH:MM:SS,mmm --> HH:MM:SS,mmm", got "dengan Nia."']);
    expect(problem('{\n  "utterances": []\n}')).toEqual(
      [1, 'expected a cue number or a timing line "HH:MM:SS,mmm --> HH:MM:SS,mmm", got "{"']);
  });
});
