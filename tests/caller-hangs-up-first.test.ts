// Inline cases for caller-hangs-up-first: the words of the message, suggestion and note in both report languages.
import { describe, expect, it } from 'vitest';
import rule from '../rules/caller-hangs-up-first.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

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
    expect(en.note).toBe('After the closing line, wait for the customer to hang up first (seed line 243: "klien selalu yang pertama mengakhiri percakapan" ("the client is always the first to end the conversation")).');
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

describe('caller-hangs-up-first in English', () => {
  /** An English call the agent hangs up on; `started` gives the clock, else none. */
  function english(direction: 'inbound' | 'outbound', started: string | null, greeting = 'Good afternoon'): string {
    return [
      `# direction: ${direction}`,
      ...(started ? [`# started: ${started}`] : []),
      '[00:02] ANSWER',
      `[00:03] Agent: ${greeting}, Ventura, this is Nia. How can I help you?`,
      '[00:08] Customer: I would like to know when the survey is.',
      '[00:12] Agent: Your survey is tomorrow at nine.',
      '[00:15] HANGUP agent',
    ].join('\n');
  }
  const suggestion = (source: string, config: Record<string, unknown> = ventura, options: Record<string, unknown> = {}) =>
    runRuleOn(rule, { source, config, options }).findings.map((f) => f.suggestion);

  it('suggests the closing line in English: thanks for calling the company and a farewell for the hour', () => {
    const source = english('inbound', '2026-11-03T13:05:00+07:00');
    const id = runRuleOn(rule, { source, config: ventura });
    expect(findingKeys(id)).toEqual(['agentHungUp@7']);
    expect(id.findings[0]!.suggestion).toBe('Thank you for calling Ventura, have a great day.');
    // The message is in the report's language; the words to say stay English.
    expect(id.findings[0]!.message).toBe('Agen menutup telepon lebih dulu pada panggilan masuk; penelepon yang seharusnya mengakhirinya');
    expect(runRuleOn(rule, { source, config: { ...ventura, locale: 'en' } }).findings[0]!.suggestion).toBe('Thank you for calling Ventura, have a great day.');
    expect(suggestion(english('inbound', '2026-11-03T16:30:00+07:00'))).toEqual(['Thank you for calling Ventura, have a great rest of your day.']);
    expect(suggestion(english('inbound', '2026-11-03T19:30:00+07:00'))).toEqual(['Thank you for calling Ventura, have a good evening.']);
  });

  it('without a company: "Thank you for calling"; on an outbound call: thanks for the time', () => {
    expect(suggestion(english('inbound', '2026-11-03T09:05:00+07:00'), { timezone: '+07:00' })).toEqual(['Thank you for calling, have a great day.']);
    expect(suggestion(english('outbound', '2026-11-03T16:05:00+07:00'), ventura, { party: 'customer' })).toEqual(['Thank you for your time, have a great rest of your day.']);
  });

  it('without a clock, follows the agent\'s own "good evening", else a plain "have a great day"', () => {
    expect(suggestion(english('inbound', null, 'Good evening'))).toEqual(['Thank you for calling Ventura, have a good evening.']);
    expect(suggestion(english('inbound', null, 'Hello'))).toEqual(['Thank you for calling Ventura, have a great day.']);
  });
});

describe('caller-hangs-up-first in Indonesian (unchanged)', () => {
  it('without a clock: the agent\'s own time greeting, else "selamat beraktivitas kembali"; "kami" without a company', () => {
    const source = (greeting: string) => [
      '[00:02] ANSWER',
      `[00:03] Agent: ${greeting}, Ventura, dengan Nia, ada yang bisa saya bantu?`,
      '[00:08] Customer: Mau tanya jadwal survei.',
      '[00:12] Agent: Survei Bapak besok jam sembilan.',
      '[00:15] HANGUP agent',
    ].join('\n');
    expect(runRuleOn(rule, { source: source('Selamat petang') }).findings.map((f) => f.suggestion))
      .toEqual(['Terima kasih telah menghubungi kami, selamat petang.']);
    expect(runRuleOn(rule, { source: source('Halo'), config: { company: { name: 'Ventura' } } }).findings.map((f) => f.suggestion))
      .toEqual(['Terima kasih telah menghubungi Ventura, selamat beraktivitas kembali.']);
  });
});

describe('caller-hangs-up-first at a transfer (both languages)', () => {
  // The agent's HANGUP at a blind transfer is the hand-over, not hanging up on the caller.
  const transfer = (lines: readonly string[]) => ['[00:02] ANSWER', ...lines].join('\n');
  const indonesian = [
    '[00:03] Agent: Selamat siang, Ventura, dengan Nia, ada yang bisa saya bantu?',
    '[00:08] Customer: Saya mau komplain soal tagihan.',
    '[00:12] Agent: Baik, Pak, saya sambungkan ke bagian keuangan, mohon tunggu sebentar.',
  ];
  const english = [
    '[00:03] Agent: Good afternoon, Ventura, this is Nia. How can I help you?',
    '[00:08] Customer: I was charged twice for my deposit.',
    '[00:12] Agent: I will put you through to our billing team, please stay on the line.',
  ];
  it('skips when the agent hangs up at or after the last TRANSFER and no agent speaks after it', () => {
    testRule(rule, {
      valid: [
        { source: transfer([...indonesian, '[00:15] TRANSFER keuangan', '[00:15] HANGUP agent']), skip: 'call ended in a transfer' },
        { source: transfer([...english, '[00:15] TRANSFER billing', '[00:15] HANGUP agent']), skip: 'call ended in a transfer' },
        // The customer's words after the hand-over ("Halo?") are no agent speaking.
        { source: transfer([...english, '[00:15] TRANSFER billing', '[00:20] Customer: Hello?', '[00:21] HANGUP agent']), skip: 'call ended in a transfer' },
        // Two transfers, the agent's leg closes after the second.
        { source: transfer([...indonesian, '[00:15] TRANSFER keuangan', '[00:30] Agent: Maaf, Pak, saya sambungkan ke bagian penagihan.', '[00:33] TRANSFER penagihan', '[00:34] HANGUP agent']), skip: 'call ended in a transfer' },
        // The customer hanging up after a transfer passes as before.
        { source: transfer([...english, '[00:15] TRANSFER billing', '[00:40] HANGUP customer']) },
      ],
      invalid: [
        // The colleague (an agent line after the TRANSFER) hangs up on the caller.
        { source: transfer([...indonesian, '[00:15] TRANSFER keuangan', '[00:30] Agent: Dengan Dewi dari keuangan, tagihannya sudah saya batalkan.', '[00:35] HANGUP agent']), errors: ['agentHungUp@7'] },
        { source: transfer([...english, '[00:15] TRANSFER billing', '[00:30] Agent: Billing, this is Tom, I have refunded it.', '[00:35] HANGUP agent']), errors: ['agentHungUp@7'] },
        // The agent hung up before the TRANSFER was logged: the caller was cut off.
        { source: transfer([...english, '[00:14] HANGUP agent', '[00:15] TRANSFER billing']), errors: ['agentHungUp@5'] },
      ],
    });
  });
});
