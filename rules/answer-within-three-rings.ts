// Inbound calls are picked up by the third ring, within 10 seconds (seed lines 15, 272, 420, 493).
import { z } from 'zod';
import { decimal } from '../src/engine/phrasing.js';
import { defineRule, type Localized } from '../src/engine/rule.js';
import type { Call, CallEvent } from '../src/transcript/model.js';

const ORDINALS = ['', 'pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh'];
const EN_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** 3 → "ketiga", 12 → "ke-12": the way the seed counts rings ("pada sinyal ketiga"). */
function ordinal(n: number): string {
  return ORDINALS[n] ?? `ke-${n}`;
}

/** 3 → "third", 12 → "12th". */
function enOrdinal(n: number): string {
  if (EN_ORDINALS[n]) return EN_ORDINALS[n]!;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "5 rings" / "5 dering". */
function ringsText(n: number): Localized {
  return { en: `${n} ring${n === 1 ? '' : 's'}`, id: `${n} dering` };
}

/** "18 s" / "18 detik". */
function secondsText(s: number): Localized {
  const d = decimal(s, 1);
  return { en: `${d.en} s`, id: `${d.id} detik` };
}

/**
 * Whether a RING comes at or before the answer. Times decide when both are known; otherwise the
 * order in the transcript does (text: line order; JSON: the order of the events array). A ring
 * that cannot be placed at all counts as before the answer: rings only make sense before it.
 */
function ringBeforeAnswer(call: Call, ring: CallEvent, answer: { event: CallEvent | null; at: number | null; line: number | null }): boolean {
  if (ring.at !== null && answer.at !== null) return ring.at <= answer.at;
  if (call.format === 'text' && ring.line !== null && answer.line !== null) return ring.line < answer.line;
  if (answer.event) return call.events.indexOf(ring) < call.events.indexOf(answer.event);
  return true;
}

export default defineRule({
  id: 'answer-within-three-rings',
  meta: {
    description: 'Require inbound calls to be answered by the third ring and within 10 seconds',
    seed: [15, 272, 420, 493],
    defaultSeverity: 'error',
    needsRoles: false,
    appliesTo: 'inbound calls with RING or ANSWER events',
    messages: {
      slowAnswer: {
        en: "The call was answered after {{rings}} ({{seconds}}); answer by ring {{maxRings}}, within {{maxSeconds}} s",
        id: "Panggilan diangkat setelah {{rings}} ({{seconds}}); angkat paling lambat pada dering ke-{{maxRings}}, dalam {{maxSeconds}} detik",
      },
      earlyAnswer: {
        en: "The call was answered {{when}}; let it ring at least {{minRings}} times first",
        id: "Panggilan diangkat {{when}}; biarkan berdering minimal {{minRings}} kali dulu",
      },
    },
    options: z.strictObject({
      /** Most RING events allowed at or before the answer. */
      maxRings: z.number().int().min(1).default(3),
      /** Most seconds allowed from the first ring to the answer. */
      maxSeconds: z.number().positive().default(10),
      /** Fewest rings before the answer (0 = off); the seed's "setelah 2-3 dering" is 2. */
      minRings: z.number().int().min(0).default(0),
    }),
  },
  check(call, ctx) {
    if (call.direction === 'outbound') return ctx.skip('outbound call');
    const { maxRings, maxSeconds, minRings } = ctx.options;
    const view = ctx.view;
    const rings = view.eventsOf('ring');
    const answerEvent = view.answerEvent;
    if (rings.length === 0 && !answerEvent) return ctx.skip('no RING or ANSWER events');

    // The answer: the ANSWER event, else the first utterance (whoever speaks first picked up).
    const firstUtterance = call.utterances[0]!;
    const answer = answerEvent
      ? { event: answerEvent, at: answerEvent.at, line: answerEvent.line }
      : { event: null, at: firstUtterance.start, line: firstUtterance.line };
    const evidence = answerEvent ? { event: answerEvent } : { utterance: firstUtterance };

    const before = rings.filter((r) => ringBeforeAnswer(call, r, answer));
    const ringsKnown = rings.length > 0;
    if (!ringsKnown) ctx.note({ en: 'no RING events: the ring count is not checked', id: 'tidak ada event RING: jumlah dering tidak diperiksa' });

    // Seconds from the first ring; without RING events, from the start of the call, which
    // FORMATS.md defines as the first ring of an inbound call (time 0).
    const ringTimes = before.map((r) => r.at).filter((t): t is number => t !== null);
    const firstRingAt = before.length === 0 ? 0 : ringTimes.length > 0 ? Math.min(...ringTimes) : null;
    const seconds = answer.at !== null && firstRingAt !== null ? Math.max(0, answer.at - firstRingAt) : null;
    if (seconds === null) {
      ctx.note({
        en: 'the transcript has no times for the rings or the answer: rings counted in line order, the seconds limit not checked',
        id: 'transkrip tidak mencatat waktu dering atau saat telepon diangkat: dering dihitung menurut urutan baris, batas detik tidak diperiksa',
      });
    }

    const tooManyRings = ringsKnown && before.length > maxRings;
    const tooLong = seconds !== null && seconds > maxSeconds;
    if (tooManyRings || tooLong) {
      ctx.report({
        messageId: 'slowAnswer',
        data: {
          rings: ringsKnown ? ringsText(before.length) : { en: 'an unknown number of rings', id: 'sejumlah dering yang tidak tercatat' },
          seconds: seconds !== null ? secondsText(seconds) : { en: 'time unknown', id: 'waktu tidak diketahui' },
          maxRings,
          maxSeconds: decimal(maxSeconds, 1),
        },
        ...evidence,
        suggestion: {
          en: `Answer by the ${enOrdinal(maxRings)} ring at the latest (within ${decimal(maxSeconds, 1).en} seconds); ideally after the first ring.`,
          id: `Angkat telepon selambat-lambatnya pada dering ${ordinal(maxRings)} (dalam ${decimal(maxSeconds, 1).id} detik); idealnya setelah dering pertama.`,
        },
        note: {
          en: 'Seed line 420: "Operator mengangkat handset selambat-lambatnya pada sinyal ketiga (dalam waktu 10 detik)" ("The operator picks up the handset by the third ring at the latest (within 10 seconds)"); line 493: a long delay makes the caller nervous.',
          id: 'Standar, baris 420: "Operator mengangkat handset selambat-lambatnya pada sinyal ketiga (dalam waktu 10 detik)"; baris 493: penundaan yang lama membuat penelepon gelisah.',
        },
      });
    }

    if (minRings > 0 && ringsKnown && before.length < minRings) {
      ctx.report({
        messageId: 'earlyAnswer',
        data: {
          when: before.length === 0
            ? { en: 'before the first ring', id: 'sebelum dering pertama' }
            : { en: `on ring ${before.length}`, id: `pada dering ${ordinal(before.length)}` },
          minRings,
        },
        ...evidence,
        suggestion: minRings < maxRings
          ? {
              en: `Answer after ${minRings}-${maxRings} rings, not right on the ${enOrdinal(before.length || 1)} ring.`,
              id: `Angkat telepon setelah ${minRings}-${maxRings} dering, jangan langsung pada dering ${ordinal(before.length || 1)}.`,
            }
          : {
              en: `Answer on the ${enOrdinal(minRings)} ring, not right on the ${enOrdinal(before.length || 1)} ring.`,
              id: `Angkat telepon pada dering ${ordinal(minRings)}, jangan langsung pada dering ${ordinal(before.length || 1)}.`,
            },
        note: {
          en: 'Seed line 493: "Angkat telepon setelah 2-3 dering" ("Pick up the phone after 2-3 rings") — an instant answer tells the caller the company is not busy; line 274: take a few seconds to concentrate.',
          id: 'Standar, baris 493: "Angkat telepon setelah 2-3 dering" — telepon yang langsung diangkat memberi kesan perusahaan sedang sepi; baris 274: ambil beberapa detik untuk berkonsentrasi.',
        },
      });
    }
  },
});
