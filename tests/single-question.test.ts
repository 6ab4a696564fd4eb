// Inline cases for single-question: English question counting (punctuated and ASR), and the
// note and suggestion in both report languages.
import { describe, expect, it } from 'vitest';
import rule from '../rules/single-question.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const ID_HEAD = '[00:00] ANSWER\n[00:01] Agent: Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?\n[00:05] Customer: Mau tanya pesanan saya.\n';
const EN_HEAD = '[00:00] ANSWER\n[00:01] Agent: Good morning, thank you for calling Ventura, this is Anna. How can I help you?\n[00:05] Customer: I have a question about my order.\n';
/** The agent's line under test is line 4. */
const one = (head: string, agent: string) => `${head}[00:09] Agent: ${agent}\n`;
const run = (head: string, agent: string, config = {}) => runRuleOn(rule, { source: one(head, agent), config });

describe('single-question in English', () => {
  it('counts punctuated questions, not filler ones', () => {
    expect(findingKeys(run(EN_HEAD, 'Is there anything else I can help you with? Or would you like me to email it?'))).toEqual(['tooManyQuestions@4']);
    expect(findingKeys(run(EN_HEAD, "What's your name? What's your address? And your order number?"))).toEqual(['tooManyQuestions@4']);
    for (const ok of ['Hello? Are you still there?', 'Oh, really? Okay, sir, what name is the order under?', 'Sorry? Yes, sir?',
      'Can I have your name and your account number, please?', 'Is that so? I will check it right away.',
      'Hi, how are you doing today? What can I do for you?']) {
      expect(findingKeys(run(EN_HEAD, ok)), ok).toEqual([]);
    }
  });

  it('words a punctuated finding and its suggestion in the report\'s language, quoting the first question', () => {
    const f = run(EN_HEAD, "What's your name? What's your address?", { locale: 'en' }).findings[0]!;
    expect(f.message).toBe('2 questions in one utterance (at most 1); ask one at a time');
    expect(f.quote!.slice(...f.span!)).toBe("What's your address?");
    expect(f.suggestion).toBe('Ask one question, wait for the answer, then ask the next: "What\'s your name?"');
    expect(run(EN_HEAD, "What's your name? What's your address?").findings[0]!.suggestion)
      .toBe('Ajukan satu pertanyaan, tunggu jawabannya, lalu ajukan yang berikutnya: "What\'s your name?"');
  });

  it('counts ASR question words that open a clause', () => {
    const count = (agent: string) => {
      const r = run(EN_HEAD, agent, { locale: 'en' });
      return r.findings.length === 0 ? 1 : Number(/^(\d+) questions/.exec(r.findings[0]!.message)![1]);
    };
    // Two: at the start / after a lead / after "and", "or", "but" / after a form of address.
    expect(count('okay sir what is your account number and when did you place the order')).toBe(2);
    expect(count('thank you do you want it by email or would you prefer a letter')).toBe(2);
    expect(count('alright and when did you place the order and how did you pay')).toBe(2);
    expect(count('can you tell me your postcode and what is the name on the account')).toBe(2);
    expect(count('what is the order number sir can you spell it')).toBe(2);
    expect(count('what is the address and is that also the delivery address and which day suits you')).toBe(3);
    // One (or none): a lead's own question word gives way ("may I ask what"), free relatives and
    // subordinate clauses ("what we can do is", "when you get it"), a question word mid-clause,
    // one ending a clause (indirect in English), an alternative inside one question.
    expect(count('sure may i ask what your order number is')).toBe(1);
    expect(count('can you tell me why you want to cancel')).toBe(1);
    expect(count('so what we can do is send a new one and when you get it just call us')).toBe(1);
    expect(count('let me check that for you is there anything else')).toBe(1);
    expect(count('would you like a refund or a replacement')).toBe(1);
    expect(count('i dont know why but can you tell me when it happened')).toBe(1);
    expect(count('thank you so much how can i help you today')).toBe(1);
  });

  it('says in its note, in the report\'s language, which question words of the call\'s language it counted', () => {
    const agent = 'okay sir what is your account number and when did you place the order';
    const en = run(EN_HEAD, agent, { locale: 'en' }).findings[0]!;
    expect(en.messageId).toBe('tooManyQuestionWords');
    expect(en.message).toBe('2 questions in one unpunctuated utterance, counted from question words (at most 1); ask one at a time');
    expect(en.quote!.slice(...en.span!)).toBe('when');
    expect(en.note).toBe('The utterance has no punctuation: questions were counted from question words that open or end a clause (what, who, when, how, do you, can you, …); check the recording.');
    expect(en.suggestion).toBe('Ask one question, wait for the answer, then ask the next');
    expect(run(EN_HEAD, agent, { locale: 'id' }).findings[0]!.note)
      .toBe('Ucapan ini tanpa tanda baca: pertanyaan dihitung dari kata tanya di awal atau akhir klausa (what, who, when, how, do you, can you, …); periksa rekamannya.');
  });
});

describe('single-question: clauses, names and prefaces (review round 2)', () => {
  /** The questions counted in the agent's line (1 when there is no finding). */
  const count = (head: string, agent: string, header = '') => {
    const r = runRuleOn(rule, { source: header + one(head, agent), config: { locale: 'en' } });
    return r.findings.length === 0 ? 1 : Number(/^(\d+) questions/.exec(r.findings[0]!.message)![1]);
  };
  const PATEL = '# customer: George Patel\n';

  it('takes the customer\'s name like a form of address: a question word after it opens a clause (ASR)', () => {
    expect(count(EN_HEAD, 'oh im sorry to hear that mr patel which window is it and when did you first notice the leak', PATEL)).toBe(2);
    // The metadata name alone, and the words after "mr" that look like a name.
    expect(count(EN_HEAD, 'oh im sorry to hear that patel which window is it and when did you first notice the leak', PATEL)).toBe(2);
    expect(count(EN_HEAD, 'sorry mr davis what is your order number and when was it installed')).toBe(2);
    // Not a name: a known word after "mr" stays mid-clause; an unknown word without "mr" or metadata too.
    expect(count(EN_HEAD, 'sorry davis what is your order number and when was it installed')).toBe(1);
    expect(count(EN_HEAD, 'thanks mr patel do you have the invoice')).toBe(1);
  });

  it('"also" and "plus" lead a clause only at its start: "may i also have the zip code" is one question', () => {
    expect(count(EN_HEAD, 'thank you mister thompson and may i also have the zip code on the account')).toBe(1);
    expect(count(EN_HEAD, 'thank you do you also have the work order number')).toBe(1);
    expect(count(EN_HEAD, 'what is your postcode and also do you have the work order number')).toBe(2);
  });

  it('counts a second question inside one "?" sentence after "and", not after "or" between alternatives', () => {
    const r = run(EN_HEAD, "What's your order number, and when was it installed?", { locale: 'en' });
    expect(findingKeys(r)).toEqual(['tooManyQuestions@4']);
    const f = r.findings[0]!;
    expect(f.message).toBe('2 questions in one utterance (at most 1); ask one at a time');
    expect(f.quote!.slice(...f.span!)).toBe('and when was it installed?');
    expect(f.suggestion).toBe('Ask one question, wait for the answer, then ask the next: "What\'s your order number"');
    expect(count(EN_HEAD, 'Is it the front or the back door, and is it the lock or the handle?')).toBe(2);
    expect(count(EN_HEAD, 'Could you tell me your order number and the installation date, and also is it the front door?')).toBe(2);
    expect(count(EN_HEAD, 'Thank you, Mr Patel, which window is it, and when did you first notice?')).toBe(2);
    for (const one of ['Would you like a refund, or would you prefer a replacement?', 'Okay, and do you have the invoice?',
      "I know it's late, but can you send it today?", 'May I have your order number, and your date of birth, please?',
      'How are you today, and what can I do for you?']) {
      expect(count(EN_HEAD, one), one).toBe(1);
    }
  });

  it('does not count a preface that the next question follows directly', () => {
    for (const ok of ['Can I just confirm the address? Is it still 2204 Maple Drive?', 'Could I just check your postcode? Is it still SW1 2AB?',
      'Can I ask you something? When was the window installed?', 'Okay, Mr Patel, could I just double-check your email? Is it still the Gmail one?']) {
      expect(count(EN_HEAD, ok, PATEL), ok).toBe(1);
    }
    // Still a question: another request follows with "and", the preface carries its own question,
    // or nothing follows it.
    expect(count(EN_HEAD, 'Could I just check your postcode? And your date of birth?')).toBe(2);
    expect(count(EN_HEAD, 'Can I confirm your address is still 2204 Maple Drive? Is your phone number the same?')).toBe(2);
    expect(count(EN_HEAD, 'Is your phone number the same? Can I just confirm the address?')).toBe(2);
  });

  it('does the same in Indonesian: the name after "pak", a second question after "dan", a preface', () => {
    expect(count(ID_HEAD, 'baik pak hendra berapa nomor pesanannya dan kapan dikirim')).toBe(2);
    // "budi" is an Indonesian word: a name only when the metadata says so.
    expect(count(ID_HEAD, 'baik pak budi berapa nomor pesanannya dan kapan dikirim')).toBe(1);
    expect(count(ID_HEAD, 'baik pak budi berapa nomor pesanannya dan kapan dikirim', '# customer: Budi Santoso\n')).toBe(2);
    expect(count(ID_HEAD, 'Nomor pesanannya berapa, dan alamatnya di mana?')).toBe(2);
    expect(count(ID_HEAD, 'Siapa nama Bapak dan berapa nomor teleponnya?')).toBe(2);
    expect(count(ID_HEAD, 'Mau dikirim ke rumah, atau bagaimana kalau diambil di toko?')).toBe(1);
    expect(count(ID_HEAD, 'Boleh saya konfirmasi alamatnya, Pak? Masih di Jalan Melati 5?')).toBe(1);
    expect(count(ID_HEAD, 'Izin konfirmasi alamatnya, Bu? Masih di Jalan Melati 5?')).toBe(1);
    expect(count(ID_HEAD, 'Boleh saya konfirmasi alamatnya? Dan nomor teleponnya?')).toBe(2);
  });

  it('glosses the Indonesian standard it quotes in the English note', () => {
    const source = one(EN_HEAD, "What's your name? What's your address?");
    expect(runRuleOn(rule, { source, config: { locale: 'en' } }).findings[0]!.note)
      .toBe('Seed line 153: "Jangan mengajukan beberapa pertanyaan kepada klien secara bersamaan." ("Do not ask the client several questions at once")');
    expect(runRuleOn(rule, { source }).findings[0]!.note)
      .toBe('Standar baris 153: "Jangan mengajukan beberapa pertanyaan kepada klien secara bersamaan."');
  });
});

describe('single-question in Indonesian (unchanged)', () => {
  it('keeps the Indonesian note, its question words and the in-place count', () => {
    const f = run(ID_HEAD, 'nomor rumahnya berapa dan patokannya apa').findings[0]!;
    expect(f.message).toBe('2 pertanyaan dalam satu ucapan tanpa tanda baca, dihitung dari kata tanya (maksimal 1); ajukan satu per satu');
    expect(f.note).toBe('Ucapan ini tanpa tanda baca: pertanyaan dihitung dari kata tanya di awal atau akhir klausa (apa, siapa, kapan, berapa, apakah, bisakah, …); periksa rekamannya.');
    expect(run(ID_HEAD, 'nomor rumahnya berapa dan patokannya apa', { locale: 'en' }).findings[0]!.note)
      .toBe('The utterance has no punctuation: questions were counted from question words that open or end a clause (apa, siapa, kapan, berapa, apakah, bisakah, …); check the recording.');
    expect(findingKeys(run(ID_HEAD, 'baik saya cek dulu berapa tagihannya ya pak'))).toEqual([]);
  });
});
