// Time-of-day greetings and their local-time bands (pagi, siang, sore/petang, malam), shared by
// every rule that judges "selamat …" against the call center's clock.
import { z } from 'zod';

/** The time words, in the order the day runs; petang shares the sore band unless configured. */
export const TIME_WORDS = ['pagi', 'siang', 'sore', 'petang', 'malam'] as const;
export type TimeWord = (typeof TIME_WORDS)[number];

/** "HH:MM-HH:MM"; 24:00 may end a band; a band whose end is before its start runs past midnight. */
const BAND = /^(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})$/;
export const BandSchema = z.string().regex(BAND, 'expected "HH:MM-HH:MM", e.g. "10:00-15:00"').refine((s) => {
  const m = BAND.exec(s);
  if (!m) return true; // the regex check reports it
  const [, h1, m1, h2, m2] = m.map(Number);
  const ok = (h: number, m: number) => (h < 24 && m < 60) || (h === 24 && m === 0);
  return ok(h1!, m1!) && ok(h2!, m2!);
}, 'hours run 00-24, minutes 00-59');

/** Default bands, from a Telkom QA sheet (RULES.md greeting-formula). */
export const DEFAULT_TIME_BANDS = { pagi: '00:00-10:00', siang: '10:00-15:00', sore: '15:00-18:00', malam: '18:00-24:00' } as const;

/** Option schema for rules that let the config move the bands. */
export const TimeBandsSchema = z.strictObject({
  pagi: BandSchema.default(DEFAULT_TIME_BANDS.pagi),
  siang: BandSchema.default(DEFAULT_TIME_BANDS.siang),
  sore: BandSchema.default(DEFAULT_TIME_BANDS.sore),
  petang: BandSchema.optional().describe('Own band for petang; without it petang shares the sore band'),
  malam: BandSchema.default(DEFAULT_TIME_BANDS.malam),
}).default({ ...DEFAULT_TIME_BANDS })
  .describe('Local-time band per greeting, "HH:MM-HH:MM"; a band may run past midnight');

export type TimeBands = z.output<typeof TimeBandsSchema>;

/**
 * Bands as a language has them (a lexicon's `timeBands`: English has no sore/petang) or as the
 * option sets them. A word without a band (petang: without its own, sore's) is never expected.
 */
export type BandMap = Readonly<Partial<Record<TimeWord, string>>>;

const DAY = 24 * 60;

/** Minutes since midnight of "HH:MM". */
function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

function bandRange(word: TimeWord, bands: BandMap): [number, number] | null {
  const spec = word === 'petang' ? bands.petang ?? bands.sore : bands[word];
  if (spec === undefined) return null;
  const [from, to] = spec.split('-').map((s) => minutes(s.trim()));
  return [from!, to!];
}

/** Minutes from `m` to the word's band (0 inside; Infinity without a band); bands may wrap past midnight. */
export function distanceToBand(m: number, word: TimeWord, bands: BandMap): number {
  const range = bandRange(word, bands);
  if (!range) return Infinity;
  const [from, to] = range;
  const len = ((to - from) % DAY + DAY) % DAY || (to === from ? 0 : DAY);
  const offset = ((m - from) % DAY + DAY) % DAY;
  if (offset < len) return 0;
  return Math.min(offset - len, DAY - offset);
}

/** The greeting fits the minute: inside its band or within `toleranceMinutes` of it. */
export function fitsHour(word: TimeWord, minuteOfDay: number, bands: BandMap, toleranceMinutes: number): boolean {
  return distanceToBand(minuteOfDay, word, bands) <= toleranceMinutes;
}

/** The greeting for this minute (petang is never preferred over sore); null if no band covers it. */
export function timeWordAt(minuteOfDay: number, bands: BandMap = DEFAULT_TIME_BANDS): TimeWord | null {
  return TIME_WORDS.filter((w) => w !== 'petang').find((w) => distanceToBand(minuteOfDay, w, bands) === 0)
    ?? (bands.petang && distanceToBand(minuteOfDay, 'petang', bands) === 0 ? 'petang' : null);
}
