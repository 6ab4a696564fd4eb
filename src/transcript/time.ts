// Timestamps and start times: parsing, formatting, and conversion to the call center's clock.
import type { StartTime } from './model.js';

/** "[mm:ss]", "[hh:mm:ss]", each with an optional fraction → seconds; null if malformed. */
export function parseClock(s: string): number | null {
  const m = /^(?:(\d+):)?(\d+):(\d{1,2})(?:[.,](\d+))?$/.exec(s.trim());
  if (!m) return null;
  const [, hh, mm, ss, frac] = m;
  const hours = hh === undefined ? 0 : Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (seconds >= 60) return null;
  if (hh !== undefined && minutes >= 60) return null;
  return hours * 3600 + minutes * 60 + seconds + (frac ? Number(`0.${frac}`) : 0);
}

/** Seconds → "mm:ss" (or "h:mm:ss" past an hour), as the pretty report shows times. */
export function formatClock(seconds: number): string {
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** ISO 8601 date-time, with or without offset; null when it is not one. */
export function parseStartTime(raw: string): StartTime | null {
  const m = ISO.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, off] = m;
  const wall = { year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi!, second: s ? +s : 0 };
  if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > 31 || wall.hour > 23 || wall.minute > 59 || wall.second > 59) {
    return null;
  }
  // Reject impossible dates such as 2026-02-30.
  const probe = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  if (probe.getUTCDate() !== wall.day) return null;
  let offsetMinutes: number | null = null;
  if (off === 'Z') offsetMinutes = 0;
  else if (off) {
    const om = /^([+-])(\d{2}):?(\d{2})$/.exec(off)!;
    // Real UTC offsets run from -12:00 to +14:00; "+25:00" is a typo, not a zone.
    if (Number(om[2]) > 14 || Number(om[3]) > 59) return null;
    offsetMinutes = (om[1] === '-' ? -1 : 1) * (Number(om[2]) * 60 + Number(om[3]));
  }
  return { raw: raw.trim(), wall, offsetMinutes };
}

/** A configured time zone: a fixed offset or an IANA name. */
export type Zone = { kind: 'offset'; minutes: number; label: string } | { kind: 'iana'; name: string };

/** "+07:00", "-0330", "UTC", "Asia/Jakarta" → Zone; null when unknown. */
export function parseZone(s: string): Zone | null {
  const om = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (om) {
    const minutes = (om[1] === '-' ? -1 : 1) * (Number(om[2]) * 60 + Number(om[3]));
    if (Number(om[2]) > 14 || Number(om[3]) > 59) return null;
    return { kind: 'offset', minutes, label: s };
  }
  if (s === 'Z') return { kind: 'offset', minutes: 0, label: s };
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: s });
    return { kind: 'iana', name: s };
  } catch {
    return null;
  }
}

function wallToEpoch(w: StartTime['wall']): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Offset (minutes east of UTC) of an IANA zone at an instant. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function ianaOffset(name: string, epochMs: number): number {
  // Building an Intl.DateTimeFormat costs ~0.2 ms: one per zone, reused for every call.
  let fmt = zoneFormats.get(name);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: name, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    zoneFormats.set(name, fmt);
  }
  const parts = fmt.formatToParts(new Date(epochMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

function zoneOffset(zone: Zone, epochMs: number): number {
  return zone.kind === 'offset' ? zone.minutes : ianaOffset(zone.name, epochMs);
}

export interface LocalClock {
  /** Minutes since local midnight (0–1439). */
  readonly minuteOfDay: number;
  /** "HH:MM". */
  readonly hhmm: string;
}

/**
 * The call center's wall clock `secondsIntoCall` after the call started.
 * With a zone, the start is converted to it (a start without offset is read in it);
 * without one, the offset written in the start time is the local clock.
 */
export function localClock(start: StartTime, secondsIntoCall: number, zone: Zone | null): LocalClock {
  let localEpoch: number;
  if (start.offsetMinutes === null) {
    // No offset written: the wall clock is already the call center's (read in its zone).
    localEpoch = wallToEpoch(start.wall);
  } else {
    const utc = wallToEpoch(start.wall) - start.offsetMinutes * 60000;
    localEpoch = zone ? utc + zoneOffset(zone, utc) * 60000 : wallToEpoch(start.wall);
  }
  localEpoch += Math.round(secondsIntoCall * 1000);
  const d = new Date(localEpoch);
  const minuteOfDay = d.getUTCHours() * 60 + d.getUTCMinutes();
  return {
    minuteOfDay,
    hhmm: `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`,
  };
}
