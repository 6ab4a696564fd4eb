// Inline cases for polite-words: messages and suggestions in the call's language (English calls
// get "please"/"thank you"; Indonesian ones stay as they were), in both report languages.
import { describe, expect, it } from 'vitest';
import rule from '../rules/polite-words.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };

describe('polite-words in English', () => {
  const bare = [
    '# customer: John Smith',
    '[00:04] ANSWER',
    '[00:05] Agent: Good afternoon, Ventura, this is Anna. How can I help you?',
    '[00:09] Customer: I want to check the status of my delivery.',
    '[00:12] Agent: Okay. Hold on a second, Mr Smith, let me check.',
    '[00:30] Agent: Your order is with the courier and arrives tomorrow.',
  ].join('\n');

  it('puts "please" before the bare request and names the English words', () => {
    const result = runRuleOn(rule, { source: bare, config: { company: { name: 'Ventura' } } });
    expect(findingKeys(result)).toEqual(['missingPlease@5', 'missingThanks@6']);
    const [please, thanks] = result.findings;
    expect(please!.suggestion).toBe('Okay. Please hold on a second, Mr Smith, let me check.');
    expect(please!.quote!.slice(...please!.span!)).toBe('Hold on');
    expect(please!.message).toBe('Agen mengucapkan kata permohonan ("please", "kindly", "would you mind") 0 kali selama panggilan; minimal 1 kali');
    expect(thanks!.suggestion).toBe('Thank you for calling Ventura, Mr Smith.');
    expect(thanks!.message).toBe('Agen mengucapkan "thank you" 0 kali selama panggilan; minimal 1 kali');
    expect(runRuleOn(rule, { source: bare, config: EN }).findings.map((f) => [f.message, f.suggestion])).toEqual([
      ['The agent says a please-word ("please", "kindly", "would you mind") 0 times in the call; at least 1 expected', 'Okay. Please hold on a second, Mr Smith, let me check.'],
      ['The agent says "thank you" 0 times in the call; at least 1 expected', 'Thank you, Mr Smith.'],
    ]);
  });

  it('keeps the case of a lowercase request (ASR) and thanks for the time on an outbound call', () => {
    const source = [
      '# direction: outbound',
      '[00:05] agent: hi this is budi from ventura is this a good time to talk',
      '[00:09] customer: yes',
      '[00:11] agent: ok so give me your order number and ill check it',
    ].join('\n');
    expect(runRuleOn(rule, { source }).findings.map((f) => f.suggestion)).toEqual([
      'Ok so please give me your order number and ill check it',
      'Thank you for your time.',
    ]);
  });

  it('without a bare request, the instruction names the English words and examples', () => {
    const source = [
      '[00:04] ANSWER',
      '[00:05] Agent: Good afternoon, Ventura, this is Anna. How can I help you?',
      '[00:09] Customer: How late is the store open?',
      "[00:12] Agent: Until five, ma'am. Thank you for calling.",
    ].join('\n');
    const id = runRuleOn(rule, { source }).findings;
    expect(findingKeys(runRuleOn(rule, { source }))).toEqual(['missingPlease@4']);
    expect(id[0]!.suggestion).toBe('Gunakan "please" atau "would you mind" saat meminta sesuatu: "Please hold on a moment, ma\'am.", "Could you please give me your order number?"');
    expect(runRuleOn(rule, { source, config: EN }).findings[0]!.suggestion)
      .toBe('Ask with "please" or "would you mind": "Please hold on a moment, ma\'am.", "Could you please give me your order number?"');
  });

  it('counts "would you mind", "kindly" and "cheers"; the agent\'s own "I\'ll call you back" is no request', () => {
    const source = (agent: string) => [
      '[00:04] ANSWER',
      '[00:05] Agent: Good morning, Ventura, this is Anna. How can I help you?',
      '[00:09] Customer: My window frame is cracked and I want it fixed.',
      `[00:12] Agent: ${agent}`,
    ].join('\n');
    expect(runRuleOn(rule, { source: source('Would you mind sending us a photo? Cheers.') }).status).toBe('pass');
    expect(runRuleOn(rule, { source: source('Kindly send us a photo of it. Thank you.') }).status).toBe('pass');
    // ASR: the "no" of "no worries" / "no problem" does not negate the words after it.
    expect(runRuleOn(rule, { source: source('no problem please send us a photo of it no worries thanks') }).status).toBe('pass');
    // A real negator does: "don't thank me" is no thanks.
    expect(findingKeys(runRuleOn(rule, { source: source("Please send us a photo of it. Oh, don't thank me.") }))).toEqual(['missingThanks@4']);
    const own = runRuleOn(rule, { source: source("Thanks, I'll call you back once I have checked the warranty with the team.") });
    expect(findingKeys(own)).toEqual(['missingPlease@4']);
    expect(own.findings[0]!.suggestion).toBe('Gunakan "please" atau "would you mind" saat meminta sesuatu: "Please hold on a moment.", "Could you please give me your order number?"');
  });
});

describe('polite-words: the pasted words spelled out, the note glossed', () => {
  const call = (agent: string) => [
    '[00:03] ANSWER',
    '[00:03] Agent: Good afternoon, Northwind, this is Tyler, how can I help you?',
    '[00:07] Customer: Yeah hi, this is Jason Reed, I need to change my installation date.',
    `[00:11] Agent: ${agent}`,
    '[00:14] Customer: Sure.',
    '[00:17] Agent: Got it, thank you.',
  ].join('\n');

  it('writes "gimme", "gonna", "wanna", "lemme" out in the suggestion ("Please give me", not "Please gimme")', () => {
    expect(runRuleOn(rule, { source: call('Okay Jason. Gimme the order number.') }).findings.map((f) => f.suggestion))
      .toEqual(['Okay Jason. Please give me the order number.']);
    expect(runRuleOn(rule, { source: call('ok lemme see gimme your order number im gonna check if you wanna move it') }).findings.map((f) => f.suggestion))
      .toEqual(['Ok let me see please give me your order number im going to check if you want to move it']);
    // Words that only contain the letters are left alone ("Gonnaway" is a name).
    expect(runRuleOn(rule, { source: call('Mr Gonnaway, hold on a second.') }).findings.map((f) => f.suggestion))
      .toEqual(['Mr Gonnaway, please hold on a second.']);
  });

  it('glosses the Indonesian seed quote in the English note; the Indonesian note is unchanged', () => {
    const source = call('Gimme the order number.');
    expect(runRuleOn(rule, { source, config: EN }).findings[0]!.note)
      .toBe('Seed line 464: "Selama percakapan, kata-kata "TOLONG" dan "TERIMA KASIH" harus digunakan." ("During the conversation, the words "PLEASE" and "THANK YOU" must be used.")');
    expect(runRuleOn(rule, { source }).findings[0]!.note)
      .toBe('Baris 464 standar: "Selama percakapan, kata-kata "TOLONG" dan "TERIMA KASIH" harus digunakan."');
  });
});

describe('polite-words in Indonesian (unchanged)', () => {
  const source = [
    '# customer: Maya Lestari',
    '[00:04] ANSWER',
    '[00:05] Agent: Selamat siang, Ventura, dengan Anna, ada yang bisa saya bantu?',
    '[00:09] Customer: Saya mau cek status pengiriman.',
    '[00:12] Agent: Baik. Tunggu sebentar ya, Bu, saya cek dulu.',
    '[00:30] Agent: Pesanannya sudah di kurir.',
  ].join('\n');

  it('keeps the Indonesian words, the "mohon" suggestion and the thanks line', () => {
    const id = runRuleOn(rule, { source, config: { company: { name: 'Ventura' } } }).findings;
    expect(id.map((f) => [f.message, f.suggestion])).toEqual([
      ['Agen mengucapkan kata permohonan ("tolong", "mohon", "silakan") 0 kali selama panggilan; minimal 1 kali', 'Baik. Mohon tunggu sebentar ya, Bu, saya cek dulu.'],
      ['Agen mengucapkan "terima kasih" 0 kali selama panggilan; minimal 1 kali', 'Terima kasih telah menghubungi Ventura, Bu Maya.'],
    ]);
    expect(runRuleOn(rule, { source, config: EN }).findings.map((f) => [f.message, f.suggestion])).toEqual([
      ['The agent says a please-word ("tolong", "mohon", "silakan") 0 times in the call; at least 1 expected', 'Baik. Mohon tunggu sebentar ya, Bu, saya cek dulu.'],
      ['The agent says "terima kasih" 0 times in the call; at least 1 expected', 'Terima kasih, Bu Maya.'],
    ]);
  });

  it('keeps the Indonesian instruction without a bare request', () => {
    const plain = source.replace('Baik. Tunggu sebentar ya, Bu, saya cek dulu.', 'Baik, Bu, saya cek dulu.');
    expect(runRuleOn(rule, { source: plain }).findings[0]!.suggestion)
      .toBe('Gunakan "mohon", "tolong" atau "silakan" saat meminta sesuatu: "Mohon tunggu sebentar, Bu Maya.", "Silakan disebutkan nomor pesanannya."');
    expect(runRuleOn(rule, { source: plain, config: EN }).findings[0]!.suggestion)
      .toBe('Ask with "mohon", "tolong" or "silakan": "Mohon tunggu sebentar, Bu Maya.", "Silakan disebutkan nomor pesanannya."');
  });
});
