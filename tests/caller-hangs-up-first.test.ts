// Inline cases for caller-hangs-up-first: the words of the message, suggestion and note in both report languages.
import { describe, expect, it } from 'vitest';
import rule from '../rules/caller-hangs-up-first.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const ventura = { company: { name: 'Ventura' }, timezone: '+07:00' };

function call(direction: 'inbound' | 'outbound'): string {
  return [
    `# direction: ${direction}`,
    '# started: 2026-11-03T13:05:00+07:00',
    '[00:02] ANSWER',
    '[00:03] Agent: Selamat siang, Ventura, dengan Nia, ada yang bisa saya bantu?',
    '[00:08] Customer: Mau tanya jadwal survei.',
    '[00:12] Agent: Survei Bapak besok jam sembilan.',
    '[00:15] HANGUP agent',
  ].join('\n');
}

describe('caller-hangs-up-first', () => {
  it('names the direction and the party in Indonesian by default and in English', () => {
    const id = runRuleOn(rule, { source: call('inbound'), config: ventura });
    expect(findingKeys(id)).toEqual(['agentHungUp@7']);
    const f = id.findings[0]!;
    expect(f.message).toBe('Agen menutup telepon lebih dulu pada panggilan masuk; penelepon yang seharusnya mengakhirinya');
    expect(f.note).toBe('Setelah kalimat penutup, tunggu sampai pelanggan menutup telepon lebih dulu (standar, baris 243: "klien selalu yang pertama mengakhiri percakapan").');
    expect(f.suggestion).toBe('Terima kasih telah menghubungi Ventura, selamat siang.');

    const en = runRuleOn(rule, { source: call('inbound'), config: { ...ventura, locale: 'en' } }).findings[0]!;
    expect(en.message).toBe('The agent hung up first on an inbound call; the caller should end it');
    expect(en.note).toBe('After the closing line, wait for the customer to hang up first (seed line 243: "klien selalu yang pertama mengakhiri percakapan").');
    // The closing line is what to say on the call: Indonesian in both reports.
    expect(en.suggestion).toBe(f.suggestion);
  });

  it('with party "customer", names an outbound call and the customer', () => {
    const options = { party: 'customer' };
    expect(runRuleOn(rule, { source: call('outbound'), options, config: ventura }).findings.map((f) => [f.message, f.suggestion])).toEqual([[
      'Agen menutup telepon lebih dulu pada panggilan keluar; pelanggan yang seharusnya mengakhirinya',
      'Terima kasih atas waktunya, selamat siang.',
    ]]);
    expect(runRuleOn(rule, { source: call('outbound'), options, config: { ...ventura, locale: 'en' } }).findings.map((f) => f.message))
      .toEqual(['The agent hung up first on an outbound call; the customer should end it']);
  });
});
