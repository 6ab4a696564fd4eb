// Reads one transcript file and hands it to the parser for its extension.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from './errors.js';
import { parseJsonLinesTranscript, parseJsonTranscript, type ParsedCall } from './json.js';
import { parseTextTranscript } from './text.js';
import type { SpeakerLabels } from './speakers.js';

export const TRANSCRIPT_EXTENSIONS = ['.txt', '.json', '.jsonl'] as const;

/** Parses transcript source text; `file` is the display path and picks the format. */
export function parseTranscript(source: string, file: string, labels: SpeakerLabels): ParsedCall[] {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return parseJsonTranscript(source, file, labels);
  if (ext === '.jsonl') return parseJsonLinesTranscript(source, file, labels);
  if (ext === '.txt') {
    try {
      return [{ ok: true, call: parseTextTranscript(source, file, labels) }];
    } catch (e) {
      if (e instanceof InputError) return [{ ok: false, error: e, line: null, id: null }];
      throw e;
    }
  }
  return [{ ok: false, error: new InputError(file, [{ line: null, path: null, message: `unsupported file type "${ext || '(none)'}": expected .txt, .json or .jsonl` }]), line: null, id: null }];
}

/** Reads and parses a file; a read failure is an input error of that file, not a crash. */
export function readTranscript(absPath: string, file: string, labels: SpeakerLabels): ParsedCall[] {
  let source: string;
  try {
    const buf = readFileSync(absPath);
    source = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const message = err.code === 'ENOENT' ? 'no such file'
      : err.code === 'EISDIR' ? 'is a directory'
      : err instanceof TypeError ? 'not valid UTF-8 text (save the file as UTF-8)'
      : `cannot read: ${err.message}`;
    return [{ ok: false, error: new InputError(file, [{ line: null, path: null, message }]), line: null, id: null }];
  }
  return parseTranscript(source, file, labels);
}
