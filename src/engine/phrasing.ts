// Small helpers rules share to write suggestions and messages: forms of address, numbers in
// both report languages, timing prerequisites.
import type { Call, Utterance } from '../transcript/model.js';
import type { Localized } from './rule.js';
import type { CallView } from './views.js';

/**
 * How an agent says a form of address to the customer, in the call's language ("bapak" → "Pak",
 * "sir" → "sir"), from the lexicon's `addressForms`; undefined for other words.
 */
export function addressForm(view: CallView, word: string): string | undefined {
  return view.lexicon.address(word) ?? undefined;
}

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
