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
    expect(en.note).toBe('Seed line 79: "Aku mendengarkanmu!" only lengthens the greeting; the caller called to be heard.');
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
