// SubRip subtitles (.srt), as Whisper and most ASR tools write them: numbered cues, a timing line
// "HH:MM:SS,mmm --> HH:MM:SS,mmm", then text lines. Speakers come from a text prefix when there is
// one ("[SPEAKER_00]: " from whisper-ctranslate2 / whisperX diarization, "SPEAKER_00: ", "Nia: "),
// with the same rules as WebVTT (vendor/webvtt.ts, whose cue-text helpers this shares).
import { VendorError, type Adapter, type VendorCall } from './types.js';
import {
  captionBlocks, captionLines, cueSegments, looksLikeTiming, parseTiming, quoteLine, type CaptionLine, type Cue,
} from './webvtt.js';

const SRT_FORM = 'HH:MM:SS,mmm --> HH:MM:SS,mmm';
const CUE_NUMBER = /^\s*\d+\s*$/;
/** A complete timing line: both times well formed (the detector's test; read() says what is wrong). */
const TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?:\s.*)?$/;

function parseSrt(text: string): VendorCall {
  const cues: Cue[] = [];
  for (const block of captionBlocks(captionLines(text))) {
    const head = block[0]!;
    let timing: CaptionLine;
    let body: CaptionLine[];
    if (CUE_NUMBER.test(head.text)) {
      const next = block[1];
      if (next === undefined || !next.text.includes('-->')) {
        throw new VendorError({
          line: next?.line ?? head.line,
          path: null,
          message: `expected a timing line "${SRT_FORM}" after cue number ${head.text.trim()}, got ${next ? quoteLine(next.text) : 'no more lines in the cue'}`,
        });
      }
      timing = next;
      body = block.slice(2);
    } else if (head.text.includes('-->')) {
      // Some writers leave out the cue numbers.
      timing = head;
      body = block.slice(1);
    } else if (looksLikeTiming(head.text)) {
      throw new VendorError({ line: head.line, path: null, message: `expected a cue timing line "${SRT_FORM}", got ${quoteLine(head.text)}` });
    } else {
      // A cue that lost its number and timing, or text cut in two by a blank line.
      throw new VendorError({
        line: head.line,
        path: null,
        message: `expected a cue number or a timing line "${SRT_FORM}", got ${quoteLine(head.text)}`,
      });
    }
    const { start, end } = parseTiming(timing, SRT_FORM);
    cues.push({ start, end, lines: body });
  }
  return { format: 'srt', segments: cueSegments(cues) };
}

const srt: Adapter = {
  name: 'srt',
  description: 'SubRip subtitles (.srt), e.g. Whisper output; speakers from "[SPEAKER_00]: " or "Name: " prefixes',
  extensions: ['.srt'],
  /** The first cue is a cue number and a timing line, or a timing line alone; WebVTT is not SRT. */
  detect(_value: unknown, text: string): boolean {
    // Only the first few lines are needed: leading blank lines skipped.
    const lines = text.replace(/^\uFEFF/, '').replace(/^\s+/, '').slice(0, 400).split(/\r\n|\r|\n/);
    const [a, b] = lines;
    if (a === undefined) return false;
    return (CUE_NUMBER.test(a) && b !== undefined && TIMING.test(b)) || TIMING.test(a);
  },
  read(_value: unknown, text: string): VendorCall[] {
    return [parseSrt(text)];
  },
};

export default srt;
