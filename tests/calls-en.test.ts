// The English calls (fixtures/calls-en: four export formats, sidecars beside them) give exactly
// the results their README promises with the repository's etiket.config.json (language "auto"):
// each is judged in English, with English suggestions, per rule pass (P), fail (F) or skip (s).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { loadConfig } from '../src/config/load.js';
import { checkCall } from '../src/engine/runner.js';
import { readTranscript } from '../src/transcript/read.js';

const root = join(import.meta.dirname, '..');

// Columns in registry order, as in tests/calls.test.ts.
//                  core rules  | catalogue rules
//                  1 2 3 4 5 6 | 7 8 9 0 1 2 3 4 5 6 7 8
const EXPECTED: Record<string, { row: string; status: 'pass' | 'fail'; score: number; format?: string; roles?: string }> = {
  'en-0001': { row: 'P P P P P P P P s P P P s s s s P s', status: 'pass', score: 100 },
  'en-0002': { row: 'F F F F s F F s s F F F s s s s P s', status: 'fail', score: 10 },
  'en-0003': { row: 'P P P P F P F F s F F P P P P s F s', status: 'fail', score: 60, format: 'amazon-call-analytics', roles: 'file' },
  'en-0004': { row: 's P P s s s s s P P P P P P s P P P', status: 'pass', score: 100, format: 'deepgram', roles: 'inferred 0.95' },
  'en-0005': { row: 'P P P P s P P s s F P P F P s s P s', status: 'pass', score: 83.3, format: 'webvtt', roles: 'inferred 0.95' },
};

// Every failing rule's findings, messageId@line (the line in the file: JSON exports cite the
// line of the segment).
const FINDINGS: Record<string, Record<string, string[]>> = {
  'en-0002': {
    'answer-within-three-rings': ['slowAnswer@10'],
    'greeting-formula': ['missingTimeGreeting@11', 'missingCompany@11', 'missingAgentName@11', 'missingOfferHelp@11'],
    'forbidden-opening-words': ['forbiddenWord@11'],
    'name-request': ['interrogation@13'],
    'caller-hangs-up-first': ['agentHungUp@18'],
    'closing-formula': ['missingQuestion@17', 'missingThanks@17'],
    'avoid-phrases': ['dontKnow@15', 'youMust@15'],
    'polite-words': ['missingPlease@17', 'missingThanks@17'],
    'use-customer-name': ['nameNeverUsed@15'],
  },
  'en-0003': {
    'thank-for-waiting': ['noThanks@499'],
    'closing-formula': ['missingQuestion@815', 'missingThanks@815'],
    'hold-etiquette': ['unannouncedHold@477'],
    'avoid-phrases': ['but@499'],
    'polite-words': ['missingPlease@815', 'missingThanks@815'],
    'single-question': ['tooManyQuestions@285'],
  },
  'en-0005': {
    'avoid-phrases': ['dontKnow@23', 'youMust@23'],
    'no-interruption': ['interruption@31'],
  },
};

describe('English calls', () => {
  const config = loadConfig(join(root, 'etiket.config.json'), rules);
  const dir = join(root, 'fixtures', 'calls-en');
  const results = readdirSync(dir).filter((f) => /\.(txt|json|vtt)$/.test(f) && !f.endsWith('.meta.json')).flatMap((f) =>
    readTranscript(join(dir, f), `fixtures/calls-en/${f}`, config.speakers).map((p) => {
      if (!p.ok) throw p.error;
      return checkCall(p.call, config.rules, config.env);
    }));

  it('are 5 calls, all read, all judged in English', () => {
    expect(results.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED));
    expect(results.map((r) => r.language)).toEqual(results.map(() => 'en'));
  });
  for (const [id, e] of Object.entries(EXPECTED)) {
    it(`${id}: ${e.row}`, () => {
      const r = results.find((x) => x.id === id)!;
      expect(r.rules.map((x) => ({ pass: 'P', fail: 'F', skip: 's' })[x.status]).join(' ')).toBe(e.row);
      expect([r.status, r.score]).toEqual([e.status, e.score]);
      if (e.format) expect(r.format).toBe(e.format);
      if (e.roles) expect(`${r.roles!.source}${r.roles!.confidence !== null ? ` ${r.roles!.confidence}` : ''}`).toBe(e.roles);
      // No rule skips for the call's language.
      expect(r.rules.filter((x) => x.status === 'skip' && /language|the call is in/.test(x.reason!))).toEqual([]);
    });
  }
  it('each failing rule cites exactly the designed findings', () => {
    for (const r of results) {
      const failing = Object.fromEntries(r.rules.filter((x) => x.status === 'fail').map((x) => [x.id, x.findings.map((f) => `${f.messageId}@${f.line}`)]));
      expect(failing, r.id!).toEqual(FINDINGS[r.id!] ?? {});
    }
  });
  it('suggests English words to say, in both report languages', () => {
    const en2 = results.find((x) => x.id === 'en-0002')!;
    const say = (rule: string) => en2.rules.find((x) => x.id === rule)!.findings.map((f) => f.suggestion);
    expect(say('greeting-formula')[0]).toBe('Good afternoon! Ventura, this is Budi. How may I help you?');
    expect(say('name-request')).toEqual(['May I have your name, please?']);
    expect(say('avoid-phrases')).toEqual(['Let me find that out for you.', 'Would you please call the warehouse for that?']);
    expect(say('caller-hangs-up-first')).toEqual(['Thank you for calling Ventura, have a great day.']);
    const en3 = results.find((x) => x.id === 'en-0003')!;
    expect(en3.rules.find((x) => x.id === 'thank-for-waiting')!.findings[0]!.suggestion)
      .toBe('Thank you for waiting. So I can change the frame color, but the size cannot be changed anymore.');
  });
});
