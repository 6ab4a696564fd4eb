// Default call ids when a transcript names none.
import { basename, extname } from 'node:path';

/** "calls/call-0001.txt" → "call-0001" */
export function basenameId(file: string): string {
  return basename(file, extname(file));
}
