// The one who placed the call ends it: the agent never hangs up on a caller (seed lines 243, 319, 498).
import { z } from 'zod';
import { defineRule } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import type { Call, CallEvent } from '../src/transcript/model.js';
import { timeWordAt, type TimeWord } from '../src/engine/time-of-day.js';

/**
 * How the agent greets with the time of day, per call language: the word before the time word
 * ("selamat pagi", "slamat siang", "met sore"; "good evening") and the greeting band each time
 * word stands for.
 */
const TIME_GREETINGS: Readonly<Record<string, { readonly before: readonly string[]; readonly band: Readonly<Record<string, TimeWord>> }>> = {
  id: { before: ['selamat', 'met'], band: { pagi: 'pagi', siang: 'siang', sore: 'sore', petang: 'petang', malam: 'malam' } },
  en: { before: ['good'], band: { morning: 'pagi', afternoon: 'siang', evening: 'malam', night: 'malam' } },
};

/**
 * The time-of-day band for the farewell ("selamat siang"): from the call center's clock when the
 * start time is known (the default greeting bands), else the one the agent used in the call, else none.
 */
function timeWord(view: CallView, at: number | null): TimeWord | null {
  const seconds = at ?? view.call.utterances.at(-1)?.start ?? view.answerTime;
  const clock = seconds !== null ? view.localTimeAt(seconds) : null;
  if (clock) return timeWordAt(clock.minuteOfDay);
  // The words themselves, not the greeting lexicon: "selamat pagi", "slamat siang", "met sore".
  const greetings = TIME_GREETINGS[view.lexicon.language];
  if (!greetings) return null;
  for (const u of [...view.agentUtterances].reverse()) {
    const toks = view.text(u).tokens;
    for (let i = 1; i < toks.length; i++) {
      const band = Object.hasOwn(greetings.band, toks[i]!.text) ? greetings.band[toks[i]!.text] : undefined;
      if (band && greetings.before.includes(toks[i - 1]!.text)) return band;
    }
  }
  return null;
}

/** The farewell for each band ("selamat siang", "have a good evening"); lexicon `say` keys. */
const FAREWELLS: Readonly<Record<TimeWord, string>> = {
  pagi: 'caller-hangs-up-first.farewellPagi',
  siang: 'caller-hangs-up-first.farewellSiang',
  sore: 'caller-hangs-up-first.farewellSore',
  petang: 'caller-hangs-up-first.farewellPetang',
  malam: 'caller-hangs-up-first.farewellMalam',
};

/** The earliest HANGUP: who ended the call (events in JSON need not be in time order). */
function firstHangup(view: CallView): CallEvent | null {
  const hangups = view.eventsOf('hangup');
  if (hangups.length === 0) return null;
  return hangups.reduce((a, b) => (a.at !== null && b.at !== null && b.at < a.at ? b : a));
}

/** Event `a` comes at or after event `b` (text: by line; JSON: by time); true when they cannot be placed. */
function atOrAfter(call: Call, a: CallEvent, b: CallEvent): boolean {
  if (call.format === 'text' && a.line !== null && b.line !== null) return a.line >= b.line;
  if (a.at !== null && b.at !== null) return a.at >= b.at;
  return true;
}

/**
 * The agent hung up at or after the call's last TRANSFER and no agent spoke after it: the agent
 * handed the caller over and left. When an agent speaks after the TRANSFER (the colleague, in a
 * one-leg recording), the colleague's hang-up is judged like any other.
 */
function endsInTransfer(view: CallView, call: Call, hangup: CallEvent): boolean {
  const transfers = view.eventsOf('transfer');
  const last = transfers[transfers.length - 1];
  if (!last || !atOrAfter(call, hangup, last)) return false;
  return !(view.utterancesAfter(last) ?? []).some((u) => u.speaker === 'agent');
}

export default defineRule({
  id: 'caller-hangs-up-first',
  meta: {
    description: 'Require the caller (by default) to be the one who hangs up',
    seed: [243, 319, 498],
    defaultSeverity: 'error',
    needsRoles: false,
    appliesTo: 'calls with a HANGUP event, except an agent hang-up at a transfer; outbound calls only with party "customer"',
    messages: {
      agentHungUp: {
        en: "The agent hung up first on an {{direction}} call; the {{party}} should end it",
        id: "Agen menutup telepon lebih dulu pada panggilan {{direction}}; {{party}} yang seharusnya mengakhirinya",
      },
    },
    options: z.strictObject({
      /** caller: whoever placed the call ends it (the seed); customer: the customer always ends it. */
      party: z.enum(['caller', 'customer']).default('caller'),
    }),
  },
  check(call, ctx) {
    // Outbound with party "caller": the agent placed the call, so the agent may end it.
    if (call.direction === 'outbound' && ctx.options.party === 'caller') return ctx.skip('outbound call');
    const first = firstHangup(ctx.view);
    if (!first) return ctx.skip('no HANGUP event');
    if (first.by === undefined) return ctx.skip('the HANGUP event does not say who hung up');
    if (first.by !== 'agent') return;
    // A blind transfer: the agent's leg closes at the hand-over, the caller stays on the line with
    // the colleague. That is not hanging up on the caller (closing-formula skips it the same way).
    if (endsInTransfer(ctx.view, call, first)) return ctx.skip('call ended in a transfer');

    const lexicon = ctx.view.lexicon;
    const company = ctx.view.env.company?.name;
    const word = timeWord(ctx.view, first.at);
    const farewell = lexicon.say(word ? FAREWELLS[word] : 'caller-hangs-up-first.farewell');
    // Inbound: thank for the call (seed line 241, "Terima kasih telah menelepon"); outbound: the
    // agent called, so thank for the customer's time instead.
    const suggestion = call.direction === 'inbound'
      ? company !== undefined
        ? lexicon.say('caller-hangs-up-first.thanksCompany', { company, farewell })
        : lexicon.say('caller-hangs-up-first.thanksCall', { farewell })
      : lexicon.say('caller-hangs-up-first.thanksTime', { farewell });
    ctx.report({
      messageId: 'agentHungUp',
      data: {
        direction: call.direction === 'inbound' ? { en: 'inbound', id: 'masuk' } : { en: 'outbound', id: 'keluar' },
        party: ctx.options.party === 'caller' ? { en: 'caller', id: 'penelepon' } : { en: 'customer', id: 'pelanggan' },
      },
      event: first,
      suggestion,
      note: {
        en: 'After the closing line, wait for the customer to hang up first (seed line 243: "klien selalu yang pertama mengakhiri percakapan" ("the client is always the first to end the conversation")).',
        id: 'Setelah kalimat penutup, tunggu sampai pelanggan menutup telepon lebih dulu (standar, baris 243: "klien selalu yang pertama mengakhiri percakapan").',
      },
    });
  },
});
