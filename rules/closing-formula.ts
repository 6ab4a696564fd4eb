// The closing asks whether there is anything else, thanks for the call and says goodbye (seed lines 235-243, 350).
import { z } from 'zod';
import { customerAddress } from '../src/engine/phrasing.js';
import { defineRule } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import { sentenceOf, type NormalizedText } from '../src/match/normalize.js';
import type { PhraseMatch } from '../src/match/phrase.js';
import { timeWordAt, type TimeWord } from '../src/engine/time-of-day.js';
import type { Call, Utterance } from '../src/transcript/model.js';

/**
 * The closing is the agent's last two utterances (RULES.md), stretched back over earlier agent
 * utterances while the customer only answers the closing in between ("Tidak, itu saja." /
 * "Sama-sama."), up to this many agent utterances in all. Real closings run
 * question → "tidak, itu saja" → thanks → "sama-sama" → goodbye: the question is then the
 * third-to-last agent utterance.
 */
const MAX_CLOSING_UTTERANCES = 4;

/**
 * How many of the agent's last utterances may hold the closing question when the customer used it
 * for one more matter ("Actually, one more thing…"), had it answered and then closed themselves
 * ("That's everything, thank you." / "Oke, itu saja."), and how many the closing may span when
 * the customer reopened a finished closing (thanks and goodbye, "Oh wait, …", answer, "Bye now."):
 * question → follow-up → answer → "that's all" → thanks and goodbye puts the question third from
 * last; a second answer turn or a wrap-up exchange in between, fourth or fifth.
 */
const MAX_FOLLOW_UP_UTTERANCES = 5;

/** How many words before a closing question a conditional ("kalau", "jika") still governs it. */
const CONDITIONAL_WINDOW = 3;

const SEED_NOTE = {
  en: 'Seed lines 239-241: ask "Apakah Anda memiliki pertanyaan lagi?" ("Do you have any more questions?"), then "Terima kasih telah menelepon, semoga hari Anda menyenangkan, selamat tinggal." ("Thank you for calling, have a nice day, goodbye.")',
  id: 'Baris 239-241 standar: tanyakan "Apakah Anda memiliki pertanyaan lagi?", lalu "Terima kasih telah menelepon, semoga hari Anda menyenangkan, selamat tinggal."',
};

export default defineRule({
  id: 'closing-formula',
  meta: {
    description: 'Require the closing to ask whether the customer needs anything else, thank for the call and say goodbye',
    seed: [235, 237, 239, 241, 243, 350],
    defaultSeverity: 'error',
    appliesTo: 'every call with an agent utterance after the greeting, except calls that end in a transfer',
    messages: {
      missingQuestion: {
        en: 'The closing does not ask whether the customer needs anything else ("{{expected}}")',
        id: 'Penutup tidak menanyakan apakah pelanggan masih memerlukan bantuan lain ("{{expected}}")',
      },
      missingThanks: {
        en: 'The closing does not thank the customer for the call ("{{expected}}")',
        id: 'Penutup tidak berterima kasih kepada pelanggan atas panggilannya ("{{expected}}")',
      },
      missingFarewell: {
        en: 'The closing has no farewell ("{{expected}}")',
        id: 'Penutup tidak mengucapkan salam perpisahan ("{{expected}}")',
      },
    },
    options: z.strictObject({
      plainThanks: z.boolean().default(false)
        .describe('true: a bare "terima kasih" in the closing counts as thanks for the call; false (the seed): the thanks must be for the call ("terima kasih telah menelepon/menghubungi", "atas waktunya")'),
    }),
  },
  check(call, ctx) {
    const view = ctx.view;
    const agent = view.agentUtterances;
    if (agent.length === 0) return ctx.skip('no agent utterance');

    // The agent handed the caller over: the colleague closes the call, not this agent.
    // When the colleague speaks after the TRANSFER, the closing is theirs: only their words count.
    const transfers = view.eventsOf('transfer');
    const lastTransfer = transfers[transfers.length - 1];
    let candidates: Utterance[];
    if (lastTransfer) {
      const after = view.utterancesAfter(lastTransfer);
      candidates = (after ?? []).filter((u) => u.speaker === 'agent');
      if (candidates.length === 0) return ctx.skip('call ended in a transfer');
    } else candidates = afterGreeting(view);
    if (candidates.length === 0) return ctx.skip('no agent utterance after the greeting');
    const closing = closingStretch(view, candidates);
    const last = closing[closing.length - 1]!;
    // The customer closed after a follow-up ("That's everything, thank you"): their words answer a
    // question asked before the follow-up, so the question may lie further back (the closing is a
    // suffix of the candidates, at most that long); the thanks and the goodbye still belong after
    // the customer's closing words.
    const asked = customerClosed(view, last) ? candidates.slice(-MAX_FOLLOW_UP_UTTERANCES) : closing;

    // Negated or quoted words do not count ("tidak perlu selamat tinggal"), except that a negated
    // question is still a question: "Sudah tidak ada lagi yang bisa dibantu, Pak?".
    // The affirmed matches are taken as they are: a negated phrase that overlaps a later affirmed
    // one must not hide it ("it never does that is there anything else i can help you with":
    // "never" reaches "is there anything else" but not "anything else i can help").
    const find = (concept: string, negatedQuestions = false, within: readonly Utterance[] = closing) => within.flatMap((u) => {
      const nt = view.text(u);
      const affirmed = view.find(u, concept, { affirmed: true });
      const negated = negatedQuestions
        ? view.find(u, concept).filter((m) => !affirmed.some((a) => a.start === m.start) && nt.questionSentences.has(sentenceOf(nt, m.start)))
        : [];
      return [...affirmed, ...negated].map((m) => ({ u, m }));
    });
    const questions = [
      ...find('closing.question', true, asked).filter(({ u, m }) => !isConditional(view, view.text(u), m)),
      ...find('closing.questionShort', true, asked).filter(({ u, m }) => !isConditional(view, view.text(u), m) && shortIsQuestion(view, view.text(u), m)),
    ];
    const thanks = [...find('closing.thanks'), ...(ctx.options.plainThanks ? find('polite.thanks') : [])];
    const farewells = find('closing.farewell');

    const addr = addressOf(view);
    const firstWith = (hits: readonly { u: Utterance }[]) => closing.find((u) => hits.some((h) => h.u === u)) ?? null;

    if (questions.length === 0) {
      // The question comes before the thanks and the goodbye: point at where the agent began to close.
      const expected = view.lexicon.say('closing-formula.question', { address: addr });
      ctx.report({
        messageId: 'missingQuestion',
        data: { expected },
        utterance: firstWith([...thanks, ...farewells]) ?? last,
        suggestion: expected,
        note: SEED_NOTE,
      });
    }
    if (thanks.length === 0) {
      const expected = thanksLine(view, call, addr);
      ctx.report({
        messageId: 'missingThanks',
        data: { expected },
        utterance: firstWith(farewells) ?? last,
        suggestion: expected,
        note: SEED_NOTE,
      });
    }
    if (farewells.length === 0) {
      const expected = farewellLine(view, last);
      ctx.report({ messageId: 'missingFarewell', data: { expected }, utterance: last, suggestion: expected, note: SEED_NOTE });
    }
  },
});

/**
 * Agent utterances after the greeting turn: the opening and the agent's words right after it
 * before the customer speaks ("Selamat pagi." / "Ventura, dengan Anna, ada yang bisa dibantu?").
 * In a short call the last two agent utterances would otherwise include the greeting, whose
 * "selamat pagi" and "ada yang bisa dibantu" are not a goodbye or a closing question.
 */
function afterGreeting(view: CallView): Utterance[] {
  const opening = view.opening;
  if (!opening) return [...view.agentUtterances];
  const us = view.call.utterances;
  let i = opening.index + 1;
  while (i < us.length && us[i]!.speaker === 'agent') i++;
  return view.agentUtterances.filter((u) => u.index >= i);
}

/**
 * The agent's last two utterances, stretched back while the customer's words in between only
 * wrap up ("Tidak, itu saja, terima kasih."), to at most MAX_CLOSING_UTTERANCES utterances.
 * A customer utterance with anything else in it ("Oh, satu lagi…") ends the stretch. A reopened
 * closing (the agent had said goodbye, answered one more question, says goodbye again) spans the
 * last MAX_FOLLOW_UP_UTTERANCES agent utterances.
 */
function closingStretch(view: CallView, candidates: readonly Utterance[]): Utterance[] {
  if (reopenedClosing(view, candidates)) return candidates.slice(-MAX_FOLLOW_UP_UTTERANCES);
  const out = candidates.slice(-2);
  let i = candidates.length - out.length - 1;
  while (i >= 0 && out.length < MAX_CLOSING_UTTERANCES) {
    const prev = candidates[i]!;
    const between = view.call.utterances.slice(prev.index + 1, out[0]!.index);
    if (!between.every((u) => u.speaker === 'agent' || isWrapUp(view, u))) break;
    out.unshift(prev);
    i--;
  }
  return out;
}

/**
 * Right before the agent's last utterance the customer said they need nothing more or said
 * goodbye ("That's everything, thank you.", "Great. Thanks again, bye.", "Oke, itu saja, Mbak"),
 * not as a question ("Is that it?"): asking "anything else?" again would ask what they answered.
 * A bare "Okay." / "Oke, makasih." only acknowledges the answer: the agent must still ask.
 */
function customerClosed(view: CallView, last: Utterance): boolean {
  const us = view.call.utterances;
  for (let i = last.index - 1; i >= 0 && us[i]!.speaker !== 'agent'; i--) {
    const u = us[i]!;
    const nt = view.text(u);
    if (view.find(u, 'closing.customerDone').some((m) => !nt.questionSentences.has(sentenceOf(nt, m.start)))) return true;
  }
  return false;
}

/**
 * The agent had already said goodbye when the customer asked one more thing; the
 * agent answered and ends with a goodbye ("Thank you for calling, have a great day!" → "Oh, wait,
 * will it be the same crew?" → "It should be, yes." → "Bye now, take care."): the first closing
 * still counts.
 */
function reopenedClosing(view: CallView, candidates: readonly Utterance[]): boolean {
  const window = candidates.slice(-MAX_FOLLOW_UP_UTTERANCES);
  const last = window[window.length - 1]!;
  if (!view.has(last, 'closing.farewell', { affirmed: true })) return false;
  return window.slice(0, -2).some((u) => view.has(u, 'closing.farewell', { affirmed: true }));
}

/** A customer utterance made only of closing words ("Tidak, sudah cukup, makasih Mbak"). */
function isWrapUp(view: CallView, u: Utterance): boolean {
  const nt = view.text(u);
  const covered = new Set<number>();
  for (const m of view.find(u, 'closing.customerWrapUp')) for (let t = m.start; t < m.end; t++) covered.add(t);
  return nt.tokens.every((_, t) => covered.has(t));
}

/** "Kalau ada pertanyaan lain, silakan hubungi kami": an invitation, not a question. */
function isConditional(view: CallView, nt: NormalizedText, m: PhraseMatch): boolean {
  for (let i = m.start - 1; i >= 0 && i >= m.start - CONDITIONAL_WINDOW; i--) {
    const gap = nt.original.slice(nt.tokens[i]!.to, nt.tokens[i + 1]!.from);
    if (/[,;:.!?]/.test(gap)) return false;
    if (view.lexicon.find(nt, 'closing.conditional', { from: i, to: i + 1 }).length > 0) return true;
  }
  return false;
}

/**
 * "Ada lagi?" / "ada lagi pak" / "anything else sir": a question by its mark, or (ASR without
 * punctuation) by the form of address that ends it — one said to the customer (the lexicon's
 * `addressForms`: "pak", "sir"), not the neutral "anda".
 */
function shortIsQuestion(view: CallView, nt: NormalizedText, m: PhraseMatch): boolean {
  if (nt.questionSentences.has(sentenceOf(nt, m.start))) return true;
  return view.lexicon.address(nt.tokens[m.end - 1]!.text) !== null;
}

/** Inbound: thanks for calling the company; outbound (the agent called): thanks for the time. */
function thanksLine(view: CallView, call: Call, addr: string): string {
  if (call.direction === 'outbound') return view.lexicon.say('closing-formula.thanksTime', { address: addr });
  const company = view.env.company?.name;
  return company
    ? view.lexicon.say('closing-formula.thanksCompany', { company, address: addr })
    : view.lexicon.say('closing-formula.thanksCall', { address: addr });
}

/**
 * The farewell for the band of the local hour (lexicon `say` keys; id: the time greeting again,
 * "Selamat siang"; en: "Have a good evening"), else the seed's plain goodbye. The default bands
 * never give petang (it shares the sore band), so it has no phrasing of its own.
 */
const FAREWELLS: Readonly<Record<TimeWord, string>> = {
  pagi: 'closing-formula.farewellPagi',
  siang: 'closing-formula.farewellSiang',
  sore: 'closing-formula.farewellSore',
  petang: 'closing-formula.farewellSore',
  malam: 'closing-formula.farewellMalam',
};

/** The time greeting for the local hour when it is known, and the seed's wish. */
function farewellLine(view: CallView, last: Utterance): string {
  const clock = last.start !== null ? view.localTimeAt(last.start) : null;
  const word = clock ? timeWordAt(clock.minuteOfDay) : null;
  return view.lexicon.say(word ? FAREWELLS[word] : 'closing-formula.farewell');
}

function addressOf(view: CallView): string {
  return customerAddress(view, [...view.agentUtterances].reverse());
}
