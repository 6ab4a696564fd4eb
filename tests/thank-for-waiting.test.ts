// Inline cases for thank-for-waiting: the words of messages, suggestions and notes in both report languages.
import { describe, expect, it } from 'vitest';
import rule from '../rules/thank-for-waiting.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };
const head = [
  '# agent: Anna',
  '# customer: Maya Lestari',
  '[00:02] ANSWER',
  '[00:03] Agent: Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?',
  '[00:07] Customer: Mau tanya pesanan jendela saya, Mbak.',
];

describe('thank-for-waiting', () => {
  it('says how long the hold lasted, in Indonesian by default and in English', () => {
    const source = [...head,
      '[00:15] Agent: Mohon tunggu sebentar ya Bu, saya cek di sistem.',
      '[00:19] HOLD',
      '[00:43] UNHOLD',
      '[00:44] Agent: Baik Bu, pesanan Ibu masih di tahap produksi kaca.',
    ].join('\n');
    const id = runRuleOn(rule, { source });
    expect(findingKeys(id)).toEqual(['noThanks@9']);
    const f = id.findings[0]!;
    expect(f.message).toBe('Agen kembali setelah panggilan ditahan selama 24 detik tanpa berterima kasih kepada pelanggan yang sudah menunggu');
    expect(f.suggestion).toBe('Terima kasih sudah menunggu, Bu Maya. Baik Bu, pesanan Ibu masih di tahap produksi kaca.');
    const en = runRuleOn(rule, { source, config: EN }).findings[0]!;
    expect(en.message).toBe('The agent came back after a hold of 24 s without thanking the customer for waiting');
    // The suggestion is what to say on the call: Indonesian in both reports.
    expect(en.suggestion).toBe(f.suggestion);
  });

  it('words a detected wait and its note in both languages', () => {
    const source = [...head,
      '[00:11] Agent: Mohon tunggu sebentar ya Bu, saya cek dulu.',
      '[00:26] Customer: Halo, Mbak? Masih di sana?',
      '[00:36] Agent: Baik Bu, survei dijadwalkan hari Sabtu.',
    ].join('\n');
    const id = runRuleOn(rule, { source }).findings[0]!;
    expect(id.message).toBe('Agen kembali setelah jeda menunggu selama 25 detik tanpa berterima kasih kepada pelanggan yang sudah menunggu');
    expect(id.note).toBe('Agen meminta pelanggan menunggu pada baris 6 ("Mohon tunggu sebentar ya Bu, saya cek dulu.") dan baru berbicara lagi 25 detik kemudian.');
    const en = runRuleOn(rule, { source, config: EN }).findings[0]!;
    expect(en.message).toBe('The agent came back after a wait of 25 s without thanking the customer for waiting');
    expect(en.note).toBe('The agent asked the customer to wait on line 6 ("Mohon tunggu sebentar ya Bu, saya cek dulu.") and spoke again 25 s later.');
  });

  it('words a hold the agent never came back from, with or without times', () => {
    const timed = [...head, '[00:10] Agent: Mohon tunggu, Bu.', '[00:12] HOLD', '[00:45] UNHOLD', '[00:47] Customer: Halo? Halo, Mbak?'].join('\n');
    expect(runRuleOn(rule, { source: timed }).findings.map((f) => f.message))
      .toEqual(['Agen tidak berbicara lagi setelah panggilan ditahan selama 33 detik, sehingga tidak pernah berterima kasih kepada pelanggan yang sudah menunggu']);
    expect(runRuleOn(rule, { source: timed, config: EN }).findings.map((f) => f.message))
      .toEqual(['The agent never spoke again after a hold of 33 s, so never thanked the customer for waiting']);

    const untimed = timed.replace(/^\[\d\d:\d\d\] /gm, '');
    expect(runRuleOn(rule, { source: untimed }).findings.map((f) => f.message))
      .toEqual(['Agen tidak berbicara lagi setelah panggilan ditahan, sehingga tidak pernah berterima kasih kepada pelanggan yang sudah menunggu']);
    expect(runRuleOn(rule, { source: untimed, config: EN }).findings.map((f) => f.message))
      .toEqual(['The agent never spoke again after a hold, so never thanked the customer for waiting']);
  });

  it('notes a call that ended on hold, in the report\'s language', () => {
    const source = [...head, '[00:10] Agent: Mohon tunggu, Bu.', '[00:12] HOLD', '[00:50] HANGUP customer'].join('\n');
    const id = runRuleOn(rule, { source });
    expect(id.status).toBe('pass');
    expect(id.notes).toEqual(['panggilan berakhir saat masih ditahan (HOLD pada baris 7 tanpa UNHOLD): tidak ada kesempatan untuk berterima kasih']);
    expect(runRuleOn(rule, { source, config: EN }).notes).toEqual(['the call ended on hold (HOLD on line 7 without UNHOLD): nothing to thank after']);
  });
});
