// The language of a call, told from its words, and what etiket does with an English call:
// it finds the agent with the English lexicon, and the phrase rules skip (their phrases are
// Indonesian) instead of failing every English sentence.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { resolveConfig } from '../src/config/load.js';
import { checkCall } from '../src/engine/runner.js';
import { detectLanguage, shippedLexicons } from '../src/match/language.js';
import { Lexicon } from '../src/match/lexicon.js';
import { vendorToCall } from '../src/transcript/vendor/to-call.js';
import type { VendorSegment } from '../src/transcript/vendor/types.js';

const lexicons = shippedLexicons();
const seg = (channel: string, start: number, end: number, text: string): VendorSegment =>
  ({ speaker: null, channel, role: null, start, end, text, line: null });

describe('language detection', () => {
  it('ships an Indonesian and an English lexicon, both valid', () => {
    expect([...lexicons.keys()]).toEqual(['en', 'id']);
    expect(Lexicon.load('en').hasConcept('greeting.offerHelp')).toBe(true);
  });
  it('tells English from Indonesian, and keeps the expected language without clear evidence', () => {
    expect(detectLanguage(['Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?', 'Saya mau tanya jadwal pemasangan.'], lexicons, 'id')).toBe('id');
    expect(detectLanguage(['Thank you for calling, this is Dana. How can I help you?', 'Hi, I want to check the status of my order and the delivery date.'], lexicons, 'id')).toBe('en');
    // A few English words in an Indonesian call do not make it English.
    expect(detectLanguage(['Baik Pak, untuk promo ini ada diskon on the spot ya, saya cek dulu.', 'Oke, the best deal ya Mbak.'], lexicons, 'id')).toBe('id');
    expect(detectLanguage(['Okay.', 'Sure.'], lexicons, 'id')).toBe('id');
  });
});

describe('an English export', () => {
  const config = resolveConfig({ company: { name: 'Sleepaway Camp Hotel' } }, rules);
  const hints = { agent: [], customer: [], lexicon: config.env.lexicon, lexicons: config.env.lexicons, company: config.env.company };
  const call = vendorToCall({
    format: 'test',
    segments: [
      seg('ch_0', 0.5, 2, 'Hi, I would like to ask about a room for the weekend.'),
      seg('ch_1', 2.5, 7, 'Thank you for calling, this call may be recorded for quality assurance purposes. How can I help you?'),
      seg('ch_0', 7.5, 10, 'Do you have a room with two beds for Saturday and Sunday?'),
      seg('ch_1', 10.5, 14, 'Let me check that for you, one moment please. Yes, we have one left.'),
    ],
  }, 'x.json', 'x', hints, { events: [{ type: 'hangup', at: 20, by: 'agent', line: null }] });

  it('finds the agent with the English phrases, confidently, without configuration', () => {
    expect(call.roles).toEqual({ source: 'inferred', confidence: 0.95, map: { 'channel ch_0': 'customer', 'channel ch_1': 'agent' } });
  });
  it('reports the language; phrase rules skip, event rules still judge', () => {
    const result = checkCall(call, config.rules, config.env);
    expect(result.language).toBe('en');
    const by = Object.fromEntries(result.rules.map((r) => [r.id, r.status === 'skip' ? r.reason : r.status]));
    expect(by['greeting-formula']).toBe('the call is in "en"; this rule\'s phrases exist only in "id"');
    expect(by['avoid-phrases']).toBe('the call is in "en"; this rule\'s phrases exist only in "id"');
    expect(by['caller-hangs-up-first']).toBe('fail');
  });
});
