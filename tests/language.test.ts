// The language of a call — declared by the export, else told from its words — and what etiket
// does with it: under `language: "auto"` (the default) each call is judged with its own
// language's lexicon; a fixed language skips the phrase rules on calls in another one; a call in
// a language without a lexicon is reported "und" and its phrase rules skip.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { resolveConfig } from '../src/config/load.js';
import { checkCall } from '../src/engine/runner.js';
import { callLanguage, declaredLanguage, detectLanguage, shippedLexicons } from '../src/match/language.js';
import { Lexicon } from '../src/match/lexicon.js';
import { vendorToCall } from '../src/transcript/vendor/to-call.js';
import type { VendorSegment } from '../src/transcript/vendor/types.js';
import { parseTranscript } from '../src/transcript/read.js';

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
    // Short English (an ASR doc example): three of ten words are English stopwords.
    expect(detectLanguage(['Hi, welcome to the call center. How can I help you?'], lexicons, 'id')).toBe('en');
  });
  it('calls a long text with almost none of either lexicon\'s common words "und" (Catalan)', () => {
    const catalan = ['Bon dia, em dic Marta i treballo a la biblioteca municipal del barri.', 'Els gossos del veí borden cada nit quan passa el tren de mercaderies.', 'Demà anirem a comprar pa i formatge al mercat de Santa Caterina amb la meva germana petita.'];
    expect(detectLanguage(catalan, lexicons, 'id')).toBe('und');
  });
  it('takes the language an export declares; one without a lexicon is "und"', () => {
    expect(declaredLanguage({ languageCode: 'en-US' })).toBe('en');
    expect(declaredLanguage({ language: 'english' })).toBe('en');
    expect(declaredLanguage({ language: 'ca' })).toBe('ca');
    expect(declaredLanguage({ format: 'whisper' })).toBeNull();
    expect(callLanguage(['Selamat pagi, ada yang bisa saya bantu?'], { languageCode: 'id-ID' }, lexicons, 'id')).toBe('id');
    expect(callLanguage(['Thank you for calling, how can I help you today?'], { language: 'ca' }, lexicons, 'id')).toBe('und');
    expect(callLanguage(['Thank you for calling, how can I help you today?'], {}, lexicons, 'id')).toBe('en');
  });
});

describe('the language of a call', () => {
  const config = resolveConfig({}, rules);
  const language = (source: string) => {
    const [p] = parseTranscript(source, 'x.txt', config.speakers);
    if (!p?.ok) throw new Error('does not parse');
    return checkCall(p.call, config.rules, config.env).language;
  };
  it('is the agent\'s when the agent\'s words show it clearly: an English agent with an Indonesian-speaking customer is judged in English', () => {
    expect(language([
      '[00:01] Agent: Good morning, Ventura, this is Anna speaking. How may I help you?',
      '[00:05] Customer: Selamat pagi, Mbak, saya mau tanya soal jadwal pemasangan jendela yang sudah saya pesan minggu lalu, bisa dibantu?',
      '[00:12] Agent: Of course, let me check that for you. May I have your name, please?',
      '[00:16] Customer: Nama saya Budi Santoso, dan ini nomor pesanan saya.',
    ].join('\n'))).toBe('en');
  });
  it('is told from every voice when the agent\'s words do not show it', () => {
    expect(language([
      '[00:01] Agent: Halo?',
      '[00:03] Customer: Selamat siang, ini dengan Ventura? Saya mau tanya apakah pesanan saya sudah dikirim atau belum ya.',
    ].join('\n'))).toBe('id');
    // An Australian agent's few, short English words; the customer's make the call English.
    expect(language([
      '[00:02] Agent: Good afternoon, Northwind, Liam speaking, how can I help you?',
      '[00:06] Customer: Hi Liam, it\'s Chloe Nguyen, I just wanted to confirm my measure appointment.',
      '[00:11] Agent: Thanks Chloe. Yep, I\'ve got you down for Wednesday at two.',
      '[00:19] Customer: Okay, so I don\'t need to do anything?',
      '[00:21] Agent: Nah, all good. Cheers, bye.',
    ].join('\n'))).toBe('en');
  });
});

describe('an English export', () => {
  const segments = [
    seg('ch_0', 0.5, 2, 'Hi, I would like to ask about a room for the weekend.'),
    seg('ch_1', 2.5, 7, 'Thank you for calling, this call may be recorded for quality assurance purposes. How can I help you?'),
    seg('ch_0', 7.5, 10, 'Do you have a room with two beds for Saturday and Sunday?'),
    seg('ch_1', 10.5, 14, 'Let me check that for you, one moment please. Yes, we have one left.'),
  ];
  const callWith = (config: ReturnType<typeof resolveConfig>) => vendorToCall({ format: 'test', segments },
    'x.json', 'x', { agent: [], customer: [], lexicon: config.env.lexicon, lexicons: config.env.lexicons, company: config.env.company },
    { events: [{ type: 'hangup', at: 20, by: 'agent', line: null }] });
  const auto = resolveConfig({ company: { name: 'Sleepaway Camp Hotel' } }, rules);
  const call = callWith(auto);
  const reasons = (r: ReturnType<typeof checkCall>) => Object.fromEntries(r.rules.map((x) => [x.id, x.status === 'skip' ? x.reason : x.status]));

  it('finds the agent with the English phrases, confidently, without configuration', () => {
    expect(call.roles).toEqual({ source: 'inferred', confidence: 0.95, map: { 'channel ch_0': 'customer', 'channel ch_1': 'agent' } });
  });
  it('is judged with the English lexicon under language "auto" (the default): no rule skips for its language', () => {
    const result = checkCall(call, auto.rules, auto.env);
    expect(result.language).toBe('en');
    const by = reasons(result);
    expect(Object.values(by).filter((v) => /language|the call is in/.test(String(v)))).toEqual([]);
    expect(by['caller-hangs-up-first']).toBe('fail');
  });
  it('with a fixed language "id", the phrase rules skip it and say why; event rules still judge', () => {
    const fixed = resolveConfig({ language: 'id', company: { name: 'Sleepaway Camp Hotel' } }, rules);
    const by = reasons(checkCall(callWith(fixed), fixed.rules, fixed.env));
    const why = 'the call is in "en", not the configured language "id" (language "auto" judges each call in its own)';
    expect(by['greeting-formula']).toBe(why);
    expect(by['avoid-phrases']).toBe(why);
    expect(by['caller-hangs-up-first']).toBe('fail');
  });
  it('a call in a language without a lexicon: phrase rules skip, event rules judge', () => {
    const ca = vendorToCall({ format: 'whisper', segments, metadata: { language: 'ca' } }, 'x.json', 'x',
      { agent: [], customer: [], lexicon: auto.env.lexicon, lexicons: auto.env.lexicons, company: null },
      { events: [{ type: 'hangup', at: 20, by: 'agent', line: null }] });
    const result = checkCall(ca, auto.rules, auto.env);
    expect(result.language).toBe('und');
    const by = reasons(result);
    expect(by['greeting-formula']).toBe('the call\'s language ("und") is not one etiket has phrases for ("en", "id")');
    expect(by['caller-hangs-up-first']).toBe('fail');
  });
});
