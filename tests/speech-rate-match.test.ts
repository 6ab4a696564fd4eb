// Inline cases for speech-rate-match: an English call is measured like an Indonesian one, and its
// instructions (how to pace, not words to say) come in the report's locale.
import { describe, expect, it } from 'vitest';
import rule from '../rules/speech-rate-match.js';
import { findingKeys, runRuleOn } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };

interface U { readonly speaker: 'agent' | 'customer'; readonly text: string }

/**
 * A JSON call (utterances from line 5) where every agent utterance is spoken at `agentWpm` words
 * per minute and every customer utterance at `customerWpm`.
 */
function json(utterances: readonly U[], agentWpm: number, customerWpm: number): string {
  let t = 0.5;
  const timed = utterances.map((u) => {
    const words = u.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)!.length;
    const seconds = Math.round((words / (u.speaker === 'agent' ? agentWpm : customerWpm)) * 600) / 10;
    const out = { speaker: u.speaker, start: Math.round(t * 10) / 10, end: Math.round((t + seconds) * 10) / 10, text: u.text };
    t += seconds + 0.6;
    return out;
  });
  return ['{', '  "direction": "inbound",', '  "events": [],', '  "utterances": [',
    ...timed.map((u, i) => `    ${JSON.stringify(u)}${i < timed.length - 1 ? ',' : ''}`), '  ]', '}'].join('\n');
}

const call: U[] = [
  { speaker: 'agent', text: 'Good morning, thank you for calling Brightline, this is Rachel. How can I help you today?' },
  { speaker: 'customer', text: "Hi Rachel, I'm thinking about replacing the windows in my living room and I wanted to ask about the options you have." },
  { speaker: 'agent', text: 'Of course. We have aluminum frames and uPVC frames, both with double glazing, and we can also do tempered glass if you want extra safety.' },
  { speaker: 'customer', text: "Which one lasts longer? I don't want to do this again in ten years, and the living room gets a lot of sun." },
  { speaker: 'agent', text: "uPVC is the better choice for a sunny room, it doesn't heat up and it keeps its color for at least twenty years." },
  { speaker: 'customer', text: 'Okay, that sounds good. Can someone come and measure the windows next week, maybe on Tuesday or Wednesday afternoon?' },
];
const run = (agentWpm: number, customerWpm: number, config: Record<string, unknown> = {}) =>
  runRuleOn(rule, { source: json(call, agentWpm, customerWpm), file: 'inline.json', config });

describe('speech-rate-match on English calls', () => {
  it('counts English words as spoken ("I\'m", "doesn\'t" are one word each)', () => {
    const r = run(150, 150, EN);
    expect(r.status).toBe('pass');
    expect(r.notes).toEqual(['Agent 150 words per minute, customer 150 (ratio 1)']);
  });

  it('tells a fast agent to slow down, in the report\'s locale', () => {
    const id = run(220, 130);
    expect(findingKeys(id)).toEqual(['tooFast@7']);
    expect(id.findings[0]!.message).toBe('Agen berbicara 219 kata per menit, sedangkan pelanggan 130: 1,69 kali lebih cepat (maksimal 1,35)');
    const en = run(220, 130, EN).findings[0]!;
    expect(en.message).toBe("The agent spoke 219 words per minute against the customer's 130: 1.69 times as fast (at most 1.35)");
    expect(en.suggestion).toBe("Slow down to the customer's pace (about 130 words per minute): shorter sentences, a pause after each piece of information (seed line 494: if the caller speaks slowly, answer slowly too).");
  });

  it('tells a slow agent to pick up the pace', () => {
    const en = run(95, 170, EN);
    expect(findingKeys(en)).toEqual(['tooSlow@7']);
    expect(en.findings[0]!.suggestion).toBe('Pick up the pace to match the customer (about 170 words per minute); seed line 494: a customer who speaks fast is annoyed by slowness.');
  });
});
