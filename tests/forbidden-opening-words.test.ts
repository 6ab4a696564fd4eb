// Inline cases for forbidden-opening-words: spans, words, suggestions, and the bare-"bicara" test.
import { describe, expect, it } from 'vitest';
import rule from '../rules/forbidden-opening-words.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const opening = (line: string, extra = '') => `[00:00] RING\n[00:03] ANSWER\n[00:04] Agent: ${line}\n[00:08] Customer: Iya, Mbak.\n${extra}`;

/** The words flagged in the opening of a call whose opening is `line`. */
function flagged(line: string, options: Record<string, unknown> = {}, config: Record<string, unknown> = {}): string[] {
  const r = runRuleOn(rule, { source: opening(line), options, config });
  return r.findings.map((f) => f.quote!.slice(f.span![0], f.span![1]));
}

describe('forbidden-opening-words', () => {
  it('points at the word and suggests a greeting with the company, agent and time of day', () => {
    const r = runRuleOn(rule, {
      source: `# started: 2026-11-02T14:05:00+07:00\n# agent: Budi\n${opening('Halo, Ventura, dengan Budi.')}`,
      config: { company: { name: 'Ventura' } },
    });
    expect(findingKeys(r)).toEqual(['forbiddenWord@5']);
    const f = r.findings[0]!;
    expect(f.span).toEqual([0, 4]);
    expect(f.message).toContain('"Halo"');
    expect(f.suggestion).toBe('Selamat siang! Ventura, dengan Budi. Ada yang bisa saya bantu?');
  });

  it('words the message in Indonesian by default and in English with locale "en", the flagged words filled in', () => {
    const source = opening('Selamat pagi! Ventura, nama saya Anna. Aku mendengarkanmu!');
    const id = runRuleOn(rule, { source }).findings[0]!;
    expect(id.message).toBe('Salam pembuka memakai "Aku mendengarkanmu"; buka dengan salam sesuai waktu, nama perusahaan, dan nama Anda');
    expect(id.note).toBe('Standar, baris 79: "Aku mendengarkanmu!" hanya memperpanjang salam; penelepon memang menelepon untuk didengarkan.');
    const en = runRuleOn(rule, { source, config: { locale: 'en' } }).findings[0]!;
    expect(en.message).toBe('The greeting uses "Aku mendengarkanmu"; open with a time-of-day greeting, the company and your name');
    expect(en.note).toBe(`Seed line 79: "Aku mendengarkanmu!" ("I'm listening to you!") only lengthens the greeting; the caller called to be heard.`);
    // The suggestion is the words to say: Indonesian in both reports.
    expect(en.suggestion).toBe(id.suggestion);
  });

  it('words the mid-call message in both languages', () => {
    const source = opening('Selamat pagi, Ventura, dengan Anna.', '[00:20] Agent: Halo? Ibu masih di sana?\n');
    expect(runRuleOn(rule, { source, options: { scope: 'call' } }).findings.map((f) => f.message))
      .toEqual(['"Halo" dipakai selama panggilan; sampaikan maksud Anda dengan kalimat yang sopan']);
    expect(runRuleOn(rule, { source, options: { scope: 'call' }, config: { locale: 'en' } }).findings.map((f) => f.message))
      .toEqual(['"Halo" used during the call; say what you need instead']);
  });

  it('suggests the caller\'s introduction on an outbound call, not the inbound offer of help', () => {
    const r = runRuleOn(rule, {
      source: `# direction: outbound\n# started: 2026-11-02T09:05:00+07:00\n# agent: Budi\n${opening('Halo, bisa bicara dengan Pak Hendra?')}`,
      config: { company: { name: 'Ventura' } },
    });
    expect(findingKeys(r)).toEqual(['forbiddenWord@6']);
    expect(r.findings[0]!.suggestion).toBe('Selamat pagi! Saya Budi dari Ventura.');
  });

  it('leaves placeholders in the suggestion when the call does not say who or when', () => {
    const r = runRuleOn(rule, { source: opening('Halo?') });
    expect(r.findings[0]!.suggestion).toBe('Selamat pagi/siang/sore/malam! [nama perusahaan], dengan [nama Anda]. Ada yang bisa saya bantu?');
  });

  it('flags the variants and every forbidden phrase family', () => {
    expect(flagged('Hallo, hello, helo, alo, allo!')).toEqual(['Hallo', 'hello', 'helo', 'alo', 'allo']);
    expect(flagged('Ventura, dengarkanlah.')).toEqual(['dengarkanlah']);
    expect(flagged('Ventura. Aku mendengarkanmu!')).toEqual(['Aku mendengarkanmu']);
    expect(flagged('Ventura, saya mendengarkanmu.')).toEqual(['saya mendengarkanmu']);
    expect(flagged('Ventura. Silakan, Bapak, bicara.')).toEqual(['Silakan, Bapak, bicara']);
    expect(flagged('Ventura, mohon bicara.')).toEqual(['mohon bicara']);
  });

  it('matches whole words only', () => {
    expect(flagged('Selamat pagi, Halodoc, dengan Rina, ada yang bisa dibantu?', { allow: [] })).toEqual([]);
    expect(flagged('Selamat pagi, pembicaraan ini direkam. Ventura, dengan Rina.')).toEqual([]);
  });

  it('tells a bare "bicara" command from "bicara" in a statement or question', () => {
    expect(flagged('Ventura, bicara.')).toEqual(['bicara']);
    expect(flagged('ventura bicara')).toEqual(['bicara']);
    expect(flagged('Saya Anna, bicara.')).toEqual(['bicara']); // the comma ends the clause "Saya Anna"
    expect(flagged('Bisa bicara dengan Pak Budi?')).toEqual([]);
    expect(flagged('bisa bicara dengan pak budi')).toEqual([]);
    expect(flagged('selamat pagi mau bicara dengan siapa')).toEqual([]);
    expect(flagged('bicara dengan siapa ini')).toEqual([]);
    expect(flagged('Dengan siapa saya berbicara?')).toEqual([]);
    expect(flagged('ventura dengan siapa saya bicara')).toEqual([]);
  });

  it('allows the default brands in their ASR spellings, and only inside the brand', () => {
    for (const line of ['halo b c a selamat pagi', 'HaloBCA, selamat pagi', 'hallo bca selamat pagi', 'Halo Kemenkes, selamat pagi', 'HALOBPOM, pagi', 'Hello Danamon, selamat siang', 'Halo Unlimited', 'kartuHalo, selamat sore']) {
      expect(flagged(line), line).toEqual([]);
    }
    expect(flagged('Halo BCA, selamat pagi', { allow: [] })).toEqual(['Halo']);
    // Close to "Halo BCA" / "Halodoc" but a greeting: the brand match is strict (0.95).
    expect(flagged('Halo Bu, selamat pagi')).toEqual(['Halo']);
    expect(flagged('Halo Dok, selamat pagi')).toEqual(['Halo']);
  });

  it('always allows the configured company and its aliases, whatever "allow" says', () => {
    const config = { company: { name: 'Halo Kilat', aliases: ['HaloKilat Ekspedisi'] } };
    expect(flagged('Halo Kilat, selamat siang', { allow: [] }, config)).toEqual([]);
    expect(flagged('halokilat ekspedisi selamat siang', { allow: [] }, config)).toEqual([]);
  });

  it('with scope "call", suggests the line check mid-call and accepts "saya mendengarkan Anda"', () => {
    const r = runRuleOn(rule, {
      source: opening('Selamat pagi, Ventura, dengan Anna.', '[00:20] Agent: Halo? Saya mendengarkan Anda, Bu.\n[00:25] Agent: Dengarkan dulu, Bu.\n'),
      options: { scope: 'call' },
    });
    expect(findingKeys(r)).toEqual(['forbiddenMidCall@5', 'forbiddenMidCall@6']);
    expect(r.findings[0]!.suggestion).toBe('Maaf, saya tidak dapat mendengar Anda dengan baik, mohon diulangi.');
    expect(r.findings[1]!.suggestion).toBe('Izinkan saya menjelaskan, Bapak/Ibu.');
  });

  it('rejects unknown options and bad scope values', () => {
    expect(() => rule.meta.options.parse({ scope: 'opening', allowExtra: [] })).toThrow();
    expect(() => rule.meta.options.parse({ scope: 'all' })).toThrow();
  });
});

describe('forbidden-opening-words on English calls', () => {
  /** An English call (the customer's words make it English for language "auto"). */
  const enCall = (line: string, extra = '') =>
    `[00:00] RING\n[00:03] ANSWER\n[00:04] Agent: ${line}\n[00:08] Customer: Hi, I want to ask about the window I ordered from you last week.\n${extra}`;
  const enFlagged = (line: string, options: Record<string, unknown> = {}, config: Record<string, unknown> = {}): string[] =>
    runRuleOn(rule, { source: enCall(line), options, config }).findings.map((f) => f.quote!.slice(f.span![0], f.span![1]));

  it('suggests an English greeting with the English time of day, the company and the agent', () => {
    const r = runRuleOn(rule, {
      source: `# started: 2026-11-02T16:30:00+07:00\n# agent: Budi\n${enCall('Hello?')}`,
      config: { company: { name: 'Ventura' }, timezone: '+07:00' },
    });
    expect(findingKeys(r)).toEqual(['forbiddenWord@5']);
    // 16:30 is "sore" in Indonesian, but English has no such greeting: good afternoon until 18:00.
    expect(r.findings[0]!.suggestion).toBe('Good afternoon! Ventura, this is Budi. How may I help you?');
    expect(runRuleOn(rule, { source: enCall('Hello?') }).findings[0]!.suggestion)
      .toBe('Good morning/afternoon/evening! [company name], this is [your name]. How may I help you?');
    const en = runRuleOn(rule, { source: enCall('Yeah?'), config: { locale: 'en' } }).findings[0]!;
    expect(en.message).toBe('The greeting uses "Yeah"; open with a time-of-day greeting, the company and your name');
  });

  it('suggests the outbound introduction on an outbound call', () => {
    const source = `# direction: outbound\n# started: 2026-11-05T11:10:00+07:00\n# agent: Vikram\n${enCall('hello am i speaking to mr sharma')}`;
    const r = runRuleOn(rule, { source, config: { company: { name: 'Northwind', activity: 'window service' }, timezone: '+07:00' } });
    expect(findingKeys(r)).toEqual(['forbiddenWord@6']);
    expect(r.findings[0]!.suggestion).toBe('Good morning! This is Vikram calling from Northwind, window service.');
    const anonymous = runRuleOn(rule, { source: `# direction: outbound\n${enCall('Hello?')}` });
    expect(anonymous.findings[0]!.suggestion).toBe('Good morning/afternoon/evening! This is [your name] calling from [company name].');
  });

  it('suggests the English line check mid-call, and an offer to explain for "listen"', () => {
    const r = runRuleOn(rule, {
      source: enCall('Good morning, Ventura, this is Anna. How may I help you?',
        '[00:20] Agent: Hello? Are you still there?\n[00:25] Agent: Speak up, please.\n[00:30] Agent: Listen, sir, I already told you.\n'),
      options: { scope: 'call' },
    });
    expect(findingKeys(r)).toEqual(['forbiddenMidCall@5', 'forbiddenMidCall@6', 'forbiddenMidCall@7']);
    expect(r.findings.map((f) => f.suggestion)).toEqual([
      "I'm sorry, I can't hear you very well. Could you say that again, please?",
      "I'm sorry, I can't hear you very well. Could you say that again, please?",
      "Let me explain, sir/ma'am.",
    ]);
  });

  it('flags the telephone "Hello?" but not a hello that starts a real greeting', () => {
    for (const line of ['Hello?', 'Hello.', 'Hello, Ventura, Anna speaking.', 'Hello, how can I help you?', 'hello ventura anna speaking', 'Hello? Thank you for calling Ventura.', 'Hallo, Ventura.']) {
      expect(enFlagged(line), line).toEqual([line.split(/[,.? ]/)[0]]);
    }
    for (const line of [
      'Hello, thank you for calling Ventura, this is Anna.',
      'hello thanks for calling ventura this is anna',
      'Hello and good morning, Ventura, Anna speaking.',
      "Hello there, you've reached Ventura, Anna speaking.",
      'Hello, sir, this is Anna from Ventura.',
      'Hello, my name is Anna and I am calling from Ventura.',
      "Hello, you're through to Ventura, Anna speaking, how can I help?",
      'hello youre through to ventura anna speaking',
      "Hello, you're speaking with Anna at Ventura.",
      'Hi, Ventura, Anna speaking.',
    ]) {
      expect(enFlagged(line), line).toEqual([]);
    }
    expect(enFlagged('Hello? Hello, thank you for calling Ventura.')).toEqual(['Hello']);
    expect(enFlagged("Hello? You're through to Ventura.")).toEqual(['Hello']);
    // The customer's name may come between, when the transcript knows it.
    const named = runRuleOn(rule, { source: `# customer: Mark Davis\n${enCall('Hello, Mr Davis, thanks for holding, this is Anna from Ventura.')}` });
    expect(named.findings).toEqual([]);
    expect(enFlagged('Hello, Mr Davis, thanks for holding, this is Anna from Ventura.')).toEqual(['Hello']);
  });

  it('flags curt first words only as the first words of the opening', () => {
    expect(enFlagged('Yeah?')).toEqual(['Yeah']);
    expect(enFlagged('Yes, Ventura.')).toEqual(['Yes']);
    expect(enFlagged('yep ventura')).toEqual(['yep']);
    expect(enFlagged('Hey, thanks for calling Ventura.')).toEqual(['Hey']);
    expect(enFlagged('Speaking.')).toEqual(['Speaking']);
    expect(enFlagged("Who's this?")).toEqual(["Who's this"]);
    expect(enFlagged('who is calling')).toEqual(['who is calling']);
    expect(enFlagged('Good morning, Ventura, Anna speaking, yes, how can I help?')).toEqual([]);
    // After nothing but the company name, a curt word that ends the answer is as curt.
    const ventura = { company: { name: 'Ventura', aliases: ['Ventura Windows'] } };
    expect(enFlagged('Ventura, yes?', {}, ventura)).toEqual(['yes']);
    expect(enFlagged('ventura windows yeah', {}, ventura)).toEqual(['yeah']);
    expect(enFlagged('Ventura, who is this?', {}, ventura)).toEqual(['who is this']);
    expect(enFlagged('Ventura speaking.', {}, ventura)).toEqual([]); // names who answers, as "Anna speaking"
    expect(enFlagged('Ventura, yes, how can I help you?', {}, ventura)).toEqual([]);
    expect(enFlagged('Good morning, Ventura, yes?', {}, ventura)).toEqual([]);
    expect(enFlagged('Anna, yes?', {}, ventura)).toEqual([]); // only the company name counts
    const mid = runRuleOn(rule, {
      source: enCall('Good morning, Ventura, Anna speaking.', '[00:20] Agent: Yes, I can check that. Speaking of which, who is calling the technician?\n'),
      options: { scope: 'call' },
    });
    expect(mid.findings).toEqual([]);
  });

  it('flags "I\'m listening" and "go ahead" in the opening only', () => {
    expect(enFlagged("Good morning, Ventura, Anna speaking. I'm listening.")).toEqual(["I'm listening"]);
    expect(enFlagged('Ventura, listening.')).toEqual(['listening']);
    expect(enFlagged('Good morning, Ventura, Anna speaking, go ahead.')).toEqual(['go ahead']);
    const r = runRuleOn(rule, {
      source: enCall('Good morning, Ventura, Anna speaking.', "[00:20] Agent: Sorry, go ahead. I'm listening.\n"),
      options: { scope: 'call' },
    });
    expect(r.findings).toEqual([]);
    const opening = runRuleOn(rule, { source: enCall("Ventura, I'm listening."), config: { locale: 'en' } }).findings[0]!;
    expect(opening.note).toBe(`Seed line 79: "Aku mendengarkanmu!" ("I'm listening to you!") only lengthens the greeting; the caller called to be heard.`);
  });

  it('tells "speak up" and "listen" commands from "speak" in a statement or question', () => {
    expect(enFlagged('Ventura, speak up.')).toEqual(['speak up']);
    expect(enFlagged('ventura speak louder')).toEqual(['speak louder']);
    expect(enFlagged('Ventura, please speak a little louder.')).toEqual(['please speak a little louder']);
    expect(enFlagged('Ventura, talk.')).toEqual(['talk']);
    expect(enFlagged('Listen up, Ventura here.')).toEqual(['Listen up']);
    expect(enFlagged('Ventura, hear me out.')).toEqual(['hear me out']);
    expect(enFlagged('Good morning, Ventura, could you speak up a little?')).toEqual([]);
    expect(enFlagged('good morning this is anna from ventura may i speak with mr davis')).toEqual([]);
    expect(enFlagged('Good morning, Ventura, who would you like to speak to?')).toEqual([]);
    expect(enFlagged('Good morning, Ventura. Speak to whom?')).toEqual([]);
    expect(enFlagged('Good morning, Ventura, I will talk to my supervisor.')).toEqual([]);
  });

  it('allows brands with "hello" in them, by the company config or the allow list', () => {
    expect(enFlagged('Good morning, hello fresh, this is Anna.', {}, { company: { name: 'HelloFresh' } })).toEqual([]);
    expect(enFlagged('Good morning, Hello Kitty Store, this is Anna.', { allow: ['Hello Kitty'] })).toEqual([]);
    expect(enFlagged('Good morning, Hello Kitty Store, this is Anna.')).toEqual(['Hello']);
  });
});
