// No unexplained silence: a pause longer than 10 s is announced or put on hold (seed line 454).
import { z } from 'zod';
import { addressWord, decimal, missingTimesReason, ms, onlyAcknowledges, plural } from '../src/engine/phrasing.js';
import { defineRule } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import type { Call, Utterance } from '../src/transcript/model.js';

/** 75.4 → "01:15", the transcript's own clock. */
function clock(seconds: number): string {
  const t = Math.floor(seconds);
  const h = Math.floor(t / 3600);
  const mm = String(Math.floor((t % 3600) / 60)).padStart(2, '0');
  const ss = String(t % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

type Interval = readonly [number, number];

/** The longest stretch of [from, to] outside every interval. */
function longestUncovered(from: number, to: number, covered: readonly Interval[]): { from: number; length: number } {
  let best = { from, length: 0 };
  let cursor = from;
  for (const [a, b] of [...covered].sort((x, y) => x[0] - y[0])) {
    if (b <= cursor || a >= to) continue;
    if (a > cursor && a - cursor > best.length) best = { from: cursor, length: a - cursor };
    cursor = Math.max(cursor, b);
    if (cursor >= to) return best;
  }
  if (to - cursor > best.length) best = { from: cursor, length: to - cursor };
  return best;
}

/**
 * Stretches of the call where silence is explained: HOLD→UNHOLD (a HOLD without UNHOLD lasts
 * until the agent speaks again, or to the end of the call), a TRANSFER until someone speaks
 * again, and announced waits — from a request to wait (lexicon `wait.request`: "mohon tunggu",
 * "saya cek dulu"; by the agent, or by the customer: "sebentar ya Mbak, saya ambil kartunya")
 * to that speaker's next utterance. Null when a HOLD has no time, so silences cannot be judged.
 */
function explainedSilences(call: Call, view: CallView): Interval[] | null {
  const out: Interval[] = [];
  for (const h of view.holds(Infinity)) {
    if (h.kind !== 'event') continue;
    if (h.start === null) return null;
    out.push([h.start, h.end ?? Infinity]);
  }
  for (const t of view.eventsOf('transfer')) {
    if (t.at === null) continue;
    out.push([t.at, call.utterances.find((u) => u.start! >= t.at!)?.start ?? Infinity]);
  }
  // The engine's detected waits (view.holds) are not enough here: a wait with a HOLD inside is
  // merged into the HOLD, which drops the stretch between the request and the HOLD press; and
  // the customer may ask for the wait too. As in the engine, a wait with a HOLD inside is that
  // hold: it ends where the hold begins, and silence after the UNHOLD counts again.
  const holdStarts = view.eventsOf('hold').map((e) => e.at).filter((t): t is number => t !== null);
  for (const u of call.utterances) {
    if (!view.has(u, 'wait.request', { affirmed: true })) continue;
    const next = call.utterances.find((v) => v.index > u.index && v.speaker === u.speaker);
    const end = next?.start ?? Infinity;
    const hold = holdStarts.find((t) => t >= u.start! && t <= end);
    out.push([u.start!, hold ?? end]);
  }
  return out;
}

export default defineRule({
  id: 'dead-air',
  meta: {
    description: 'Disallow silences longer than 10 seconds that are not on hold or announced',
    seed: [454],
    defaultSeverity: 'warn',
    needsRoles: false,
    appliesTo: 'transcripts with utterance start and end times (JSON); text transcripts skip',
    messages: {
      deadAir: {
        en: '{{seconds}} s of silence from {{from}} before this utterance, with no hold and no announced wait',
        id: 'Hening {{seconds}} detik sejak {{from}} sebelum ucapan ini, tanpa hold dan tanpa pemberitahuan untuk menunggu',
      },
    },
    options: z.strictObject({
      /** Longest silence between utterances allowed outside a hold or an announced wait. */
      maxSilenceSeconds: z.number().positive().default(10),
    }),
  },
  check(call, ctx) {
    const view = ctx.view;
    const limit = ctx.options.maxSilenceSeconds;
    const missing = missingTimesReason(call);
    if (missing) return ctx.skip(missing);
    const us = call.utterances;
    if (us.length < 2) return ctx.skip('fewer than two utterances');
    const explained = explainedSilences(call, view);

    // Silence before an utterance runs from the latest end so far (a customer still talking over
    // the agent's "iya" is not silence) to its start. Before the first utterance is ringing.
    // An unknown end lies between the utterance's start and the same speaker's next start.
    let lo = -Infinity;
    let hi = -Infinity;
    let spokeLast = us[0]!;
    let undetermined = 0;
    let found = 0;
    for (let k = 1; k < us.length; k++) {
      const prev = us[k - 1]!;
      const next = us[k]!;
      if ((prev.end ?? prev.start!) >= lo) spokeLast = prev;
      if (prev.end !== null) {
        lo = Math.max(lo, prev.end);
        hi = Math.max(hi, prev.end);
      } else {
        lo = Math.max(lo, prev.start!);
        hi = Math.max(hi, us.slice(k).find((v) => v.speaker === prev.speaker)?.start ?? Infinity);
      }
      if (ms(next.start! - lo) <= limit) continue;
      if (explained === null) { undetermined++; continue; }
      // The longest silence outside holds and waits, at most (lo) and at least (hi).
      const most = longestUncovered(lo, next.start!, explained);
      if (ms(most.length) <= limit) continue;
      const least = hi === Infinity ? null : longestUncovered(hi, next.start!, explained);
      if (!least || ms(least.length) <= limit) { undetermined++; continue; }
      found++;
      // The silence began after a hold (UNHOLD, nobody speaks) rather than after someone's words.
      const afterHold = ms(least.from) > ms(hi);
      const addr = addressWord(view, view.agentUtterances);
      ctx.report({
        messageId: 'deadAir',
        data: { seconds: decimal(least.length), from: clock(least.from) },
        utterance: next,
        // The words the agent should have said: back from a hold, speak at once and thank; after
        // the customer spoke, or the agent only acknowledged it ("Okay.", "Thank you, sir.") and
        // went quiet to look something up, the agent owed an answer, so ask for a moment (seed
        // line 454); after the agent said more, check the customer is still there.
        suggestion: suggestedLine(view, afterHold ? 'thanks' : lookingUp(view, spokeLast) ? 'wait' : 'stillThere', addr),
        note: afterHold
          ? { en: `The hold ended at ${clock(least.from)} and nobody spoke until this utterance`, id: `Hold berakhir pada ${clock(least.from)} dan tidak ada yang berbicara sampai ucapan ini` }
          : {
            en: `The silence followed line ${spokeLast.line ?? '?'} (${spokeLast.speaker}): "${spokeLast.text.trim()}"`,
            id: `Hening setelah baris ${spokeLast.line ?? '?'} (${spokeLast.speaker === 'agent' ? 'agen' : 'pelanggan'}): "${spokeLast.text.trim()}"`,
          },
      });
    }
    if (undetermined > 0) {
      if (found === 0) return ctx.skip(explained === null ? 'hold events without times' : 'some utterances have no end time');
      ctx.note({
        en: `${plural(undetermined, 'more long pause')} could not be judged: some utterances have no end time`,
        id: `${undetermined} jeda panjang lainnya tidak dapat dinilai: sebagian ucapan tidak memiliki waktu selesai`,
      });
    }
  },
});

/**
 * The silence after this utterance is the agent finding the answer: the customer spoke last, or
 * the agent only acknowledged it ("Okay.", "Baik, Pak.", "Thank you so much.").
 */
function lookingUp(view: CallView, spokeLast: Utterance): boolean {
  return spokeLast.speaker === 'customer' || onlyAcknowledges(view, [spokeLast]);
}

/**
 * The suggested line in the call's language, addressing the customer as the agent did ("Pak",
 * "sir"). When the agent used no form of address, the lexicon's `…NoAddress` phrasing: Indonesian
 * still addresses the customer ("Bapak/Ibu"), English leaves the address out.
 */
function suggestedLine(view: CallView, what: 'thanks' | 'wait' | 'stillThere', address: string | null): string {
  const lx = view.lexicon;
  switch (what) {
    case 'thanks': return address ? lx.say('dead-air.thanks', { address }) : lx.say('dead-air.thanksNoAddress');
    case 'wait': return address ? lx.say('dead-air.wait', { address }) : lx.say('dead-air.waitNoAddress');
    case 'stillThere': return address ? lx.say('dead-air.stillThere', { address }) : lx.say('dead-air.stillThereNoAddress');
  }
}
