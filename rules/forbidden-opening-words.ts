// Disallow "halo", "dengarkan", "aku mendengarkanmu" and a bare "bicara!" when answering (seed lines 79, 400, 491).
import { z } from 'zod';
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

/** The seed's line check (line 456), instead of "halo?" / "bicara (lebih keras)". */
const LINE_CHECK = 'Maaf, saya tidak dapat mendengar Anda dengan baik, mohon diulangi.';

type Kind = 'halo' | 'listen' | 'iListen' | 'command';

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
        const word = u.text.slice(hit.from, hit.to);
        ctx.report({
          messageId: inOpening ? 'forbiddenWord' : 'forbiddenMidCall',
          data: { word },
          utterance: u,
          span: [hit.from, hit.to],
          suggestion: inOpening ? greeting(view, u) : midCallSuggestion(hit.kind),
          ...(inOpening && hit.kind === 'iListen'
            ? {
                note: {
                  en: 'Seed line 79: "Aku mendengarkanmu!" only lengthens the greeting; the caller called to be heard.',
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
  add('halo', 'opening.halo');
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

/** First token of the clause holding token t: after the last sentence end or , ; : before it. */
function clauseStartBefore(nt: NormalizedText, t: number): number {
  const sentenceStart = nt.sentenceStarts[sentenceOf(nt, t)] ?? 0;
  for (let i = t; i > sentenceStart; i--) {
    const gap = nt.original.slice(nt.tokens[i - 1]!.to, nt.tokens[i]!.from);
    if (/[,;:]/.test(gap)) return i;
  }
  return sentenceStart;
}

/** "Selamat pagi! Ventura, dengan Anna. Ada yang bisa saya bantu?" with what the call tells us. */
function greeting(view: CallView, u: Utterance): string {
  const clock = u.start !== null ? view.localTimeAt(u.start) : null;
  const time = (clock && timeWordAt(clock.minuteOfDay)) ?? 'pagi/siang/sore/malam';
  const company = view.env.company?.name ?? '[nama perusahaan]';
  const agent = view.agentName ?? '[nama Anda]';
  return `Selamat ${time}! ${company}, dengan ${agent}. Ada yang bisa saya bantu?`;
}

function midCallSuggestion(kind: Kind): string {
  if (kind === 'listen') return 'Izinkan saya menjelaskan, Bapak/Ibu.';
  return LINE_CHECK;
}
