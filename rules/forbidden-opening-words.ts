// Disallow "halo", "dengarkan", "aku mendengarkanmu" and a bare "bicara!" when answering (seed lines 79, 400, 491);
// in English a bare "Hello?", "Yeah?", "Speaking", "I'm listening", "Go ahead".
import { z } from 'zod';
import { capitalize } from '../src/engine/phrasing.js';
import { defineRule } from '../src/engine/rule.js';
import { timeWordAt } from '../src/engine/time-of-day.js';
import type { CallView } from '../src/engine/views.js';
import { sentenceOf, type NormalizedText } from '../src/match/normalize.js';
import type { Utterance } from '../src/transcript/model.js';

/** Indonesian brands with "halo"/"hello" in them: a company name, not an opener. */
const DEFAULT_ALLOW = [
  'Halo BCA', 'HaloBCA', 'Hallo BCA', 'Halo Kemenkes', 'Halo Kemkes', 'Hello Kemkes', 'HALOBPOM',
  'Hello Danamon', 'kartuHalo', 'Kartu Halo', 'Telkomsel Halo', 'Halo Unlimited', 'Halodoc',
];

/**
 * Brand matching is stricter than the core's 0.9 (views.findCompany): at 0.9 "halo bu" passes
 * for "Halo BCA" and "halo dok" for "Halodoc", which would hide a real "Halo, Bu". Spelled-out
 * and joined forms ("halo b c a", "HaloBCA", "hallo bca") compact to the same letters and score 1.
 */
const BRAND_THRESHOLD = 0.95;

/** How far before a bare "bicara" a subject/modal/question word still governs it. */
const GOVERNOR_WINDOW = 3;

/** How many words after "hello" a greeting that makes it part of the greeting may take. */
const HALO_GREETING_WINDOW = 8;
/** Words of address and the customer's name skipped between "hello" and that greeting ("Hello, Mr Mark Davis, …"). */
const HALO_NAME_WORDS = 4;

type Kind = 'halo' | 'listen' | 'iListen' | 'command' | 'firstWords';

interface Hit {
  readonly kind: Kind;
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
}

export default defineRule({
  id: 'forbidden-opening-words',
  meta: {
    description: 'Disallow "halo", "dengarkan", "aku mendengarkanmu" and a bare "bicara" command when answering the call',
    seed: [79, 117, 400, 456, 491],
    defaultSeverity: 'error',
    appliesTo: 'all calls with an agent utterance; the opening by default, every agent utterance with scope "call"',
    messages: {
      forbiddenWord: {
        en: "The greeting uses \"{{word}}\"; open with a time-of-day greeting, the company and your name",
        id: "Salam pembuka memakai \"{{word}}\"; buka dengan salam sesuai waktu, nama perusahaan, dan nama Anda",
      },
      forbiddenMidCall: {
        en: "\"{{word}}\" used during the call; say what you need instead",
        id: "\"{{word}}\" dipakai selama panggilan; sampaikan maksud Anda dengan kalimat yang sopan",
      },
    },
    options: z.strictObject({
      scope: z.enum(['opening', 'call']).default('opening')
        .describe("opening: the agent's first utterance after the answer (the seed); call: every agent utterance"),
      allow: z.array(z.string().min(1)).default(DEFAULT_ALLOW)
        .describe('Brands whose words are never flagged (e.g. "Halo BCA"); replaces the default list; the configured company is always allowed'),
    }),
  },
  check(_call, ctx) {
    const { view, options } = ctx;
    if (view.agentUtterances.length === 0) return ctx.skip('no agent utterance');
    const opening = view.opening;
    if (options.scope === 'opening' && !opening) return ctx.skip('no agent utterance after the answer');
    const targets = options.scope === 'call' ? view.agentUtterances : [opening!];
    const company = view.env.company;
    const brands = [...(company ? [company.name, ...company.aliases] : []), ...options.allow];

    for (const u of targets) {
      const inOpening = opening !== null && u.index === opening.index;
      for (const hit of forbiddenHits(view, u, brands)) {
        // Mid-call, "Saya mendengarkan Anda" is what the seed recommends (line 456).
        if (!inOpening && hit.kind === 'iListen') continue;
        // "Yeah?", "Speaking": curt only as the first words of the answer ("Northwind, yes?" too);
        // later they are ordinary words.
        if (hit.kind === 'firstWords' && !(inOpening && (hit.start === 0 || endsBareCompanyAnswer(view, u, hit, brands)))) continue;
        const word = u.text.slice(hit.from, hit.to);
        ctx.report({
          messageId: inOpening ? 'forbiddenWord' : 'forbiddenMidCall',
          data: { word },
          utterance: u,
          span: [hit.from, hit.to],
          suggestion: inOpening ? greeting(view, u) : midCallSuggestion(view, hit.kind),
          ...(inOpening && hit.kind === 'iListen'
            ? {
                note: {
                  en: `Seed line 79: "Aku mendengarkanmu!" ("I'm listening to you!") only lengthens the greeting; the caller called to be heard.`,
                  id: 'Standar, baris 79: "Aku mendengarkanmu!" hanya memperpanjang salam; penelepon memang menelepon untuk didengarkan.',
                },
              }
            : {}),
        });
      }
    }
  },
});

/** Forbidden words in one utterance, overlaps resolved (the longer wins), brand words removed. */
function forbiddenHits(view: CallView, u: Utterance, brands: readonly string[]): Hit[] {
  const nt = view.text(u);
  const lx = view.lexicon;
  const all: Hit[] = [];
  const add = (kind: Kind, concept: string, keep: (start: number, end: number) => boolean = () => true) => {
    for (const m of view.find(u, concept)) if (keep(m.start, m.end)) all.push({ kind, start: m.start, end: m.end, from: m.from, to: m.to });
  };
  add('halo', 'opening.halo', (_start, end) => !startsGreeting(view, nt, end));
  add('firstWords', 'opening.firstWords');
  add('listen', 'opening.listen');
  add('iListen', 'opening.iListen');
  add('command', 'opening.bicaraCommand');
  add('command', 'opening.bicaraBare', (start) => isBareCommand(view, nt, start));

  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const hits: Hit[] = [];
  let until = -1;
  for (const h of all) if (h.start >= until) { hits.push(h); until = h.end; }

  const brandSpans = brands.flatMap((b) => lx.findName(nt, b, BRAND_THRESHOLD));
  return hits.filter((h) => !brandSpans.some((b) => b.start <= h.start && h.end <= b.end));
}

/**
 * "Northwind, yes?": a curt word that ends an answer holding nothing but the company name is as
 * curt as a bare "Yes?". "Northwind speaking" is not: after a name, "speaking" names who answers
 * (`greeting.introMarkerAfter`, as in "Anna speaking").
 */
function endsBareCompanyAnswer(view: CallView, u: Utterance, hit: Hit, brands: readonly string[]): boolean {
  const nt = view.text(u);
  if (hit.end !== nt.tokens.length || hit.start === 0) return false;
  if (view.find(u, 'greeting.introMarkerAfter').some((m) => m.start <= hit.start && hit.end <= m.end)) return false;
  const spans = brands.flatMap((b) => view.lexicon.findName(nt, b, BRAND_THRESHOLD));
  for (let i = 0; i < hit.start; i++) if (!spans.some((b) => b.start <= i && i < b.end)) return false;
  return true;
}

/**
 * A bare "bicara" is a command ("Bicara!", "Ventura, bicara.") unless it sits in a question
 * sentence, a subject/modal/question word governs it ("bisa bicara dengan pak budi", "dengan
 * siapa saya bicara") — which also works on ASR text without punctuation — or it is followed by
 * "dengan siapa".
 */
function isBareCommand(view: CallView, nt: NormalizedText, t: number): boolean {
  const sentence = sentenceOf(nt, t);
  if (nt.questionSentences.has(sentence)) return false;
  const clauseStart = Math.max(clauseStartBefore(nt, t), t - GOVERNOR_WINDOW);
  if (clauseStart < t && view.lexicon.find(nt, 'opening.bicaraGovernor', { from: clauseStart, to: t }).length > 0) return false;
  const after = view.lexicon.find(nt, 'opening.bicaraQuestion', { from: t + 1, to: Math.min(nt.tokens.length, t + 4) });
  return !after.some((m) => m.start === t + 1);
}

/**
 * English "Hello, thank you for calling Ventura" is a greeting, "Hello?" the telephone line check
 * the seed forbids (its "ALLE"): a greeting (`opening.haloGreeting`, empty in Indonesian, where
 * "Halo, selamat pagi" is still flagged) right after the word — past a form of address or the
 * customer's name ("Hello, Mr Davis, thanks for holding") — with no "?" between, clears it.
 */
function startsGreeting(view: CallView, nt: NormalizedText, end: number): boolean {
  const toks = nt.tokens;
  if (!toks[end] || nt.original.slice(toks[end - 1]!.to, toks[end]!.from).includes('?')) return false;
  const lx = view.lexicon;
  const skip = new Set([...lx.classMembers('address'), ...lx.normalize(view.call.customer.name ?? '').tokens.map((t) => t.text)]);
  let i = end;
  while (i < toks.length && i < end + HALO_NAME_WORDS && skip.has(toks[i]!.text)) i++;
  const to = Math.min(toks.length, i + HALO_GREETING_WINDOW);
  return lx.find(nt, 'opening.haloGreeting', { from: i, to }).some((m) => m.start === i);
}

/** First token of the clause holding token t: after the last sentence end or , ; : before it. */
function clauseStartBefore(nt: NormalizedText, t: number): number {
  const sentenceStart = nt.sentenceStarts[sentenceOf(nt, t)] ?? 0;
  for (let i = t; i > sentenceStart; i--) {
    const gap = nt.original.slice(nt.tokens[i - 1]!.to, nt.tokens[i]!.from);
    if (/[,;:]/.test(gap)) return i;
  }
  return sentenceStart;
}

/**
 * "Selamat pagi! Ventura, dengan Anna. Ada yang bisa saya bantu?" / "Good morning! Ventura, this
 * is Anna. How may I help you?" with what the call tells us, in the call's language; on an
 * outbound call the caller's introduction, "Selamat pagi! Saya Anna dari Ventura." / "Good
 * morning! This is Anna calling from Ventura." The time greetings, the outbound introduction and
 * the placeholders are greeting-formula's phrasings, so both rules word them alike.
 */
function greeting(view: CallView, u: Utterance): string {
  const lx = view.lexicon;
  const clock = u.start !== null ? view.localTimeAt(u.start) : null;
  const time = (clock && timeWordAt(clock.minuteOfDay, lx.timeBands ?? undefined)) ?? 'any';
  const company = view.env.company;
  const parts = {
    greeting: capitalize(lx.say(`greeting-formula.time.${time}`)),
    company: company?.name ?? `[${lx.say('greeting-formula.unknownCompany')}]`,
    name: view.agentName ?? `[${lx.say('greeting-formula.unknownName')}]`,
  };
  if (view.call.direction === 'outbound') return lx.say('greeting-formula.outbound', { ...parts, activity: company?.activity ?? null });
  return lx.say('forbidden-opening-words.greeting', parts);
}

/** Mid-call: the seed's line check (line 456) instead of "halo?" / "bicara (lebih keras)"; for "dengarkan", an offer to explain. */
function midCallSuggestion(view: CallView, kind: Kind): string {
  return view.lexicon.say(kind === 'listen' ? 'forbidden-opening-words.explain' : 'forbidden-opening-words.lineCheck');
}
