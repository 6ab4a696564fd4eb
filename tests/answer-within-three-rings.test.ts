// Inline cases for answer-within-three-rings: the words of messages, suggestions and notes in both report languages.
import { describe, expect, it } from 'vitest';
import rule from '../rules/answer-within-three-rings.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };
const opening = '[00:19] Agent: Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?';

describe('answer-within-three-rings', () => {
  it('says how many rings and seconds it took, in Indonesian by default and in English', () => {
    const source = ['[00:00] RING', '[00:04] RING', '[00:08] RING', '[00:12] RING', '[00:16] RING', '[00:18] ANSWER', opening].join('\n');
    const id = runRuleOn(rule, { source });
    expect(findingKeys(id)).toEqual(['slowAnswer@6']);
    const f = id.findings[0]!;
    expect(f.message).toBe('Panggilan diangkat setelah 5 dering (18 detik); angkat paling lambat pada dering ke-3, dalam 10 detik');
    expect(f.suggestion).toBe('Angkat telepon selambat-lambatnya pada dering ketiga (dalam 10 detik); idealnya setelah dering pertama.');
    expect(f.note).toBe('Standar, baris 420: "Operator mengangkat handset selambat-lambatnya pada sinyal ketiga (dalam waktu 10 detik)"; baris 493: penundaan yang lama membuat penelepon gelisah.');

    const en = runRuleOn(rule, { source, config: EN }).findings[0]!;
    expect(en.message).toBe('The call was answered after 5 rings (18 s); answer by ring 3, within 10 s');
    expect(en.suggestion).toBe('Answer by the third ring at the latest (within 10 seconds); ideally after the first ring.');
    expect(en.note).toBe('Seed line 420: "Operator mengangkat handset selambat-lambatnya pada sinyal ketiga (dalam waktu 10 detik)" ("The operator picks up the handset by the third ring at the latest (within 10 seconds)"); line 493: a long delay makes the caller nervous.');
  });

  it('writes decimal seconds with a comma in Indonesian and follows the options in the suggestion', () => {
    const source = ['[00:00] RING', '[00:05] RING', '[00:06.5] ANSWER', opening].join('\n');
    const options = { maxRings: 2, maxSeconds: 5.5 };
    const id = runRuleOn(rule, { source, options }).findings[0]!;
    expect(id.message).toBe('Panggilan diangkat setelah 2 dering (6,5 detik); angkat paling lambat pada dering ke-2, dalam 5,5 detik');
    expect(id.suggestion).toBe('Angkat telepon selambat-lambatnya pada dering kedua (dalam 5,5 detik); idealnya setelah dering pertama.');
    const en = runRuleOn(rule, { source, options, config: EN }).findings[0]!;
    expect(en.message).toBe('The call was answered after 2 rings (6.5 s); answer by ring 2, within 5.5 s');
    expect(en.suggestion).toBe('Answer by the second ring at the latest (within 5.5 seconds); ideally after the first ring.');
  });

  it('says when the ring count is unknown, and notes it', () => {
    const source = ['[00:14] ANSWER', opening].join('\n');
    const id = runRuleOn(rule, { source });
    expect(id.findings.map((f) => f.message)).toEqual(['Panggilan diangkat setelah sejumlah dering yang tidak tercatat (14 detik); angkat paling lambat pada dering ke-3, dalam 10 detik']);
    expect(id.notes).toEqual(['tidak ada event RING: jumlah dering tidak diperiksa']);
    const en = runRuleOn(rule, { source, config: EN });
    expect(en.findings.map((f) => f.message)).toEqual(['The call was answered after an unknown number of rings (14 s); answer by ring 3, within 10 s']);
    expect(en.notes).toEqual(['no RING events: the ring count is not checked']);
  });

  it('says when the time is unknown, and notes it', () => {
    const source = ['RING', 'RING', 'RING', 'RING', 'ANSWER', 'Agent: Selamat pagi, Ventura, dengan Nia.'].join('\n');
    const id = runRuleOn(rule, { source });
    expect(id.findings.map((f) => f.message)).toEqual(['Panggilan diangkat setelah 4 dering (waktu tidak diketahui); angkat paling lambat pada dering ke-3, dalam 10 detik']);
    expect(id.notes).toEqual(['transkrip tidak mencatat waktu dering atau saat telepon diangkat: dering dihitung menurut urutan baris, batas detik tidak diperiksa']);
    const en = runRuleOn(rule, { source, config: EN });
    expect(en.findings.map((f) => f.message)).toEqual(['The call was answered after 4 rings (time unknown); answer by ring 3, within 10 s']);
    expect(en.notes).toEqual(['the transcript has no times for the rings or the answer: rings counted in line order, the seconds limit not checked']);
  });

  it('words an early answer in both languages', () => {
    const source = ['[00:00] RING', '[00:01] ANSWER', opening].join('\n');
    const id = runRuleOn(rule, { source, options: { minRings: 2 } });
    expect(findingKeys(id)).toEqual(['earlyAnswer@2']);
    const f = id.findings[0]!;
    expect(f.message).toBe('Panggilan diangkat pada dering pertama; biarkan berdering minimal 2 kali dulu');
    expect(f.suggestion).toBe('Angkat telepon setelah 2-3 dering, jangan langsung pada dering pertama.');
    expect(f.note).toContain('Standar, baris 493: "Angkat telepon setelah 2-3 dering"');
    const en = runRuleOn(rule, { source, options: { minRings: 2 }, config: EN }).findings[0]!;
    expect(en.message).toBe('The call was answered on ring 1; let it ring at least 2 times first');
    expect(en.suggestion).toBe('Answer after 2-3 rings, not right on the first ring.');
    expect(en.note).toContain('Seed line 493: "Angkat telepon setelah 2-3 dering" ("Pick up the phone after 2-3 rings") — ');

    // A RING logged after the answer does not count: picked up before the first ring.
    const before = ['[00:00] ANSWER', '[00:01] Agent: Selamat pagi, Ventura.', '[00:02] RING'].join('\n');
    expect(runRuleOn(rule, { source: before, options: { minRings: 3, maxRings: 3 } }).findings.map((x) => [x.message, x.suggestion])).toEqual([[
      'Panggilan diangkat sebelum dering pertama; biarkan berdering minimal 3 kali dulu',
      'Angkat telepon pada dering ketiga, jangan langsung pada dering pertama.',
    ]]);
    expect(runRuleOn(rule, { source: before, options: { minRings: 3, maxRings: 3 }, config: EN }).findings.map((x) => x.suggestion))
      .toEqual(['Answer on the third ring, not right on the first ring.']);
    expect(runRuleOn(rule, { source: before, options: { minRings: 3, maxRings: 3 }, config: EN }).findings.map((x) => x.message))
      .toEqual(['The call was answered before the first ring; let it ring at least 3 times first']);
  });
});

describe('answer-within-three-rings on English calls', () => {
  const enOpening = '[00:19] Agent: Good morning, thank you for calling Brightline, this is Rachel. How can I help you?';

  it('judges the rings the same way and words the finding in the report\'s locale', () => {
    const source = ['[00:00] RING', '[00:04] RING', '[00:08] RING', '[00:12] RING', '[00:16] RING', '[00:18] ANSWER', enOpening, '[00:24] Customer: Hi, I have a question about my order.'].join('\n');
    const id = runRuleOn(rule, { source });
    expect(findingKeys(id)).toEqual(['slowAnswer@6']);
    expect(id.findings[0]!.suggestion).toBe('Angkat telepon selambat-lambatnya pada dering ketiga (dalam 10 detik); idealnya setelah dering pertama.');
    const en = runRuleOn(rule, { source, config: { locale: 'en' } }).findings[0]!;
    expect(en.message).toBe('The call was answered after 5 rings (18 s); answer by ring 3, within 10 s');
    expect(en.suggestion).toBe('Answer by the third ring at the latest (within 10 seconds); ideally after the first ring.');
    // A call declared English reports in English by default.
    expect(runRuleOn(rule, { source, config: { language: 'en' } }).findings[0]!.suggestion).toBe(en.suggestion);
  });

  it('passes an English call answered on the second ring', () => {
    const source = ['[00:00] RING', '[00:04] RING', '[00:05] ANSWER', enOpening.replace('[00:19]', '[00:05.5]')].join('\n');
    expect(runRuleOn(rule, { source }).status).toBe('pass');
  });
});
