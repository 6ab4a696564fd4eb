// Small helpers rules share to write suggestions and messages: forms of address, numbers in
// both report languages, timing prerequisites.
import type { Call, Utterance } from '../transcript/model.js';
import type { Localized } from './rule.js';
import type { CallView } from './views.js';

/** The first form of address ("Pak", "Bu", "ma'am") in these utterances, searched in the order given. */
export function addressWord(view: CallView, utterances: readonly Utterance[]): string | null {
  for (const u of utterances) {
    for (const t of view.text(u).tokens) {
      const a = view.lexicon.address(t.text);
      if (a) return a;
    }
  }
  return null;
}

/**
 * "Pak Rudi" (the form of address the agent used + the customer's first name; in English "Mr
 * Smith" or "sir"), "Pak", or "".
 */
export function customerAddress(view: CallView, utterances: readonly Utterance[]): string {
  for (const u of utterances) {
    for (const t of view.text(u).tokens) {
      const a = view.lexicon.address(t.text, view.call.customer.name ?? null);
      if (a) return a;
    }
  }
  return '';
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * 12.5 → { en: '12.5', id: '12,5' }: Indonesian writes a decimal comma. Rounded to `places`
 * (at most), so a value just over a limit (10.04 against 10) never prints as the limit itself.
 */
export function decimal(n: number, places = 2): Localized {
  const f = 10 ** places;
  const s = String(Math.round(n * f) / f);
  return { en: s, id: s.replace('.', ',') };
}

/** 1 → "1 pause", 2 → "2 pauses" (English only: Indonesian does not inflect). */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Seconds to the millisecond, so 12.3 − 11.8 is 0.5 and not 0.5000000000000018. */
export function ms(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * Why the call's times cannot show overlaps or silences (the skip reason), or null. Text
 * transcripts never have ends; a JSON call needs every start and at least some ends.
 */
export function missingTimesReason(call: Call): string | null {
  if (call.format === 'text') return 'no utterance end times (text transcript)';
  if (call.utterances.every((u) => u.end === null)) return 'no utterance end times';
  if (!call.hasTimes) return 'some utterances have no start time';
  return null;
}

/** What a word of an acknowledgement is: an acknowledging word, a form of address or the customer's name, or neither. */
export type AckWord = 'ack' | 'address' | null;

/**
 * The words of an utterance that only acknowledge ("Okay.", "Perfect, thank you so much, Ms
 * Miller.", "Baik, terima kasih, Bu."): 'ack' for acknowledgements and short thanks (lexicon
 * interruption.backchannel, hold.acknowledgement, polite.thanks), 'address' for forms of address
 * and the customer's name (from the call's metadata, or a capitalized word right after a form of
 * address, not starting a sentence unless after a title: "Mr. Davis"), null for anything else.
 */
export function acknowledgementWords(view: CallView, u: Utterance): AckWord[] {
  const nt = view.text(u);
  const out: AckWord[] = nt.tokens.map(() => null);
  for (const concept of ['interruption.backchannel', 'hold.acknowledgement', 'polite.thanks']) {
    for (const m of view.find(u, concept)) for (let i = m.start; i < m.end; i++) out[i] = 'ack';
  }
  const address = view.lexicon.classMembers('address');
  const name = new Set(view.call.customer.name ? view.lexicon.normalize(view.call.customer.name).tokens.map((t) => t.text) : []);
  nt.tokens.forEach((t, i) => {
    if (out[i] !== null) return;
    if (address.includes(t.text) || name.has(t.text)) out[i] = 'address';
    else if (i > 0 && address.includes(nt.tokens[i - 1]!.text) && /^\p{Lu}/u.test(nt.original.slice(t.from, t.to))) {
      // "Sir. Kindly …" starts a sentence; "Mr. Davis" only seems to (a title takes a name).
      const title = nt.tokens[i - 1]!.text;
      const takesName = view.lexicon.addressTakesName(title);
      if (!nt.sentenceStarts.includes(i) || (takesName && view.lexicon.looksLikeName(nt, i))) out[i] = 'address';
    }
  });
  return out;
}

/**
 * Most acknowledging words in an utterance that only acknowledges ("Okay, thank you so much,
 * sir.", "Baik, terima kasih, Bu."), forms of address and names aside.
 */
export const ACK_MAX_WORDS = 5;

/**
 * The utterances only acknowledge: every word is an acknowledgement, a form of address or the
 * customer's name (acknowledgementWords), with `minWords` (by default 1: "Sir?" alone
 * acknowledges nothing) to ACK_MAX_WORDS acknowledging words.
 */
export function onlyAcknowledges(view: CallView, us: readonly Utterance[], minWords = 1): boolean {
  let n = 0;
  for (const u of us) {
    const words = acknowledgementWords(view, u);
    if (words.includes(null)) return false;
    n += words.filter((w) => w === 'ack').length;
  }
  return n >= minWords && n <= ACK_MAX_WORDS;
}
