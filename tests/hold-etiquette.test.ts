// Inline cases for hold-etiquette: the words of messages, suggestions and notes in both report
// languages, and phrasings the fixtures do not show.
import { describe, expect, it } from 'vitest';
import rule from '../rules/hold-etiquette.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };
const head = [
  '# agent: Anna',
  '[00:00] ANSWER',
  '[00:01] Agent: Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?',
  '[00:05] Customer: Pagi, saya mau cek status pengembalian dana.',
];
const call = (...lines: string[]) => [...head, ...lines].join('\n');

describe('hold-etiquette', () => {
  it('words both findings in Indonesian by default and in English', () => {
    const source = call('[00:09] Agent: Baik Pak, saya lihat datanya.', '[00:12] HOLD', '[00:58] UNHOLD', '[00:59] Agent: Terima kasih sudah menunggu, Pak.');
    const id = runRuleOn(rule, { source });
    expect(findingKeys(id)).toEqual(['longHold@6', 'unannouncedHold@5']);
    const [unannounced, long] = id.findings;
    expect(unannounced!.message).toBe('Agen menahan panggilan (hold) tanpa lebih dulu meminta pelanggan untuk menunggu');
    expect(unannounced!.suggestion).toBe('Mohon tunggu sebentar, Pak, saya periksa terlebih dahulu.');
    expect(long!.message).toBe('Pelanggan menunggu 46 detik dalam status hold, lebih dari 30 detik, tanpa ditawari untuk dihubungi kembali');
    const en = runRuleOn(rule, { source, config: EN }).findings;
    expect(en.map((f) => f.message)).toEqual([
      'The agent put the customer on hold without first asking them to wait',
      'The customer waited 46 s on hold, longer than 30 s, and was not offered a callback instead',
    ]);
    // The suggestion is what to say on the call: Indonesian in both reports.
    expect(en[1]!.suggestion).toBe(long!.suggestion);
  });

  it('notes a hold whose length cannot be measured', () => {
    const source = call('[00:09] Agent: Mohon tunggu sebentar ya Pak.', '[00:12] HOLD', '[00:40] UNHOLD', '[00:41] Agent: Terima kasih sudah menunggu.').replace(/^\[\d\d:\d\d\] /gm, '');
    const id = runRuleOn(rule, { source });
    expect(id.status).toBe('pass');
    expect(id.notes).toEqual(['HOLD pada baris 6 tidak memiliki waktu: lamanya tidak diperiksa.']);
    expect(runRuleOn(rule, { source, config: EN }).notes).toEqual(['The HOLD on line 6 has no times: its length was not checked.']);
  });

  it('accepts announcements and callback offers in their usual variants', () => {
    testRule(rule, {
      valid: [
        { source: call('[00:09] Agent: mhn ditunggu ya pak', '[00:12] HOLD', '[00:30] UNHOLD') },
        { source: call('[00:09] Agent: Baik, saya tahan dulu panggilannya sebentar, Pak.', '[00:12] HOLD', '[00:30] UNHOLD') },
        { source: call('[00:09] Agent: Harap tetap di jalur.', '[00:12] HOLD', '[00:30] UNHOLD') },
        // A callback offer in the announcement itself.
        { source: call('[00:09] Agent: Mohon tunggu sebentar, atau kalau terlalu lama nanti saya telpon balik ya Pak.', '[00:12] HOLD', '[01:30] UNHOLD') },
        { source: call('[00:09] Agent: Bisa saya call back nanti, Pak? Atau Bapak mau menunggu?', '[00:12] Customer: Saya tunggu.', '[00:13] Agent: Baik, mohon tunggu.', '[00:14] HOLD', '[01:30] UNHOLD') },
      ],
      invalid: [
        // A quoted phrase is no announcement.
        { source: call('[00:09] Agent: Atasan saya bilang jangan cuma bilang "mohon tunggu" ya.', '[00:12] HOLD', '[00:30] UNHOLD'), errors: ['unannouncedHold@5'] },
        // "Terima kasih telah menghubungi kami kembali" is no callback offer.
        { source: call('[00:09] Agent: Terima kasih telah menghubungi kami kembali, Pak. Mohon tunggu sebentar.', '[00:12] HOLD', '[01:00] UNHOLD'), errors: ['longHold@6'] },
        // Saying "tidak perlu menelepon kembali" offers no callback.
        { source: call('[00:09] Agent: Bapak tidak perlu menelepon kembali, mohon tunggu saja.', '[00:12] HOLD', '[01:00] UNHOLD'), errors: ['longHold@6'] },
      ],
    });
  });
});
