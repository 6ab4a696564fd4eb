// Announce every hold ("mohon tunggu sebentar"), and offer a callback instead of a hold over 30 s (seed lines 183-187, 434-436, 454).
import { z } from 'zod';
import { addressWord, onlyAcknowledges } from '../src/engine/phrasing.js';
import { defineRule, type Localized } from '../src/engine/rule.js';
import { lastAgentTurns, type CallView, type Hold } from '../src/engine/views.js';
import type { PhraseMatch } from '../src/match/phrase.js';
import type { Utterance } from '../src/transcript/model.js';

/** Callback offers in an utterance: "kami hubungi kembali", not negated, not "sudah menghubungi kembali". */
function callbackOffers(view: CallView, u: Utterance): PhraseMatch[] {
  const past = view.find(u, 'callback.notRequest');
  return view.find(u, 'callback.request', { affirmed: true }).filter((m) => !past.some((p) => p.start < m.end && m.start < p.end));
}

function announces(view: CallView, u: Utterance): boolean {
  return view.has(u, 'wait.request', { affirmed: true }) || view.has(u, 'hold.announcement', { affirmed: true });
}

/** Seconds the customer waited; null when the transcript has no times for it. */
function holdLength(view: CallView, h: Hold): number | null {
  if (h.start === null) return null;
  let end = h.end;
  // Still on hold when the call ended: the hold lasted until the hangup.
  if (end === null) end = view.eventsOf('hangup').find((e) => e.at !== null && e.at >= h.start!)?.at ?? null;
  return end === null ? null : Math.round((end - h.start) * 10) / 10;
}

const KIND: Readonly<Record<Hold['kind'], Localized>> = {
  event: { en: 'on hold', id: 'dalam status hold' },
  detected: { en: 'after being asked to wait', id: 'setelah diminta menunggu' },
};

export default defineRule({
  id: 'hold-etiquette',
  meta: {
    description: 'Require the agent to announce every hold, and to offer a callback instead of a hold longer than maxHoldSeconds',
    seed: [183, 185, 187, 434, 436, 454],
    defaultSeverity: 'error',
    appliesTo: 'calls with a hold: HOLD/UNHOLD events, or a wait the agent asked for',
    messages: {
      unannouncedHold: {
        en: 'The agent put the customer on hold without first asking them to wait',
        id: 'Agen menahan panggilan (hold) tanpa lebih dulu meminta pelanggan untuk menunggu',
      },
      longHold: {
        en: 'The customer waited {{seconds}} s {{kind}}, longer than {{max}} s, and was not offered a callback instead',
        id: 'Pelanggan menunggu {{seconds}} detik {{kind}}, lebih dari {{max}} detik, tanpa ditawari untuk dihubungi kembali',
      },
    },
    options: z.strictObject({
      /** Longest acceptable hold; a longer one needs a callback offer before it (seed line 436: 30 s). */
      maxHoldSeconds: z.number().min(0).default(30)
        .describe('Longest acceptable hold in seconds; a longer one needs a callback offer before it'),
      /** A wait the agent asks for ("mohon tunggu") counts as a hold when the agent's next words come this many seconds later (as in thank-for-waiting). */
      minWaitSeconds: z.number().min(0).default(10)
        .describe("A wait the agent asks for counts as a hold when the agent's next utterance starts this many seconds later"),
    }),
  },
  check(_call, ctx) {
    const view = ctx.view;
    const { maxHoldSeconds, minWaitSeconds } = ctx.options;
    const holds = view.holds(minWaitSeconds);
    if (holds.length === 0) return ctx.skip('no hold in the call');

    // The seed's phrases the notes quote (lines 434, 436), in the call's language: words to say on the call.
    const seedWait = view.lexicon.say('hold-etiquette.seedWait');
    const seedStay = view.lexicon.say('hold-etiquette.seedStay');
    const seedCallBack = view.lexicon.say('hold-etiquette.seedCallBack');
    // The English report glosses a quote in another language: ("Please wait a few seconds").
    const gloss = (key: string): string => {
      const en = view.lexicon.language === 'en' ? undefined : view.env.lexicons.get('en');
      return en ? ` ("${en.say(key)}")` : '';
    };
    let judged = 0;
    const untimed: number[] = [];
    const unplaced: number[] = [];
    for (const h of holds) {
      // What the agent said before the hold; a detected wait starts right after its request.
      const before = h.kind === 'detected'
        ? view.call.utterances.slice(0, h.request!.index + 1)
        : view.utterancesBefore(h.holdEvent!);

      // 1. Announcement: the agent's last turn before a HOLD asks the customer to wait. A detected
      // wait is announced by definition (its request is what made it a hold).
      if (h.kind === 'event') {
        if (before === null) {
          unplaced.push(h.holdEvent!.line ?? 0);
        } else {
          judged++;
          let turn = lastAgentTurns(before, 1);
          // "Mohon tunggu sebentar ya Pak." / "Iya." / "Baik." / HOLD, "May I put you on a brief
          // hold?" / "Sure." / "Thank you so much." / HOLD: a bare acknowledgement or thanks (up to
          // ACK_MAX_WORDS words; a bare "Pak." too) adds nothing; the announcement one turn earlier
          // still counts.
          if (onlyAcknowledges(view, turn, 0)) turn = lastAgentTurns(before, 2);
          if (!turn.some((u) => announces(view, u))) {
            const last = turn.at(-1) ?? null;
            ctx.report({
              messageId: 'unannouncedHold',
              ...(last ? { utterance: last } : { event: h.holdEvent! }),
              suggestion: view.lexicon.say('hold-etiquette.announce', { address: addressOf(view, turn) }),
              note: {
                en: `Seed line 434: before pressing Hold, say "${seedWait}"${gloss('hold-etiquette.seedWait')} or "${seedStay}"${gloss('hold-etiquette.seedStay')}.`,
                id: `Baris 434 standar: sebelum menekan tombol Tahan, ucapkan "${seedWait}" atau "${seedStay}".`,
              },
            });
          }
        }
      }

      // 2. Length: over maxHoldSeconds only after a callback offer in the exchange leading into it.
      const seconds = holdLength(view, h);
      if (seconds === null) {
        if (h.kind === 'event') untimed.push(h.holdEvent!.line ?? 0);
        continue;
      }
      if (h.kind === 'detected') judged++;
      else if (before === null) judged++; // the events have times even though the words cannot be placed
      if (seconds <= maxHoldSeconds) continue;
      const exchange = before ? lastAgentTurns(before, 2) : [];
      if (exchange.some((u) => callbackOffers(view, u).length > 0)) continue;
      const addr = addressOf(view, exchange);
      ctx.report({
        messageId: 'longHold',
        data: { seconds, max: maxHoldSeconds, kind: KIND[h.kind] },
        ...(h.kind === 'detected' ? { utterance: h.request! } : { event: h.holdEvent! }),
        suggestion: view.lexicon.say('hold-etiquette.offerCallback', { address: addr }),
        note: {
          en: `Seed line 436: when clarifying takes more than 30 s, the agent says "${seedCallBack}"${gloss('hold-etiquette.seedCallBack')} instead of holding. No callback was offered in the agent's words before the ${h.kind === 'event' ? 'HOLD' : 'wait'}.`,
          id: `Baris 436 standar: jika klarifikasi memakan waktu lebih dari 30 detik, agen mengatakan "${seedCallBack}" alih-alih menahan panggilan. Tidak ada tawaran untuk dihubungi kembali dalam ucapan agen sebelum ${h.kind === 'event' ? 'HOLD' : 'jeda menunggu'}.`,
        },
      });
    }

    if (judged === 0) return ctx.skip('HOLD events cannot be placed among the utterances (no times)');
    const onLines = (lines: number[]): Localized => ({
      en: `line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`,
      id: `baris ${lines.join(', ')}`,
    });
    if (untimed.length > 0) {
      const at = onLines(untimed);
      ctx.note({
        en: `The HOLD on ${at.en} has no times: its length was not checked.`,
        id: `HOLD pada ${at.id} tidak memiliki waktu: lamanya tidak diperiksa.`,
      });
    }
    if (unplaced.length > 0) {
      const at = onLines(unplaced);
      ctx.note({
        en: `The HOLD on ${at.en} cannot be placed among the utterances (no times): its announcement was not checked.`,
        id: `HOLD pada ${at.id} tidak dapat ditempatkan di antara ucapan (tanpa waktu): pengumumannya tidak diperiksa.`,
      });
    }
  },
});

/** How the agent addresses the customer ("Pak", "sir"), for the suggested line; null when the agent used none. */
function addressOf(view: CallView, near: readonly Utterance[]): string | null {
  return addressWord(view, [...near, ...view.agentUtterances]);
}
