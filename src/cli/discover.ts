// Turns the command line's paths (files, folders, globs) into the sorted list of transcripts.
import { statSync } from 'node:fs';
import { basename, extname, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { TRANSCRIPT_EXTENSIONS } from '../transcript/read.js';

export interface Discovered {
  /** Absolute path. */
  readonly abs: string;
  /** Relative to the current directory, with / separators (what reports show). */
  readonly display: string;
}

export interface Discovery {
  readonly files: readonly Discovered[];
  /** Paths given that matched nothing (each is reported; the run exits 2). */
  readonly unmatched: readonly string[];
}

const GLOB_CHARS = /[*?[\]{}()!]/;

export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** A file a folder walk or glob picks: a transcript extension, not package*.json, not the config. */
function wanted(abs: string, configAbs: string | null): boolean {
  const ext = extname(abs).toLowerCase();
  if (!(TRANSCRIPT_EXTENSIONS as readonly string[]).includes(ext)) return false;
  if (/^package(-lock)?.*\.json$/i.test(basename(abs))) return false;
  if (configAbs && abs === configAbs) return false;
  // A sidecar belongs to the export beside it; it is read with it, not as a call.
  if (/\.meta\.json$/i.test(abs)) return false;
  return true;
}

const IGNORE = ['**/node_modules/**'];

export function discover(paths: readonly string[], cwd: string, configAbs: string | null): Discovery {
  const found = new Map<string, Discovered>();
  const unmatched: string[] = [];
  const add = (abs: string) => {
    if (!found.has(abs)) found.set(abs, { abs, display: displayPath(cwd, abs) });
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    let matched = 0;
    if (stat?.isDirectory()) {
      // dot: false skips dot-folders and dot-files; node_modules is ignored explicitly.
      const hits = fg.sync('**/*.{txt,json,jsonl,vtt,srt}', { cwd: abs, absolute: true, dot: false, ignore: IGNORE, onlyFiles: true, caseSensitiveMatch: false, followSymbolicLinks: false });
      for (const h of hits) {
        const hAbs = resolve(h);
        if (wanted(hAbs, configAbs)) { add(hAbs); matched++; }
      }
    } else if (stat?.isFile()) {
      // An explicitly named file is always checked (an unsupported type becomes that file's error).
      add(abs);
      matched++;
    } else if (GLOB_CHARS.test(p)) {
      const hits = fg.sync(p.split(sep).join('/'), { cwd, absolute: true, dot: false, ignore: IGNORE, onlyFiles: true });
      for (const h of hits) {
        const hAbs = resolve(h);
        if (wanted(hAbs, configAbs)) { add(hAbs); matched++; }
      }
    }
    if (matched === 0) unmatched.push(p);
  }
  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, unmatched };
}
