// Inline cases for callback-identification: messages in both report languages, and phrasings the
// fixtures do not show.
import { describe, expect, it } from 'vitest';
import rule from '../rules/callback-identification.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };
const head = [
  '[00:00] ANSWER',
  '[00:01] CS: Selamat siang, Ventura, ada yang bisa dibantu?',
  '[00:05] Pelanggan: Siang, saya mau tanya stok kusen jati.',
  '[00:09] CS: Ukurannya berapa, Pak?',
  '[00:12] Pelanggan: Dua meter.',
];
const call = (...lines: string[]) => [...head, ...lines].join('\n');

describe('callback-identification', () => {
  it('words the finding in Indonesian by default and in English, with the company in the suggestion', () => {
    const source = ['# agent: Nia Ramadhani', call('[00:15] CS: Stoknya kosong, nanti kami hubungi kembali, Pak.')].join('\n');
    const config = { company: { name: 'Ventura' } };
    const id = runRuleOn(rule, { source, config });
    expect(findingKeys(id)).toEqual(['noAgentName@7']);
    const f = id.findings[0]!;
    expect(f.message).toBe('Agen meminta pelanggan menghubungi kembali atau menjanjikan panggilan kembali tanpa menyebutkan namanya (sebutkan "Nia Ramadhani")');
    expect(f.suggestion).toBe('Stoknya kosong, nanti kami hubungi kembali, Pak. Nama saya Nia Ramadhani dari Ventura.');
    expect(f.quote!.slice(...f.span!)).toBe('nanti kami hubungi kembali, Pak');
    expect(runRuleOn(rule, { source, config: { ...config, ...EN } }).findings[0]!.message)
      .toBe('The agent asked for or promised a callback without giving their name (say "Nia Ramadhani")');
  });

  it('notes a one-word agent name when the full name is required', () => {
    const source = ['# agent: Nia', call('[00:15] CS: Nanti saya telepon balik, dengan saya Nia.')].join('\n');
    const id = runRuleOn(rule, { source, options: { requireFullName: true } });
    expect(id.status).toBe('pass');
    expect(id.notes).toEqual(['Transkrip hanya menyebut "Nia" sebagai nama agen: nama depan diterima.']);
  });

  it('finds callbacks and self-introductions in their usual variants', () => {
    testRule(rule, {
      valid: [
        { source: call('[00:15] CS: Stoknya kosong. Ibu akan kami hubungi besok, dengan Rina ya.') },
        { source: call('[00:15] CS: silakan telfon balik minggu depan nama saya rina') },
        { source: call('[00:15] CS: Silakan hubungi kembali, Pak. Dengan saya Rina Wulandari.'), options: { requireFullName: true } },
        // A transfer is no callback.
        { source: call('[00:15] CS: Saya hubungkan kembali ke bagian gudang ya, Pak.'), skip: 'no callback request or promise' },
      ],
      invalid: [
        // "dengan senang hati" introduces nobody.
        { source: call('[00:15] CS: Dengan senang hati, nanti kami hubungi kembali.'), errors: ['noAgentName@6'] },
        // Lowercase dictionary words after a weak marker are no name.
        { source: call('[00:15] CS: nanti saya telepon balik saya pastikan dulu stoknya'), errors: ['noAgentName@6'] },
      ],
    });
  });
});
