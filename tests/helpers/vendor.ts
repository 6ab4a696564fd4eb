// Helpers shared by the vendor adapter tests (tests/vendor-*.test.ts): the fixtures of an adapter's
// folder, reading a text as etiket does, a fixture broken on purpose, the VendorError a text gives,
// segment builders, and the checks that an adapter claims no other vendor's fixture nor an etiket
// call. Not a test file itself (vitest runs only tests/**/*.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseJsonWithLines } from '../../src/transcript/json-source.js';
import { VendorError, type Adapter, type VendorCall, type VendorSegment } from '../../src/transcript/vendor/types.js';

/** The repository's fixtures folder. */
export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
/** One folder per vendor adapter, named as the adapter. */
export const VENDOR_FIXTURES = join(FIXTURES, 'vendor');
/** etiket's own calls. */
const CALLS = join(FIXTURES, 'calls');

/** Reads fixtures of one vendor folder: `fixtureReader('srt')('plain.srt')` is the file's text. */
export const fixtureReader = (folder: string) => (name: string): string => readFileSync(join(VENDOR_FIXTURES, folder, name), 'utf8');

/** 1-based number of the first line of `text` that holds `needle` (0 when none does). */
export const lineWith = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** 1-based line of the first occurrence of `needle` in `text` at or after `from`. */
export const lineContaining = (text: string, needle: string, from = 0): number => text.slice(0, text.indexOf(needle, from)).split('\n').length;

/** The segments without their lines, to compare what does not depend on the layout of the file. */
export const withoutLines = (segments: readonly VendorSegment[]) => segments.map(({ line: _line, ...s }) => s);

/** A segment with a speaker only: no channel, no role. */
export const seg = (speaker: string | null, start: number | null, end: number | null, text: string, line: number | null): VendorSegment =>
  ({ speaker, channel: null, role: null, start, end, text, line });

/** A segment with a speaker and a channel, no role. */
export const channelSeg = (speaker: string | null, channel: string | null, start: number | null, end: number | null, text: string, line: number | null): VendorSegment =>
  ({ speaker, channel, role: null, start, end, text, line });

/** A segment with every field given. */
export const fullSeg = (
  speaker: string | null, channel: string | null, role: 'agent' | 'customer' | null,
  start: number | null, end: number | null, text: string, line: number | null,
): VendorSegment => ({ speaker, channel, role, start, end, text, line });

/**
 * The helpers of a JSON adapter's tests, for its fixture folder. `file` is the file name given to
 * the adapter's read().
 */
export function vendorHarness(adapter: Adapter, folder: string, file = 'call.json') {
  const dir = join(VENDOR_FIXTURES, folder);
  const fixture = fixtureReader(folder);
  const fixtureValue = (name: string): any => JSON.parse(fixture(name));

  /** Reads a JSON text as etiket does: parsed with lines, then the adapter. */
  function read(text: string): VendorCall[] {
    const src = parseJsonWithLines(text);
    return adapter.read(src.value, text, file, src);
  }

  /** Reads a JSON text as read() does, expecting detect() to claim it and one call in it. */
  function readOne(text: string): VendorCall {
    const src = parseJsonWithLines(text);
    expect(adapter.detect(src.value, text)).toBe(true);
    const calls = adapter.read(src.value, text, file, src);
    expect(calls).toHaveLength(1);
    return calls[0]!;
  }

  /** readOne() of `value` pretty-printed. */
  const readValue = (value: unknown): VendorCall => readOne(JSON.stringify(value, null, 2));

  /** The fixture with `from` (which must occur once) replaced by `to`. */
  function broken(name: string, from: string, to: string): string {
    const text = fixture(name);
    expect(text.split(from).length, `"${from}" occurs once in ${name}`).toBe(2);
    return text.replace(from, to);
  }

  /** The problem of the VendorError that reading `text` gives. */
  function problem(text: string) {
    try {
      read(text);
    } catch (e) {
      if (e instanceof VendorError) return e.problem;
      throw e;
    }
    throw new Error('no VendorError');
  }

  /** The problem of the VendorError that reading `value` (pretty-printed) gives, with the text read. */
  function problemOf(value: unknown): { path: string | null; line: number | null; message: string; text: string } {
    const text = JSON.stringify(value, null, 2);
    const src = parseJsonWithLines(text);
    try {
      adapter.read(src.value, text, file, src);
    } catch (e) {
      if (e instanceof VendorError) return { ...e.problem, text };
      throw e;
    }
    throw new Error('no VendorError');
  }

  /** Expects detect() to claim every fixture of the folder, given parsed with JSON.parse. */
  function claimsEveryFixture(): void {
    for (const f of readdirSync(dir)) {
      const text = fixture(f);
      expect(adapter.detect(JSON.parse(text), text), f).toBe(true);
    }
  }

  return { dir, fixture, fixtureValue, read, readOne, readValue, broken, problem, problemOf, lineWith, claimsEveryFixture };
}

/** The helpers of a caption adapter's tests (WebVTT, SRT: text in, no JSON), for its fixture folder. */
export function captionHarness(adapter: Adapter, folder: string, file: string) {
  const dir = join(VENDOR_FIXTURES, folder);
  const fixture = fixtureReader(folder);

  /** Reads `text`, expecting one call. */
  function read(text: string): VendorCall {
    const calls = adapter.read(null, text, file, null);
    expect(calls).toHaveLength(1);
    return calls[0]!;
  }

  /** The VendorError of reading `text` as [line, message]. */
  function problem(text: string): [number | null, string] {
    try {
      adapter.read(null, text, file, null);
    } catch (e) {
      if (e instanceof VendorError) return [e.problem.line, e.problem.message];
      throw e;
    }
    throw new Error('no VendorError');
  }

  return { dir, fixture, read, problem };
}

/** The vendor fixture folders other than `own`. */
export const otherVendors = (own: string): string[] => readdirSync(VENDOR_FIXTURES).filter((d) => d !== own);

/**
 * Expects `adapter` to claim none of the other vendors' fixtures, each given to detect() as etiket
 * does: the parsed JSON for .json files, the text otherwise. A .json fixture that does not parse is
 * skipped; with `skipUnparsable: false` it fails the test.
 */
export function notClaimedBy(adapter: Adapter, own: string, { skipUnparsable = true } = {}): void {
  for (const d of otherVendors(own)) {
    for (const f of readdirSync(join(VENDOR_FIXTURES, d))) {
      const text = readFileSync(join(VENDOR_FIXTURES, d, f), 'utf8');
      let value: unknown = text;
      if (f.endsWith('.json')) {
        if (skipUnparsable) {
          try { value = JSON.parse(text); } catch { continue; }
        } else {
          value = JSON.parse(text);
        }
      }
      expect(adapter.detect(value, text), `${d}/${f}`).toBe(false);
    }
  }
}

/**
 * Expects a text adapter (detect(null, text)) to claim no file of the other vendors' folders and
 * none of etiket's calls, whatever their kind.
 */
export function filesNotClaimedBy(adapter: Adapter, own: string): void {
  const others: string[] = [];
  for (const sub of readdirSync(VENDOR_FIXTURES)) {
    if (sub === own || !statSync(join(VENDOR_FIXTURES, sub)).isDirectory()) continue;
    for (const name of readdirSync(join(VENDOR_FIXTURES, sub))) others.push(join(VENDOR_FIXTURES, sub, name));
  }
  for (const name of readdirSync(CALLS)) others.push(join(CALLS, name));
  for (const file of others) expect(adapter.detect(null, readFileSync(file, 'utf8')), file).toBe(false);
}

/**
 * Expects `detect` to claim none of etiket's JSON calls (fixtures/calls/*.json), each given parsed
 * and with its text.
 */
export function etiketCallsNotClaimed(detect: (value: unknown, text: string) => boolean): void {
  for (const name of readdirSync(CALLS).filter((n) => n.endsWith('.json'))) {
    const text = readFileSync(join(CALLS, name), 'utf8');
    expect(detect(JSON.parse(text), text), name).toBe(false);
  }
}

/** Expects `adapter` not to claim a small etiket JSON call, as an object or in an array. */
export function etiketJsonNotClaimedBy(adapter: Adapter): void {
  const own = { id: 'c-1', utterances: [{ speaker: 'agent', text: 'Selamat pagi, Ventura, dengan Nia.', start: 0.4, end: 2.9 }] };
  expect(adapter.detect(own, JSON.stringify(own))).toBe(false);
  expect(adapter.detect([own], JSON.stringify([own]))).toBe(false);
}
