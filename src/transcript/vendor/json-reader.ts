// Shared by the JSON adapters: read a value at a JSON path, or fail with the path, the line
// (of the value, or of its nearest parent when a key is missing) and what was expected.
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { VendorError } from './types.js';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export class JsonReader {
  constructor(private readonly src: JsonWithLines | null) {}

  /** The line of a path, or of its nearest parent that is in the file (for a missing key). */
  line(path: string): number | null {
    for (let p = path; ; ) {
      const l = this.src?.lineOf(p);
      if (l != null) return l;
      if (p === '') return null;
      const parent = p.replace(/(?:\.[A-Za-z_$][\w$]*|\[[^\]]*\])$/, '');
      p = parent === p ? '' : parent;
    }
  }

  fail(path: string, message: string): never {
    throw new VendorError({ line: this.line(path), path: path || null, message });
  }

  object(v: unknown, path: string, what: string): Obj {
    if (!isObj(v)) this.fail(path, `expected ${what} (an object), got ${describeValue(v)}`);
    return v;
  }

  array(v: unknown, path: string, what: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, `expected an array of ${what}, got ${describeValue(v)}`);
    return v;
  }

  string(v: unknown, path: string, what: string): string {
    if (typeof v !== 'string') this.fail(path, `expected ${what} (a string), got ${describeValue(v)}`);
    return v;
  }
}
