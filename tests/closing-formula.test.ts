// Inline cases for closing-formula: the suggested closing lines in the call's language (English
// calls get English phrasings from the lexicon; Indonesian ones stay as they were).
import { describe, expect, it } from 'vitest';
import rule from '../rules/closing-formula.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

const ventura = { company: { name: 'Ventura' }, timezone: '+07:00' };

/** An English call whose agent just stops ("Yep."), the agent's last words at 00:19 after `started`. */
function english(opts: { started?: string; direction?: 'inbound' | 'outbound'; customer?: string } = {}): string {
  return [
    `# direction: ${opts.direction ?? 'inbound'}`,
    ...(opts.started ? [`# started: ${opts.started}`] : []),
    ...(opts.customer ? [`# customer: ${opts.customer}`] : []),
    '[00:04] ANSWER',
    '[00:05] Agent: Good evening, Ventura, this is Anna. How can I help you?',
    '[00:09] Customer: What is the address of the Bekasi branch?',
    '[00:14] Agent: It is on Ahmad Yani Street, number twelve, Mr Smith.',
    '[00:18] Customer: Okay.',
    '[00:19] Agent: Yep.',
  ].join('\n');
}

const suggestions = (source: string, config: Record<string, unknown> = ventura, options: Record<string, unknown> = {}) =>
  Object.fromEntries(runRuleOn(rule, { source, config, options }).findings.map((f) => [f.messageId, f.suggestion]));

describe('closing-formula in English', () => {
  it('suggests the English question, thanks for calling the company and an evening goodbye', () => {
    const source = english({ started: '2026-11-05T19:30:00+07:00', customer: 'John Smith' });
    const result = runRuleOn(rule, { source, config: ventura });
    expect(findingKeys(result)).toEqual(['missingFarewell@9', 'missingQuestion@9', 'missingThanks@9']);
    expect(suggestions(source)).toEqual({
      missingQuestion: 'Is there anything else I can help you with, Mr Smith?',
      missingThanks: 'Thank you for calling Ventura, Mr Smith.',
      missingFarewell: 'Have a good evening. Goodbye.',
    });
    // The message quotes the words to say, in the report's language around them.
    expect(result.findings.map((f) => f.message)).toEqual([
      'Penutup tidak menanyakan apakah pelanggan masih memerlukan bantuan lain ("Is there anything else I can help you with, Mr Smith?")',
      'Penutup tidak berterima kasih kepada pelanggan atas panggilannya ("Thank you for calling Ventura, Mr Smith.")',
      'Penutup tidak mengucapkan salam perpisahan ("Have a good evening. Goodbye.")',
    ]);
    expect(runRuleOn(rule, { source, config: { ...ventura, locale: 'en' } }).findings[0]!.message)
      .toBe('The closing does not ask whether the customer needs anything else ("Is there anything else I can help you with, Mr Smith?")');
  });

  it('without a company, a name or a clock: plain thanks for calling and a plain goodbye', () => {
    expect(suggestions(english(), {})).toEqual({
      missingQuestion: 'Is there anything else I can help you with?',
      missingThanks: 'Thank you for calling.',
      missingFarewell: 'Have a great day. Goodbye.',
    });
  });

  it('thanks for the time on an outbound call', () => {
    expect(suggestions(english({ direction: 'outbound', customer: 'John Smith' })).missingThanks).toBe('Thank you for your time, Mr Smith.');
  });

  it('says goodbye for the band of the local hour', () => {
    const farewell = (hhmm: string) => suggestions(english({ started: `2026-11-05T${hhmm}:00+07:00` })).missingFarewell;
    expect(farewell('08:00')).toBe('Have a great day. Goodbye.');
    expect(farewell('12:00')).toBe('Have a great day. Goodbye.');
    expect(farewell('16:00')).toBe('Have a great rest of your day. Goodbye.');
    expect(farewell('20:00')).toBe('Have a good evening. Goodbye.');
  });

  it('takes "anything else, ma\'am" without a question mark as the question (ASR), an "if" invitation not', () => {
    const base = ['[00:04] ANSWER', '[00:05] agent: good morning ventura this is anna how can i help you', '[00:09] customer: is my order on its way'];
    const close = 'thank you for calling ventura have a great day';
    const short = [...base, '[00:13] agent: yes it ships today anything else maam', '[00:16] customer: no thats it', `[00:18] agent: ${close}`].join('\n');
    expect(runRuleOn(rule, { source: short }).status).toBe('pass');
    const bare = [...base, '[00:13] agent: yes it ships today anything else', '[00:16] customer: no thats it', `[00:18] agent: ${close}`].join('\n');
    expect(findingKeys(runRuleOn(rule, { source: bare }))).toEqual(['missingQuestion@6']);
    // A negator that reaches the start of one phrase does not hide a later, affirmed one.
    const reach = [...base, '[00:13] agent: yes it ships today it never does that is there anything else i can help you with', '[00:16] customer: no thats it', `[00:18] agent: ${close}`].join('\n');
    expect(runRuleOn(rule, { source: reach }).status).toBe('pass');
    const invitation = [...base, `[00:13] agent: yes it ships today if you have any other questions just give us a call ${close}`].join('\n');
    expect(findingKeys(runRuleOn(rule, { source: invitation }))).toEqual(['missingQuestion@4']);
  });
});

describe('closing-formula in Indonesian (unchanged)', () => {
  const source = [
    '# customer: Maya Lestari',
    '# started: 2026-11-05T19:30:00+07:00',
    '[00:04] ANSWER',
    '[00:05] Agent: Selamat malam, Ventura, dengan Anna, ada yang bisa saya bantu?',
    '[00:09] Customer: Alamat kantor cabang Bekasi di mana ya?',
    '[00:14] Agent: Di Jalan Ahmad Yani nomor dua belas, Bu.',
    '[00:18] Customer: Oke.',
    '[00:19] Agent: Ya.',
  ].join('\n');

  it('keeps the Indonesian lines, in both report languages', () => {
    const expected = {
      missingQuestion: 'Apakah ada lagi yang bisa saya bantu, Bu Maya?',
      missingThanks: 'Terima kasih telah menghubungi Ventura, Bu Maya.',
      missingFarewell: 'Semoga hari Anda menyenangkan. Selamat malam.',
    };
    expect(suggestions(source)).toEqual(expected);
    expect(suggestions(source, { ...ventura, locale: 'en' })).toEqual(expected);
    // Without a company or a start time: "telah menelepon" and "Selamat tinggal".
    expect(suggestions(source.replace(/^# started: .*\n/m, ''), {})).toEqual({
      missingQuestion: 'Apakah ada lagi yang bisa saya bantu, Bu Maya?',
      missingThanks: 'Terima kasih telah menelepon, Bu Maya.',
      missingFarewell: 'Semoga hari Anda menyenangkan. Selamat tinggal.',
    });
    expect(suggestions(`# direction: outbound\n${source}`).missingThanks).toBe('Terima kasih atas waktunya, Bu Maya.');
  });
});

describe('closing-formula: the question forms, the thanks and a closing stretched over a follow-up', () => {
  /** An English call: `closing` are the lines after the customer's question, from 00:13 on. */
  const en = (closing: readonly string[]) => [
    '[00:04] ANSWER',
    '[00:05] Agent: Good morning, Ventura, this is Anna. How can I help you?',
    '[00:09] Customer: When will my windows be installed?',
    ...closing,
  ].join('\n');
  /** The same in Indonesian. */
  const id = (closing: readonly string[]) => [
    '[00:04] ANSWER',
    '[00:05] Agent: Selamat pagi, Ventura, dengan Sinta, ada yang bisa dibantu?',
    '[00:08] Customer: Pagi. Saya mau cek status pesanan nomor 4471.',
    ...closing,
  ].join('\n');
  const bye = 'Thank you for calling Ventura, have a great day.';

  it('counts "any other thing", "anything I can answer", "do you have any questions" and "any questions?" by the agent only', () => {
    testRule(rule, {
      valid: [
        { source: en(["[00:13] Agent: On Thursday at ten, ma'am. Is there any other thing I can help you with?", "[00:18] Customer: No, that's all.", `[00:20] Agent: ${bye}`]) },
        { source: en(['[00:13] agent: on thursday at ten maam any other thing we can do for you', '[00:18] customer: no thats all', `[00:20] agent: ${bye}`]) },
        { source: en(["[00:13] Agent: On Thursday at ten. Any other thing, ma'am?", "[00:18] Customer: No, that's all.", `[00:20] Agent: ${bye}`]) },
        { source: en(['[00:13] Agent: On Thursday at ten. Is there anything I can clarify for you?', "[00:18] Customer: No, that's all.", `[00:20] Agent: ${bye}`]) },
        { source: en(['[00:13] Agent: On Thursday at ten. Do you have any questions?', "[00:18] Customer: No, that's all.", `[00:20] Agent: ${bye}`]) },
        { source: en(['[00:13] Agent: On Thursday at ten. Any questions, sir?', "[00:18] Customer: No, that's all.", `[00:20] Agent: ${bye}`]) },
        { source: en(['[00:13] Agent: On Thursday at ten. Did that answer your question?', "[00:18] Customer: Yes, that's all.", `[00:20] Agent: ${bye}`]) },
        { source: en(['[00:13] agent: on thursday at ten have i resolved your issue today', '[00:18] customer: yes thanks', `[00:20] agent: ${bye}`]) },
        { source: en(['[00:13] Agent: On Thursday at ten. Do you have any questions?', '[00:18] Customer: No.', '[00:20] Agent: Well, thanks so much for giving us a call, Ms Lee. Bye now.']) },
        { source: en(['[00:13] Agent: On Thursday at ten. Anything else?', '[00:18] Customer: No.', '[00:20] Agent: Thank you for being a Ventura customer. Bye now.']) },
      ],
      invalid: [
        // The customer's "Do you have any questions" is not the agent's question.
        { source: en(['[00:13] Agent: On Thursday at ten.', '[00:16] Customer: Great. Do you have any questions for me?', '[00:18] Agent: No.', `[00:20] Agent: ${bye}`]), errors: ['missingQuestion@7'] },
        // An invitation, not a question; a statement that assumes the answer.
        { source: en([`[00:13] Agent: On Thursday at ten. If you have any other thing we can help with, give us a call. ${bye}`]), errors: ['missingQuestion@4'] },
        { source: en([`[00:13] Agent: On Thursday at ten. I don't think there's any other thing I can help with. ${bye}`]), errors: ['missingQuestion@4'] },
        // A statement that it was answered asks nothing.
        { source: en([`[00:13] Agent: On Thursday at ten. I think I have answered your question. ${bye}`]), errors: ['missingQuestion@4'] },
        // "Thank you for being patient" and "thanks for giving us the details" are no thanks for the call.
        { source: en(['[00:13] Agent: On Thursday at ten. Anything else I can help with?', "[00:18] Customer: No, that's all.", '[00:20] Agent: Thank you for being patient and thanks for giving us the details. Bye.']), errors: ['missingThanks@6'] },
      ],
    });
  });

  it('spans back over one follow-up when the customer then closes or the agent had closed already (both languages)', () => {
    testRule(rule, {
      valid: [
        // Follow-up answered, then "That's everything, thank you" / "Oke, itu saja, Mbak".
        { source: en(['[00:13] Agent: On Thursday at ten. Is there anything else I can help you with?', '[00:18] Customer: Oh, one more thing. Where will the invoice be sent?', '[00:23] Agent: It will be emailed to you.', "[00:26] Customer: Okay, that's everything, thank you.", `[00:27] Agent: ${bye}`]) },
        { source: id(['[00:14] Agent: Sudah dikirim kemarin, Pak. Ada lagi yang bisa saya bantu?', '[00:18] Customer: Oh iya, satu lagi, fakturnya dikirim ke mana ya?', '[00:23] Agent: Fakturnya kami kirim ke email Bapak hari ini.', '[00:27] Customer: Oke, itu saja, Mbak, makasih.', '[00:29] Agent: Terima kasih sudah menghubungi Ventura, selamat pagi.']) },
        // Reopened: thanks and goodbye, one more question, the answer, a goodbye again.
        { source: id(['[00:14] Agent: Sudah dikirim kemarin, Pak. Ada lagi yang bisa saya bantu?', '[00:18] Customer: Tidak, Mbak.', '[00:20] Agent: Terima kasih sudah menghubungi Ventura, selamat pagi.', '[00:23] Customer: Eh, Mbak, kurirnya jam berapa datang?', '[00:26] Agent: Sekitar jam sepuluh, Pak.', '[00:28] Customer: Oke, makasih.', '[00:29] Agent: Baik, Pak, selamat pagi.']) },
      ],
      invalid: [
        // The customer only acknowledged the answer ("Okay, thanks" / "Oke, makasih"): ask again.
        { source: en(['[00:13] Agent: On Thursday at ten. Is there anything else I can help you with?', '[00:18] Customer: Oh, one more thing. Where will the invoice be sent?', '[00:23] Agent: It will be emailed to you.', '[00:26] Customer: Okay, thanks.', `[00:27] Agent: ${bye}`]), errors: ['missingQuestion@8'] },
        // The customer's closing words excuse the question only: the thanks for the call belongs after them.
        { source: en(['[00:13] Agent: Thanks for calling about this, it is on Thursday at ten. Is there anything else I can help you with?', '[00:18] Customer: Oh, one more thing. Where will the invoice be sent?', '[00:23] Agent: It will be emailed to you.', "[00:26] Customer: Okay, that's everything.", '[00:27] Agent: Alright, have a great day.']), errors: ['missingThanks@8'] },
        // "Is that it?" asks; it does not close.
        { source: en(['[00:13] Agent: On Thursday at ten. Is there anything else I can help you with?', '[00:18] Customer: Oh, one more thing. Where will the invoice be sent?', '[00:23] Agent: It will be emailed to you.', '[00:26] Customer: Okay. Is that it?', `[00:27] Agent: ${bye}`]), errors: ['missingQuestion@8'] },
        // Beyond the last five agent utterances the first question no longer counts.
        { source: en(['[00:13] Agent: On Thursday at ten. Is there anything else I can help you with?', '[00:18] Customer: Yes, the invoice.', '[00:20] Agent: It will be emailed.', '[00:21] Customer: And the warranty?', '[00:22] Agent: Five years.', '[00:23] Customer: And the colour?', '[00:24] Agent: White.', '[00:25] Customer: And the crew?', '[00:26] Agent: Carlos and his team.', "[00:27] Customer: Okay, that's everything.", `[00:28] Agent: ${bye}`]), errors: ['missingQuestion@14'] },
        { source: id(['[00:14] Agent: Sudah dikirim kemarin, Pak. Ada lagi yang bisa saya bantu?', '[00:18] Customer: Oh iya, satu lagi, fakturnya dikirim ke mana ya?', '[00:23] Agent: Fakturnya kami kirim ke email Bapak hari ini.', '[00:27] Customer: Oke, makasih.', '[00:29] Agent: Terima kasih sudah menghubungi Ventura, selamat pagi.']), errors: ['missingQuestion@8'] },
      ],
    });
  });

  it('glosses the Indonesian seed quotes in the English note; the Indonesian note is unchanged', () => {
    const source = en(['[00:13] Agent: On Thursday at ten.']);
    expect(runRuleOn(rule, { source, config: { locale: 'en' } }).findings[0]!.note).toBe(
      'Seed lines 239-241: ask "Apakah Anda memiliki pertanyaan lagi?" ("Do you have any more questions?"), then "Terima kasih telah menelepon, semoga hari Anda menyenangkan, selamat tinggal." ("Thank you for calling, have a nice day, goodbye.")');
    expect(runRuleOn(rule, { source }).findings[0]!.note).toBe(
      'Baris 239-241 standar: tanyakan "Apakah Anda memiliki pertanyaan lagi?", lalu "Terima kasih telah menelepon, semoga hari Anda menyenangkan, selamat tinggal."');
  });
});
