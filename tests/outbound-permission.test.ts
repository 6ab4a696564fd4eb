// Inline cases for outbound-permission: the suggested question in the call's language (English
// calls: "Is this a good time to talk, …?"; Indonesian ones stay as they were).
import { describe, expect, it } from 'vitest';
import rule from '../rules/outbound-permission.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const suggestion = (source: string, config: Record<string, unknown> = {}) => runRuleOn(rule, { source, config }).findings.map((f) => f.suggestion);

describe('outbound-permission in English', () => {
  const pitch = (greeting: string, customer?: string) => [
    '# direction: outbound',
    ...(customer ? [`# customer: ${customer}`] : []),
    `[00:04] Agent: ${greeting} This is Nia from Ventura, and I am calling about the free maintenance of your windows.`,
    '[00:09] Customer: Okay.',
    '[00:11] Agent: It is free for all of our customers this month.',
  ].join('\n');

  it('asks with the form of address the agent used, with the name where the call knows it', () => {
    const result = runRuleOn(rule, { source: pitch('Good morning, Mrs Lestari.', 'Maya Lestari') });
    expect(findingKeys(result)).toEqual(['noPermissionAsked@3']);
    expect(result.findings[0]!.suggestion).toBe('Is this a good time to talk, Mrs Lestari?');
    expect(result.findings[0]!.message).toBe('Agen tidak menanyakan apakah pelanggan bisa berbicara sekarang (diperiksa 2 ucapan pertama agen)');
    expect(suggestion(pitch("Good morning, ma'am."))).toEqual(["Is this a good time to talk, ma'am?"]);
    expect(suggestion(pitch('Good morning, sir.', 'John Smith'), { locale: 'en' })).toEqual(['Is this a good time to talk, sir?']);
  });

  it('without a form of address: the first name, else the bare question', () => {
    expect(suggestion(pitch('Good morning.', 'John Smith'))).toEqual(['Is this a good time to talk, John?']);
    expect(suggestion(pitch('Good morning.'))).toEqual(['Is this a good time to talk?']);
  });

  it('counts the English ways of asking, and not an apology or a request for a person', () => {
    const call = (first: string) => ['# direction: outbound', `[00:04] Agent: ${first}`, '[00:09] Customer: Yes?', '[00:11] Agent: I am calling about your windows, they are ready for installation.'].join('\n');
    for (const asks of [
      'Hi, this is Nia from Ventura. Is now a good time?',
      'Hi, this is Nia from Ventura. Do you have a few minutes?',
      'hi this is nia from ventura have you got a minute',
      'Hi, this is Nia from Ventura. Are you free to talk?',
      'Hi, this is Nia from Ventura, am I disturbing you?',
      'Hi, this is Nia from Ventura. Do you mind if I take two minutes of your time?',
    ]) expect([asks, runRuleOn(rule, { source: call(asks) }).status]).toEqual([asks, 'pass']);
    for (const not of [
      'Hi, sorry to bother you, this is Nia from Ventura.',
      'Hi, this is Nia from Ventura. Can I speak to Mr Hendra?',
      'Hi, this is Nia from Ventura. You have a few minutes left to claim your discount.',
    ]) expect([not, runRuleOn(rule, { source: call(not) }).status]).toEqual([not, 'fail']);
  });

  it('counts the softeners that start before their "not" and the other reviewers\' forms; not a pleasantry', () => {
    const call = (first: string) => ['# direction: outbound', `[00:04] Agent: ${first}`, '[00:09] Customer: Yes?', '[00:11] Agent: I am calling about your windows, they are ready for installation.'].join('\n');
    for (const asks of [
      "Hi Teresa, it's Dana from Ventura. I hope I'm not catching you at a bad time?",
      'hi teresa its dana from ventura i hope im not catching you at a bad time',
      "Hi, it's Dana from Ventura. Hope I'm not disturbing you?",
      'Hi, it is Dana from Ventura, I hope I am not interrupting you?',
      "Hi, it's Dana from Ventura. I hope this isn't a bad time?",
      "Hi, it's Dana from Ventura. I hope now is a good time to talk?",
      "Hi, it's Dana from Ventura. Can you spare a minute?",
      "Hi, it's Dana from Ventura. Could you spare me a few minutes?",
      "Hi, it's Dana from Ventura. Am I calling at a bad time?",
    ]) expect([asks, runRuleOn(rule, { source: call(asks) }).status]).toEqual([asks, 'pass']);
    for (const not of [
      "Hi, it's Dana from Ventura. I hope you're doing well today!",
      "Hi, it's Dana from Ventura. I won't keep you long.",
      // A bare "catching you at a bad time" after "not" is still negated.
      "Hi, it's Dana from Ventura. I'm not catching you at a bad time, great.",
    ]) expect([not, runRuleOn(rule, { source: call(not) }).status]).toEqual([not, 'fail']);
  });

  it('glosses the Indonesian seed quote in the English note; the Indonesian note is unchanged', () => {
    const source = pitch('Good morning.');
    expect(runRuleOn(rule, { source, config: { locale: 'en' } }).findings[0]!.note).toBe(
      'Seed line 301: "Gunakan frasa \'Apakah Anda (atau lebih baik memanggil lawan bicara dengan nama) nyaman untuk berbicara sekarang?\'" ("Use the phrase \'Are you (or, better, call the person by name) comfortable talking now?\'"); line 370: if the person cannot talk now, schedule a callback.');
    expect(runRuleOn(rule, { source }).findings[0]!.note).toBe(
      'Standar baris 301: "Gunakan frasa \'Apakah Anda (atau lebih baik memanggil lawan bicara dengan nama) nyaman untuk berbicara sekarang?\'"; baris 370: jika lawan bicara tidak bisa berbicara sekarang, jadwalkan panggilan balik.');
  });
});

describe('outbound-permission in Indonesian (unchanged)', () => {
  it('asks with "Bapak"/"Ibu" (or both) and the first name', () => {
    const source = (greeting: string, customer?: string) => [
      '# direction: outbound',
      ...(customer ? [`# customer: ${customer}`] : []),
      `[00:04] Agent: ${greeting} Saya Nia dari Ventura, ada promo perawatan jendela gratis.`,
      '[00:09] Customer: Oh, iya.',
    ].join('\n');
    expect(suggestion(source('Selamat pagi, Bu.', 'Ratna Dewi'))).toEqual(['Apakah Ibu Ratna nyaman untuk berbicara sekarang?']);
    expect(suggestion(source('Selamat pagi, Pak.'), { locale: 'en' })).toEqual(['Apakah Bapak nyaman untuk berbicara sekarang?']);
    expect(suggestion(source('Selamat pagi.'))).toEqual(['Apakah Bapak/Ibu nyaman untuk berbicara sekarang?']);
  });
});
