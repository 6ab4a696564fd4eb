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
