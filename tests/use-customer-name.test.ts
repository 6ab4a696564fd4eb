// Inline cases for use-customer-name: the suggestion in the call's language (with the form of
// address the customer or the agent used), and how names are found in English calls.
import { describe, expect, it } from 'vitest';
import rule from '../rules/use-customer-name.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };
const OPENING_ID = '[00:00] ANSWER\n[00:01] Agent: Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?\n';
const OPENING_EN = '[00:00] ANSWER\n[00:01] Agent: Thank you for calling Ventura, this is Anna. How can I help you today?\n';
/** A call: the opening (line 2), then these lines from line 3 on. */
const call = (opening: string, lines: readonly string[], header = '') => `${header}${opening}${lines.map((l, i) => `[00:${10 + i * 4}] ${l}`).join('\n')}\n`;
const suggestion = (source: string, config = {}) => {
  const r = runRuleOn(rule, { source, config });
  expect(r.status, source).toBe('fail');
  return r.findings[0]!.suggestion;
};

describe('use-customer-name: the suggestion', () => {
  it('stays the same in Indonesian: the customer\'s own form of address, else the agent\'s, else "Bapak/Ibu"', () => {
    expect(suggestion(call(OPENING_ID, ['Customer: Siang, Mas, saya Ibu Wulandari, pemilik toko.', 'Agent: Baik, ada yang bisa saya bantu?'])))
      .toBe('Terima kasih, Bu Wulandari.');
    expect(suggestion(call(OPENING_ID, ['Customer: Pagi, saya Hendra Gunawan.', 'Agent: Baik, Pak, saya cek dulu.'])))
      .toBe('Terima kasih, Pak Hendra.');
    expect(suggestion(call(OPENING_ID, ['Customer: Pagi, saya Hendra Gunawan.', 'Agent: Baik, saya cek dulu.'])))
      .toBe('Terima kasih, Bapak/Ibu Hendra.');
    // The words to say stay Indonesian in an English report.
    expect(suggestion(call(OPENING_ID, ['Customer: Pagi, saya Hendra Gunawan.', 'Agent: Baik, saya cek dulu.']), EN))
      .toBe('Terima kasih, Bapak/Ibu Hendra.');
    expect(suggestion(call(OPENING_ID, ['Customer: Ya.', 'Agent: Baik, Bu, saya cek dulu.'], '# direction: outbound\n# customer: dewi lestari\n')))
      .toBe('Terima kasih, Bu Dewi.');
  });

  it('is English in an English call: "Mr Smith" with a form that takes a name, else the first name', () => {
    // The customer's own "Mrs".
    expect(suggestion(call(OPENING_EN, ["Customer: Good morning, I'm Mrs Lee. I want to confirm my delivery.", "Agent: Sure, ma'am, it is scheduled for tomorrow."]), EN))
      .toBe('Thank you, Mrs Lee.');
    // "sir" / "ma'am" take no name: the first name.
    expect(suggestion(call(OPENING_EN, ['Customer: Hi, this is Robert Brown, I have a question.', 'Agent: Sure, sir, go ahead.']), EN))
      .toBe('Thank you, Robert.');
    expect(suggestion(call(OPENING_EN, ['Customer: Hi, this is Jane Doe, I have a question.', "Agent: Sure, ma'am, go ahead."]), EN))
      .toBe('Thank you, Jane.');
    // No form of address at all.
    expect(suggestion(call(OPENING_EN, ['Customer: hi my name is olga sidorova', 'Agent: okay let me check that for you']), EN))
      .toBe('Thank you, Olga.');
    // Outbound, the name from the metadata, the agent stumbles over it ("Mr, uh"): "Mr" + the last name.
    expect(suggestion(call(OPENING_EN, ['Customer: Yes, speaking.', 'Agent: Hello, Mr, uh, this is Anna from Ventura, your windows are ready.'], '# direction: outbound\n# customer: john smith\n'), EN))
      .toBe('Thank you, Mr Smith.');
  });

  it('words the message in the report\'s language with the first name, the English note glossing the seed', () => {
    const source = call(OPENING_EN, ['Customer: Hi, this is Robert Brown, I have a question.', 'Agent: Sure, sir, go ahead.']);
    expect(runRuleOn(rule, { source, config: EN }).findings[0]!.note)
      .toBe('Seed line 125: "Terima kasih, Bu Sidorova." ("Thank you, Ms Sidorova."); line 460: address the customer by name as often as possible; line 292: saying the name shows respect.');
    expect(runRuleOn(rule, { source, config: { locale: 'id' } }).findings[0]!.note)
      .toBe('Baris 125 standar: "Terima kasih, Bu Sidorova."; baris 460: sapa pelanggan dengan namanya sesering mungkin; baris 292: menyebut nama berarti menunjukkan rasa hormat.');
    expect(runRuleOn(rule, { source, config: EN }).findings[0]!.message)
      .toBe("The customer's name (Robert) is known from line 3, but the agent never addresses the customer by it");
    expect(runRuleOn(rule, { source, config: { locale: 'id' } }).findings[0]!.message)
      .toBe('Nama pelanggan (Robert) sudah diketahui sejak baris 3, tetapi agen tidak pernah menyapa pelanggan dengan namanya');
  });
});

describe('use-customer-name in English: finding the name', () => {
  const ASK = 'Agent: Sure, may I have your name, please?';
  const keys = (lines: readonly string[]) => {
    const r = runRuleOn(rule, { source: call(OPENING_EN, lines) });
    return r.status === 'skip' ? `skip: ${r.reason}` : findingKeys(r);
  };

  it('takes the answer to the request, a self-introduction, and the name after "my name is"', () => {
    for (const [answer, use] of [['Customer: Sure, Jane Doe.', 'Jane'], ["Customer: Yes, it's Jane Doe.", 'Ms Doe'], ['Customer: jane doe', 'Jane'],
      ['customer: yeah its jane doe', 'Ms Doe'], ['Customer: Of course. Jane.', 'Jane'], ['Customer: My name is Jane Doe.', 'Jane'],
      ['Customer: The name on the account is Doe.', 'Ms Doe'], ["Customer: I'm Mrs Doe.", 'Mrs Doe']] as const) {
      expect(keys(['Customer: I have a question about my bill.', ASK, answer, `Agent: Thank you, ${use}, one moment.`]), answer).toEqual([]);
      expect(keys(['Customer: I have a question about my bill.', ASK, answer, 'Agent: Thank you, one moment.']), answer).toEqual(['nameNeverUsed@6']);
    }
  });

  it('takes the bare answer to a curt short request that is its whole sentence, not to "and you are all set"', () => {
    for (const ask of ['Agent: sure and you are?', 'Agent: Okay. Your name, please?', 'Agent: Name?', 'agent: ok and your name is']) {
      expect(keys(['Customer: I have a question about my bill.', ask, 'Customer: jim carter', 'Agent: Thanks, Jim, one moment.']), ask).toEqual([]);
      expect(keys(['Customer: I have a question about my bill.', ask, 'Customer: jim carter', 'Agent: Thanks, one moment.']), ask).toEqual(['nameNeverUsed@6']);
    }
    expect(keys(['Customer: I have a question about my bill.', 'Agent: Okay, and you are all set for Monday.', 'Customer: jim carter', 'Agent: Thanks, one moment.']))
      .toBe("skip: customer's name unknown");
  });

  it('does not take other words for the name', () => {
    for (const reply of ['Customer: Hold on a second.', 'Customer: Why do you need it?', 'Customer: My account number is 4417.',
      "Customer: It's under the name of my wife.", 'customer: its for my company', 'Customer: Okay.', 'customer: im not sure']) {
      expect(keys(['Customer: I have a question about my bill.', ASK, reply, 'Agent: Sure, take your time.']), reply).toBe("skip: customer's name unknown");
    }
    expect(keys(['Customer: I would like to speak with David Miller.', 'Agent: I am sorry, David is in a meeting.'])).toBe("skip: customer's name unknown");
  });
});
