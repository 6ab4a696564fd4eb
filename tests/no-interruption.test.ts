// Inline cases for no-interruption: the words the suggestion offers for active listening come in
// the call's language, the rest of the instruction in the report's locale.
import { describe, expect, it } from 'vitest';
import rule from '../rules/no-interruption.js';
import { findingKeys, runRuleOn, testRule } from '../src/testing/rule-tester.js';

const EN = { locale: 'en' };

interface U { readonly speaker: 'agent' | 'customer'; readonly start: number; readonly end: number; readonly text: string }

/** A JSON call without events: the utterances start on line 5 of the file. */
function json(utterances: readonly U[]): string {
  return ['{', '  "direction": "inbound",', '  "events": [],', '  "utterances": [',
    ...utterances.map((u, i) => `    ${JSON.stringify(u)}${i < utterances.length - 1 ? ',' : ''}`), '  ]', '}'].join('\n');
}
const inline = (utterances: readonly U[], extra: { options?: Record<string, unknown>; config?: Record<string, unknown> } = {}) =>
  ({ source: json(utterances), file: 'inline.json', ...extra });

const english = (agentOver: string): U[] => [
  { speaker: 'agent', start: 0.5, end: 4.0, text: 'Good morning, thank you for calling Brightline, this is Rachel. How can I help you?' },
  { speaker: 'customer', start: 4.5, end: 16.0, text: "I've called three times this week about my broken window and every time somebody promises a technician and nobody ever shows up." },
  { speaker: 'agent', start: 12.0, end: 14.0, text: agentOver },
  { speaker: 'agent', start: 16.5, end: 20.0, text: "I'm sorry about that. I'll book a technician for tomorrow morning." },
];

describe('no-interruption on English calls', () => {
  it('offers English acknowledgements, in either report locale', () => {
    const source = english('Okay, but the technician did try to call you.');
    const id = runRuleOn(rule, inline(source));
    expect(findingKeys(id)).toEqual(['interruption@7']);
    expect(id.findings[0]!.suggestion).toBe('Biarkan pelanggan menyelesaikan kalimatnya sebelum menjawab (baris 355 standar: dengarkan keluhannya dan jangan menyela); untuk menunjukkan bahwa Anda mendengarkan, cukup "I see" atau "Okay".');
    const en = runRuleOn(rule, inline(source, { config: EN })).findings[0]!;
    expect(en.message).toBe('The agent cut in 4 s before the customer finished speaking');
    expect(en.suggestion).toBe('Let the customer finish before answering (seed line 355: listen to the complaint and do not interrupt); to show you are listening, a short "I see" or "Okay" is enough.');
  });

  it('takes short English acknowledgements over the customer as listening', () => {
    testRule(rule, {
      valid: ['Mhm.', 'Uh-huh.', 'mm hmm', 'Yeah, I see.', "Right, okay, ma'am.", 'Got it, sir.', 'Of course.', 'That makes sense.', 'I understand.', 'Sure, go ahead.']
        .map((t) => inline(english(t))),
      invalid: [
        { ...inline(english('Right, but have you tried restarting it?')), errors: ['interruption@7'] },
        { ...inline(english('No.')), errors: ['interruption@7'] },
        // Five words: over backchannelMaxWords (4).
        { ...inline(english('Okay, I see, yeah, right.')), errors: ['interruption@7'] },
        { ...inline(english('Mhm.'), { options: { ignoreBackchannels: false } }), errors: ['interruption@7'] },
      ],
    });
  });

  it('takes empathetic interjections as listening, and forms of address alone as cutting in (review finding D)', () => {
    testRule(rule, {
      valid: ['Oh no.', 'Oh dear.', 'Wow.', 'Oh my gosh.', 'Gosh.', 'Oh my goodness, sir.', "That's awful.", 'Oh really?', 'Lovely.', 'oh no']
        .map((t) => inline(english(t))),
      invalid: [
        { ...inline(english('Sir, sir, sir.')), errors: ['interruption@7'] },
        { ...inline(english("Ma'am, ma'am.")), errors: ['interruption@7'] },
        { ...inline(english('Oh no, wait.')), errors: ['interruption@7'] },
      ],
    });
  });

  it('does not count the agent going on over a customer\'s "yeah"', () => {
    const us: U[] = [
      { speaker: 'agent', start: 0.5, end: 6.0, text: 'Just wipe the frames with a damp cloth and mild soap, and do not use strong cleaners' },
      { speaker: 'customer', start: 5.6, end: 6.8, text: 'yeah, okay' },
      { speaker: 'agent', start: 6.1, end: 10.0, text: 'and oil the hinges every six months so they do not squeak.' },
    ];
    expect(runRuleOn(rule, inline(us)).status).toBe('pass');
  });
});

describe('no-interruption on Indonesian calls', () => {
  const indonesian = (agentOver: string): U[] => [
    { speaker: 'agent', start: 0.5, end: 4.0, text: 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?' },
    { speaker: 'customer', start: 4.5, end: 16.0, text: 'Saya sudah tiga kali telepon minggu ini soal jendela yang rusak dan teknisinya tidak pernah datang.' },
    { speaker: 'agent', start: 12.0, end: 14.0, text: agentOver },
    { speaker: 'agent', start: 16.5, end: 20.0, text: 'Mohon maaf atas ketidaknyamanannya, Bu.' },
  ];
  it('takes "aduh" as listening and "Bu, Bu" as cutting in (changed: both were the other way)', () => {
    testRule(rule, {
      valid: ['Aduh.', 'Ya ampun, Bu.', 'Astaga.', 'Waduh, iya Bu.'].map((t) => inline(indonesian(t))),
      invalid: [{ ...inline(indonesian('Bu, Bu, Bu.')), errors: ['interruption@7'] }],
    });
  });
});

describe('no-interruption on Indonesian calls (unchanged)', () => {
  it('offers "Saya mengerti" or "Baik" in both report locales', () => {
    const us: U[] = [
      { speaker: 'agent', start: 0.5, end: 4.0, text: 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?' },
      { speaker: 'customer', start: 4.5, end: 16.0, text: 'Saya sudah tiga kali telepon minggu ini soal jendela yang rusak dan teknisinya tidak pernah datang.' },
      { speaker: 'agent', start: 12.0, end: 14.0, text: 'Iya, tapi teknisinya sudah coba menelepon Ibu.' },
    ];
    const id = runRuleOn(rule, inline(us)).findings[0]!;
    expect(id.suggestion).toBe('Biarkan pelanggan menyelesaikan kalimatnya sebelum menjawab (baris 355 standar: dengarkan keluhannya dan jangan menyela); untuk menunjukkan bahwa Anda mendengarkan, cukup "Saya mengerti" atau "Baik".');
    expect(runRuleOn(rule, inline(us, { config: EN })).findings[0]!.suggestion)
      .toBe('Let the customer finish before answering (seed line 355: listen to the complaint and do not interrupt); to show you are listening, a short "Saya mengerti" or "Baik" is enough.');
  });
});
