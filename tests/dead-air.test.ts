// Inline cases for dead-air: the suggested lines in the call's language (Indonesian and English),
// with and without a form of address, and the report's words in both locales.
import { describe, expect, it } from 'vitest';
import rule from '../rules/dead-air.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };

interface U { readonly speaker: 'agent' | 'customer'; readonly start: number; readonly end: number; readonly text: string }
interface E { readonly type: string; readonly at: number }

/** A JSON call: the utterances start on line 6 of the file, one line later per event. */
function json(utterances: readonly U[], events: readonly E[] = []): string {
  return [
    '{',
    '  "direction": "inbound",',
    '  "events": [',
    ...events.map((e, i) => `    ${JSON.stringify(e)}${i < events.length - 1 ? ',' : ''}`),
    '  ],',
    '  "utterances": [',
    ...utterances.map((u, i) => `    ${JSON.stringify(u)}${i < utterances.length - 1 ? ',' : ''}`),
    '  ]',
    '}',
  ].join('\n');
}
const run = (utterances: readonly U[], events: readonly E[] = [], config: Record<string, unknown> = {}) =>
  runRuleOn(rule, { source: json(utterances, events), file: 'inline.json', config });

const enOpening: U = { speaker: 'agent', start: 0.5, end: 4.5, text: 'Good morning, thank you for calling Brightline, this is Rachel. How can I help you?' };
const idOpening: U = { speaker: 'agent', start: 0.5, end: 4.5, text: 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?' };

describe('dead-air on English calls', () => {
  it('asks for a moment after the customer spoke, addressing the customer as the agent did', () => {
    const us: U[] = [
      enOpening,
      { speaker: 'customer', start: 5.0, end: 8.0, text: 'Hi, I want to know if my deposit has come through.' },
      { speaker: 'agent', start: 21.0, end: 25.0, text: 'Yes sir, it came through yesterday afternoon.' },
    ];
    const r = run(us);
    expect(findingKeys(r)).toEqual(['deadAir@8']);
    expect(r.findings[0]!.suggestion).toBe('One moment please, sir, let me check that for you.');
    const en = run(us, [], EN).findings[0]!;
    expect(en.message).toBe('13 s of silence from 00:08 before this utterance, with no hold and no announced wait');
    expect(en.suggestion).toBe('One moment please, sir, let me check that for you.');
    expect(en.note).toBe('The silence followed line 7 (customer): "Hi, I want to know if my deposit has come through."');

    const plain = us.map((u) => ({ ...u, text: u.text.replace('Yes sir, it', 'It') }));
    expect(run(plain).findings[0]!.suggestion).toBe('One moment please, let me check that for you.');
  });

  it('checks the customer is still there after the agent spoke', () => {
    const us: U[] = [
      enOpening,
      { speaker: 'customer', start: 5.0, end: 7.0, text: 'Hi, I need to book a survey.' },
      { speaker: 'agent', start: 7.5, end: 11.0, text: "Sure, ma'am, which day works best for you?" },
      { speaker: 'customer', start: 23.0, end: 25.0, text: 'Sorry, Wednesday works for me.' },
    ];
    expect(run(us).findings.map((f) => f.suggestion)).toEqual(["I'm sorry, ma'am, can you still hear me?"]);
    const plain = us.map((u) => ({ ...u, text: u.text.replace(", ma'am,", ',') }));
    expect(run(plain).findings.map((f) => f.suggestion)).toEqual(["I'm sorry, can you still hear me?"]);
  });

  it('asks for a moment after the agent only acknowledged and went quiet (review finding E)', () => {
    const after = (ack: string): U[] => [
      enOpening,
      { speaker: 'customer', start: 5.0, end: 8.0, text: 'Hi, can you tell me my outstanding balance? The account number is four four eight two.' },
      { speaker: 'agent', start: 8.5, end: 9.0, text: ack },
      { speaker: 'agent', start: 29.0, end: 33.0, text: 'The outstanding balance is four hundred and twenty dollars.' },
    ];
    expect(run(after('Okay.')).findings.map((f) => f.suggestion)).toEqual(['One moment please, let me check that for you.']);
    expect(run(after('ok')).findings.map((f) => f.suggestion)).toEqual(['One moment please, let me check that for you.']);
    expect(run(after('Thank you so much, Mr. Cooper.')).findings.map((f) => f.suggestion)).toEqual(['One moment please, let me check that for you.']);
    expect(run(after("Alright, thank you, ma'am.")).findings.map((f) => f.suggestion)).toEqual(["One moment please, ma'am, let me check that for you."]);
    // More than an acknowledgement: the customer was asked something, so check the line.
    expect(run(after('Is that the account in your name?')).findings.map((f) => f.suggestion)).toEqual(["I'm sorry, can you still hear me?"]);
    expect(run(after('Sir?')).findings.map((f) => f.suggestion)).toEqual(["I'm sorry, sir, can you still hear me?"]);
  });

  it('thanks for waiting when nobody spoke after a hold', () => {
    const us: U[] = [
      enOpening,
      { speaker: 'customer', start: 5.0, end: 8.0, text: 'Is the technician still coming today?' },
      { speaker: 'agent', start: 8.5, end: 11.0, text: "Please hold while I check, ma'am." },
      { speaker: 'customer', start: 45.0, end: 46.0, text: 'Hello? Are you there?' },
    ];
    const events: E[] = [{ type: 'hold', at: 12 }, { type: 'unhold', at: 30 }];
    const r = run(us, events);
    expect(findingKeys(r)).toEqual(['deadAir@11']);
    expect(r.findings[0]!.suggestion).toBe("Thank you for waiting, ma'am.");
    expect(run(us, events, EN).findings[0]!.note).toBe('The hold ended at 00:30 and nobody spoke until this utterance');
    const plain = us.map((u) => ({ ...u, text: u.text.replace(", ma'am", '') }));
    expect(run(plain, events).findings[0]!.suggestion).toBe('Thank you for waiting.');
  });

  it('takes an English request to wait, by either speaker, as an announced pause', () => {
    for (const [speaker, text] of [
      ['agent', 'One moment please, let me check that for you.'],
      ['agent', "I'm going to place you on a brief hold while I look."],
      ['agent', 'bear with me a sec'],
      ['customer', 'Hang on, let me grab my card.'],
      ['customer', 'give me a second'],
    ] as const) {
      const us: U[] = [
        enOpening,
        { speaker: 'customer', start: 5.0, end: 8.0, text: 'Hi, I want to check the warranty on my windows.' },
        { speaker, start: 8.5, end: 11.0, text },
        { speaker, start: 30.0, end: 33.0, text: 'Okay, so the number is G seven seven eight one.' },
      ];
      expect([text, run(us).status]).toEqual([text, 'pass']);
    }
  });
});

describe('dead-air on Indonesian calls (unchanged)', () => {
  it('addresses the customer as the agent did, else "Bapak/Ibu"', () => {
    const us: U[] = [
      idOpening,
      { speaker: 'customer', start: 5.0, end: 8.0, text: 'Pagi, Mbak. Pembayaran DP saya sudah masuk belum?' },
      { speaker: 'agent', start: 21.0, end: 25.0, text: 'Baik, Pak, pembayarannya sudah kami terima.' },
      { speaker: 'customer', start: 25.5, end: 26.5, text: 'Oke.' },
      { speaker: 'agent', start: 27.0, end: 29.0, text: 'Ada lagi yang bisa saya bantu?' },
      { speaker: 'customer', start: 41.0, end: 42.0, text: 'Tidak, Mbak.' },
    ];
    const r = run(us);
    expect(findingKeys(r)).toEqual(['deadAir@11', 'deadAir@8']);
    expect(r.findings.map((f) => f.suggestion)).toEqual([
      'Mohon tunggu sebentar, Pak, saya periksa terlebih dahulu.',
      'Mohon maaf, Pak, apakah suara saya masih terdengar?',
    ]);
    expect(r.findings[0]!.message).toBe('Hening 13 detik sejak 00:08 sebelum ucapan ini, tanpa hold dan tanpa pemberitahuan untuk menunggu');
    const plain = us.map((u) => ({ ...u, text: u.text.replace('Baik, Pak, p', 'P') }));
    expect(run(plain).findings.map((f) => f.suggestion)).toEqual([
      'Mohon tunggu sebentar, Bapak/Ibu, saya periksa terlebih dahulu.',
      'Mohon maaf, Bapak/Ibu, apakah suara saya masih terdengar?',
    ]);
    // The suggestion is what to say on the call: Indonesian in both reports.
    expect(run(plain, [], EN).findings.map((f) => f.suggestion)).toEqual(run(plain).findings.map((f) => f.suggestion));
  });

  it('asks for a moment after the agent\'s bare "Baik, Pak." (changed: was "can you still hear me")', () => {
    const us: U[] = [
      idOpening,
      { speaker: 'customer', start: 5.0, end: 8.0, text: 'Pagi, Mbak. Nomor pesanan saya VJ-3301, sudah dikirim belum?' },
      { speaker: 'agent', start: 8.5, end: 9.2, text: 'Baik, Pak.' },
      { speaker: 'agent', start: 24.0, end: 28.0, text: 'Pesanannya dikirim kemarin sore, Pak.' },
    ];
    expect(run(us).findings.map((f) => f.suggestion)).toEqual(['Mohon tunggu sebentar, Pak, saya periksa terlebih dahulu.']);
  });

  it('thanks after a hold nobody spoke after', () => {
    const us: U[] = [
      idOpening,
      { speaker: 'customer', start: 5.0, end: 8.0, text: 'Teknisinya jadi datang hari ini?' },
      { speaker: 'agent', start: 8.5, end: 11.0, text: 'Mohon tunggu sebentar ya, saya konfirmasi dulu.' },
      { speaker: 'customer', start: 45.0, end: 46.0, text: 'Halo?' },
    ];
    const events: E[] = [{ type: 'hold', at: 12 }, { type: 'unhold', at: 30 }];
    expect(run(us, events).findings.map((f) => f.suggestion)).toEqual(['Terima kasih sudah menunggu, Bapak/Ibu.']);
    const pak = us.map((u) => ({ ...u, text: u.text.replace('ya,', 'ya Pak,') }));
    expect(run(pak, events).findings.map((f) => f.suggestion)).toEqual(['Terima kasih sudah menunggu, Pak.']);
  });
});
