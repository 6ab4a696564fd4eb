// Inline cases for transfer-etiquette: messages in both report languages, and phrasings the
// fixtures do not show.
import { describe, expect, it } from 'vitest';
import rule from '../rules/transfer-etiquette.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };
const head = [
  '# agent: Sari',
  '[00:00] ANSWER',
  '[00:01] CS: Selamat pagi, Ventura, dengan Sari, ada yang bisa dibantu?',
  '[00:05] Pelanggan: Pagi, saya mau tanya faktur pajak.',
];
const call = (...lines: string[]) => [...head, ...lines].join('\n');

describe('transfer-etiquette', () => {
  it('words the findings in Indonesian by default and in English, with the seed\'s suggestion', () => {
    const source = call('[00:09] CS: Sebentar ya, Bu.', '[00:11] TRANSFER Peter Alekseevich, kepala akuntan');
    const id = runRuleOn(rule, { source });
    expect(findingKeys(id)).toEqual(['noColleagueNamed@5', 'noPermission@5']);
    expect(id.findings.map((f) => f.message)).toEqual([
      'Agen mengalihkan panggilan tanpa meminta izin pelanggan',
      'Agen mengalihkan panggilan tanpa menyebutkan siapa yang akan menanganinya (seharusnya "Peter Alekseevich, kepala akuntan")',
    ]);
    expect(id.findings[0]!.suggestion).toBe('Peter Alekseevich, kepala akuntan, menangani masalah ini. Bisakah saya mengalihkan Ibu ke sana?');
    expect(runRuleOn(rule, { source, config: EN }).findings.map((f) => f.message)).toEqual([
      "The agent transferred the call without asking the customer's permission",
      'The agent transferred the call without saying who will take it (expected "Peter Alekseevich, kepala akuntan")',
    ]);
  });

  it('counts transfers in the message', () => {
    const source = call('[00:09] CS: Boleh saya sambungkan ke bagian gudang, Bu?', '[00:11] TRANSFER bagian gudang',
      '[00:15] CS: Gudang, dengan Joko. Boleh saya alihkan ke bagian keuangan, Bu?', '[00:20] TRANSFER bagian keuangan');
    const id = runRuleOn(rule, { source, options: { maxTransfers: 1 } });
    expect(findingKeys(id)).toEqual(['tooManyTransfers@8']);
    expect(id.findings[0]!.message).toBe('Panggilan dialihkan 2 kali (batas 1): setiap pengalihan menguras kesabaran pelanggan');
    expect(runRuleOn(rule, { source, options: { maxTransfers: 1 }, config: EN }).findings[0]!.message)
      .toBe("The call was transferred 2 times (limit 1): every transfer wears out the customer's patience");
  });

  it('tells a permission question from an announcement and a callback', () => {
    testRule(rule, {
      valid: [
        { source: call('[00:09] CS: Apakah Ibu keberatan jika saya alihkan ke supervisor kami?', '[00:12] TRANSFER') },
        { source: call('[00:09] CS: Bagaimana kalau saya sambungkan langsung ke Pak Budi?', '[00:12] TRANSFER') },
        { source: call('[00:09] CS: boleh ya bu saya sambungkan ke pak hendro', '[00:12] TRANSFER Hendro Wibowo') },
        { source: call('[00:09] CS: Ibu bersedia dialihkan ke atasan saya?', '[00:12] TRANSFER') },
      ],
      invalid: [
        // A callback question is no permission to transfer.
        { source: call('[00:09] CS: Boleh saya menghubungi Ibu kembali? Bagian keuangan yang menangani.', '[00:12] TRANSFER'), errors: ['noPermission@5'] },
        // The consent word must be in the same sentence as the transfer verb.
        { source: call('[00:09] CS: Saya sambungkan ke bagian keuangan. Boleh minta nomor Ibu?', '[00:12] TRANSFER'), errors: ['noPermission@5'] },
        // "tim kami" names no department.
        { source: call('[00:09] CS: Boleh saya sambungkan ke tim kami?', '[00:12] TRANSFER'), errors: ['noColleagueNamed@5'] },
        // Addressing the customer names no colleague.
        { source: ['# customer: Wulan Sari', call('[00:09] CS: Boleh saya sambungkan, Bu Wulan?', '[00:12] TRANSFER')].join('\n'), errors: ['noColleagueNamed@6'] },
      ],
    });
  });
});
