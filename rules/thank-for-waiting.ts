// After every hold, the agent's first words thank the customer for waiting (seed lines 183-187, 434, 454).
import { z } from 'zod';
import { acknowledgementWords, capitalize, customerAddress } from '../src/engine/phrasing.js';
import { defineRule, type Localized } from '../src/engine/rule.js';
import type { CallView, Hold } from '../src/engine/views.js';
import type { Utterance } from '../src/transcript/model.js';

function holdSeconds(h: Hold): number | null {
  return h.start !== null && h.end !== null ? Math.round((h.end - h.start) * 10) / 10 : null;
}

/** Seconds from the start of a wait to the agent's next words (a wait the customer's words ended is shorter). */
function spokeAgain(h: Hold, resume: Utterance): number | null {
  return h.start !== null && resume.start !== null ? Math.round((resume.start - h.start) * 10) / 10 : null;
}

/** Seconds in Indonesian: a decimal comma ("9,5"). */
function idSeconds(s: number | null): string {
  return String(s).replace('.', ',');
}

/** "a hold of 24 s" / "panggilan ditahan selama 24 detik"; "a wait of 25 s" / "jeda menunggu selama 25 detik". */
function describeHold(h: Hold): Localized {
  const seconds = holdSeconds(h);
  const detected = h.kind === 'detected';
  const en = detected ? 'a wait' : 'a hold';
  const id = detected ? 'jeda menunggu' : 'panggilan ditahan';
  return seconds !== null
    ? { en: `${en} of ${seconds} s`, id: `${id} selama ${idSeconds(seconds)} detik` }
    : { en, id };
}

export default defineRule({
  id: 'thank-for-waiting',
  meta: {
    description: 'Require the agent to thank the customer for waiting after every hold',
    seed: [183, 184, 185, 186, 187, 434, 454],
    defaultSeverity: 'error',
    appliesTo: 'calls with a hold: HOLD/UNHOLD events, or a wait the agent asked for',
    messages: {
      noThanks: {
        en: "The agent came back after {{hold}} without thanking the customer for waiting",
        id: "Agen kembali setelah {{hold}} tanpa berterima kasih kepada pelanggan yang sudah menunggu",
      },
      neverResumed: {
        en: "The agent never spoke again after {{hold}}, so never thanked the customer for waiting",
        id: "Agen tidak berbicara lagi setelah {{hold}}, sehingga tidak pernah berterima kasih kepada pelanggan yang sudah menunggu",
      },
    },
    options: z.strictObject({
      /** A wait the agent asks for ("mohon tunggu") counts as a hold when the agent's next words come this many seconds later. */
      minWaitSeconds: z.number().min(0).default(10),
    }),
  },
  check(_call, ctx) {
    const view = ctx.view;
    const min = ctx.options.minWaitSeconds;
    const holds = view.holds(min);
    if (holds.length === 0) return ctx.skip('no hold in the call');

    let judged = 0;
    for (const h of holds) {
      const what = describeHold(h);
      const resume = h.resume;
      if (resume) {
        judged++;
        if (view.has(resume, 'thanks.waiting')) continue;
        const addr = addressOf(view, [resume, h.request]);
        ctx.report({
          messageId: 'noThanks',
          data: { hold: what },
          utterance: resume,
          suggestion: [view.lexicon.say('thank-for-waiting.thanks', { address: addr }), capitalize(withoutLeadingThanks(view, resume))].filter(Boolean).join(' '),
          ...(h.kind === 'detected' && h.request
            ? {
                note: {
                  en: `The agent asked the customer to wait on line ${h.request.line} ("${h.request.text.trim()}") and spoke again ${spokeAgain(h, resume)} s later.`,
                  id: `Agen meminta pelanggan menunggu pada baris ${h.request.line} ("${h.request.text.trim()}") dan baru berbicara lagi ${idSeconds(spokeAgain(h, resume))} detik kemudian.`,
                },
              }
            : {}),
        });
        continue;
      }
      // An event hold with no agent words after it: the agent never spoke again, or the
      // utterances cannot be placed against the event (a JSON transcript without times).
      const mark = h.unholdEvent ?? h.holdEvent!;
      const after = view.utterancesAfter(mark);
      if (after === null) {
        const type = h.unholdEvent ? 'UNHOLD' : 'HOLD';
        ctx.note({
          en: `the ${type} event on line ${mark.line} cannot be placed among the utterances (no times)`,
          id: `event ${type} pada baris ${mark.line} tidak dapat ditempatkan di antara ucapan (tidak ada keterangan waktu)`,
        });
        continue;
      }
      judged++;
      if (!h.unholdEvent) {
        // Still on hold when the call ended: the conversation never resumed, so there was no moment to thank.
        ctx.note({
          en: `the call ended on hold (HOLD on line ${mark.line} without UNHOLD): nothing to thank after`,
          id: `panggilan berakhir saat masih ditahan (HOLD pada baris ${mark.line} tanpa UNHOLD): tidak ada kesempatan untuk berterima kasih`,
        });
        continue;
      }
      const addr = addressOf(view, [h.request]);
      ctx.report({
        messageId: 'neverResumed',
        data: { hold: what },
        event: h.unholdEvent,
        suggestion: view.lexicon.say('thank-for-waiting.thanks', { address: addr }),
      });
    }
    if (judged === 0) return ctx.skip('HOLD events cannot be placed among the utterances (no times)');
  },
});

/**
 * The agent's words after the hold without a leading clause that only thanks or acknowledges
 * ("Thank you, sir. Kindly hold the line…" → "Kindly hold the line…", "Terima kasih, Bu.
 * Pesanannya…" → "Pesanannya…"), so the suggested line does not thank twice. The clause ends at
 * punctuation; "" when the whole utterance is such thanks. A clause without thanks ("Baik Bu,
 * …") stays.
 */
function withoutLeadingThanks(view: CallView, u: Utterance): string {
  const nt = view.text(u);
  const words = acknowledgementWords(view, u);
  const thanks = [...view.find(u, 'polite.thanks'), ...view.find(u, 'hold.acknowledgement')];
  let cut = 0;
  for (let k = 1; k <= nt.tokens.length && words[k - 1] !== null; k++) {
    const boundary = k === nt.tokens.length || /[.,!?;:]/.test(u.text.slice(nt.tokens[k - 1]!.to, nt.tokens[k]!.from));
    if (boundary && thanks.some((m) => m.start < k)) cut = k;
  }
  if (cut === 0) return u.text.trim();
  return cut === nt.tokens.length ? '' : u.text.slice(nt.tokens[cut]!.from).trim();
}

/** "Pak Rudi", "Bu", or "" — how the agent addresses the customer, for the suggested line. */
function addressOf(view: CallView, near: readonly (Utterance | null | undefined)[]): string {
  return customerAddress(view, [...near.filter((u): u is Utterance => !!u), ...view.agentUtterances]);
}
