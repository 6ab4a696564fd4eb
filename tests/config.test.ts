// The config: defaults, severities, rule options, lexicon and variant extensions, speakers,
// agents, time zones — each checked by its effect on a real call, and every error by its text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ConfigError, loadConfig, resolveConfig } from '../src/config/load.js';
import { checkCall } from '../src/engine/runner.js';
import { parseTranscript } from '../src/transcript/read.js';
import type { CallResult } from '../src/report/types.js';

function check(source: string, raw: Record<string, unknown>, file = 'call.txt'): CallResult {
  const config = resolveConfig(raw, rules);
  const [p] = parseTranscript(source, file, config.speakers);
  if (!p || !p.ok) throw new Error(p ? p.error.message : 'no call');
  return checkCall(p.call, config.rules, config.env);
}

function problems(raw: unknown): string[] {
  try {
    resolveConfig(raw, rules);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

const HOLD_CALL = [
  '# agent: Anna',
  '[00:00] RING',
  '[00:02] ANSWER',
  '[00:03] Agent: Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?',
  '[00:06] Customer: Nama saya Olga, saya mau cek pesanan.',
  '[00:10] Agent: Mohon tunggu sebentar ya Bu.',
  '[00:11] HOLD',
  '[00:40] UNHOLD',
  '[00:41] Agent: Matur nuwun sampun nenggo, Bu, pesanan Ibu sudah dikirim.',
  '[00:50] HANGUP customer',
].join('\n');

const only = (id: string, setting: unknown = 'error') =>
  Object.fromEntries(rules.map((r) => [r.id, r.id === id ? setting : 'off']));

describe('defaults', () => {
  it('no config file: every rule at its default severity, no company, no zone', () => {
    const config = loadConfig(null, rules);
    expect(config.file).toBeNull();
    expect(config.rules.map((r) => [r.rule.id, r.severity])).toEqual(rules.map((r) => [r.id, r.meta.defaultSeverity]));
    expect(config.rules.filter((r) => r.severity === 'error')).toHaveLength(10);
    expect(config.env.company).toBeNull();
    expect(config.env.zone).toBeNull();
    expect(config.rules.find((r) => r.rule.id === 'thank-for-waiting')!.options).toEqual({ minWaitSeconds: 10 });
  });
});

describe('severities', () => {
  it('"off" removes a rule from the results; 0/1/2 and [severity] are accepted', () => {
    const result = check(HOLD_CALL, { rules: { ...only('caller-hangs-up-first', [1]), 'name-request': 2, 'greeting-formula': 0 } });
    expect(result.rules.map((r) => [r.id, r.severity])).toEqual([['name-request', 'error'], ['caller-hangs-up-first', 'warn']]);
  });
  it('a failed warn rule does not fail the call', () => {
    const result = check(HOLD_CALL, { rules: only('thank-for-waiting', 'warn') });
    expect(result.rules[0]).toMatchObject({ id: 'thank-for-waiting', status: 'fail', severity: 'warn' });
    expect(result.status).toBe('pass');
    expect(result.score).toBe(0);
  });
});

describe('lexicon and variants from the config', () => {
  it('an added phrase changes what a rule accepts', () => {
    expect(check(HOLD_CALL, { rules: only('thank-for-waiting') }).rules[0]!.status).toBe('fail');
    const extended = check(HOLD_CALL, { rules: only('thank-for-waiting'), lexicon: { 'thanks.waiting': ['matur nuwun sampun nenggo'] } });
    expect(extended.rules[0]!.status).toBe('pass');
  });
  it('an added variant maps a spelling for every phrase', () => {
    const mapped = check(HOLD_CALL, { rules: only('thank-for-waiting'), variants: { suwun: 'terima kasih', nuwun: 'terima kasih', nenggo: 'menunggu' } });
    expect(mapped.rules[0]!.status).toBe('pass');
  });
  it('an unknown concept or a bad phrase is a config error', () => {
    expect(problems({ lexicon: { 'thanks.wait': ['x'], 'wait.request': ['tunggu!'] }, variants: { 'ok ya': 'oke' } })).toEqual([
      'variants: variant "ok ya" must be a single word',
      'lexicon.wait.request: "tunggu!" in "tunggu!" is not a word: use letters and digits only (marks: a|b, {class}, word?, =word)',
      'lexicon.thanks.wait: unknown concept (did you mean "thanks.waiting"?)',
    ]);
  });
  it('languages.<lang> extends one language whatever `language` says, with its own error paths', () => {
    expect(problems({ languages: { en: { lexicon: { 'thanks.wait': ['ta'] }, variants: { 'ta ta': 'thanks' } }, fr: {} } })).toEqual([
      'languages.fr: no lexicon for language "fr": use one of "en", "id"',
      'languages.en.variants: variant "ta ta" must be a single word',
      'languages.en.lexicon.thanks.wait: unknown concept (did you mean "thanks.waiting"?)',
    ]);
    const english = resolveConfig({ languages: { en: { lexicon: { 'thanks.waiting': ['cheers for hanging on'] } } } }, rules);
    const en = english.env.lexicons.get('en')!;
    expect(en.has(en.normalize('Cheers for hanging on, sir.'), 'thanks.waiting')).toBe(true);
    // The Indonesian lexicon is untouched.
    expect(english.env.lexicons.get('id')).toBe(resolveConfig({}, rules).env.lexicons.get('id'));
  });
  it('`language` is "auto" or a shipped lexicon\'s language', () => {
    expect(resolveConfig({}, rules).env.language).toBe('auto');
    expect(resolveConfig({}, rules).env.locale).toBe('id');
    expect(resolveConfig({ language: 'en' }, rules).env.locale).toBe('en');
    expect(problems({ language: 'fr' })).toEqual(['language: no lexicon for language "fr": use "auto" or one of "en", "id"']);
  });
});

describe('speakers and agents', () => {
  const teller = ['[00:01] Teller: Selamat pagi, Ventura, dengan Rina, ada yang bisa saya bantu?', '[00:05] Tamu: Nama saya Olga.'].join('\n');
  it('labels from the config are accepted', () => {
    expect(() => check(teller, {})).toThrow('unknown speaker label "Teller"');
    const result = check(teller, { speakers: { agent: ['Teller'], customer: ['tamu'] }, company: { name: 'Ventura' }, rules: only('greeting-formula') });
    expect(result.rules[0]!.status).toBe('pass');
  });
  it('the agents map names an agent known only by id', () => {
    const json = JSON.stringify({ agent: { id: 'A-17' }, utterances: [{ speaker: 'agent', text: 'Selamat pagi, Ventura, dengan Anna, ada yang bisa saya bantu?' }] });
    expect(check(json, { rules: only('greeting-formula') }, 'call.json').agent).toBeNull();
    expect(check(json, { agents: { 'A-17': 'Anna' }, rules: only('greeting-formula') }, 'call.json').agent).toBe('Anna');
  });
});

describe('time zone', () => {
  // "Selamat siang" at 14:30 UTC: right by the UTC clock (no zone), wrong in Jakarta (21:30).
  const call = (started: string) => [
    `# started: ${started}`, '# agent: Anna', '[00:00] RING', '[00:02] ANSWER',
    '[00:03] Agent: Selamat siang, Ventura, dengan Anna, ada yang bisa saya bantu?',
  ].join('\n');
  const greeting = (started: string, timezone?: string) =>
    check(call(started), { company: { name: 'Ventura' }, ...(timezone ? { timezone } : {}), rules: only('greeting-formula') }).rules[0]!;
  it('without a zone, the written offset is the local clock', () => {
    expect(greeting('2026-11-02T14:30:00Z').status).toBe('pass');
  });
  it('an IANA zone and a fixed offset convert the start time', () => {
    expect(greeting('2026-11-02T14:30:00Z', 'Asia/Jakarta').findings.map((f) => f.messageId)).toEqual(['wrongTimeGreeting']);
    expect(greeting('2026-11-02T14:30:00Z', '+07:00').findings.map((f) => f.messageId)).toEqual(['wrongTimeGreeting']);
    expect(greeting('2026-11-02T05:30:00Z', 'Asia/Jakarta').status).toBe('pass'); // 12:30 local
  });
  it('a start time without an offset is read in the zone', () => {
    expect(greeting('2026-11-02T12:30:00', 'Asia/Jakarta').status).toBe('pass');
    expect(greeting('2026-11-02T08:30:00', 'Asia/Jakarta').status).toBe('fail');
  });
  it('a bad zone is a config error', () => {
    expect(problems({ timezone: '+7' })).toEqual(['timezone: expected a UTC offset such as "+07:00" or an IANA zone such as "Asia/Jakarta", got "+7"']);
  });
});

describe('config files', () => {
  it('invalid JSON names the line and column', () => {
    const d = mkdtempSync(join(tmpdir(), 'etiket-config-'));
    try {
      writeFileSync(join(d, 'c.json'), '{\n  "timezone": "+07:00",\n}\n');
      expect(() => loadConfig(join(d, 'c.json'), rules, 'c.json')).toThrow(
        'c.json: 1 problem:\n  - line 2, column 23: invalid JSON: trailing comma before "}" (JSON allows no comma after the last item)');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('a non-object config is an error', () => {
    expect(problems([])).toEqual(['(root): expected a JSON object']);
  });
  it('wrong types in known keys are listed by path', () => {
    expect(problems({ company: { name: '', aliases: 'PT X' }, speakers: { agent: 'Teller' } })).toEqual([
      'company.name: expected a non-empty string, got string ""',
      'company.aliases: expected array, got string "PT X"',
      'speakers.agent: expected array, got string "Teller"',
    ]);
  });
});

describe('scorecards, presets and locale', () => {
  it('scoring sets weights and critical items per rule; unknown rules are errors', () => {
    const config = resolveConfig({ scoring: { 'greeting-formula': { weight: 3 }, 'caller-hangs-up-first': { critical: true } } }, rules);
    const byId = Object.fromEntries(config.rules.map((r) => [r.rule.id, [r.weight, r.critical]]));
    expect(byId['greeting-formula']).toEqual([3, false]);
    expect(byId['caller-hangs-up-first']).toEqual([1, true]);
    expect(byId['name-request']).toEqual([1, false]);
    expect(problems({ scoring: { 'greeting-formla': { weight: 2 }, 'name-request': { weight: 0, critic: true } } })).toEqual([
      'scoring["name-request"].weight: expected a number > 0, got number 0',
      'scoring["name-request"].critic: unknown key',
      'scoring["greeting-formla"]: unknown rule (did you mean "greeting-formula"?)',
    ]);
  });
  it('a critical failure fails the call with score 0', () => {
    const result = check(HOLD_CALL, { rules: { ...only('thank-for-waiting', 'warn'), 'caller-hangs-up-first': 'error' }, scoring: { 'thank-for-waiting': { critical: true } } });
    expect(result).toMatchObject({ status: 'fail', score: 0 });
  });
  it('extends: strict makes every rule error; rules still override it; recommended is the defaults', () => {
    const severities = (raw: Record<string, unknown>) => resolveConfig(raw, rules).rules.map((r) => r.severity);
    expect(severities({ extends: 'strict' })).toEqual(rules.map(() => 'error'));
    expect(severities({ extends: 'recommended' })).toEqual(rules.map((r) => r.meta.defaultSeverity));
    const overridden = resolveConfig({ extends: 'strict', rules: { 'dead-air': 'off' } }, rules).rules.map((r) => r.rule.id);
    expect(overridden).not.toContain('dead-air');
    expect(overridden).toHaveLength(rules.length - 1);
    expect(problems({ extends: 'lenient' })).toEqual(['extends: expected "recommended" or "strict", got string "lenient"']);
  });
  it('locale: id by default for language id, from the config, or from the command line', () => {
    expect(resolveConfig({}, rules).env.locale).toBe('id');
    expect(resolveConfig({ locale: 'en' }, rules).env.locale).toBe('en');
    expect(resolveConfig({ locale: 'en' }, rules, null, null, { locale: 'id' }).env.locale).toBe('id');
    expect(problems({ locale: 'fr' })).toEqual(['locale: expected "id" or "en", got string "fr"']);
  });
});
