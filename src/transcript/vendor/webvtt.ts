// WebVTT captions and meeting transcripts (.vtt): Microsoft Teams (speakers in <v Name> voice
// spans), Zoom cloud transcripts ("Name: text"), Whisper writers ("[SPEAKER_00]: text") and plain
// caption tracks (no speakers). Each cue becomes one segment — or one per voice when a cue holds
// several <v> spans — with the line of its text. The SRT adapter shares the cue-text helpers below.
import { VendorError, type Adapter, type VendorCall, type VendorSegment } from './types.js';

/** One line of a caption file with its 1-based line number. */
export interface CaptionLine {
  readonly text: string;
  readonly line: number;
}

/** A parsed cue: its times in seconds and its raw text lines. */
export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly lines: readonly CaptionLine[];
}

/** The file's lines (CRLF, CR or LF; a leading BOM dropped), numbered from 1. */
export function captionLines(text: string): CaptionLine[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
}

/** Runs of non-blank lines (blank = empty or only whitespace). */
export function captionBlocks(lines: readonly CaptionLine[]): CaptionLine[][] {
  const blocks: CaptionLine[][] = [];
  let current: CaptionLine[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(l);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** A line shown in an error message: quoted, cut at 80 characters. */
export function quoteLine(s: string): string {
  const t = s.trim();
  return JSON.stringify(t.length > 80 ? `${t.slice(0, 77)}...` : t);
}

const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/** "01:02:03.500", "02:03.500" (no hours), "01:02:03,500" (SRT) → seconds; null if malformed. */
export function parseCaptionTime(s: string): number | null {
  const m = TIME.exec(s);
  if (!m) return null;
  const [, hh, mm, ss, frac] = m;
  if (Number(mm) > 59 || Number(ss) > 59) return null;
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0'));
  // Integer milliseconds first, so 00:00:01.180 is 1.18 and not 1.1799999999999999.
  return ((Number(hh ?? 0) * 3600 + Number(mm) * 60 + Number(ss)) * 1000 + ms) / 1000;
}

/** A line that starts like a timestamp ("00:00:01.000 - …", "00:01,5"): a timing line gone wrong. */
export function looksLikeTiming(s: string): boolean {
  return /^\s*\d+:\d{2}(?::\d{2})?(?:[.,]\d*)?(?:\s|-|–|—|>|$)/.test(s);
}

/**
 * The start and end of a timing line "start --> end [settings]", or a VendorError saying what was
 * expected (`form` is the expected shape for the message).
 */
export function parseTiming(l: CaptionLine, form: string): { start: number; end: number } {
  const m = /^\s*(\S+?)\s*-->\s*(\S+)(?:\s.*)?$/.exec(l.text);
  const start = m ? parseCaptionTime(m[1]!) : null;
  const end = m ? parseCaptionTime(m[2]!) : null;
  if (m === null || start === null || end === null) {
    throw new VendorError({ line: l.line, path: null, message: `expected a cue timing line "${form}", got ${quoteLine(l.text)}` });
  }
  if (end < start) {
    throw new VendorError({
      line: l.line,
      path: null,
      message: `expected the cue to end at or after its start ${m[1]}, got end ${m[2]}`,
    });
  }
  return { start, end };
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', nbsp: ' ', quot: '"', apos: "'", lrm: '', rlm: '',
};

/** &amp; &lt; &gt; &nbsp; &quot; &apos; &lrm; &rlm; &#NN; &#xNN; decoded; unknown entities kept. */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return ENTITIES[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Cue text → plain words: tags (<c>, <i>, <00:00:01.000>, SRT <font>, {\an8}) dropped, entities decoded, lines joined. */
export function plainCueText(raw: string): string {
  return decodeEntities(raw.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A piece of cue text; speaker undefined = none given, so a "Name: " prefix may supply it. */
interface Piece {
  readonly speaker: string | null | undefined;
  readonly text: string;
  readonly line: number;
}

const VOICE = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/g;

/** One cue's text, split at <v Name> voice spans (several voices → several pieces). */
function cuePieces(lines: readonly CaptionLine[]): Piece[] {
  if (lines.length === 0) return [];
  const raw = lines.map((l) => l.text).join('\n');
  const lineAt = (offset: number): number => {
    let i = 0;
    for (let p = raw.indexOf('\n'); p !== -1 && p < offset; p = raw.indexOf('\n', p + 1)) i++;
    return lines[i]!.line;
  };
  /** The line of the first non-blank character at or after `offset`. */
  const textLineAt = (offset: number): number => {
    const skip = /^\s*/.exec(raw.slice(offset))![0].length;
    return lineAt(offset + skip);
  };
  const voices = [...raw.matchAll(VOICE)];
  if (voices.length === 0) return [{ speaker: undefined, text: plainCueText(raw), line: lines[0]!.line }];
  const pieces: Piece[] = [];
  const before = plainCueText(raw.slice(0, voices[0]!.index));
  if (before) pieces.push({ speaker: null, text: before, line: textLineAt(0) });
  voices.forEach((v, k) => {
    const from = v.index + v[0].length;
    const to = k + 1 < voices.length ? voices[k + 1]!.index : raw.length;
    const body = raw.slice(from, to);
    const close = body.indexOf('</v>');
    const inside = close === -1 ? body : body.slice(0, close);
    const name = decodeEntities(v[1] ?? '').replace(/\s+/g, ' ').trim();
    pieces.push({ speaker: name || null, text: plainCueText(inside), line: lineAt(v.index) });
    if (close !== -1) {
      // Text after </v> and before the next voice belongs to no voice.
      const after = plainCueText(body.slice(close + 4));
      if (after) pieces.push({ speaker: null, text: after, line: textLineAt(from + close + 4) });
    }
  });
  return pieces;
}

interface Prefix {
  readonly label: string;
  readonly rest: string;
  /** [SPEAKER_00]: / SPEAKER_00: / [Name]: — unmistakably a speaker label. */
  readonly strong: boolean;
}

const SPEAKER_ID = String.raw`(?:SPEAKER|Speaker|speaker|spk|SPK)[ _-]?\d+`;
const BRACKETED = /^\[([^\]\n]{1,60})\]\s*:\s*(.*)$/s;
const BRACKETED_ID = new RegExp(String.raw`^\[(${SPEAKER_ID})\]\s+(.*)$`, 's');
const BARE_ID = new RegExp(String.raw`^(${SPEAKER_ID})\s*:\s*(.*)$`, 's');
const NAME_LIKE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .,'’()\-_&@/]*$/u;
/** Lower-case words that occur inside display names ("Ahmad bin Yusuf", "Ana de Souza"). */
const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'dos', 'das', 'del', 'la', 'le', 'al', 'el']);

/** The speaker label at the start of a cue's text ("Anna Putri: …", "[SPEAKER_01]: …"), if it could be one. */
function prefixOf(text: string): Prefix | null {
  for (const re of [BRACKETED, BRACKETED_ID, BARE_ID]) {
    const m = re.exec(text);
    if (m && m[1]!.trim()) return { label: m[1]!.trim(), rest: m[2]!.trim(), strong: true };
  }
  // A Zoom-style display name: everything before the first colon, which a space (or the end) follows.
  const m = /^([^:]+):(?:\s+(.*))?$/s.exec(text);
  if (!m) return null;
  const label = m[1]!.trim();
  const words = label.split(/\s+/);
  if (label.length > 40 || words.length > 6 || !NAME_LIKE.test(label) || !/\p{L}/u.test(label)) return null;
  return { label, rest: (m[2] ?? '').trim(), strong: false };
}

/** "Anna Putri", "Dr. Melissa Ko", "Ahmad bin Yusuf (External)": every word capitalised (or a name particle). */
function looksLikeName(label: string): boolean {
  const words = label.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\p{Lt}\p{Lo}\p{N}(]/u.test(w) || PARTICLES.has(w));
}

/**
 * Cues → segments. Speakers come from <v> spans, else from a text prefix: "[SPEAKER_00]: " and
 * "SPEAKER_00: " always; a "Name: " prefix only when the file writes such prefixes consistently
 * (at least half of the cues without <v> start with one) and the label is used by two or more cues,
 * looks like a name, or every cue has a prefix — so "Jadi begini: …" in a caption track stays text.
 */
export function cueSegments(cues: readonly Cue[]): VendorSegment[] {
  const perCue = cues.map((cue) => ({ cue, pieces: cuePieces(cue.lines).filter((p) => p.text !== '') }));
  const open = perCue.flatMap((c) => c.pieces.filter((p) => p.speaker === undefined));
  const prefixes = new Map<Piece, Prefix>();
  const counts = new Map<string, number>();
  for (const p of open) {
    const prefix = prefixOf(p.text);
    if (prefix === null) continue;
    prefixes.set(p, prefix);
    if (!prefix.strong) counts.set(prefix.label, (counts.get(prefix.label) ?? 0) + 1);
  }
  const consistent = prefixes.size * 2 >= open.length;
  const everyCue = prefixes.size === open.length;
  const accepted = (p: Prefix): boolean =>
    p.strong || (consistent && (everyCue || (counts.get(p.label) ?? 0) >= 2 || looksLikeName(p.label)));

  const segments: VendorSegment[] = [];
  for (const { cue, pieces } of perCue) {
    for (const piece of pieces) {
      let speaker = piece.speaker ?? null;
      let text = piece.text;
      const prefix = piece.speaker === undefined ? prefixes.get(piece) : undefined;
      if (prefix !== undefined && accepted(prefix)) {
        speaker = prefix.label;
        text = prefix.rest;
      }
      if (text === '') continue;
      segments.push({ speaker, channel: null, role: null, start: cue.start, end: cue.end, text, line: piece.line });
    }
  }
  return segments;
}

const HEADER = /^WEBVTT(?:[ \t](.*))?$/;
const VTT_FORM = 'HH:MM:SS.mmm --> HH:MM:SS.mmm';

function parseWebVtt(text: string): VendorCall {
  const lines = captionLines(text);
  const first = lines[0]!;
  const header = HEADER.exec(first.text);
  if (header === null) {
    throw new VendorError({ line: 1, path: null, message: `expected "WEBVTT" on the first line, got ${quoteLine(first.text)}` });
  }
  const metadata: Record<string, string> = {};
  const title = header[1]?.replace(/^\s*-\s*/, '').trim(); // "WEBVTT - Title"
  if (title) metadata.title = title;

  // Header lines after WEBVTT, up to the first blank line ("Kind: captions", "Language: id").
  let i = 1;
  for (; i < lines.length && lines[i]!.text.trim() !== '' && !lines[i]!.text.includes('-->'); i++) {
    const kv = /^([A-Za-z][\w -]{0,30}):\s*(.+)$/.exec(lines[i]!.text.trim());
    if (kv) metadata[kv[1]!.trim().toLowerCase()] = kv[2]!.trim();
  }

  const cues: Cue[] = [];
  for (const block of captionBlocks(lines.slice(i))) {
    const head = block[0]!;
    if (/^NOTE(?:\s|$)/.test(head.text)) {
      // Teams/Stream: NOTE language:en-us, NOTE duration:"00:00:32.5820000".
      const kv = /^NOTE\s+(language|duration)\s*:\s*"?([^"]+?)"?\s*$/i.exec(head.text);
      if (kv && block.length === 1) metadata[kv[1]!.toLowerCase()] = kv[2]!;
      continue;
    }
    if (/^(?:STYLE|REGION)\s*$/.test(head.text)) continue;
    const timing = block.findIndex((l) => l.text.includes('-->'));
    if (timing === 0 || timing === 1) {
      const { start, end } = parseTiming(block[timing]!, VTT_FORM);
      cues.push({ start, end, lines: block.slice(timing + 1) });
      continue;
    }
    const bad = timing === -1 ? block.find((l) => looksLikeTiming(l.text)) : undefined;
    if (bad !== undefined) {
      throw new VendorError({ line: bad.line, path: null, message: `expected a cue timing line "${VTT_FORM}", got ${quoteLine(bad.text)}` });
    }
    // Before the first cue some exporters write a title or date; after it, a block with no timing
    // is a cue that lost its timing line or text cut by a blank line — not to be dropped silently.
    if (cues.length > 0 || timing > 1) {
      throw new VendorError({
        line: head.line,
        path: null,
        message: `expected a cue (an optional identifier line, then "${VTT_FORM}"), got ${quoteLine(head.text)}`,
      });
    }
  }
  const call: VendorCall = { format: 'webvtt', segments: cueSegments(cues) };
  return Object.keys(metadata).length > 0 ? { ...call, metadata } : call;
}

const webvtt: Adapter = {
  name: 'webvtt',
  description: 'WebVTT captions and meeting transcripts (.vtt): Teams <v Name> voice spans, Zoom "Name: " prefixes, Whisper "[SPEAKER_00]: " prefixes',
  extensions: ['.vtt'],
  detect(_value: unknown, text: string): boolean {
    const first = /^[^\r\n]*/.exec(text.replace(/^\uFEFF/, ''))![0];
    return HEADER.test(first);
  },
  read(_value: unknown, text: string): VendorCall[] {
    return [parseWebVtt(text)];
  },
};

export default webvtt;
