// Inline cases for callback-identification: messages in both report languages, and phrasings the
// fixtures do not show.
import { describe, expect, it } from 'vitest';
import rule from '../rules/callback-identification.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };
const head = [
  '[00:00] ANSWER',
  '[00:01] CS: Selamat siang, Ventura, ada yang bisa dibantu?',
  '[00:05] Pelanggan: Siang, saya mau tanya stok kusen jati.',
  '[00:09] CS: Ukurannya berapa, Pak?',
  '[00:12] Pelanggan: Dua meter.',
];
const call = (...lines: string[]) => [...head, ...lines].join('\n');

describe('callback-identification', () => {
  it('words the finding in Indonesian by default and in English, with the company in the suggestion', () => {
    const source = ['# agent: Nia Ramadhani', call('[00:15] CS: Stoknya kosong, nanti kami hubungi kembali, Pak.')].join('\n');
    const config = { company: { name: 'Ventura' } };
    const id = runRuleOn(rule, { source, config });
    expect(findingKeys(id)).toEqual(['noAgentName@7']);
    const f = id.findings[0]!;
    expect(f.message).toBe('Agen meminta pelanggan menghubungi kembali atau menjanjikan panggilan kembali tanpa menyebutkan namanya (sebutkan "Nia Ramadhani")');
    expect(f.suggestion).toBe('Stoknya kosong, nanti kami hubungi kembali, Pak. Nama saya Nia Ramadhani dari Ventura.');
    expect(f.quote!.slice(...f.span!)).toBe('nanti kami hubungi kembali, Pak');
    expect(runRuleOn(rule, { source, config: { ...config, ...EN } }).findings[0]!.message)
      .toBe('The agent asked for or promised a callback without giving their name (say "Nia Ramadhani")');
  });

  it('notes a one-word agent name when the full name is required', () => {
    const source = ['# agent: Nia', call('[00:15] CS: Nanti saya telepon balik, dengan saya Nia.')].join('\n');
    const id = runRuleOn(rule, { source, options: { requireFullName: true } });
    expect(id.status).toBe('pass');
    expect(id.notes).toEqual(['Transkrip hanya menyebut "Nia" sebagai nama agen: nama depan diterima.']);
  });

  it('finds callbacks and self-introductions in their usual variants', () => {
    testRule(rule, {
      valid: [
        { source: call('[00:15] CS: Stoknya kosong. Ibu akan kami hubungi besok, dengan Rina ya.') },
        { source: call('[00:15] CS: silakan telfon balik minggu depan nama saya rina') },
        { source: call('[00:15] CS: Silakan hubungi kembali, Pak. Dengan saya Rina Wulandari.'), options: { requireFullName: true } },
        // A transfer is no callback.
        { source: call('[00:15] CS: Saya hubungkan kembali ke bagian gudang ya, Pak.'), skip: 'no callback request or promise' },
      ],
      invalid: [
        // "dengan senang hati" introduces nobody.
        { source: call('[00:15] CS: Dengan senang hati, nanti kami hubungi kembali.'), errors: ['noAgentName@6'] },
        // Lowercase dictionary words after a weak marker are no name.
        { source: call('[00:15] CS: nanti saya telepon balik saya pastikan dulu stoknya'), errors: ['noAgentName@6'] },
      ],
    });
  });
});

// English calls: the language is detected from the words, and the suggestion is said in it.
const enHead = [
  '[00:00] ANSWER',
  '[00:01] Agent: Good afternoon, Ventura, how can I help you?',
  '[00:05] Customer: Hi, I want to know if you have oak window frames in stock.',
  '[00:09] Agent: What size do you need?',
  '[00:12] Customer: Two meters by one.',
];
const enCall = (...lines: string[]) => [...enHead, ...lines].join('\n');

describe('callback-identification in English', () => {
  it('suggests the introduction in English, with the known name and the company', () => {
    const source = ['# agent: Dana Whitfield', enCall("[00:15] Agent: They're out of stock, we'll call you back tomorrow.")].join('\n');
    const f = runRuleOn(rule, { source, config: { company: { name: 'Ventura' } } }).findings[0]!;
    expect(f.messageId).toBe('noAgentName');
    expect(f.suggestion).toBe("They're out of stock, we'll call you back tomorrow. My name is Dana Whitfield from Ventura.");
    expect(f.quote!.slice(...f.span!)).toBe("we'll call you");
  });

  it('suggests placeholders in English when the name is unknown, and English examples in the message', () => {
    const source = enCall('[00:15] Agent: Please call us back after two o\'clock');
    const id = runRuleOn(rule, { source });
    expect(id.findings[0]!.suggestion).toBe("Please call us back after two o'clock. My name is [your name].");
    expect(id.findings[0]!.message).toBe('Agen meminta pelanggan menghubungi kembali atau menjanjikan panggilan kembali tanpa menyebutkan namanya (mis. "my name is <nama>")');
    expect(runRuleOn(rule, { source, config: EN }).findings[0]!.message)
      .toBe('The agent asked for or promised a callback without giving their name (e.g. "my name is <name>")');

    const full = runRuleOn(rule, { source, options: { requireFullName: true }, config: EN }).findings[0]!;
    expect(full.suggestion).toBe("Please call us back after two o'clock. My name is [your first and last name].");
    expect(full.message).toBe('The agent asked for or promised a callback without giving their name (e.g. "my name is <first name> <last name>")');
  });

  it('asks for the last name in English when only the first was said', () => {
    const source = enCall("[00:15] Agent: I'll give you a call tomorrow, this is Dana.");
    const r = runRuleOn(rule, { source, options: { requireFullName: true }, config: { company: { name: 'Ventura' } } });
    expect(findingKeys(r)).toEqual(['noLastName@6']);
    expect(r.findings[0]!.suggestion).toBe('My name is Dana [your last name] from Ventura.');
  });

  it('keeps the Indonesian suggestions for an Indonesian call', () => {
    const unknown = runRuleOn(rule, { source: call('[00:15] CS: Nanti kami hubungi kembali, Pak'), options: { requireFullName: true } });
    expect(unknown.findings[0]!.suggestion).toBe('Nanti kami hubungi kembali, Pak. Nama saya [nama depan dan nama belakang Anda].');
    expect(unknown.findings[0]!.message).toContain('(mis. "nama saya <nama depan> <nama belakang>")');
    const firstOnly = runRuleOn(rule, { source: call('[00:15] CS: Nanti saya telepon balik, nama saya Rina.'), options: { requireFullName: true } });
    expect(firstOnly.findings[0]!.suggestion).toBe('Nama saya Rina [nama belakang Anda].');
    expect(runRuleOn(rule, { source: call('[00:15] CS: Silakan telepon kembali nanti') }).findings[0]!.suggestion)
      .toBe('Silakan telepon kembali nanti. Nama saya [nama Anda].');
  });

  it('finds English callbacks and self-introductions, and not what only looks like them', () => {
    testRule(rule, {
      valid: [
        { source: enCall("[00:15] Agent: I'm Dana, and I'll ring you back in an hour.") },
        { source: enCall("[00:15] Agent: We'll contact you as soon as they arrive. You're speaking with Dana Whitfield."), options: { requireFullName: true } },
        { source: enCall('[00:15] Agent: Can I call you back in ten minutes? Just ask for Dana.') },
        { source: enCall('[00:15] agent: ok well call you back tomorrow its dana from ventura') },
        // Not a callback: thanks for a call made, a negated one, a plain invitation, "get back to you".
        { source: enCall('[00:15] Agent: Thanks for calling back, by the way.'), skip: 'no callback request or promise' },
        { source: enCall("[00:15] Agent: You don't need to call us back, it's all arranged."), skip: 'no callback request or promise' },
        { source: enCall('[00:15] Agent: Give us a call if you have any other questions.'), skip: 'no callback request or promise' },
        { source: enCall("[00:15] Agent: Let me check. I'll get back to you in a second."), skip: 'no callback request or promise' },
      ],
      invalid: [
        // "I'm afraid", "this is urgent", "it's Tuesday" introduce nobody.
        { source: enCall("[00:15] Agent: I'm afraid we're out of stock. We'll call you when it's in."), errors: ['noAgentName@6'] },
        { source: enCall('[00:15] Agent: This is urgent, I know. Someone will call you back on Tuesday, it\'s Tuesday that the truck comes.'), errors: ['noAgentName@6'] },
        // The callback call itself: the agent calling back must say who is calling.
        { source: enCall("[00:15] Agent: Hi, I'm calling you back about your order."), errors: ['noAgentName@6'] },
        // The customer's name is not the agent's.
        { source: ['# customer: Karen Holt', enCall("[00:15] Agent: So it's Karen Holt on the order. We'll call you back when the frames arrive.")].join('\n'), errors: ['noAgentName@7'] },
      ],
    });
  });
});

// Round 2: what two QA reviewers found on English calls.
describe('callback-identification in English, after review', () => {
  const NONE = 'no callback request or promise';
  const TURNED_DOWN = 'the customer turned the callback down';
  const offer = '[00:15] Agent: It might take a few minutes. Would you prefer to hold, or would you rather I call you back once I have an answer?';
  it('hears "reach out to you", "have our estimator contact you", "get back to you by phone"; not a call someone else makes on their own errand', () => {
    testRule(rule, {
      valid: [
        { source: enCall('[00:15] Agent: Your bank will reach out to you directly about the refund.'), skip: NONE },
        { source: enCall("[00:15] Agent: The technician will give you a call when he's on the way."), skip: NONE },
        { source: enCall('[00:15] agent: the crew lead will give you a ring the day before'), skip: NONE },
        { source: enCall("[00:15] Agent: They're going to give you a call to book the fitting."), skip: NONE },
        { source: enCall("[00:15] Agent: Just in case we get disconnected, what's the best callback number for you?"), skip: NONE },
        { source: enCall('[00:15] Agent: Is this a good call back number for you?'), skip: NONE },
        { source: enCall('[00:15] Agent: Feel free to reach out to us anytime.'), skip: NONE },
        { source: enCall("[00:15] Agent: I'll get back to you in a second, let me check."), skip: NONE },
        { source: enCall("[00:15] Agent: We'll reach out to you tomorrow, my name is Dana.") },
      ],
      invalid: [
        { source: enCall("[00:15] Agent: We'll reach out to you tomorrow."), errors: ['noAgentName@6'] },
        { source: enCall('[00:15] Agent: Someone is going to reach out to you this afternoon.'), errors: ['noAgentName@6'] },
        { source: enCall("[00:15] Agent: I'll have our estimator contact you."), errors: ['noAgentName@6'] },
        { source: enCall('[00:15] Agent: Let me get a manager to call you.'), errors: ['noAgentName@6'] },
        { source: enCall('[00:15] Agent: We will get back to you by phone.'), errors: ['noAgentName@6'] },
        { source: enCall("[00:15] Agent: I'll give you a shout tomorrow."), errors: ['noAgentName@6'] },
        { source: enCall('[00:15] agent: we will get back to you tomorrow by phone'), errors: ['noAgentName@6'] },
        // A callback number asked for, then a callback promised.
        { source: enCall("[00:15] Agent: What's a good callback number, and I'll call you back within the hour."), errors: ['noAgentName@6'] },
      ],
    });
  });

  it('drops an offer the customer turns down in their answer, and keeps one they accept', () => {
    testRule(rule, {
      valid: [
        { source: enCall(offer, "[00:22] Customer: I'll hold, if that's okay."), skip: TURNED_DOWN },
        { source: enCall(offer, "[00:22] Customer: No, I'll hold."), skip: TURNED_DOWN },
        { source: enCall(offer, "[00:22] Customer: I'm happy to hold."), skip: TURNED_DOWN },
        { source: enCall(offer, "[00:22] Customer: Oh no need to call me back, I'll stay on the line."), skip: TURNED_DOWN },
        { source: enCall('[00:15] agent: would you rather hold or should i call you back', '[00:18] customer: i dont mind holding'), skip: TURNED_DOWN },
        { source: enCall('[00:15] Agent: Would you like a callback?', '[00:17] Customer: No need for a callback, thanks.'), skip: TURNED_DOWN },
      ],
      invalid: [
        { source: enCall(offer, '[00:22] Customer: Please call me back.'), errors: ['noAgentName@6'] },
        { source: enCall(offer, "[00:22] Customer: I'd rather not hold, call me back please."), errors: ['noAgentName@6'] },
        { source: enCall(offer, "[00:22] Customer: I can't hold, I'm at work."), errors: ['noAgentName@6'] },
        { source: enCall(offer, "[00:22] Customer: I'll wait for your call."), errors: ['noAgentName@6'] },
        { source: enCall(offer, "[00:22] Customer: I'll hang up and wait for your call."), errors: ['noAgentName@6'] },
        // "No thanks" answers the agent's last question, not the promise.
        { source: enCall("[00:15] Agent: I'll call you back tomorrow with the price. Anything else?", '[00:19] Customer: No thanks.'), errors: ['noAgentName@6'] },
      ],
    });
  });

  it('drops an Indonesian offer the customer turns down, and keeps "saya tunggu kabarnya"', () => {
    const idOffer = '[00:15] CS: Pengecekannya agak lama, Pak. Bapak mau menunggu, atau nanti saya telepon balik?';
    testRule(rule, {
      valid: [
        { source: call(idOffer, '[00:20] Pelanggan: Saya tunggu di line saja, Mbak.'), skip: TURNED_DOWN },
        { source: call(idOffer, '[00:20] Pelanggan: Tidak usah ditelepon, saya hold aja.'), skip: TURNED_DOWN },
      ],
      invalid: [
        { source: call(idOffer, '[00:20] Pelanggan: Oke, saya tunggu kabarnya.'), errors: ['noAgentName@6'] },
        { source: call(idOffer, '[00:20] Pelanggan: Telepon balik saja, Mbak.'), errors: ['noAgentName@6'] },
      ],
    });
  });
});
