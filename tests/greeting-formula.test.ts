// Inline cases for greeting-formula: what fixtures cannot assert (notes, suggestion text, message data).
import { describe, expect, it } from 'vitest';
import rule from '../rules/greeting-formula.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const ventura = { company: { name: 'Ventura', aliases: ['PT Ventura'] }, timezone: '+07:00' };

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
  it('notes once that the company was not checked when none is configured', () => {
    const r = runRuleOn(rule, { source: call('Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?'), config: { timezone: '+07:00' } });
    expect(r.status).toBe('pass');
    expect(r.notes).toEqual(['No company configured: the company name in the greeting was not checked (set "company" in the config to check it).']);
  });

  it('has no note when the company is configured and the start time known', () => {
    const r = runRuleOn(rule, { source: call('Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?'), config: ventura });
    expect(r.status).toBe('pass');
    expect(r.notes).toBeUndefined();
  });

  it('notes that the hour was not checked without a start time', () => {
    const r = runRuleOn(rule, { source: call('Selamat malam, Ventura, dengan Anna, ada yang bisa saya bantu?', { started: '' }), config: ventura });
    expect(r.status).toBe('pass');
    expect(r.notes).toEqual(['No start time: the time-of-day greeting was not checked against the hour.']);
  });

  it('reports a wrong greeting with the greeting said, the local time and the expected greeting', () => {
    const r = runRuleOn(rule, {
      source: call('Selamat pagi, PT Ventura, dengan Anna, ada yang bisa saya bantu?', { started: '2026-11-02T16:20:05+07:00' }),
      config: ventura,
    });
    expect(findingKeys(r)).toEqual(['wrongTimeGreeting@6']);
    const f = r.findings[0]!;
    expect(f.message).toBe('"Selamat pagi" does not fit the local time 16:20: say "selamat sore"');
    expect(f.span).toEqual([0, 12]);
    expect(f.quote!.slice(...f.span!)).toBe('Selamat pagi');
    expect(f.suggestion).toBe('Selamat sore! Ventura, dengan Anna. Ada yang bisa saya bantu?');
  });

  it('converts a UTC start time to the configured zone before judging the hour', () => {
    const r = runRuleOn(rule, {
      source: call('Selamat siang, Ventura, dengan Anna, ada yang bisa saya bantu?', { started: '2026-11-02T02:15:00Z' }),
      config: { ...ventura, timezone: 'Asia/Jakarta' },
    });
    expect(r.findings.map((f) => f.message)).toEqual(['"Selamat siang" does not fit the local time 09:15: say "selamat pagi"']);
  });

  it('builds the suggestion from the local hour, the company and the known first name', () => {
    const r = runRuleOn(rule, { source: call('Halo?', { started: '2026-11-02T19:30:00+07:00' }), config: ventura });
    expect(findingKeys(r)).toEqual(['missingAgentName@6', 'missingCompany@6', 'missingOfferHelp@6', 'missingTimeGreeting@6']);
    for (const f of r.findings) expect(f.suggestion).toBe('Selamat malam! Ventura, dengan Anna. Ada yang bisa saya bantu?');
    const byId = Object.fromEntries(r.findings.map((f) => [f.messageId, f.message]));
    expect(byId.missingTimeGreeting).toBe('The greeting has no time-of-day greeting ("Selamat malam")');
    expect(byId.missingCompany).toBe('The greeting does not name the company ("Ventura")');
    expect(byId.missingAgentName).toBe('The agent does not introduce themselves by name (expected "Anna")');
  });

  it('puts the activity first, as the seed does (line 71), and keeps a religious opener', () => {
    const r = runRuleOn(rule, {
      source: call('Assalamualaikum, selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?'),
      config: { ...ventura, company: { name: 'Ventura', activity: 'instalasi jendela' } },
    });
    expect(findingKeys(r)).toEqual(['missingActivity@6']);
    expect(r.findings[0]!.message).toBe('The greeting does not say what the company does ("instalasi jendela")');
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
    const r = runRuleOn(rule, { source: call('Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?'), config: ventura });
    expect(findingKeys(r)).toEqual(['missingAgentName@6']);
    const f = r.findings[0]!;
    expect(f.note).toBe('The agent introduced themselves as "Nia"; the transcript names the agent "Anna Petrova".');
    expect(f.quote!.slice(...f.span!)).toBe('Nia');
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
