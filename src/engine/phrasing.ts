// Small helpers rules share to write suggestions and messages: forms of address, numbers in
// both report languages, timing prerequisites.
import type { Call, Utterance } from '../transcript/model.js';
import type { Localized } from './rule.js';
import type { CallView } from './views.js';

/** How an agent says a form of address to the customer ("bapak" → "Pak"). */
export const ADDRESS_FORMS: Readonly<Record<string, string>> = {
  bapak: 'Pak', pak: 'Pak', ibu: 'Bu', bu: 'Bu', kak: 'Kak', kakak: 'Kak', mas: 'Mas', mbak: 'Mbak',
  tuan: 'Pak', nyonya: 'Bu', saudara: 'Pak', saudari: 'Bu',
};

/** The first form of address ("Pak", "Bu") in these utterances, searched in the order given. */
export function addressWord(view: CallView, utterances: readonly Utterance[]): string | null {
  for (const u of utterances) {
    const word = view.text(u).tokens.map((t) => ADDRESS_FORMS[t.text]).find((a) => a !== undefined);
    if (word) return word;
  }
  return null;
}

/** "Pak Rudi" (the form of address the agent used + the customer's first name), "Pak", or "". */
export function customerAddress(view: CallView, utterances: readonly Utterance[]): string {
  const word = addressWord(view, utterances);
  if (!word) return '';
  const first = view.call.customer.name?.trim().split(/\s+/)[0];
  return first ? `${word} ${first}` : word;
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
