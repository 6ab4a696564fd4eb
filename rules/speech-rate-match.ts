// The agent speaks at about the customer's pace: words per minute within a ratio (seed lines 372, 494).
import { z } from 'zod';
import { decimal, plural } from '../src/engine/phrasing.js';
import { defineRule } from '../src/engine/rule.js';
import type { Utterance } from '../src/transcript/model.js';

/**
 * Words as spoken: runs of letters or digits in the original text, the same word pattern the
 * normalizer uses, but before it maps variants ("makasih" is one spoken word, not "terima kasih")
 * or joins spelled letters ("b c a" is three spoken letters, not "bca").
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Seconds the utterance lasts; null when its start or end is unknown, or it lasts no time. */
function duration(u: Utterance): number | null {
  if (u.start === null || u.end === null) return null;
  const d = u.end - u.start;
  return d > 0 ? d : null;
}

interface Rate {
  readonly words: number;
  readonly seconds: number;
  readonly utterances: readonly Utterance[];
}

function rateOf(us: readonly Utterance[]): Rate {
  let words = 0;
  let seconds = 0;
  const timed: Utterance[] = [];
  for (const u of us) {
    const d = duration(u);
    if (d === null) continue;
    words += wordCount(u.text);
    seconds += d;
    timed.push(u);
  }
  return { words, seconds, utterances: timed };
}

function wpm(words: number, seconds: number): number {
  return (words / seconds) * 60;
}

/** Below this many words a single utterance's pace is noise ("iya" over 1.4 s), so it is not cited. */
const CITE_MIN_WORDS = 5;

export default defineRule({
  id: 'speech-rate-match',
  meta: {
    description: "Require the agent to speak at about the customer's pace (words per minute)",
    seed: [372, 494],
    defaultSeverity: 'warn',
    appliesTo: 'transcripts with utterance start and end times (JSON); text transcripts skip',
    messages: {
      tooFast: {
        en: "The agent spoke {{agentWpm}} words per minute against the customer's {{customerWpm}}: {{ratio}} times as fast (at most {{maxRatio}})",
        id: 'Agen berbicara {{agentWpm}} kata per menit, sedangkan pelanggan {{customerWpm}}: {{ratio}} kali lebih cepat (maksimal {{maxRatio}})',
      },
      tooSlow: {
        en: "The agent spoke {{agentWpm}} words per minute against the customer's {{customerWpm}}: the customer is {{ratio}} times as fast (at most {{maxRatio}})",
        id: 'Agen berbicara {{agentWpm}} kata per menit, sedangkan pelanggan {{customerWpm}}: pelanggan {{ratio}} kali lebih cepat (maksimal {{maxRatio}})',
      },
    },
    options: z.strictObject({
      /** Largest allowed ratio between the two speakers' words per minute, either way (agent/customer or customer/agent). */
      maxRatio: z.number().min(1).default(1.35),
      /** Fewest timed words each side needs before a pace is measured. */
      minWords: z.number().int().min(1).default(40),
    }),
  },
  check(call, ctx) {
    const view = ctx.view;
    const { maxRatio, minWords } = ctx.options;
    if (call.format === 'text') return ctx.skip('no utterance end times (text transcript)');
    if (call.utterances.every((u) => u.end === null)) return ctx.skip('no utterance end times');

    const agent = rateOf(view.agentUtterances);
    const customer = rateOf(view.customerUtterances);
    const short = [agent.words < minWords ? 'the agent' : null, customer.words < minWords ? 'the customer' : null].filter(Boolean);
    if (short.length > 0) return ctx.skip(`too little speech from ${short.join(' and ')} (under ${minWords} timed words)`);

    const untimed = call.utterances.length - agent.utterances.length - customer.utterances.length;
    if (untimed > 0) {
      ctx.note({
        en: `${plural(untimed, 'utterance')} without a start and end time (or lasting no time) left out of the pace`,
        id: `${untimed} ucapan tanpa waktu mulai dan selesai (atau berdurasi nol) tidak dihitung dalam tempo bicara`,
      });
    }

    const a = wpm(agent.words, agent.seconds);
    const c = wpm(customer.words, customer.seconds);
    const ratio = a / c;
    const rounded = { agentWpm: Math.round(a), customerWpm: Math.round(c) };
    if (ratio <= maxRatio && ratio >= 1 / maxRatio) {
      ctx.note({
        en: `Agent ${rounded.agentWpm} words per minute, customer ${rounded.customerWpm} (ratio ${decimal(ratio).en})`,
        id: `Agen ${rounded.agentWpm} kata per menit, pelanggan ${rounded.customerWpm} (rasio ${decimal(ratio).id})`,
      });
      return;
    }

    const fast = ratio > maxRatio;
    // The evidence: the agent's fastest utterance when too fast, the slowest when too slow.
    const candidates = agent.utterances.filter((u) => wordCount(u.text) >= CITE_MIN_WORDS);
    const pool = candidates.length > 0 ? candidates : agent.utterances;
    const paceOf = (u: Utterance) => wpm(wordCount(u.text), duration(u)!);
    const cited = pool.reduce((best, u) => (fast ? paceOf(u) > paceOf(best) : paceOf(u) < paceOf(best)) ? u : best);
    const citedWpm = Math.round(paceOf(cited));

    ctx.report({
      messageId: fast ? 'tooFast' : 'tooSlow',
      data: { ...rounded, ratio: decimal(fast ? ratio : 1 / ratio), maxRatio: decimal(maxRatio) },
      utterance: cited,
      suggestion: fast
        ? {
          en: `Slow down to the customer's pace (about ${rounded.customerWpm} words per minute): shorter sentences, a pause after each piece of information (seed line 494: if the caller speaks slowly, answer slowly too).`,
          id: `Perlambat tempo bicara mengikuti pelanggan (sekitar ${rounded.customerWpm} kata per menit): kalimat lebih pendek, beri jeda setelah setiap informasi (baris 494 standar: jika penelepon berbicara lambat, jawablah dengan lambat juga).`,
        }
        : {
          en: `Pick up the pace to match the customer (about ${rounded.customerWpm} words per minute); seed line 494: a customer who speaks fast is annoyed by slowness.`,
          id: `Percepat tempo bicara mengikuti pelanggan (sekitar ${rounded.customerWpm} kata per menit); menurut baris 494 standar, klien yang berbicara cepat akan terganggu oleh kelambatan Anda.`,
        },
      note: fast
        ? { en: `The agent's fastest utterance: ${citedWpm} words per minute`, id: `Ucapan agen yang paling cepat: ${citedWpm} kata per menit` }
        : { en: `The agent's slowest utterance: ${citedWpm} words per minute`, id: `Ucapan agen yang paling lambat: ${citedWpm} kata per menit` },
    });
  },
});
