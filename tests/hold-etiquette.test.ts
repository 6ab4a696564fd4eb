// Inline cases for hold-etiquette: the words of messages, suggestions and notes in both report
// languages, and phrasings the fixtures do not show.
import { describe, expect, it } from 'vitest';
import rule from '../rules/hold-etiquette.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };
const head = [
  '# agent: Anna',
  '[00:00] ANSWER',
  '[00:01] Agent: Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?',
  '[00:05] Customer: Pagi, saya mau cek status pengembalian dana.',
];
const call = (...lines: string[]) => [...head, ...lines].join('\n');

describe('hold-etiquette', () => {
  it('words both findings in Indonesian by default and in English', () => {
    const source = call('[00:09] Agent: Baik Pak, saya lihat datanya.', '[00:12] HOLD', '[00:58] UNHOLD', '[00:59] Agent: Terima kasih sudah menunggu, Pak.');
    const id = runRuleOn(rule, { source });
    expect(findingKeys(id)).toEqual(['longHold@6', 'unannouncedHold@5']);
    const [unannounced, long] = id.findings;
    expect(unannounced!.message).toBe('Agen menahan panggilan (hold) tanpa lebih dulu meminta pelanggan untuk menunggu');
    expect(unannounced!.suggestion).toBe('Mohon tunggu sebentar, Pak, saya periksa terlebih dahulu.');
    expect(long!.message).toBe('Pelanggan menunggu 46 detik dalam status hold, lebih dari 30 detik, tanpa ditawari untuk dihubungi kembali');
    const en = runRuleOn(rule, { source, config: EN }).findings;
    expect(en.map((f) => f.message)).toEqual([
      'The agent put the customer on hold without first asking them to wait',
      'The customer waited 46 s on hold, longer than 30 s, and was not offered a callback instead',
    ]);
    // The suggestion is what to say on the call: Indonesian in both reports.
    expect(en[1]!.suggestion).toBe(long!.suggestion);
  });

  it('notes a hold whose length cannot be measured', () => {
    const source = call('[00:09] Agent: Mohon tunggu sebentar ya Pak.', '[00:12] HOLD', '[00:40] UNHOLD', '[00:41] Agent: Terima kasih sudah menunggu.').replace(/^\[\d\d:\d\d\] /gm, '');
    const id = runRuleOn(rule, { source });
    expect(id.status).toBe('pass');
    expect(id.notes).toEqual(['HOLD pada baris 6 tidak memiliki waktu: lamanya tidak diperiksa.']);
    expect(runRuleOn(rule, { source, config: EN }).notes).toEqual(['The HOLD on line 6 has no times: its length was not checked.']);
  });

  it('accepts announcements and callback offers in their usual variants', () => {
    testRule(rule, {
      valid: [
        { source: call('[00:09] Agent: mhn ditunggu ya pak', '[00:12] HOLD', '[00:30] UNHOLD') },
        { source: call('[00:09] Agent: Baik, saya tahan dulu panggilannya sebentar, Pak.', '[00:12] HOLD', '[00:30] UNHOLD') },
        { source: call('[00:09] Agent: Harap tetap di jalur.', '[00:12] HOLD', '[00:30] UNHOLD') },
        // A callback offer in the announcement itself.
        { source: call('[00:09] Agent: Mohon tunggu sebentar, atau kalau terlalu lama nanti saya telpon balik ya Pak.', '[00:12] HOLD', '[01:30] UNHOLD') },
        { source: call('[00:09] Agent: Bisa saya call back nanti, Pak? Atau Bapak mau menunggu?', '[00:12] Customer: Saya tunggu.', '[00:13] Agent: Baik, mohon tunggu.', '[00:14] HOLD', '[01:30] UNHOLD') },
      ],
      invalid: [
        // A quoted phrase is no announcement.
        { source: call('[00:09] Agent: Atasan saya bilang jangan cuma bilang "mohon tunggu" ya.', '[00:12] HOLD', '[00:30] UNHOLD'), errors: ['unannouncedHold@5'] },
        // "Terima kasih telah menghubungi kami kembali" is no callback offer.
        { source: call('[00:09] Agent: Terima kasih telah menghubungi kami kembali, Pak. Mohon tunggu sebentar.', '[00:12] HOLD', '[01:00] UNHOLD'), errors: ['longHold@6'] },
        // Saying "tidak perlu menelepon kembali" offers no callback.
        { source: call('[00:09] Agent: Bapak tidak perlu menelepon kembali, mohon tunggu saja.', '[00:12] HOLD', '[01:00] UNHOLD'), errors: ['longHold@6'] },
      ],
    });
  });
});

describe('hold-etiquette on English calls', () => {
  const enHead = [
    '# agent: Rachel',
    '[00:00] ANSWER',
    '[00:01] Agent: Good morning, thank you for calling Brightline, this is Rachel. How can I help you?',
    '[00:05] Customer: Hi, I want to check the status of my refund please.',
  ];
  const enCall = (...lines: string[]) => [...enHead, ...lines].join('\n');

  it('suggests the English announcement and callback offer, and quotes the seed in English', () => {
    const source = enCall('[00:09] Agent: Okay sir, I can see your account here.', '[00:12] HOLD', '[00:58] UNHOLD', '[00:59] Agent: Thank you for waiting, sir.');
    const id = runRuleOn(rule, { source });
    expect(findingKeys(id)).toEqual(['longHold@6', 'unannouncedHold@5']);
    const [unannounced, long] = id.findings;
    expect(unannounced!.suggestion).toBe("I'm going to place you on a brief hold while I check that for you, sir.");
    expect(unannounced!.note).toBe('Baris 434 standar: sebelum menekan tombol Tahan, ucapkan "Please wait a few seconds" atau "Please stay on the line".');
    expect(long!.suggestion).toBe("I'm sorry, sir, checking this is going to take a little longer. May we call you back as soon as we have the information?");
    const en = runRuleOn(rule, { source, config: EN }).findings;
    expect(en.map((f) => f.suggestion)).toEqual([unannounced!.suggestion, long!.suggestion]);
    expect(en.map((f) => f.note)).toEqual([
      'Seed line 434: before pressing Hold, say "Please wait a few seconds" or "Please stay on the line".',
      'Seed line 436: when clarifying takes more than 30 s, the agent says "Please call back …" instead of holding. No callback was offered in the agent\'s words before the HOLD.',
    ]);

    // No form of address used: the suggestions leave it out.
    const plain = runRuleOn(rule, { source: source.replace(/,? sir/g, '') }).findings;
    expect(plain.map((f) => f.suggestion)).toEqual([
      "I'm going to place you on a brief hold while I check that for you.",
      "I'm sorry, checking this is going to take a little longer. May we call you back as soon as we have the information?",
    ]);
  });

  it('looks past an Indonesian thanks after the customer agreed to hold (changed: was unannounced)', () => {
    testRule(rule, {
      valid: [
        { source: call('[00:09] Agent: Boleh saya tahan sebentar, Pak?', '[00:10] Customer: Iya, silakan.', '[00:11] Agent: Terima kasih, Pak.', '[00:12] HOLD', '[00:30] UNHOLD') },
        { source: call('[00:09] Agent: Mohon tunggu sebentar ya Pak, saya cek dulu.', '[00:10] Customer: Iya.', '[00:11] Agent: Baik, terima kasih banyak, Pak.', '[00:12] HOLD', '[00:30] UNHOLD') },
        // A bare form of address still passes as before.
        { source: call('[00:09] Agent: Mohon tunggu sebentar ya Pak.', '[00:10] Customer: Iya.', '[00:11] Agent: Pak.', '[00:12] HOLD', '[00:30] UNHOLD') },
      ],
      invalid: [
        { source: call('[00:09] Agent: Nomor pesanannya, Pak?', '[00:10] Customer: VJ-3301.', '[00:11] Agent: Terima kasih, Pak.', '[00:12] HOLD', '[00:30] UNHOLD'), errors: ['unannouncedHold@7'] },
      ],
    });
  });

  it('keeps the Indonesian suggestions and seed quotes unchanged', () => {
    const source = call('[00:09] Agent: Baik Pak, saya lihat datanya.', '[00:12] HOLD', '[00:58] UNHOLD', '[00:59] Agent: Terima kasih sudah menunggu, Pak.');
    const [unannounced, long] = runRuleOn(rule, { source }).findings;
    expect(long!.suggestion).toBe('Mohon maaf, Pak, pengecekannya membutuhkan waktu lebih lama. Boleh kami hubungi kembali setelah informasinya siap?');
    expect(unannounced!.note).toBe('Baris 434 standar: sebelum menekan tombol Tahan, ucapkan "Harap tunggu beberapa detik" atau "Harap tetap di jalur".');
    expect(long!.note).toBe('Baris 436 standar: jika klarifikasi memakan waktu lebih dari 30 detik, agen mengatakan "Silakan hubungi kembali …" alih-alih menahan panggilan. Tidak ada tawaran untuk dihubungi kembali dalam ucapan agen sebelum HOLD.');
    const en = runRuleOn(rule, { source, config: EN }).findings;
    expect(en[0]!.note).toBe('Seed line 434: before pressing Hold, say "Harap tunggu beberapa detik" ("Please wait a few seconds") or "Harap tetap di jalur" ("Please stay on the line").');
    expect(en[1]!.note).toBe('Seed line 436: when clarifying takes more than 30 s, the agent says "Silakan hubungi kembali …" ("Please call back …") instead of holding. No callback was offered in the agent\'s words before the HOLD.');
    const plain = runRuleOn(rule, { source: call('[00:09] Agent: Oke, saya lihat datanya.', '[00:12] HOLD', '[00:58] UNHOLD') }).findings;
    expect(plain.map((f) => f.suggestion)).toEqual([
      'Mohon tunggu sebentar, saya periksa terlebih dahulu.',
      'Mohon maaf, pengecekannya membutuhkan waktu lebih lama. Boleh kami hubungi kembali setelah informasinya siap?',
    ]);
  });

  it('accepts English announcements, and not words that only sound like one', () => {
    const hold = (words: string) => enCall(`[00:09] Agent: ${words}`, '[00:12] HOLD', '[00:30] UNHOLD', '[00:31] Agent: Thanks for holding.');
    testRule(rule, {
      valid: [
        'Please hold.', 'One moment please, sir.', 'Bear with me while I pull that up.', 'Let me check that for you.',
        'Can I put you on hold for a moment?', "I'm going to place you on a brief hold while I check.", 'Would you mind holding?',
        'could you hold for a sec', 'Please stay on the line.', "Don't hang up, I'll be right back.", 'Give me a few minutes.',
        "You'll hear some music for a moment.", "I'm going to mute the line for a second.", 'Please be patient.',
      ].map((w) => ({ source: hold(w) })),
      invalid: [
        'Thanks for holding on.', "I won't put you on hold.", 'Your order is on hold.', 'Okay, got it.', 'Let me see.',
      ].map((w) => ({ source: hold(w), errors: ['unannouncedHold@5'] })),
    });
  });

  it('takes its own English suggestions as an announcement and a callback offer', () => {
    const offer = "I'm sorry, sir, checking this is going to take a little longer. May we call you back as soon as we have the information?";
    const announce = "I'm going to place you on a brief hold while I check that for you, sir.";
    testRule(rule, {
      valid: [{ source: enCall(`[00:09] Agent: ${offer}`, "[00:14] Customer: No, I'd rather hold.", `[00:16] Agent: ${announce}`, '[00:20] HOLD', '[01:20] UNHOLD') }],
      invalid: [{ source: enCall(`[00:16] Agent: ${announce}`, '[00:20] HOLD', '[01:20] UNHOLD'), errors: ['longHold@6'] }],
    });
  });

  it('looks past a bare English acknowledgement to the announcement before it', () => {
    testRule(rule, {
      valid: [{ source: enCall('[00:09] Agent: Could you hold for a moment while I check?', '[00:10] Customer: Sure.', '[00:11] Agent: Okay, sir.', '[00:12] HOLD', '[00:30] UNHOLD') }],
      invalid: [{ source: enCall('[00:09] Agent: What is the order number?', '[00:10] Customer: BL 4471.', '[00:11] Agent: Alright, got it.', '[00:12] HOLD', '[00:30] UNHOLD'), errors: ['unannouncedHold@7'] }],
    });
  });

  it('looks past a short thanks after the customer agreed to hold (review finding A)', () => {
    const consented = (ack: string) => ({
      source: enCall('[00:09] Agent: May I put you on a brief hold while I check?', '[00:10] Customer: No, go ahead.', `[00:11] Agent: ${ack}`, '[00:12] HOLD', '[00:30] UNHOLD'),
    });
    const asked = (ack: string) => ({
      source: enCall('[00:09] Agent: What is the order number?', '[00:10] Customer: BL 4471.', `[00:11] Agent: ${ack}`, '[00:12] HOLD', '[00:30] UNHOLD'),
      errors: ['unannouncedHold@7'],
    });
    testRule(rule, {
      valid: [
        'Thank you.', 'Thank you, Mr. Davis.', 'Thanks so much.', 'Okay, thank you, sir.', 'Great, thanks.', 'Perfect.',
        'Perfect, thank you so much.', "Thank you very much, ma'am.", 'Thanks a lot, sir.', 'Much appreciated.', 'Cheers.',
        'okay thank you sir',
      ].map(consented),
      invalid: [
        // The same thanks after a question for the order number: nothing announced the hold.
        ...['Thank you.', 'Perfect, thank you so much.'].map(asked),
        // More than an acknowledgement: the agent's last words before the HOLD are judged alone.
        { ...consented('Thank you. Your order number is BL 4471.'), errors: ['unannouncedHold@7'] },
        // Six acknowledging words: more than ACK_WORDS (5).
        { ...consented('Okay, great, perfect, thank you so much.'), errors: ['unannouncedHold@7'] },
      ],
    });
    // The customer's name counts like a form of address, from the metadata or after "Ms.".
    const karen = ['# customer: Karen Miller', ...enCall('[00:09] Agent: Would you mind if I put you on a brief hold?', '[00:10] Customer: Sure.', '[00:11] Agent: Thanks so much, Karen.', '[00:12] HOLD', '[00:30] UNHOLD').split('\n')].join('\n');
    expect(runRuleOn(rule, { source: karen }).status).toBe('pass');
    expect(runRuleOn(rule, { source: karen.replace('# customer: Karen Miller\n', '') }).status).toBe('fail');
    expect(runRuleOn(rule, { source: karen.replace('# customer: Karen Miller\n', '').replace('Karen.', 'Ms. Miller.') }).status).toBe('pass');
  });

  it('takes more English requests to wait as announcements (review finding A)', () => {
    const hold = (words: string) => enCall(`[00:09] Agent: ${words}`, '[00:12] HOLD', '[00:30] UNHOLD', '[00:31] Agent: Thanks for holding.');
    testRule(rule, {
      valid: [
        'Kindly be on hold, Mr. Davis.', 'Please be on the line, sir, I will check.', 'Let me verify that for you, Mr. Davis.',
        'Let me confirm that for you.', 'Let me get that information for you.', 'Let me just see what is going on here.',
        'Let me see if I can find it.', 'Give me two ticks, Mr. Davis.', 'Just a tick.', 'Okay, checking now.',
      ].map((w) => ({ source: hold(w) })),
      invalid: [
        'Let me get your details.', 'Let me get this straight.', 'Thank you for being on hold.', 'Let me see.',
      ].map((w) => ({ source: hold(w), errors: ['unannouncedHold@5'] })),
    });
  });
});
