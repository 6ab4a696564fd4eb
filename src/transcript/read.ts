// Reads one transcript file and hands it to the parser for its extension.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from './errors.js';
import { isEtiketReport, parseJsonLinesTranscript, parseJsonTranscript, type ParsedCall } from './json.js';
import { parseTextTranscript } from './text.js';
import type { SpeakerLabels } from './speakers.js';
import { parseJsonWithLines, type JsonWithLines } from './json-source.js';
import { ADAPTERS } from './vendor/index.js';
import { adapterNames, readVendor, sidecarPath, sniff, type VendorReadOptions } from './vendor/read.js';
import type { RoleHints } from './vendor/to-call.js';

export const TRANSCRIPT_EXTENSIONS = ['.txt', '.json', '.jsonl', '.vtt', '.srt'] as const;

/** How to read exports of other systems (all optional). */
export interface VendorOptions {
  /** Force a format: "etiket" or an adapter name (--input-format). */
  readonly inputFormat?: string;
  /** Who is the agent (config, flags) and what the inference may use. */
  readonly hints?: RoleHints;
  /** Absolute path of a sidecar <name>.meta.json to merge, if any. */
  readonly sidecar?: string | null;
}

function vendorOptions(labels: SpeakerLabels, opts: VendorOptions): VendorReadOptions {
  return {
    hints: opts.hints ?? { agent: labels.agent, customer: labels.customer, lexicon: null, company: null },
    sidecar: opts.sidecar ?? null,
  };
}

/** Parses transcript source text; `file` is the display path and picks the format. */
export function parseTranscript(source: string, file: string, labels: SpeakerLabels, opts: VendorOptions = {}): ParsedCall[] {
  const ext = extname(file).toLowerCase();
  const fail = (message: string): ParsedCall[] => [{ ok: false, error: new InputError(file, [{ line: null, path: null, message }]), line: null, id: null }];
  const forced = opts.inputFormat && opts.inputFormat !== 'etiket' ? ADAPTERS.find((a) => a.name === opts.inputFormat) : null;
  if (opts.inputFormat && opts.inputFormat !== 'etiket' && !forced) return fail(`unknown input format "${opts.inputFormat}": expected etiket or one of ${adapterNames().join(', ')}`);

  if (ext === '.vtt' || ext === '.srt' || (forced && !forced.extensions.includes('.json'))) {
    const text = source.replace(/^\uFEFF/, '');
    const adapter = forced ?? sniff(ext, null, text);
    if (!adapter) return fail(`not a recognised ${ext.slice(1).toUpperCase()} file (tried: ${ADAPTERS.filter((a) => a.extensions.includes(ext)).map((a) => a.name).join(', ') || 'no adapter reads this extension'})`);
    return readVendor(adapter, null, text, file, null, vendorOptions(labels, opts));
  }
  let src: JsonWithLines | undefined;
  if (ext === '.json' && opts.inputFormat !== 'etiket') {
    try {
      src = parseJsonWithLines(source.replace(/^\uFEFF/, ''));
    } catch {
      src = undefined; // the etiket parser reports the syntax error with line and column
    }
    if (src && isEtiketReport(src.value)) return []; // our own --output file lying among the transcripts
    if (src) {
      const adapter = forced ?? sniff('.json', src.value, source);
      if (adapter) return readVendor(adapter, src.value, source, file, src, vendorOptions(labels, opts));
      const v = src.value;
      // An object with none of the etiket call's keys is some other JSON: say what was tried.
      const ETIKET_KEYS = ['utterances', 'id', 'direction', 'startedAt', 'agent', 'customer', 'events', 'metadata'];
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).some((k) => ETIKET_KEYS.includes(k))) {
        return [{ ok: false, error: new InputError(file, [{ line: 1, path: null, message: `not an etiket transcript (no "utterances") and not an export etiket reads (tried: ${adapterNames().join(', ')}); use --input-format to name the format` }]), line: null, id: null }];
      }
    }
  }
  if (ext === '.json') return parseJsonTranscript(source, file, labels, src);
  if (ext === '.jsonl') return parseJsonLinesTranscript(source, file, labels);
  if (ext === '.txt') {
    // A .txt export of another tool ("[SPEAKER_00]: …" lines) is read by its adapter.
    const text = source.replace(/^\uFEFF/, '');
    const adapter = opts.inputFormat === 'etiket' ? null : (forced ?? sniff('.txt', null, text));
    if (adapter) return readVendor(adapter, null, text, file, null, vendorOptions(labels, opts));
    try {
      return [{ ok: true, call: parseTextTranscript(source, file, labels) }];
    } catch (e) {
      if (e instanceof InputError) return [{ ok: false, error: e, line: null, id: null }];
      throw e;
    }
  }
  return [{ ok: false, error: new InputError(file, [{ line: null, path: null, message: `unsupported file type "${ext || '(none)'}": expected .txt, .json, .jsonl, .vtt or .srt` }]), line: null, id: null }];
}

/** Reads and parses a file; a read failure is an input error of that file, not a crash. */
export function readTranscript(absPath: string, file: string, labels: SpeakerLabels, opts: VendorOptions = {}): ParsedCall[] {
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
  return parseTranscript(source, file, labels, { ...opts, sidecar: opts.sidecar ?? sidecarPath(absPath) });
}
