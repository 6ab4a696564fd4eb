// Timestamps, start times, zones and the call center's wall clock.
import { describe, expect, it } from 'vitest';
import { formatClock, localClock, parseClock, parseStartTime, parseZone, type Zone } from '../src/transcript/time.js';

describe('parseClock', () => {
  it('reads [mm:ss], [hh:mm:ss] and fractions', () => {
    expect(parseClock('00:08')).toBe(8);
    expect(parseClock('01:02')).toBe(62);
    expect(parseClock('0:0')).toBe(0);
    expect(parseClock('00:8')).toBe(8);
    expect(parseClock('1:02:03')).toBe(3723);
    expect(parseClock('01:00:00')).toBe(3600);
    expect(parseClock('00:08.5')).toBe(8.5);
    expect(parseClock('00:08,25')).toBe(8.25);
    expect(parseClock('0:00:07.125')).toBe(7.125);
    expect(parseClock(' 00:08 ')).toBe(8);
  });

  it('minutes may pass 59 when there are no hours (long calls in mm:ss)', () => {
    expect(parseClock('75:00')).toBe(4500);
    expect(parseClock('120:30')).toBe(7230);
  });

  it('rejects malformed stamps', () => {
    for (const s of ['1:2:3:4', '00:75', '00:60', '1:60:00', '08', '', 'aa:bb', '00:08.', '-00:08', '00:123', '00:08.5.1', '00 : 08', '1:2:3.4.5']) {
      expect([s, parseClock(s)]).toEqual([s, null]);
    }
  });
});

describe('formatClock', () => {
  it('mm:ss, h:mm:ss past an hour, fractions dropped', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(8.9)).toBe('00:08');
    expect(formatClock(62)).toBe('01:02');
    expect(formatClock(3599)).toBe('59:59');
    expect(formatClock(3723)).toBe('1:02:03');
  });
});

describe('parseStartTime', () => {
  const wall = (year: number, month: number, day: number, hour: number, minute: number, second: number) => ({ year, month, day, hour, minute, second });

  it('ISO 8601 with an offset, Z, or none', () => {
    expect(parseStartTime('2026-11-02T09:15:00+07:00')).toEqual({ raw: '2026-11-02T09:15:00+07:00', wall: wall(2026, 11, 2, 9, 15, 0), offsetMinutes: 420 });
    expect(parseStartTime('2026-11-02T02:15:30Z')).toEqual({ raw: '2026-11-02T02:15:30Z', wall: wall(2026, 11, 2, 2, 15, 30), offsetMinutes: 0 });
    expect(parseStartTime('2026-11-02T09:15:00.250-0330')).toEqual({ raw: '2026-11-02T09:15:00.250-0330', wall: wall(2026, 11, 2, 9, 15, 0), offsetMinutes: -210 });
    expect(parseStartTime('2026-11-02 09:15')).toEqual({ raw: '2026-11-02 09:15', wall: wall(2026, 11, 2, 9, 15, 0), offsetMinutes: null });
    expect(parseStartTime('  2026-11-02T09:15:00+05:45 ')).toEqual({ raw: '2026-11-02T09:15:00+05:45', wall: wall(2026, 11, 2, 9, 15, 0), offsetMinutes: 345 });
    expect(parseStartTime('2026-12-31T23:59:59+14:00')?.offsetMinutes).toBe(840);
  });

  it('leap days exist only in leap years', () => {
    expect(parseStartTime('2028-02-29T10:00:00+07:00')?.wall).toEqual(wall(2028, 2, 29, 10, 0, 0));
    expect(parseStartTime('2000-02-29T10:00:00+07:00')?.wall).toEqual(wall(2000, 2, 29, 10, 0, 0));
    expect(parseStartTime('2026-02-29T10:00:00+07:00')).toBeNull();
    expect(parseStartTime('2100-02-29T10:00:00+07:00')).toBeNull();
  });

  it('rejects impossible dates, times and offsets, and what is not ISO 8601', () => {
    for (const s of [
      '2026-02-30T09:15:00+07:00', '2026-04-31T10:00:00', '2026-13-01T00:00:00', '2026-00-10T00:00:00', '2026-11-00T00:00:00',
      '2026-11-02T24:00:00', '2026-11-02T09:60:00', '2026-11-02T09:15:60',
      '2026-11-02T09:15:00+25:00', '2026-11-02T09:15:00+07:60', '2026-11-02T09:15:00+7:00',
      '2026-11-02', '02/11/2026 09:15', '2026-11-2T09:15:00', 'kemarin pagi', '',
    ]) {
      expect([s, parseStartTime(s)]).toEqual([s, null]);
    }
  });
});

describe('parseZone', () => {
  it('fixed offsets', () => {
    expect(parseZone('+07:00')).toEqual({ kind: 'offset', minutes: 420, label: '+07:00' });
    expect(parseZone('+0800')).toEqual({ kind: 'offset', minutes: 480, label: '+0800' });
    expect(parseZone('-03:30')).toEqual({ kind: 'offset', minutes: -210, label: '-03:30' });
    expect(parseZone('+14:00')).toEqual({ kind: 'offset', minutes: 840, label: '+14:00' });
    expect(parseZone('Z')).toEqual({ kind: 'offset', minutes: 0, label: 'Z' });
  });

  it('IANA names', () => {
    expect(parseZone('Asia/Jakarta')).toEqual({ kind: 'iana', name: 'Asia/Jakarta' });
    expect(parseZone('Asia/Makassar')).toEqual({ kind: 'iana', name: 'Asia/Makassar' });
    expect(parseZone('UTC')).toEqual({ kind: 'iana', name: 'UTC' });
  });

  it('rejects what is neither', () => {
    for (const s of ['+15:00', '+07:60', '+7', '+07', '07:00', 'Mars/Olympus_Mons', 'Jakarta', 'WIB', '']) {
      expect([s, parseZone(s)]).toEqual([s, null]);
    }
  });
});

describe('localClock', () => {
  const start = (s: string) => {
    const t = parseStartTime(s);
    if (!t) throw new Error(`bad start ${s}`);
    return t;
  };
  const zone = (s: string): Zone => {
    const z = parseZone(s);
    if (!z) throw new Error(`bad zone ${s}`);
    return z;
  };

  it('without a zone, the offset written in the start is the local clock', () => {
    expect(localClock(start('2026-11-02T09:15:00+07:00'), 0, null)).toEqual({ minuteOfDay: 555, hhmm: '09:15' });
    expect(localClock(start('2026-11-02T09:15:00+07:00'), 125, null)).toEqual({ minuteOfDay: 557, hhmm: '09:17' });
    expect(localClock(start('2026-11-02T02:15:00Z'), 0, null)).toEqual({ minuteOfDay: 135, hhmm: '02:15' });
  });

  it('without a zone and without an offset, the wall clock as written', () => {
    expect(localClock(start('2026-11-02 18:59:30'), 29, null)).toEqual({ minuteOfDay: 1139, hhmm: '18:59' });
    expect(localClock(start('2026-11-02 18:59:30'), 30, null)).toEqual({ minuteOfDay: 1140, hhmm: '19:00' });
  });

  it('a UTC start is converted to an IANA zone', () => {
    expect(localClock(start('2026-11-02T02:15:00Z'), 0, zone('Asia/Jakarta'))).toEqual({ minuteOfDay: 555, hhmm: '09:15' });
    expect(localClock(start('2026-11-02T02:15:00Z'), 65, zone('Asia/Jakarta'))).toEqual({ minuteOfDay: 556, hhmm: '09:16' });
  });

  it('a UTC start is converted to a fixed offset zone', () => {
    expect(localClock(start('2026-11-02T02:15:00Z'), 0, zone('+07:00'))).toEqual({ minuteOfDay: 555, hhmm: '09:15' });
  });

  it('a start in another offset is converted to the zone', () => {
    expect(localClock(start('2026-11-02T09:15:00+07:00'), 0, zone('+08:00'))).toEqual({ minuteOfDay: 615, hhmm: '10:15' });
    expect(localClock(start('2026-11-02T09:15:00+07:00'), 0, zone('Asia/Jayapura'))).toEqual({ minuteOfDay: 675, hhmm: '11:15' });
    expect(localClock(start('2026-11-02T20:00:00-05:00'), 0, zone('Asia/Jakarta'))).toEqual({ minuteOfDay: 480, hhmm: '08:00' });
  });

  it('a start without an offset is read in the zone (not converted)', () => {
    expect(localClock(start('2026-11-02T09:15:00'), 0, zone('Asia/Jakarta'))).toEqual({ minuteOfDay: 555, hhmm: '09:15' });
    expect(localClock(start('2026-11-02T09:15:00'), 0, zone('+09:00'))).toEqual({ minuteOfDay: 555, hhmm: '09:15' });
  });

  it('an IANA zone with summer time uses the offset of that date', () => {
    expect(localClock(start('2026-07-01T10:00:00Z'), 0, zone('Europe/Berlin')).hhmm).toBe('12:00');
    expect(localClock(start('2026-12-01T10:00:00Z'), 0, zone('Europe/Berlin')).hhmm).toBe('11:00');
  });

  it('crosses midnight', () => {
    expect(localClock(start('2026-11-02T23:59:30+07:00'), 45, null)).toEqual({ minuteOfDay: 0, hhmm: '00:00' });
    expect(localClock(start('2026-11-02T17:30:00Z'), 0, zone('Asia/Jakarta'))).toEqual({ minuteOfDay: 30, hhmm: '00:30' });
    expect(localClock(start('2026-11-02T23:50:00+07:00'), 3600, zone('Asia/Jakarta'))).toEqual({ minuteOfDay: 50, hhmm: '00:50' });
  });
});
