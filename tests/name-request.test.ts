// Inline cases for name-request: request forms, interrogations, and the caller's self-introduction.
import { describe, expect, it } from 'vitest';
import rule from '../rules/name-request.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const OPENING = 'Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?';

/** A call: the opening (line 3), then the customer's line (4), then the agent's line (5). */
function call(customer: string, agent = 'Baik, saya bantu cek.', header = ''): string {
  return `${header}[00:00] ANSWER\n[00:01] Agent: ${OPENING}\n[00:05] Customer: ${customer}\n[00:09] Agent: ${agent}\n`;
}
const keys = (source: string, options: Record<string, unknown> = {}) => findingKeys(runRuleOn(rule, { source, options }));
const NEVER = ['nameNeverAsked@2'];

describe('name-request', () => {
  it('accepts the polite forms', () => {
    for (const ask of [
      'Bagaimana saya bisa menghubungi Anda?',
      'Bagaimana saya dapat memperkenalkan Bapak kepada Bu Tatyana?',
      'Boleh saya tahu nama Ibu?',
      'Kalau boleh tahu, namanya siapa, Pak?',
      'Boleh saya panggil Bapak siapa?',
      'Atas nama siapa, Bu?',
      'Mohon maaf, dengan Bapak siapa saya berbicara?',
      'Maaf, dengan siapa saya bicara?',
      'Boleh saya tahu, dengan siapa saya berbicara?',
      'Mohon disebutkan nama lengkapnya.',
      'Bisakah Anda mengingatkan saya tentang nama Anda?',
      'Tolong beri nama perusahaan Anda, nama belakang.',
    ]) {
      expect(keys(call('Saya mau tanya.', ask)), ask).toEqual([]);
    }
  });

  it('reports each interrogation with its words, a polite alternative and the seed', () => {
    const r = runRuleOn(rule, { source: call('Saya mau tanya.', 'Siapa ini? Anda siapa?') });
    expect(findingKeys(r)).toEqual(['interrogation@4', 'interrogation@4']);
    const [a, b] = r.findings;
    expect(a!.quote!.slice(...a!.span!)).toBe('Siapa ini');
    expect(b!.quote!.slice(...b!.span!)).toBe('Anda siapa');
    expect(a!.message).toContain('"Siapa ini"');
    expect(a!.suggestion).toBe('Mohon maaf, boleh saya tahu dengan Bapak/Ibu siapa saya berbicara?');
    expect(a!.note).toContain('Bagaimana saya bisa menghubungi Anda?');
  });

  it('words messages and notes in Indonesian by default and in English with locale "en"', () => {
    const source = call('Saya mau tanya.', 'Siapa ini?');
    const id = runRuleOn(rule, { source }).findings[0]!;
    expect(id.message).toBe('Nama penelepon ditanyakan seperti interogasi: "Siapa ini"');
    expect(id.note).toBe('Standar, baris 85: tanyakan "Bagaimana saya bisa menghubungi Anda?"; baris 109, 294: pertanyaan seperti "Siapa ini?" terasa seperti interogasi.');
    const en = runRuleOn(rule, { source, config: { locale: 'en' } }).findings[0]!;
    expect(en.message).toBe('The caller\'s name was asked as an interrogation: "Siapa ini"');
    expect(en.note).toBe('Seed line 85: ask "Bagaimana saya bisa menghubungi Anda?" ("How may I address you?"); lines 109, 294: questions like "Siapa ini?" ("Who is this?") feel like an interrogation.');
    // The suggestion is what to say on the call: Indonesian in both reports.
    expect(en.suggestion).toBe('Mohon maaf, boleh saya tahu dengan Bapak/Ibu siapa saya berbicara?');
    expect(id.suggestion).toBe(en.suggestion);

    const bare = call('Saya mau tanya.', 'Dengan siapa saya berbicara?');
    const bareId = runRuleOn(rule, { source: bare }).findings[0]!;
    expect(bareId.message).toBe('"Dengan siapa saya berbicara" tanpa pelunak ("Mohon maaf", "boleh saya tahu") terdengar seperti interogasi');
    expect(bareId.note).toBe('Standar, baris 109, 294: "Dengan siapa saya berbicara?" terkesan menyaring penelepon; atur strict: false untuk menerimanya.');
    const bareEn = runRuleOn(rule, { source: bare, config: { locale: 'en' } }).findings[0]!;
    expect(bareEn.message).toBe('"Dengan siapa saya berbicara" without a softener ("Mohon maaf", "boleh saya tahu") sounds like an interrogation');
    expect(bareEn.note).toBe('Seed lines 109, 294: "Dengan siapa saya berbicara?" ("Who am I speaking with?") reads as screening; set strict: false to accept it.');

    const never = call('Saya mau tanya harga.');
    expect(runRuleOn(rule, { source: never }).findings[0]!.message).toBe('Nama penelepon tidak pernah ditanyakan, dan penelepon tidak menyebutkannya');
    expect(runRuleOn(rule, { source: never, config: { locale: 'en' } }).findings[0]!.message).toBe('The caller\'s name was never asked, and the caller did not give it');
  });

  it('notes, in the report\'s language, that the caller gave the name unasked', () => {
    const source = call('Pagi, saya Olga dari JackJo.');
    const id = runRuleOn(rule, { source });
    expect(id.status).toBe('pass');
    expect(id.notes).toEqual(['penelepon menyebutkan namanya tanpa ditanya (baris 3)']);
    expect(runRuleOn(rule, { source, config: { locale: 'en' } }).notes).toEqual(['the caller gave their name unasked (line 3)']);
  });

  it('knows every interrogation family', () => {
    for (const q of ['Ini siapa?', 'Siapa nih?', 'Kamu siapa?', 'Siapa yang memanggil?', 'Siapa yang bertanya?',
      'Siapa yang ada di perangkat?', 'Perkenalkan diri Anda.', 'Perkenalkan dirimu.', 'Dari mana ini?', 'Siapa yang menelepon?']) {
      expect(keys(call('Saya mau tanya.', q)), q).toEqual(['interrogation@4']);
    }
  });

  it('does not take the agent introducing themselves or "untuk siapa ini" for an interrogation', () => {
    expect(keys(call('Saya mau tanya.', 'Izinkan saya memperkenalkan diri, saya Anna. Boleh tahu nama Bapak?'))).toEqual([]);
    expect(keys(call('Saya mau tanya.', 'Atas nama siapa ini, Pak?'))).toEqual([]);
  });

  it('strict: the bare question is a finding unless a softener comes before it', () => {
    expect(keys(call('Saya mau tanya.', 'Dengan siapa saya berbicara?'))).toEqual(['bareNameQuestion@4']);
    expect(keys(call('Saya mau tanya.', 'Dengan siapa saya berbicara, maaf?'))).toEqual(['bareNameQuestion@4']);
    expect(keys(call('Saya mau tanya.', 'Dengan siapa saya berbicara?'), { strict: false })).toEqual([]);
    expect(keys(call('Saya mau tanya.', 'Permisi, saya sedang berbicara dengan siapa?'))).toEqual([]);
  });

  it('treats the short "Dengan Bapak siapa?" like the bare question, but not "mau bicara dengan siapa"', () => {
    expect(keys(call('Saya mau tanya.', 'Baik, dengan Bapak siapa?'))).toEqual(['bareNameQuestion@4']);
    expect(keys(call('Saya mau tanya.', 'Baik, dengan Bapak siapa?'), { strict: false })).toEqual([]);
    expect(keys(call('Saya mau tanya.', 'Mohon maaf, dengan Ibu siapa?'))).toEqual([]);
    expect(keys(call('Saya mau tanya.', 'Bapak mau bicara dengan Ibu siapa?'))).toEqual(NEVER);
    expect(keys(call('Saya mau tanya.', 'Boleh saya minta namanya, Pak?'))).toEqual([]);
  });

  it('does not take a question or the company / agent name for the caller introducing themselves', () => {
    const header = '# agent: Anna\n';
    const withCompany = (customer: string) => findingKeys(runRuleOn(rule, { source: call(customer, undefined, header), config: { company: { name: 'Ventura' } } }));
    const never = ['nameNeverAsked@3']; // the header line moves the opening to line 3
    expect(withCompany('Ini Ventura?')).toEqual(never);
    expect(withCompany('Oh, ini Ventura.')).toEqual(never);
    expect(withCompany('Ya, ini Ventura yang pasang jendela, kan?')).toEqual(never);
    expect(withCompany('Halo, dengan Mbak Anna, ya. Saya mau tanya.')).toEqual(never);
    expect(withCompany('Saya Olga?')).toEqual(never);
    expect(withCompany('Iya, ini Olga, Mbak.')).toEqual([]);
  });

  it('finds the caller introducing themselves, and only real names', () => {
    for (const intro of ['Pagi, saya Olga dari JackJo.', 'Ya, dengan Olga.', 'Ini Olga, Mbak.', 'Nama saya adalah Budi.',
      'Pesanan atas nama Wulan.', 'Saya Ibu Wulandari.', 'selamat pagi dengan olga', 'nama saya budi']) {
      expect(keys(call(intro)), intro).toEqual([]);
    }
    for (const notIntro of ['Saya mau pesan jendela.', 'saya mau pesan jendela', 'Tolong hubungkan saya dengan Tatyana Ivanova.',
      'Dengan senang hati.', 'saya pesan kusen minggu lalu', 'Ini saya yang kemarin.', 'Iya, saya sendiri.']) {
      expect(keys(call(notIntro)), notIntro).toEqual(NEVER);
    }
  });

  it('reports the curt Indonesian short request ("Namanya?", "Dan siapa?") only as its whole sentence', () => {
    for (const q of ['Namanya?', 'Baik, Pak, namanya?', 'Nama lengkapnya, Bu?', 'Nama Bapak?', 'Oke. Dan siapa?', 'baik namanya pak']) {
      expect(keys(call('Saya mau tanya.', q)), q).toEqual(['bareNameQuestion@4']);
      expect(keys(call('Saya mau tanya.', q), { strict: false }), q).toEqual([]);
    }
    const f = runRuleOn(rule, { source: call('Saya mau tanya.', 'Namanya?') }).findings[0]!;
    expect(f.note).toBe('Standar, baris 294: "Dan siapa?" dan pertanyaan singkat seperti itu terasa seperti interogasi; atur strict: false untuk menerimanya.');
    expect(keys(call('Saya mau tanya.', 'Maaf, namanya?'))).toEqual([]);
    expect(keys(call('Saya mau tanya.', 'Boleh tahu namanya?'))).toEqual([]);
    for (const not of ['Namanya sudah saya catat.', 'Nama Bapak sudah terdaftar.', 'Baik, nama dan alamatnya sudah sesuai.']) {
      expect(keys(call('Saya mau tanya.', not)), not).toEqual(NEVER);
    }
  });

  it('uses the customer name from the metadata', () => {
    expect(keys(call('ini pak budi santoso', undefined, '# customer: Budi Santoso\n'))).toEqual([]);
    expect(keys(call('ini pak budi santoso'))).toEqual(NEVER);
  });

  it('cites the opening when the name was never asked nor given', () => {
    const r = runRuleOn(rule, { source: call('Saya mau tanya harga.') });
    expect(r.findings[0]!.line).toBe(2);
    expect(r.findings[0]!.suggestion).toContain('boleh saya tahu');
  });
});

// English calls are judged with rules/lexicons/en.json (language "auto" tells the call's language).
const EN_OPENING = 'Thank you for calling Ventura, this is Anna. How can I help you today?';
/** An English call: the opening (line 3), the customer's line (4), the agent's line (5). */
function enCall(customer: string, agent = 'Okay, let me check that for you.', header = ''): string {
  return `${header}[00:00] ANSWER\n[00:01] Agent: ${EN_OPENING}\n[00:05] Customer: ${customer}\n[00:09] Agent: ${agent}\n`;
}
const EN_ASK = 'Hi, I have a question about my order.';

describe('name-request in English', () => {
  it('accepts the polite English forms', () => {
    for (const ask of [
      'May I have your name, please?',
      'Could I get your name?',
      'Can I grab your first and last name?',
      'Can I take your surname, please?',
      'Could I get your last name?',
      'May I have your family name?',
      'Could you give me your surname?',
      'Sorry, who am I speaking with?',
      'May I ask who am I speaking with?',
      'Could you tell me who I am speaking with?',
      'What do I call you?',
      'May I know who is calling?',
      "May I ask who's calling?",
      'May I ask who I am speaking with?',
      'Who should I say is calling?',
      'How may I address you?',
      'Could you please tell me your full name?',
      'Could you remind me of your name?',
      'Please give me your company name and last name.',
      'What name is the account under?',
      "What's the name on the account?",
      'Sorry, what was your name again?',
      "May I ask, what's your name?",
      'who do i have the pleasure of speaking with',
    ]) {
      expect(keys(enCall(EN_ASK, ask)), ask).toEqual([]);
    }
  });

  it('reports English interrogations, each with its words and an English suggestion', () => {
    for (const [q, words] of [
      ['Who is this?', 'Who is this'], ["Who's this?", "Who's this"], ['Who are you?', 'Who are you'],
      ["Who's calling?", "Who's calling"], ['Sorry, who is calling?', 'who is calling'], ['Who is on the line?', 'Who is on the line'],
      ["Who's asking?", "Who's asking"], ['Identify yourself.', 'Identify yourself'], ['Please introduce yourself.', 'introduce yourself'],
      ['Tell me your name.', 'Tell me your name'], ['who is this', 'who is this'],
    ] as const) {
      const r = runRuleOn(rule, { source: enCall(EN_ASK, q), config: { locale: 'en' } });
      expect(findingKeys(r), q).toEqual(['interrogation@4']);
      const f = r.findings[0]!;
      expect(f.quote!.slice(...f.span!), q).toBe(words);
      expect(f.message).toBe(`The caller's name was asked as an interrogation: "${words}"`);
      expect(f.suggestion).toBe('May I have your name, please?');
    }
  });

  it('does not take a question about a thing or about whom the caller wants for an interrogation', () => {
    expect(keys(enCall(EN_ASK, 'Who is this for? May I have your name?'))).toEqual([]);
    expect(keys(enCall(EN_ASK, 'Who are you trying to reach? Could I get your name?'))).toEqual([]);
    expect(keys(enCall(EN_ASK, "Who is it you'd like to speak to? May I have your name?"))).toEqual([]);
    expect(keys(enCall(EN_ASK, 'Who is this for?'))).toEqual(NEVER);
    expect(keys(enCall(EN_ASK, 'Who is it?'))).toEqual(['interrogation@4']);
  });

  it('strict: a bare "What\'s your name?" is a finding unless a softener comes before it; English softeners in the message', () => {
    const source = enCall(EN_ASK, "Okay. What's your name?");
    const en = runRuleOn(rule, { source, config: { locale: 'en' } });
    expect(findingKeys(en)).toEqual(['bareNameQuestion@4']);
    expect(en.findings[0]!.message).toBe('"What\'s your name" without a softener ("Sorry", "May I ask") sounds like an interrogation');
    expect(en.findings[0]!.suggestion).toBe('May I have your name, please?');
    // The report's language is Indonesian: the message is, the quoted words stay the call's.
    expect(runRuleOn(rule, { source, config: { locale: 'id' } }).findings[0]!.message)
      .toBe('"What\'s your name" tanpa pelunak ("Sorry", "May I ask") terdengar seperti interogasi');
    expect(keys(enCall(EN_ASK, 'What is your full name?'))).toEqual(['bareNameQuestion@4']);
    expect(keys(enCall(EN_ASK, "What's your name, sorry?"))).toEqual(['bareNameQuestion@4']);
    expect(keys(enCall(EN_ASK, "Sorry, what's your name?"))).toEqual([]);
    expect(keys(enCall(EN_ASK, "If you don't mind, what is your full name?"))).toEqual([]);
    expect(keys(source, { strict: false })).toEqual([]);
  });

  it('treats a bare "Who am I speaking with?" like the seed\'s "Dengan siapa saya berbicara?"', () => {
    for (const [q, words] of [['Who am I speaking with?', 'Who am I speaking with'], ['And who am I speaking with today?', 'who am I speaking with'],
      ['Who am I talking to?', 'Who am I talking to'], ['ok who am i speaking with', 'who am i speaking with']] as const) {
      const r = runRuleOn(rule, { source: enCall(EN_ASK, q), config: { locale: 'en' } });
      expect(findingKeys(r), q).toEqual(['bareNameQuestion@4']);
      const f = r.findings[0]!;
      expect(f.quote!.slice(...f.span!)).toBe(words);
      expect(f.message).toBe(`"${words}" without a softener ("Sorry", "May I ask") sounds like an interrogation`);
      expect(f.note).toBe('Seed lines 109, 294: "Dengan siapa saya berbicara?" ("Who am I speaking with?") reads as screening; set strict: false to accept it.');
      expect(f.suggestion).toBe('May I have your name, please?');
      expect(keys(enCall(EN_ASK, q), { strict: false }), q).toEqual([]);
    }
    expect(keys(enCall(EN_ASK, 'Who am I speaking with, sorry?'))).toEqual(['bareNameQuestion@4']);
    expect(keys(enCall(EN_ASK, "May I ask who I'm speaking with?"))).toEqual([]);
  });

  it('reports a curt short request only when it is its whole sentence', () => {
    for (const [q, words] of [['Sure, and you are?', 'and you are'], ['sure and you are', 'and you are'], ['Your name?', 'Your name'],
      ['Name?', 'Name'], ['Name please.', 'Name please'], ['And your name is?', 'And your name is'], ['Okay, sir. Your full name, please?', 'Your full name, please'],
      ["Okay, and you'd be?", "and you'd be"], ['Your surname?', 'Your surname']] as const) {
      const r = runRuleOn(rule, { source: enCall(EN_ASK, q), config: { locale: 'en' } });
      expect(findingKeys(r), q).toEqual(['bareNameQuestion@4']);
      const f = r.findings[0]!;
      expect(f.quote!.slice(...f.span!), q).toBe(words);
      expect(f.note).toBe('Seed line 294: "Dan siapa?" ("And who?") and curt questions like it feel like an interrogation; set strict: false to accept them.');
      expect(keys(enCall(EN_ASK, q), { strict: false }), q).toEqual([]);
    }
    expect(keys(enCall(EN_ASK, 'Sorry, and you are?'))).toEqual([]);
    expect(keys(enCall(EN_ASK, 'Please, your name?'))).toEqual([]);
    expect(keys(enCall(EN_ASK, 'And who might you be?'))).toEqual(['interrogation@4']);
    for (const not of ['Okay, and you are all set for Monday.', 'okay and you are all set for monday', 'Thank you, and you are welcome to call back.',
      'I will look it up under your name.', 'Your name is on the order, so you are fine.', 'Is the name on the invoice correct?']) {
      expect(keys(enCall(EN_ASK, not)), not).toEqual(NEVER);
    }
  });

  it('suggests the English request when the name was never asked', () => {
    const r = runRuleOn(rule, { source: enCall('Hi, I am calling about my invoice.'), config: { locale: 'en' } });
    expect(findingKeys(r)).toEqual(['nameNeverAsked@2']);
    expect(r.findings[0]!.suggestion).toBe('May I have your name, please?');
    expect(r.findings[0]!.message).toBe("The caller's name was never asked, and the caller did not give it");
  });

  it('finds the English caller introducing themselves, and only real names', () => {
    for (const intro of ['Hi, this is John Smith, I have a question.', 'hi this is john smith i have a question', 'My name is Jane.',
      'my name is jane and im calling about my bill', "Yes, it's Sarah.", "I'm Mrs Lee.", 'The name on the account is Lee.',
      "Hi, I'm Olga from JackJo.", 'good morning its robert brown', 'call me sam']) {
      expect(keys(enCall(intro)), intro).toEqual([]);
    }
    for (const notIntro of ["Hi, I'm calling about my order.", 'im wondering about my refund', 'its urgent', 'its about my bill',
      'This is Ventura?', 'i am not sure', 'call me tomorrow', 'Call me Monday, please.', 'im having trouble with my card',
      'this is regarding my refund', 'its under the name of my wife', 'hi its me again', 'im just checking on my order',
      'Please put me through to John Smith.']) {
      expect(keys(enCall(notIntro)), notIntro).toEqual(NEVER);
    }
  });

  it('does not take the company or the agent for the English caller', () => {
    const withCompany = (customer: string) => findingKeys(runRuleOn(rule, { source: enCall(customer, undefined, '# agent: Anna\n'), config: { company: { name: 'Ventura' } } }));
    expect(withCompany('Hi, is this Ventura? This is Ventura, right?')).toEqual(['nameNeverAsked@3']);
    expect(withCompany('Oh, this is Ventura. Good, I have a question.')).toEqual(['nameNeverAsked@3']);
    expect(withCompany('Oh, this is Anna, hi. I have a question.')).toEqual(['nameNeverAsked@3']);
    expect(withCompany("Hi Anna, I'm Olga.")).toEqual([]);
  });
});
