// Inline cases for avoid-phrases: the suggestions are words in the call's language (say keys
// avoid-phrases.*), the instructions in the report's language quote the call's words.
import { describe, expect, it } from 'vitest';
import rule from '../rules/avoid-phrases.js';
import { shippedLexicons } from '../src/match/language.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };

const enHead = [
  '# customer: Mark Davis',
  '[00:00] RING',
  '[00:03] ANSWER',
  '[00:04] Agent: Good morning, Ventura, this is Anna speaking. How can I help you?',
  '[00:08] Customer: Hi, my window order is late and I need it before Friday.',
];
const idHead = [
  '# customer: Sari Dewi',
  '[00:00] RING',
  '[00:03] ANSWER',
  '[00:04] Agent: Selamat pagi, Ventura, dengan Anna. Ada yang bisa saya bantu?',
  '[00:08] Customer: Saya Sari Dewi, mau tanya pesanan saya.',
];
const run = (head: string[], lines: string[], config: Record<string, unknown> = {}, options: Record<string, unknown> = {}) =>
  runRuleOn(rule, { source: [...head, ...lines].join('\n'), config, options });

describe('avoid-phrases in English', () => {
  it('"I don\'t know" → "Let me find that out for you."; message and note in the report\'s language', () => {
    const lines = ['[00:12] Agent: I don\'t know when the van leaves, Mr Davis.'];
    const id = run(enHead, lines);
    expect(findingKeys(id)).toEqual(['dontKnow@6']);
    expect(id.findings[0]!.suggestion).toBe('Let me find that out for you.');
    expect(id.findings[0]!.message).toBe('"I don\'t know": jangan katakan kepada pelanggan bahwa Anda tidak tahu; katakan Anda akan mengklarifikasi informasinya');
    const en = run(enHead, lines, EN).findings[0]!;
    expect(en.message).toBe('"I don\'t know": do not tell the customer you don\'t know; say you will clarify the information');
    expect(en.suggestion).toBe('Let me find that out for you.');
    expect(en.note).toBe('Seed line 432: an operator without a reliable answer says "Saya perlu mengklarifikasi informasi" ("I need to clarify the information") or "Saya akan mengklarifikasi informasi" ("I will clarify the information").');
  });

  it('"we can\'t" → "What I can do for you is …"', () => {
    const r = run(enHead, ['[00:12] Agent: Unfortunately we can\'t deliver on Saturdays.'], EN);
    expect(findingKeys(r)).toEqual(['weCannot@6']);
    expect(r.findings[0]!.message).toBe('"we can\'t" is a flat refusal; say what can be done instead');
    expect(r.findings[0]!.suggestion).toBe('What I can do for you is …');
    expect(r.findings[0]!.note).toBeUndefined();
  });

  it('"you have to …" → "Would you please …?" with the rest of the clause', () => {
    const r = run(enHead, [
      '[00:12] Agent: You have to fill in the claim form first, Mr Davis.',
      '[00:16] Agent: Then you\'ll need to send us a photo of the label.',
      '[00:20] Agent: What you need to do is call the courier.',
      '[00:24] Agent: That is something you must.',
    ], EN);
    expect(findingKeys(r)).toEqual(['youMust@6', 'youMust@7', 'youMust@8', 'youMust@9']);
    expect(r.findings.map((f) => f.suggestion)).toEqual([
      'Would you please fill in the claim form first?',
      'Would you please send us a photo of the label?',
      'Would you please call the courier?',
      'Would you please …?',
    ]);
    expect(r.findings[0]!.message).toBe('"You have to" orders the customer about; ask or offer instead');
  });

  it('"but" / "as if" / "all": the instruction quotes the English word', () => {
    const lines = [
      '[00:12] Agent: I can book the fitter, but Friday is full.',
      '[00:16] Agent: It looks as if the parcel was opened.',
      '[00:20] Agent: Everything was shipped yesterday.',
    ];
    const families = { families: ['but', 'asIf', 'semua'] };
    const en = run(enHead, lines, EN, families);
    expect(findingKeys(en)).toEqual(['asIf@7', 'but@6', 'semua@8']);
    expect(en.findings.map((f) => f.suggestion)).toEqual([
      'Join the two parts with "and", or lead with what is possible',
      'Say plainly what happened, without "as if"',
      'Name exactly what you mean instead of "all"',
    ]);
    const id = run(enHead, lines, {}, families);
    expect(id.findings.map((f) => f.suggestion)).toEqual([
      'Sambungkan kedua bagian dengan "and", atau mulai dengan hal yang bisa dilakukan',
      'Sampaikan apa yang terjadi secara langsung, tanpa "as if"',
      'Sebutkan secara spesifik, bukan "all"',
    ]);
  });

  it('"no" before a pronoun is an interjection, "not" reverses: "no we cant" fails, "not that we cant" passes', () => {
    expect(findingKeys(run(enHead, ['[00:12] agent: no we cant do saturdays']))).toEqual(['weCannot@6']);
    expect(findingKeys(run(enHead, ['[00:12] agent: no sorry i dont know']))).toEqual(['dontKnow@6']);
    expect(findingKeys(run(enHead, ['[00:12] agent: dont worry you just need to sign here']))).toEqual(['youMust@6']);
    expect(run(enHead, ['[00:12] agent: its not that we cant help you']).status).toBe('pass');
    expect(run(enHead, ['[00:12] Agent: I\'m not saying you have to come in today.']).status).toBe('pass');
  });

  it('questions, conditions, guesses and the past are not avoid-phrases', () => {
    const r = run(enHead, [
      '[00:12] Agent: Do you need to change the delivery address?',
      '[00:16] Agent: If you ever need to reschedule, just call us.',
      '[00:20] Agent: You must be frustrated, Mr Davis, I understand.',
      '[00:24] Agent: All you need to do is reply to the email.',
      '[00:28] Agent: We were unable to deliver yesterday because nobody was home.',
      '[00:32] Agent: If we can\'t reach you, we will leave a voicemail.',
      '[00:36] Agent: The fitter will not only adjust the lock but also check the hinges.',
      '[00:40] Agent: You don\'t have to come to the office.',
    ]);
    expect(r.status).toBe('pass');
  });

  it('English "you" and "I" are never informal pronouns, and there is no "kita"', () => {
    const r = run(enHead, ['[00:12] Agent: I see your order here, and you will get it on Thursday. Our team will call you.']);
    expect(r.status).toBe('pass');
  });

  it('is judged in English with the configured language "en" too', () => {
    const r = run(enHead, ['[00:12] Agent: Sorry, no idea.'], { language: 'en' });
    expect(findingKeys(r)).toEqual(['dontKnow@6']);
    expect(r.findings[0]!.suggestion).toBe('Let me find that out for you.');
  });

  it('finds "I don\'t know", "we can\'t" and "you have to" said in other words (QA round 2)', () => {
    const r = run(enHead, [
      '[00:12] Agent: Honestly, I don\'t really know when the glass will come in.',
      '[00:16] agent: i dont really know why the installer didnt come',
      '[00:20] Agent: That\'s not something we can do this week, I\'m afraid.',
      '[00:24] agent: sorry maam but theres not much we can do',
      '[00:28] Agent: Unfortunately we\'re not gonna be able to get anyone out before the weekend.',
      '[00:32] Agent: You got to call the manufacturer about the glass, Mr Davis.',
      '[00:36] agent: you hafta fill in the claim form',
    ], EN);
    expect(r.findings.map((f) => `${f.messageId}@${f.line} ${f.message.split('"')[1]} → ${f.suggestion}`)).toEqual([
      'dontKnow@6 I don\'t really know → Let me find that out for you.',
      'dontKnow@7 i dont really know → Let me find that out for you.',
      'weCannot@8 That\'s not something we can do → What I can do for you is …',
      'but@9 but → Join the two parts with "and", or lead with what is possible',
      'weCannot@9 not much we can do → What I can do for you is …',
      'weCannot@10 we\'re not gonna be able to → What I can do for you is …',
      'youMust@11 You got to → Would you please call the manufacturer about the glass?',
      'youMust@12 you hafta → Would you please fill in the claim form?',
    ]);
  });

  it('spares polite lead-ins, empathy and "however" = "in whatever way", only within one clause', () => {
    expect(run(enHead, [
      '[00:12] Agent: I don\'t know if you\'ve had a chance to look at the email we sent on Monday.',
      '[00:16] Agent: I don\'t know if you saw the text we sent.',
      '[00:20] Agent: I\'m sorry you have to chase us about it. I hate that you have to call again.',
      '[00:24] Agent: I can send it however you prefer. However you\'d like to pay is fine.',
      '[00:28] Agent: If there\'s nothing else I can do for you today, have a good day.',
    ]).status).toBe('pass');
    // The same words across a clause break, or without the lead-in, still count.
    expect(findingKeys(run(enHead, [
      '[00:12] Agent: I don\'t know if the part is in stock.',
      '[00:16] Agent: I\'m sorry, you have to sign the form first.',
      '[00:20] agent: sorry you have to sign the form first',
      '[00:24] Agent: However, you\'d like the express option, and that costs extra.',
      '[00:28] Agent: There\'s nothing else I can do for you.',
    ]))).toEqual(['but@9', 'dontKnow@6', 'weCannot@10', 'youMust@7', 'youMust@8']);
  });

  it('has every avoid-phrases phrasing in English, also those only Indonesian calls reach', () => {
    const en = shippedLexicons().get('en')!;
    expect(en.say('avoid-phrases.formalYou')).toBe('you');
    expect(en.say('avoid-phrases.formalI')).toBe('I');
    expect(en.say('avoid-phrases.kami')).toBe('we');
    expect(en.say('avoid-phrases.requestPassive', { before: '', after: 'sign here' })).toBe('please sign here.');
    expect(en.say('avoid-phrases.request', { address: 'you', rest: 'sign here' })).toBe('Would you please sign here?');
  });
});

describe('avoid-phrases in Indonesian (unchanged)', () => {
  it('keeps the Indonesian suggestions word for word', () => {
    const r = run(idHead, [
      '[00:12] Agent: Mohon maaf, Bu, saya tidak tahu jadwal teknisinya.',
      '[00:16] Agent: Mohon maaf, Bu, kita tidak bisa memproses refund lewat telepon.',
      '[00:20] Agent: Baik, Bu Sari. Anda harus mengisi formulir klaim terlebih dahulu.',
      '[00:24] Agent: Formulirnya harus Ibu kirim lewat email.',
      '[00:28] Agent: Promo kita berlaku sampai akhir bulan.',
      '[00:32] Agent: Bisa, Bu, tetapi jadwal minggu ini sudah penuh.',
      '[00:36] agent: aku lihat pesananmu sudah dikirim',
    ]);
    expect(r.findings.map((f) => `${f.messageId}@${f.line} ${f.suggestion}`)).toEqual([
      'dontKnow@6 Saya perlu mengklarifikasi informasi.',
      'weCannot@7 Yang dapat kami bantu adalah …',
      'youMust@8 Silakan Bapak/Ibu mengisi formulir klaim terlebih dahulu.',
      'youMust@9 Formulirnya mohon Ibu kirim lewat email.',
      'kitaForCompany@10 Promo kami',
      'but@11 Sambungkan kedua bagian dengan "dan", atau mulai dengan hal yang bisa dilakukan',
      'informalPronoun@12 saya',
      'informalPronoun@12 pesanan Bapak/Ibu',
    ]);
    expect(r.findings[1]!.note).toBe('Selain itu: untuk perusahaan, agen menggunakan "kami", bukan "kita".');
    expect(run(idHead, ['[00:12] Agent: Mohon maaf, Bu, kita tidak bisa memproses refund lewat telepon.'], EN).findings[0]!.note)
      .toBe('Also: for the company the agent says "kami" ("we", without the customer), not "kita" ("we", including the customer).');
    // The English report glosses the Indonesian words it names.
    const glossed = run(idHead, ['[00:12] Agent: Promo kita berlaku sampai akhir bulan.', '[00:16] agent: aku lihat pesananmu sudah dikirim'], EN);
    expect(glossed.findings.map((f) => f.message)).toEqual([
      '"Promo kita": "kita" ("we", including the customer) for the company; the agent says "kami" ("we", without the customer)',
      'Informal pronoun "aku"; say "saya" (the formal "I")',
      'Informal pronoun "pesananmu"; say "Bapak/Ibu" ("sir/madam") or "Anda" (the formal "you")',
    ]);
    const en = run(idHead, ['[00:12] Agent: Di sistem kami seolah-olah transfernya belum masuk, Bu.'], EN);
    expect(en.findings.map((f) => f.suggestion)).toEqual(['Say plainly what happened, without "seolah-olah"']);
  });
});
