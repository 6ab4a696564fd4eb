// Inline cases for closing-formula: the suggested closing lines in the call's language (English
// calls get English phrasings from the lexicon; Indonesian ones stay as they were).
import { describe, expect, it } from 'vitest';
import rule from '../rules/closing-formula.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

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
