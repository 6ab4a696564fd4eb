// Inline cases for thank-for-waiting: the words of messages, suggestions and notes in both report languages.
import { describe, expect, it } from 'vitest';
import rule from '../rules/thank-for-waiting.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

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

  it('leaves a leading "Terima kasih, Bu." out of the suggested line (changed: was pasted)', () => {
    const held = (back: string) => [...head, '[00:15] Agent: Mohon tunggu sebentar ya Bu.', '[00:19] HOLD', '[00:43] UNHOLD', `[00:44] Agent: ${back}`].join('\n');
    const suggestion = (back: string) => runRuleOn(rule, { source: held(back) }).findings[0]!.suggestion;
    expect(suggestion('Terima kasih, Bu. Pesanan Ibu masih di tahap produksi kaca.')).toBe('Terima kasih sudah menunggu, Bu Maya. Pesanan Ibu masih di tahap produksi kaca.');
    expect(suggestion('Baik, makasih ya Bu. Pesanan Ibu masih di tahap produksi kaca.')).toBe('Terima kasih sudah menunggu, Bu Maya. Pesanan Ibu masih di tahap produksi kaca.');
    // Without thanks the acknowledgement stays, as before.
    expect(suggestion('Baik Bu, pesanan Ibu masih di tahap produksi kaca.')).toBe('Terima kasih sudah menunggu, Bu Maya. Baik Bu, pesanan Ibu masih di tahap produksi kaca.');
  });

  it('ends a detected wait where the customer answers (changed: was a wait), not at "halo, Mbak?"', () => {
    const asked = [...head,
      '[00:11] Agent: Mohon tunggu sebentar ya Bu, boleh saya minta nomor pesanannya?',
      '[00:15] Customer: VJ-3301, Mbak.',
      '[00:31] Agent: Baik Bu, pesanan Ibu masih di tahap produksi kaca.',
    ].join('\n');
    const r = runRuleOn(rule, { source: asked });
    expect([r.status, r.reason]).toEqual(['skip', 'no hold in the call']);
    for (const said of ['Halo, Mbak? Masih di sana?', 'Iya, silakan.', 'halo mbak', 'Oke, saya tunggu.', 'Iya, tidak apa-apa, silakan dicek dulu.']) {
      expect([said, findingKeys(runRuleOn(rule, { source: asked.replace('VJ-3301, Mbak.', said) }))]).toEqual([said, ['noThanks@8']]);
    }
  });

  it('notes a call that ended on hold, in the report\'s language', () => {
    const source = [...head, '[00:10] Agent: Mohon tunggu, Bu.', '[00:12] HOLD', '[00:50] HANGUP customer'].join('\n');
    const id = runRuleOn(rule, { source });
    expect(id.status).toBe('pass');
    expect(id.notes).toEqual(['panggilan berakhir saat masih ditahan (HOLD pada baris 7 tanpa UNHOLD): tidak ada kesempatan untuk berterima kasih']);
    expect(runRuleOn(rule, { source, config: EN }).notes).toEqual(['the call ended on hold (HOLD on line 7 without UNHOLD): nothing to thank after']);
  });
});

describe('thank-for-waiting on English calls', () => {
  const enHead = [
    '# agent: Rachel',
    '# customer: Dan Carter',
    '[00:02] ANSWER',
    '[00:03] Agent: Good morning, thank you for calling Brightline, this is Rachel. How can I help you today?',
    '[00:08] Customer: Hi, I am calling about my refund, it still has not come through.',
  ];

  it('suggests the English thanks, addressing the customer as the agent did', () => {
    const source = [...enHead,
      '[00:14] Agent: I am sorry to hear that, Mr Carter. Please hold while I check with billing.',
      '[00:19] HOLD',
      '[00:47] UNHOLD',
      '[00:48] Agent: So the refund was issued yesterday.',
    ].join('\n');
    const id = runRuleOn(rule, { source });
    expect(findingKeys(id)).toEqual(['noThanks@9']);
    // The suggestion is in the call's language whatever the report's locale.
    expect(id.findings[0]!.suggestion).toBe('Thank you for waiting, Mr Carter. So the refund was issued yesterday.');
    expect(id.findings[0]!.message).toBe('Agen kembali setelah panggilan ditahan selama 28 detik tanpa berterima kasih kepada pelanggan yang sudah menunggu');
    const en = runRuleOn(rule, { source, config: EN }).findings[0]!;
    expect(en.message).toBe('The agent came back after a hold of 28 s without thanking the customer for waiting');
    expect(en.suggestion).toBe('Thank you for waiting, Mr Carter. So the refund was issued yesterday.');

    const sir = source.replace('Mr Carter', 'sir');
    expect(runRuleOn(rule, { source: sir }).findings[0]!.suggestion).toBe('Thank you for waiting, sir. So the refund was issued yesterday.');
    const none = source.replace(', Mr Carter', '');
    expect(runRuleOn(rule, { source: none }).findings[0]!.suggestion).toBe('Thank you for waiting. So the refund was issued yesterday.');
  });

  it('words a detected wait and a hold never resumed on an English call', () => {
    const detected = [...enHead,
      '[00:11] Agent: One moment please, let me check that for you.',
      '[00:26] Customer: Hello? Are you still there?',
      '[00:36] Agent: Yes, the refund was issued yesterday.',
    ].join('\n');
    const f = runRuleOn(rule, { source: detected, config: EN }).findings[0]!;
    expect(f.message).toBe('The agent came back after a wait of 25 s without thanking the customer for waiting');
    expect(f.suggestion).toBe('Thank you for waiting. Yes, the refund was issued yesterday.');
    expect(f.note).toBe('The agent asked the customer to wait on line 6 ("One moment please, let me check that for you.") and spoke again 25 s later.');

    const never = [...enHead, '[00:10] Agent: Bear with me, sir.', '[00:12] HOLD', '[00:45] UNHOLD', '[00:47] Customer: Hello? Hello?'].join('\n');
    expect(runRuleOn(rule, { source: never }).findings.map((x) => [x.messageId, x.suggestion])).toEqual([['neverResumed', 'Thank you for waiting, sir.']]);
  });

  it('accepts the usual English thanks and rejects an apology alone', () => {
    const held = (back: string) => [...enHead, '[00:14] Agent: Please hold.', '[00:19] HOLD', '[00:47] UNHOLD', `[00:48] Agent: ${back}`].join('\n');
    testRule(rule, {
      valid: [
        'Thank you for waiting.', 'Thanks for holding, Mr Carter.', 'thank you so much for your patience sir',
        'Thank you, Mr Carter, for waiting.', 'Thanks a lot for holding on.', 'I really appreciate your patience.',
        'Sorry to keep you waiting, thank you.', 'Sorry about the wait, thanks. Your refund is on its way.',
        'Thanks for bearing with me.', 'Thank you for being so patient.', 'Thanks for staying on the line.',
        'Your patience is much appreciated.', 'ty for waiting',
      ].map((back) => ({ source: held(back) })),
      invalid: [
        'Sorry for the wait.', 'Sorry to keep you waiting.', 'Thanks. Your refund is on its way.', 'Thank you for your time.',
      ].map((back) => ({ source: held(back), errors: ['noThanks@9'] })),
    });
  });

  it('accepts more English thanks for holding (review finding B)', () => {
    const held = (back: string) => [...enHead, '[00:14] Agent: Please hold.', '[00:19] HOLD', '[00:47] UNHOLD', `[00:48] Agent: ${back}`].join('\n');
    testRule(rule, {
      valid: [
        'Thank you for being on hold Mr Carter. The refund went out.', 'Thank you so much for being on hold.',
        'Cheers for holding, Mr Carter.', 'Ta for holding.', 'Cheers for your patience.', 'Thanks a million for waiting.',
        'Thank you for your time on hold.', 'Thank you for holding the line, Mr Carter.', 'Thank you for allowing me to check.',
        'thanks for letting me check that sir',
      ].map((back) => ({ source: held(back) })),
      invalid: [
        'Cheers for that.', 'Thank you for letting me know.', 'Okay, thank you. The refund went out.', 'Thank you for being here.',
      ].map((back) => ({ source: held(back), errors: ['noThanks@9'] })),
    });
  });

  it('leaves a leading thanks out of the suggested line (review finding F)', () => {
    const held = (back: string) => [...enHead, '[00:14] Agent: Please hold, Mr Carter.', '[00:19] HOLD', '[00:47] UNHOLD', `[00:48] Agent: ${back}`].join('\n');
    const suggestion = (back: string) => runRuleOn(rule, { source: held(back) }).findings[0]!.suggestion;
    expect(suggestion('Thank you, sir. Kindly hold the line a little longer while I check.')).toBe('Thank you for waiting, sir. Kindly hold the line a little longer while I check.');
    expect(suggestion('Okay, thank you, Mr Carter. So the refund went out yesterday.')).toBe('Thank you for waiting, Mr Carter. So the refund went out yesterday.');
    expect(suggestion('Perfect, thanks so much! So the refund went out yesterday.')).toBe('Thank you for waiting, Mr Carter. So the refund went out yesterday.');
    expect(suggestion('Thank you.')).toBe('Thank you for waiting, Mr Carter.');
    // No thanks in the leading clause, or no punctuation to end it: the words are kept whole.
    expect(suggestion('Okay, sorry about that. So the refund went out yesterday.')).toBe('Thank you for waiting, Mr Carter. Okay, sorry about that. So the refund went out yesterday.');
    expect(suggestion('Thank you for the number. The refund went out yesterday.')).toBe('Thank you for waiting, Mr Carter. Thank you for the number. The refund went out yesterday.');
    expect(suggestion('thank you sir so the refund went out yesterday')).toBe('Thank you for waiting, sir. Thank you sir so the refund went out yesterday');
  });

  it('ends a detected wait where the customer says more than a line check (review finding C)', () => {
    // The customer answers the agent's question: the conversation went on, no wait.
    const answered = [...enHead,
      '[00:11] Agent: Let me check that for you. What is your order number?',
      '[00:15] Customer: It is BL 4471.',
      '[00:31] Agent: Thank you. The refund was issued yesterday.',
    ].join('\n');
    const r = runRuleOn(rule, { source: answered });
    expect([r.status, r.reason]).toEqual(['skip', 'no hold in the call']);
    // A line check or a yes to the wait does not end it.
    for (const said of ['Hello? Are you still there?', 'Sure, no problem, take your time.', "No, that's fine, I'll hold.", 'hello can you hear me', 'Okay, thanks.', 'No, not at all.']) {
      const kept = answered.replace('It is BL 4471.', said);
      expect([said, findingKeys(runRuleOn(rule, { source: kept }))]).toEqual([said, ['noThanks@8']]);
    }
    // Speaking up after a long silence ends the wait there: it lasted until the customer spoke.
    const late = [...enHead,
      '[00:11] Agent: Please hold while I check with billing.',
      '[00:37] Customer: Hello? Could you also check my last invoice?',
      '[00:41] Agent: Sure. The refund was issued yesterday, and the invoice is paid.',
    ].join('\n');
    const f = runRuleOn(rule, { source: late, config: EN }).findings;
    expect(f.map((x) => x.message)).toEqual(['The agent came back after a wait of 26 s without thanking the customer for waiting']);
    expect(f[0]!.note).toBe('The agent asked the customer to wait on line 6 ("Please hold while I check with billing.") and spoke again 30 s later.');
  });

  it('does not take a thanks for holding for a new request to wait', () => {
    // "holding on", "staying on the line", "bearing with me" inside a thanks are no "hold on",
    // "stay on the line", "bear with me": no hold is detected after them.
    const source = [...enHead,
      '[00:10] Agent: Thanks for holding on, and thanks for bearing with me and staying on the line.',
      '[00:14] Customer: Sure. So the refund, I asked for it two weeks ago and nobody has told me anything since then.',
      '[00:30] Agent: The refund was issued yesterday.',
    ].join('\n');
    const r = runRuleOn(rule, { source });
    expect([r.status, r.reason]).toEqual(['skip', 'no hold in the call']);
    // Without the customer's words in between (which end any wait) the thanks still starts none.
    const alone = runRuleOn(rule, { source: source.replace(/^\[00:14\] Customer: .*\n/m, '') });
    expect([alone.status, alone.reason]).toEqual(['skip', 'no hold in the call']);
  });
});
