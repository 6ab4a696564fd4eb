// Inline cases for greeting-formula: what fixtures cannot assert (notes, suggestion text, message data).
import { describe, expect, it } from 'vitest';
import rule from '../rules/greeting-formula.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const ventura = { company: { name: 'Ventura', aliases: ['PT Ventura'] }, timezone: '+07:00' };
/** The same config with English reports (the default locale is Indonesian, as the config language is). */
const venturaEn = { ...ventura, locale: 'en' };

function call(opening: string, header: Record<string, string> = {}): string {
  const h = { direction: 'inbound', started: '2026-11-02T09:05:00+07:00', agent: 'Anna Petrova', ...header };
  return [
    ...Object.entries(h).filter(([, v]) => v !== '').map(([k, v]) => `# ${k}: ${v}`),
    '[00:00] RING',
    '[00:04] ANSWER',
    `[00:04] Agent: ${opening}`,
    '[00:09] Customer: Pagi, Mbak. Saya mau tanya harga jendela.',
  ].join('\n');
}

describe('greeting-formula', () => {
  it('notes once that the company was not checked when none is configured, in Indonesian by default', () => {
    const source = call('Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?');
    const r = runRuleOn(rule, { source, config: { timezone: '+07:00' } });
    expect(r.status).toBe('pass');
    expect(r.notes).toEqual(['Perusahaan belum dikonfigurasi: nama perusahaan dalam salam pembuka tidak diperiksa (isi "company" di konfigurasi untuk memeriksanya).']);
    const en = runRuleOn(rule, { source, config: { timezone: '+07:00', locale: 'en' } });
    expect(en.notes).toEqual(['No company configured: the company name in the greeting was not checked (set "company" in the config to check it).']);
  });

  it('has no note when the company is configured and the start time known', () => {
    const r = runRuleOn(rule, { source: call('Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?'), config: ventura });
    expect(r.status).toBe('pass');
    expect(r.notes).toBeUndefined();
  });

  it('notes that the hour was not checked without a start time', () => {
    const source = call('Selamat malam, Ventura, dengan Anna, ada yang bisa saya bantu?', { started: '' });
    const r = runRuleOn(rule, { source, config: ventura });
    expect(r.status).toBe('pass');
    expect(r.notes).toEqual(['Tidak ada waktu mulai panggilan: salam sesuai waktu tidak dicocokkan dengan jam.']);
    expect(runRuleOn(rule, { source, config: venturaEn }).notes).toEqual(['No start time: the time-of-day greeting was not checked against the hour.']);
  });

  it('reports a wrong greeting with the greeting said, the local time and the expected greeting', () => {
    const source = call('Selamat pagi, PT Ventura, dengan Anna, ada yang bisa saya bantu?', { started: '2026-11-02T16:20:05+07:00' });
    const r = runRuleOn(rule, { source, config: venturaEn });
    expect(findingKeys(r)).toEqual(['wrongTimeGreeting@6']);
    const f = r.findings[0]!;
    expect(f.message).toBe('"Selamat pagi" does not fit the local time 16:20: say "selamat sore"');
    expect(runRuleOn(rule, { source, config: ventura }).findings[0]!.message)
      .toBe('"Selamat pagi" tidak sesuai dengan waktu setempat 16:20: ucapkan "selamat sore"');
    expect(f.span).toEqual([0, 12]);
    expect(f.quote!.slice(...f.span!)).toBe('Selamat pagi');
    expect(f.suggestion).toBe('Selamat sore! Ventura, dengan Anna. Ada yang bisa saya bantu?');
  });

  it('converts a UTC start time to the configured zone before judging the hour', () => {
    const r = runRuleOn(rule, {
      source: call('Selamat siang, Ventura, dengan Anna, ada yang bisa saya bantu?', { started: '2026-11-02T02:15:00Z' }),
      config: { ...venturaEn, timezone: 'Asia/Jakarta' },
    });
    expect(r.findings.map((f) => f.message)).toEqual(['"Selamat siang" does not fit the local time 09:15: say "selamat pagi"']);
  });

  it('builds the suggestion from the local hour, the company and the known first name', () => {
    const source = call('Halo?', { started: '2026-11-02T19:30:00+07:00' });
    const r = runRuleOn(rule, { source, config: ventura });
    expect(findingKeys(r)).toEqual(['missingAgentName@6', 'missingCompany@6', 'missingOfferHelp@6', 'missingTimeGreeting@6']);
    for (const f of r.findings) expect(f.suggestion).toBe('Selamat malam! Ventura, dengan Anna. Ada yang bisa saya bantu?');
    const byId = Object.fromEntries(r.findings.map((f) => [f.messageId, f.message]));
    expect(byId.missingTimeGreeting).toBe('Salam pembuka tidak memuat salam sesuai waktu ("Selamat malam")');
    expect(byId.missingCompany).toBe('Salam pembuka tidak menyebut nama perusahaan ("Ventura")');
    expect(byId.missingAgentName).toBe('Agen tidak memperkenalkan diri dengan nama (seharusnya "Anna")');
    expect(byId.missingOfferHelp).toBe('Salam pembuka tidak menawarkan bantuan ("Ada yang bisa saya bantu?")');

    // English reports: the same findings, the same suggestion (the words to say stay Indonesian).
    const en = runRuleOn(rule, { source, config: venturaEn });
    for (const f of en.findings) expect(f.suggestion).toBe('Selamat malam! Ventura, dengan Anna. Ada yang bisa saya bantu?');
    const enById = Object.fromEntries(en.findings.map((f) => [f.messageId, f.message]));
    expect(enById.missingTimeGreeting).toBe('The greeting has no time-of-day greeting ("Selamat malam")');
    expect(enById.missingCompany).toBe('The greeting does not name the company ("Ventura")');
    expect(enById.missingAgentName).toBe('The agent does not introduce themselves by name (expected "Anna")');
    expect(enById.missingOfferHelp).toBe('The greeting does not offer help ("Ada yang bisa saya bantu?")');
  });

  it('gives an example introduction when the agent\'s name is unknown, in both languages', () => {
    const source = call('Selamat pagi, Ventura, ada yang bisa saya bantu?', { agent: '' });
    expect(runRuleOn(rule, { source, config: ventura }).findings.map((f) => f.message))
      .toEqual(['Agen tidak memperkenalkan diri dengan nama (mis. "dengan <nama>", "nama saya <nama>")']);
    expect(runRuleOn(rule, { source, config: venturaEn }).findings.map((f) => f.message))
      .toEqual(['The agent does not introduce themselves by name (e.g. "dengan <nama>", "nama saya <nama>")']);
  });

  it('puts the activity first, as the seed does (line 71), and keeps a religious opener', () => {
    const source = call('Assalamualaikum, selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?');
    const company = { name: 'Ventura', activity: 'instalasi jendela' };
    const r = runRuleOn(rule, { source, config: { ...ventura, company } });
    expect(findingKeys(r)).toEqual(['missingActivity@6']);
    expect(r.findings[0]!.message).toBe('Salam pembuka tidak menyebut bidang usaha perusahaan ("instalasi jendela")');
    expect(runRuleOn(rule, { source, config: { ...venturaEn, company } }).findings[0]!.message)
      .toBe('The greeting does not say what the company does ("instalasi jendela")');
    expect(r.findings[0]!.suggestion).toBe('Assalamualaikum, selamat pagi! Instalasi jendela, perusahaan Ventura, dengan Anna. Ada yang bisa saya bantu?');
  });

  it('uses placeholders for what is unknown and the name the agent introduced', () => {
    const r = runRuleOn(rule, { source: call('Dengan Nia, ada yang bisa dibantu?', { started: '', agent: '' }), config: {} });
    expect(findingKeys(r)).toEqual(['missingTimeGreeting@4']);
    expect(r.findings[0]!.suggestion).toBe('Selamat pagi/siang/sore/malam! [nama perusahaan], dengan Nia. Ada yang bisa saya bantu?');
  });

  it('suggests an outbound introduction without the offer of help', () => {
    const r = runRuleOn(rule, {
      source: call('Selamat pagi, Bu Ratna, mengenai jadwal pemasangan jendela Ibu.', { direction: 'outbound', agent: 'Budi' }),
      config: ventura,
    });
    expect(findingKeys(r)).toEqual(['missingAgentName@6', 'missingCompany@6']);
    expect(r.findings[0]!.suggestion).toBe('Selamat pagi! Saya Budi dari Ventura.');
  });

  it('notes the name the agent used when it is not the known one', () => {
    const source = call('Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?');
    const r = runRuleOn(rule, { source, config: ventura });
    expect(findingKeys(r)).toEqual(['missingAgentName@6']);
    const f = r.findings[0]!;
    expect(f.note).toBe('Agen memperkenalkan diri sebagai "Nia"; menurut transkrip, nama agen adalah "Anna Petrova".');
    expect(f.quote!.slice(...f.span!)).toBe('Nia');
    expect(runRuleOn(rule, { source, config: venturaEn }).findings[0]!.note)
      .toBe('The agent introduced themselves as "Nia"; the transcript names the agent "Anna Petrova".');
  });

  it('does not take stop words for a name when the name is unknown', () => {
    for (const opening of [
      'Selamat pagi, Ventura, dengan siapa saya berbicara?',
      'Selamat pagi, Ventura, saya ingin mengonfirmasi pesanan, ada yang bisa saya bantu?',
      'Selamat pagi, Ventura, dengan bapak siapa ini, ada yang bisa dibantu?',
      'selamat pagi ventura saya menghubungi terkait pesanan ada yang bisa dibantu',
    ]) {
      const r = runRuleOn(rule, { source: call(opening, { agent: '' }), config: ventura });
      expect(findingKeys(r), opening).toContain('missingAgentName@5');
    }
  });

  it('accepts a role word before the name and a capitalized name after "saya"', () => {
    for (const opening of [
      'Selamat pagi, Ventura, CS Dimas, ada yang bisa dibantu?',
      'Selamat pagi, Ventura, saya Dimas, ada yang bisa dibantu?',
      'Selamat pagi. Ventura. Nama saya Galina. Apa yang bisa saya bantu?',
    ]) {
      const r = runRuleOn(rule, { source: call(opening, { agent: '' }), config: ventura });
      expect(r.status, opening).toBe('pass');
    }
  });

  it('outbound, reads the greeting over two turns when the agent first asks for the customer by name (seed line 296)', () => {
    const out = (first: string, reply: string, second: string) => [
      '# direction: outbound', '# started: 2026-11-03T09:30:00+07:00', '# agent: Budi', '# customer: Hendra Wijaya',
      '[00:00] RING', '[00:08] ANSWER',
      `[00:08] Agent: ${first}`, `[00:12] Customer: ${reply}`, `[00:14] Agent: ${second}`, '[00:20] Customer: Oh iya, silakan.',
    ].join('\n');
    const second = 'Saya Budi dari Ventura, mengenai jadwal pemasangan jendela Bapak. Apakah Bapak nyaman untuk berbicara sekarang?';
    for (const first of [
      'Selamat pagi, bisakah saya berbicara dengan Bapak Hendra?',
      'Selamat pagi, apakah benar ini dengan Bapak Hendra?',
      'selamat pagi bisa bicara dengan pak hendra',
    ]) {
      expect(runRuleOn(rule, { source: out(first, 'Ya, saya sendiri.', second), config: ventura }).status, first).toBe('pass');
    }
    // Not asked for by name, or the customer's reply is more than a confirmation: the first turn only.
    expect(findingKeys(runRuleOn(rule, { source: out('Selamat pagi, Pak, apakah Bapak nyaman untuk berbicara?', 'Ya.', second), config: ventura })))
      .toEqual(['missingAgentName@7', 'missingCompany@7']);
    expect(findingKeys(runRuleOn(rule, {
      source: out('Selamat pagi, bisakah saya berbicara dengan Bapak Hendra?', 'Ya, saya sendiri, dan saya sudah menunggu teknisi dari minggu lalu tapi tidak ada yang datang.', second),
      config: ventura,
    }))).toEqual(['missingAgentName@7', 'missingCompany@7']);
  });

  it('gives petang its own band when configured', () => {
    const source = call('Selamat petang, Ventura, dengan Anna, ada yang bisa saya bantu?', { started: '2026-11-02T18:40:00+07:00' });
    expect(runRuleOn(rule, { source, config: ventura }).status).toBe('fail');
    expect(runRuleOn(rule, { source, config: ventura, options: { timeBands: { petang: '17:00-19:00' } } }).status).toBe('pass');
  });

  it('rejects malformed time bands', () => {
    const source = call('Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?');
    expect(() => runRuleOn(rule, { source, config: ventura, options: { timeBands: { pagi: '25:00-10:00' } } })).toThrow(/timeBands/);
    expect(() => runRuleOn(rule, { source, config: ventura, options: { timeBands: { pagi: 'morning' } } })).toThrow(/HH:MM-HH:MM/);
  });
});

describe('greeting-formula on English calls', () => {
  const tz = { company: { name: 'Ventura' }, timezone: '-05:00' };
  const tzEn = { ...tz, locale: 'en' };
  /** An English inbound call (the customer's words make it English for language "auto"). */
  function en(opening: string, header: Record<string, string> = {}): string {
    const h = { direction: 'inbound', started: '2026-11-02T09:05:00-05:00', agent: 'Anna Petrova', ...header };
    return [
      ...Object.entries(h).filter(([, v]) => v !== '').map(([k, v]) => `# ${k}: ${v}`),
      '[00:00] RING',
      '[00:04] ANSWER',
      `[00:04] Agent: ${opening}`,
      '[00:09] Customer: Hi, I would like to check the status of my order, it was supposed to arrive today.',
    ].join('\n');
  }

  it('suggests an English greeting and quotes English words in both report languages', () => {
    const source = en('Hello?', { started: '2026-11-02T19:30:00-05:00' });
    const r = runRuleOn(rule, { source, config: tzEn });
    expect(findingKeys(r)).toEqual(['missingAgentName@6', 'missingCompany@6', 'missingOfferHelp@6', 'missingTimeGreeting@6']);
    for (const f of r.findings) expect(f.suggestion).toBe('Good evening! Ventura, this is Anna. How may I help you?');
    const byId = Object.fromEntries(r.findings.map((f) => [f.messageId, f.message]));
    expect(byId.missingTimeGreeting).toBe('The greeting has no time-of-day greeting ("Good evening")');
    expect(byId.missingOfferHelp).toBe('The greeting does not offer help ("How may I help you?")');
    expect(byId.missingAgentName).toBe('The agent does not introduce themselves by name (expected "Anna")');
    // Indonesian report, English call: the message is Indonesian, the words to say English.
    const id = Object.fromEntries(runRuleOn(rule, { source, config: tz }).findings.map((f) => [f.messageId, f.message]));
    expect(id.missingTimeGreeting).toBe('Salam pembuka tidak memuat salam sesuai waktu ("Good evening")');
    expect(id.missingOfferHelp).toBe('Salam pembuka tidak menawarkan bantuan ("How may I help you?")');
  });

  it('judges the hour with the English bands: good afternoon from noon, good evening from 18:00', () => {
    const at = (hhmm: string) => ({ started: `2026-11-02T${hhmm}:00-05:00` });
    const status = (opening: string, hhmm: string, options: Record<string, unknown> = {}) =>
      findingKeys(runRuleOn(rule, { source: en(opening, at(hhmm)), config: tz, options }));
    const ok = ', Ventura, Anna speaking, how can I help you?';
    expect(status(`Good morning${ok}`, '11:40')).toEqual([]);
    expect(status(`Good afternoon${ok}`, '16:30')).toEqual([]); // English has no "sore" band
    expect(status(`Good morning${ok}`, '12:10')).toEqual([]); // within 15 minutes of noon
    expect(status(`Good morning${ok}`, '12:20')).toEqual(['wrongTimeGreeting@6']);
    expect(status(`Good evening${ok}`, '17:50')).toEqual([]);
    expect(status(`Good evening${ok}`, '16:30')).toEqual(['wrongTimeGreeting@6']);
    // The timeBands option holds the Indonesian bands; it does not move the English ones.
    expect(status(`Good afternoon${ok}`, '16:30', { timeBands: { siang: '10:00-15:00', sore: '15:00-18:00' } })).toEqual([]);
    expect(status(`Good morning${ok}`, '10:30', { timeBands: { pagi: '00:00-10:00' } })).toEqual([]);
  });

  it('names the expected English greeting when the hour is wrong, and points at it', () => {
    const r = runRuleOn(rule, { source: en('Good morning, Ventura, Anna speaking, how can I help you?', { started: '2026-11-02T16:20:05-05:00' }), config: tzEn });
    expect(findingKeys(r)).toEqual(['wrongTimeGreeting@6']);
    const f = r.findings[0]!;
    expect(f.message).toBe('"Good morning" does not fit the local time 16:20: say "good afternoon"');
    expect(f.quote!.slice(...f.span!)).toBe('Good morning');
    expect(f.suggestion).toBe('Good afternoon! Ventura, this is Anna. How may I help you?');
    expect(runRuleOn(rule, { source: en('Good morning, Ventura, Anna speaking, how can I help you?', { started: '2026-11-02T16:20:05-05:00' }), config: tz }).findings[0]!.message)
      .toBe('"Good morning" tidak sesuai dengan waktu setempat 16:20: ucapkan "good afternoon"');
  });

  it('gives English example introductions and placeholders when the name or company is unknown', () => {
    const source = en('Good morning, thank you for calling Ventura, how can I help you?', { agent: '' });
    const r = runRuleOn(rule, { source, config: tzEn });
    expect(r.findings.map((f) => f.message)).toEqual(['The agent does not introduce themselves by name (e.g. "this is <name>", "my name is <name>")']);
    expect(r.findings[0]!.suggestion).toBe('Good morning! Ventura, this is [your name]. How may I help you?');
    expect(runRuleOn(rule, { source, config: tz }).findings.map((f) => f.message))
      .toEqual(['Agen tidak memperkenalkan diri dengan nama (mis. "this is <name>", "my name is <name>")']);
    const unknown = runRuleOn(rule, { source: en('This is Nia, how can I help you?', { started: '', agent: '' }), config: {} });
    expect(findingKeys(unknown)).toEqual(['missingTimeGreeting@4']);
    expect(unknown.findings[0]!.suggestion).toBe('Good morning/afternoon/evening! [company name], this is Nia. How may I help you?');
    expect(unknown.findings[0]!.message).toBe('Salam pembuka tidak memuat salam sesuai waktu ("Good morning/afternoon/evening")');
  });

  it('suggests an outbound introduction, the activity and a religious opener in English', () => {
    const out = runRuleOn(rule, { source: en('Good morning, Mr Davis, about your installation tomorrow.', { direction: 'outbound', agent: 'Budi', customer: 'Mark Davis' }), config: tz });
    expect(findingKeys(out)).toEqual(['missingAgentName@7', 'missingCompany@7']);
    expect(out.findings[0]!.suggestion).toBe('Good morning! This is Budi calling from Ventura.');
    const company = { name: 'Ventura', activity: 'window installation' };
    const act = runRuleOn(rule, { source: en('Assalamualaikum, good morning, Ventura, this is Anna, how may I help you?'), config: { ...tz, company } });
    expect(findingKeys(act)).toEqual(['missingActivity@6']);
    expect(act.findings[0]!.suggestion).toBe('Assalamualaikum, good morning! Window installation, Ventura, this is Anna. How may I help you?');
    const outAct = runRuleOn(rule, { source: en('Good morning, this is Budi.', { direction: 'outbound', agent: 'Budi' }), config: { ...tz, company } });
    expect(outAct.findings[0]!.suggestion).toBe('Good morning! This is Budi calling from Ventura, window installation.');
  });

  it('does not count "thank you for calling" as an offer of help, nor as a time greeting', () => {
    expect(findingKeys(runRuleOn(rule, { source: en('Good morning and thank you for calling Ventura, this is Anna.'), config: tz }))).toEqual(['missingOfferHelp@6']);
    expect(findingKeys(runRuleOn(rule, { source: en('Thank you for calling Ventura, this is Anna, how may I help you?'), config: tz }))).toEqual(['missingTimeGreeting@6']);
    for (const offer of ['how can I help?', 'how may I assist you today?', 'what can I do for you?', 'what can I help you with?', 'how can I be of assistance?', 'is there anything I can help you with?', 'how may I direct your call?']) {
      expect(runRuleOn(rule, { source: en(`Good morning, Ventura, Anna speaking, ${offer}`), config: tz }).status, offer).toBe('pass');
    }
  });

  it('finds an English self-introduction before or after the name, in ASR text too', () => {
    for (const opening of [
      'Good morning, thanks for calling Ventura, this is Tony, how can I help you?',
      'good morning thanks for calling ventura this is james how can i help you',
      'Good morning, Ventura, Melanie speaking, how can I help?',
      'good morning ventura terry here how can i help',
      "Good morning, Ventura, you're speaking with Ashley, how may I help you?",
      "Good morning, Ventura, I'm Sarah, what can I do for you?",
      'Good morning, Ventura, my name is Dianne, how can I help you?',
    ]) {
      expect(runRuleOn(rule, { source: en(opening, { agent: '' }), config: tz }).status, opening).toBe('pass');
    }
  });

  it('does not take common English words for a name when the name is unknown', () => {
    for (const opening of [
      "Good morning, Ventura, I'm happy to help, what can I do for you?",
      'Good morning, Ventura, this is regarding your order, how can I help?',
      "good morning ventura im calling about your order how can i help",
      'Good morning, Ventura, customer service speaking, how can I help?',
      'Good morning, Ventura here, how can I help?',
      'Good morning, this is a recorded line, how can I help you?',
      "Good morning, Ventura, it's a pleasure, how can I help?",
    ]) {
      expect(findingKeys(runRuleOn(rule, { source: en(opening, { agent: '' }), config: tz })), opening).toContain('missingAgentName@5');
    }
  });

  it('finds "myself Priya" and "my name\'s Anna", but not a reflexive "myself"', () => {
    for (const opening of [
      'Good morning sir, welcome to Ventura, myself Priya, how may I assist you?',
      'good morning welcome to ventura customer care myself priya how may i assist you',
      "Good morning and welcome to Ventura, my name's Anna, how can I help you today?",
      'good morning ventura my names anna how can i help',
      "Good morning, Ventura. I'll check that for you myself. Myself Rahul, how can I help?",
    ]) {
      const r = runRuleOn(rule, { source: en(opening, { agent: '' }), config: tz });
      expect(r.status, opening).toBe('pass');
    }
    for (const opening of [
      "Good morning, Ventura, I'll look into it myself personally, how can I help?",
      'good morning ventura i will look into it myself personally how can i help you',
      'Good morning, Ventura, let me check that myself quickly, how can I help?',
      'Good morning, Ventura, I myself Rahul will help you, how can I help?',
    ]) {
      expect(findingKeys(runRuleOn(rule, { source: en(opening, { agent: '' }), config: tz })), opening).toEqual(['missingAgentName@5']);
    }
    // The name said after "myself" is the one checked against the transcript's.
    const wrong = runRuleOn(rule, { source: en('Good morning, Ventura, myself Priya, how may I help you?'), config: tzEn });
    expect(wrong.findings.map((f) => f.note)).toEqual(['The agent introduced themselves as "Priya"; the transcript names the agent "Anna Petrova".']);
  });

  it('counts "what can I help with" as an offer of help, and not "how are you" or "what do you need"', () => {
    expect(runRuleOn(rule, { source: en('Good morning, Ventura, Anna speaking, what can I help with?'), config: tz }).status).toBe('pass');
    expect(runRuleOn(rule, { source: en('good morning ventura anna speaking what can we assist with today'), config: tz }).status).toBe('pass');
    for (const opening of ['Good morning, Ventura, Anna speaking, how are you today?', 'Good morning, Ventura, Anna speaking, what do you need?', "Good morning, Ventura, Anna speaking, I'm not sure what I can help with."]) {
      expect(findingKeys(runRuleOn(rule, { source: en(opening), config: tz })), opening).toEqual(['missingOfferHelp@6']);
    }
  });

  it('outbound, reads the greeting over two turns when the agent first asks for the customer by name', () => {
    const out = (first: string, reply: string, second: string, agent = 'Marcus') => [
      '# direction: outbound', '# started: 2026-11-09T13:30:00-05:00', ...(agent ? [`# agent: ${agent}`] : []), '# customer: Daniel Reyes',
      '[00:00] RING', '[00:07] ANSWER', '[00:08] Customer: Hello?',
      `[00:09] Agent: ${first}`, `[00:12] Customer: ${reply}`, `[00:13] Agent: ${second}`, "[00:20] Customer: Yeah, I've got a few minutes.",
    ].join('\n');
    const second = 'Hi Mr. Reyes, this is Marcus calling from Ventura about your installation. Did I catch you at a good time?';
    for (const [first, reply] of [
      ['Hi, good afternoon, may I speak with Daniel Reyes, please?', 'Speaking.'],
      ['Good afternoon, am I speaking with Mr. Daniel Reyes?', 'Yes, this is he.'],
      ['hi good afternoon is this daniel', 'yeah this is daniel'],
      ['Good afternoon, is Mr. Reyes available?', 'Speaking. Who is this?'],
      ["Good afternoon, I'm trying to reach Daniel Reyes.", "That's me."],
    ]) {
      expect(runRuleOn(rule, { source: out(first!, reply!, second), config: tz }).status, first).toBe('pass');
    }
    // The name is found in the second turn, so the suggestion uses it.
    const noTime = runRuleOn(rule, { source: out('hello am i speaking to mr reyes', 'yes speaking', 'this is marcus from ventura i am calling about your plan', ''), config: tz });
    expect(findingKeys(noTime)).toEqual(['missingTimeGreeting@7']);
    expect(noTime.findings[0]!.suggestion).toBe('Good afternoon! This is Marcus calling from Ventura.');
    // No one asked for by name, a long reply, or an inbound call: the first turn only.
    const firstOnly = ['missingAgentName@8', 'missingCompany@8'];
    expect(findingKeys(runRuleOn(rule, { source: out('Good afternoon, is this a good time?', 'Sure.', second), config: tz }))).toEqual(firstOnly);
    expect(findingKeys(runRuleOn(rule, { source: out('Good afternoon, is this convenient for you?', 'Sure.', second), config: tz }))).toEqual(firstOnly);
    expect(findingKeys(runRuleOn(rule, {
      source: out('Good afternoon, may I speak with Daniel Reyes?', 'Yes, speaking, and I have been waiting all week for somebody to call me back about it.', second),
      config: tz,
    }))).toEqual(firstOnly);
    // Without the customer's name in the transcript, a word that looks like a name.
    const anonymous = (first: string) => out(first, 'Yes.', second).replace('# customer: Daniel Reyes\n', '');
    expect(runRuleOn(rule, { source: anonymous('hi good afternoon is this daniel'), config: tz }).status).toBe('pass');
    expect(findingKeys(runRuleOn(rule, { source: anonymous('Good afternoon, is this convenient for you?'), config: tz }))).toEqual(['missingAgentName@7', 'missingCompany@7']);
    const inbound = out('Good afternoon, Ventura, is this Daniel?', 'Yes.', second).replace('direction: outbound', 'direction: inbound');
    expect(findingKeys(runRuleOn(rule, { source: inbound, config: tz }))).toEqual(['missingAgentName@8', 'missingOfferHelp@8']);
  });

  it('notes the name the agent used when it is not the known one, in English calls too', () => {
    const r = runRuleOn(rule, { source: en('Good morning, Ventura, this is Nia, how can I help you?'), config: tzEn });
    expect(findingKeys(r)).toEqual(['missingAgentName@6']);
    expect(r.findings[0]!.note).toBe('The agent introduced themselves as "Nia"; the transcript names the agent "Anna Petrova".');
    expect(r.findings[0]!.quote!.slice(...r.findings[0]!.span!)).toBe('Nia');
  });
});
