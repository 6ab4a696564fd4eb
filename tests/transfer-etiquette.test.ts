// Inline cases for transfer-etiquette: messages in both report languages, and phrasings the
// fixtures do not show.
import { describe, expect, it } from 'vitest';
import rule from '../rules/transfer-etiquette.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };
const head = [
  '# agent: Sari',
  '[00:00] ANSWER',
  '[00:01] CS: Selamat pagi, Ventura, dengan Sari, ada yang bisa dibantu?',
  '[00:05] Pelanggan: Pagi, saya mau tanya faktur pajak.',
];
const call = (...lines: string[]) => [...head, ...lines].join('\n');

describe('transfer-etiquette', () => {
  it('words the findings in Indonesian by default and in English, with the seed\'s suggestion', () => {
    const source = call('[00:09] CS: Sebentar ya, Bu.', '[00:11] TRANSFER Peter Alekseevich, kepala akuntan');
    const id = runRuleOn(rule, { source });
    expect(findingKeys(id)).toEqual(['noColleagueNamed@5', 'noPermission@5']);
    expect(id.findings.map((f) => f.message)).toEqual([
      'Agen mengalihkan panggilan tanpa meminta izin pelanggan',
      'Agen mengalihkan panggilan tanpa menyebutkan siapa yang akan menanganinya (seharusnya "Peter Alekseevich, kepala akuntan")',
    ]);
    expect(id.findings[0]!.suggestion).toBe('Peter Alekseevich, kepala akuntan, menangani masalah ini. Bisakah saya mengalihkan Ibu ke sana?');
    expect(runRuleOn(rule, { source, config: EN }).findings.map((f) => f.message)).toEqual([
      "The agent transferred the call without asking the customer's permission",
      'The agent transferred the call without saying who will take it (expected "Peter Alekseevich, kepala akuntan")',
    ]);
  });

  it('counts transfers in the message', () => {
    const source = call('[00:09] CS: Boleh saya sambungkan ke bagian gudang, Bu?', '[00:11] TRANSFER bagian gudang',
      '[00:15] CS: Gudang, dengan Joko. Boleh saya alihkan ke bagian keuangan, Bu?', '[00:20] TRANSFER bagian keuangan');
    const id = runRuleOn(rule, { source, options: { maxTransfers: 1 } });
    expect(findingKeys(id)).toEqual(['tooManyTransfers@8']);
    expect(id.findings[0]!.message).toBe('Panggilan dialihkan 2 kali (batas 1): setiap pengalihan menguras kesabaran pelanggan');
    expect(runRuleOn(rule, { source, options: { maxTransfers: 1 }, config: EN }).findings[0]!.message)
      .toBe("The call was transferred 2 times (limit 1): every transfer wears out the customer's patience");
  });

  it('tells a permission question from an announcement and a callback', () => {
    testRule(rule, {
      valid: [
        { source: call('[00:09] CS: Apakah Ibu keberatan jika saya alihkan ke supervisor kami?', '[00:12] TRANSFER') },
        { source: call('[00:09] CS: Bagaimana kalau saya sambungkan langsung ke Pak Budi?', '[00:12] TRANSFER') },
        { source: call('[00:09] CS: boleh ya bu saya sambungkan ke pak hendro', '[00:12] TRANSFER Hendro Wibowo') },
        { source: call('[00:09] CS: Ibu bersedia dialihkan ke atasan saya?', '[00:12] TRANSFER') },
      ],
      invalid: [
        // A callback question is no permission to transfer.
        { source: call('[00:09] CS: Boleh saya menghubungi Ibu kembali? Bagian keuangan yang menangani.', '[00:12] TRANSFER'), errors: ['noPermission@5'] },
        // The consent word must be in the same sentence as the transfer verb.
        { source: call('[00:09] CS: Saya sambungkan ke bagian keuangan. Boleh minta nomor Ibu?', '[00:12] TRANSFER'), errors: ['noPermission@5'] },
        // "tim kami" names no department.
        { source: call('[00:09] CS: Boleh saya sambungkan ke tim kami?', '[00:12] TRANSFER'), errors: ['noColleagueNamed@5'] },
        // Addressing the customer names no colleague.
        { source: ['# customer: Wulan Sari', call('[00:09] CS: Boleh saya sambungkan, Bu Wulan?', '[00:12] TRANSFER')].join('\n'), errors: ['noColleagueNamed@6'] },
      ],
    });
  });
});

// English calls: the language is detected from the words, and the suggestion is said in it.
const enHead = [
  '# agent: Dana',
  '# customer: Karen Holt',
  '[00:00] ANSWER',
  '[00:01] Agent: Good morning, Ventura, this is Dana. How can I help you today?',
  '[00:05] Customer: Hi, I have a question about the invoice for my window order.',
];
const enCall = (...lines: string[]) => [...enHead, ...lines].join('\n');

describe('transfer-etiquette in English', () => {
  it('suggests the words in English, with the target and the form of address the agent used', () => {
    const noTarget = runRuleOn(rule, { source: enCall('[00:10] Agent: One moment, sir.', '[00:12] TRANSFER') });
    expect(findingKeys(noTarget)).toEqual(['noColleagueNamed@6', 'noPermission@6']);
    expect(noTarget.findings[0]!.suggestion).toBe("This is handled by [your colleague's name and position]. May I transfer you to them, sir?");

    const withParts = runRuleOn(rule, { source: enCall('[00:10] Agent: Let me put you through, Ms Holt.', '[00:12] TRANSFER Sarah Jones, accounts supervisor') });
    // After a colleague's name the question needs no "to them".
    expect(withParts.findings[0]!.suggestion).toBe('Sarah Jones, accounts supervisor, can help you with this. May I transfer you, Ms Holt?');

    const plain = runRuleOn(rule, { source: enCall('[00:10] Agent: Let me transfer you now.', '[00:12] TRANSFER the billing team') });
    expect(findingKeys(plain)).toEqual(['noColleagueNamed@6', 'noPermission@6']);
    expect(plain.findings[0]!.suggestion).toBe('This is handled by the billing team. May I transfer you to them?');
  });

  it('gives English examples of a position in the message of an English call, Indonesian ones for an Indonesian call', () => {
    const en = runRuleOn(rule, { source: enCall('[00:10] Agent: May I transfer you to another department?', '[00:13] TRANSFER'), config: EN });
    expect(en.findings.map((f) => f.message)).toEqual(['The agent transferred the call without saying who will take it (a name or a position, e.g. "a supervisor", "the billing team")']);
    expect(runRuleOn(rule, { source: enCall('[00:10] Agent: May I transfer you to another department?', '[00:13] TRANSFER') }).findings[0]!.message)
      .toBe('Agen mengalihkan panggilan tanpa menyebutkan siapa yang akan menanganinya (nama atau jabatan, mis. "a supervisor", "the billing team")');
    const id = runRuleOn(rule, { source: call('[00:09] CS: Boleh saya sambungkan ke bagian lain, Bu?', '[00:12] TRANSFER'), config: EN });
    expect(id.findings.map((f) => f.message)).toEqual(['The agent transferred the call without saying who will take it (a name or a position, e.g. "kepala akuntan", "bagian teknisi")']);
  });

  it('keeps the Indonesian suggestion for an Indonesian call, with or without a target', () => {
    const noTarget = runRuleOn(rule, { source: call('[00:09] CS: Sebentar ya, Pak.', '[00:11] TRANSFER') });
    expect(noTarget.findings[0]!.suggestion).toBe('Masalah ini ditangani oleh [nama dan jabatan rekan Anda]. Bisakah saya mengalihkan Bapak ke sana?');
    const plain = runRuleOn(rule, { source: call('[00:09] CS: Saya sambungkan sekarang.', '[00:11] TRANSFER bagian penagihan') });
    expect(plain.findings[0]!.suggestion).toBe('Masalah ini ditangani oleh bagian penagihan. Bisakah saya mengalihkan Anda ke sana?');
  });

  it('tells an English permission question from an announcement, and a named colleague or department from nobody', () => {
    testRule(rule, {
      valid: [
        { source: enCall('[00:10] Agent: May I transfer you to our billing department?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Would it be alright if I transfer you to the billing team?', '[00:13] TRANSFER billing team') },
        { source: enCall('[00:10] Agent: Is it okay if I put you through to Mr Budi?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Would you like to speak with a supervisor?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Can I connect you with my colleague Sarah in accounts?', '[00:13] TRANSFER') },
        { source: enCall("[00:10] Agent: I'll transfer you over to our technical support team, if that's alright with you.", '[00:13] TRANSFER') },
        { source: enCall("[00:10] Agent: I'll transfer you to the returns desk. Is that okay?", '[00:13] TRANSFER') },
        // The target said fuzzily, in lowercase ASR text (fixtures/calls-en/deepgram-callback-transfer).
        { source: enCall('[00:10] agent: thank you ms holt the quote is ready would it be alright if i transfer you to our sales team to confirm the price', '[00:16] TRANSFER sales team') },
      ],
      invalid: [
        // Putting the customer on hold is no permission to transfer.
        { source: enCall('[00:10] Agent: Can I put you on hold? I need to transfer you to the billing team.', '[00:13] TRANSFER'), errors: ['noPermission@6'] },
        // A bare "okay?" after the announcement only informs.
        { source: enCall("[00:10] Agent: I'll transfer you to billing now, okay?", '[00:13] TRANSFER'), errors: ['noPermission@6'] },
        // A question in the next sentence must be about the transfer.
        { source: enCall("[00:10] Agent: I'll transfer you to billing. Is that your account number?", '[00:13] TRANSFER'), errors: ['noPermission@6'] },
        // "the right team", "another department", "someone" name nobody.
        { source: enCall('[00:10] Agent: Can I put you through to the right team?', '[00:13] TRANSFER'), errors: ['noColleagueNamed@6'] },
        { source: enCall('[00:10] Agent: Do you mind if I transfer you to someone who can help?', '[00:13] TRANSFER'), errors: ['noColleagueNamed@6'] },
        // The company and the customer are no colleague.
        { source: enCall('[00:10] Agent: May I transfer you to Ventura Windows?', '[00:13] TRANSFER'), config: { company: { name: 'Ventura Windows' } }, errors: ['noColleagueNamed@6'] },
        { source: enCall('[00:10] Agent: May I transfer you, Karen? I will connect you to Karen in a moment.', '[00:13] TRANSFER'), errors: ['noColleagueNamed@6'] },
      ],
    });
  });
});

// Round 2: what two QA reviewers found on English calls.
describe('transfer-etiquette in English, after review', () => {
  it('says a team or a position with "our", a person by name without "to them", and keeps the Indonesian words', () => {
    const say = (src: string) => runRuleOn(rule, { source: src }).findings[0]!.suggestion;
    expect(say(enCall('[00:10] Agent: Let me transfer you now.', '[00:12] TRANSFER billing team')))
      .toBe('This is handled by our billing team. May I transfer you to them?');
    expect(say(enCall('[00:10] Agent: Let me transfer you now.', '[00:12] TRANSFER billing specialist')))
      .toBe('This is handled by our billing specialist. May I transfer you to them?');
    expect(say(enCall('[00:10] Agent: Let me transfer you now.', '[00:12] TRANSFER the returns desk')))
      .toBe('This is handled by the returns desk. May I transfer you to them?');
    expect(say(enCall('[00:10] Agent: Let me transfer you now.', '[00:12] TRANSFER Stephanie Ruiz')))
      .toBe('This is handled by Stephanie Ruiz. May I transfer you?');
    // review-bad 11: the form of address the agent used, and the article.
    expect(say(enCall("[00:10] Agent: I'm sorry to hear that, Mr. Holt. Double charges are handled by our billing team, so I'll put you through to them now.", '[00:12] TRANSFER billing team')))
      .toBe('This is handled by our billing team. May I transfer you to them, Mr Holt?');
    // Indonesian: no article, and "ke sana" after a person as after a department.
    expect(say(call('[00:09] CS: Saya sambungkan sekarang.', '[00:11] TRANSFER Pak Budi')))
      .toBe('Masalah ini ditangani oleh Pak Budi. Bisakah saya mengalihkan Anda ke sana?');
    expect(say(call('[00:09] CS: Saya sambungkan sekarang, Bu.', '[00:11] TRANSFER tim penagihan')))
      .toBe('Masalah ini ditangani oleh tim penagihan. Bisakah saya mengalihkan Ibu ke sana?');
  });

  it('glosses the Indonesian quote of the standard in the English note', () => {
    const source = enCall('[00:10] Agent: May I transfer you to another department?', '[00:13] TRANSFER');
    expect(runRuleOn(rule, { source, config: EN }).findings[0]!.note).toBe(
      'Seed line 191: tell the customer the colleague\'s name and position: "Peter Alekseevich, kepala akuntan, menangani masalah ini." ("Peter Alekseevich, the chief accountant, handles this matter.")');
    expect(runRuleOn(rule, { source }).findings[0]!.note).toBe(
      'Baris 191 standar: sebutkan nama dan posisi karyawan yang Anda rujuk ("Peter Alekseevich, kepala akuntan, menangani masalah ini").');
  });

  it('cites the turn that speaks of the transfer, not the "one moment" after the customer answered', () => {
    const r = runRuleOn(rule, { source: enCall("[00:10] Agent: Is it alright if I pass you over to someone who deals with that?", '[00:14] Customer: Fine.',
      '[00:15] Agent: Thank you, transferring you now, please hold.', '[00:17] TRANSFER') });
    expect(findingKeys(r)).toEqual(['noColleagueNamed@6']);
    // No turn speaks of it: the agent's last turn.
    expect(findingKeys(runRuleOn(rule, { source: enCall('[00:10] Agent: Okay.', '[00:11] Customer: Thanks.', '[00:12] Agent: One moment.', '[00:13] TRANSFER billing') })))
      .toEqual(['noColleagueNamed@8', 'noPermission@8']);
  });

  it('hears the permission in "go ahead and", "okay to speak with", "if you\'d like", and names nobody with "the concerned department"', () => {
    testRule(rule, {
      valid: [
        { source: enCall('[00:10] Agent: Do you want me to go ahead and transfer you over to Stephanie in billing?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Would you like me to go ahead and connect you with billing?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Shall I go ahead and transfer you to the billing team?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Is it okay if I go ahead and transfer you to billing?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Can I go ahead and put you through to our returns desk?', '[00:13] TRANSFER') },
        { source: enCall("[00:10] Agent: Stephanie Ruiz handles refunds. I can transfer you to her now, if you'd like?", '[00:13] TRANSFER Stephanie Ruiz') },
        { source: enCall('[00:10] Agent: I can transfer you to the billing team. Would you like that?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: I can transfer you to the billing team, shall I do that?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Would you be okay to speak with my team leader?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Are you okay speaking with my supervisor?', '[00:13] TRANSFER') },
        { source: enCall('[00:10] Agent: Is that alright if I get someone from billing for you?', '[00:13] TRANSFER') },
      ],
      invalid: [
        // "go ahead and put you on hold" is no transfer; "okay" and "speak" in other senses ask nothing.
        { source: enCall("[00:10] Agent: Can I go ahead and put you on hold? I'll transfer you to billing.", '[00:13] TRANSFER'), errors: ['noPermission@6'] },
        { source: enCall("[00:10] Agent: It's okay, I'll speak to billing myself and transfer you.", '[00:13] TRANSFER'), errors: ['noPermission@6'] },
        { source: enCall("[00:10] Agent: Is it okay if I get your account number? Then I'll transfer you to billing.", '[00:13] TRANSFER'), errors: ['noPermission@6'] },
        // "the concerned/respective department" names nobody.
        { source: enCall('[00:10] Agent: I will transfer your call to the concerned team, is that okay?', '[00:13] TRANSFER'), errors: ['noColleagueNamed@6'] },
        { source: enCall("[00:10] Agent: I'll transfer you to the respective department, if that's alright.", '[00:13] TRANSFER'), errors: ['noColleagueNamed@6'] },
      ],
    });
  });
});
