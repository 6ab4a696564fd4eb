// Reading vendor exports: sniff the format (or take --input-format), run the adapter, merge the
// sidecar <name>.meta.json, and build calls. Problems become input errors like any other.
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { describeZodIssue, expandIssues } from '../../config/zod-messages.js';
import { InputError, type InputProblem } from '../errors.js';
import { JsonSyntaxError, formatPath, parseJsonWithLines, type JsonWithLines } from '../json-source.js';
import type { ParsedCall } from '../json.js';
import type { CallEvent } from '../model.js';
import { parseStartTime } from '../time.js';
import { ADAPTERS } from './index.js';
import { vendorToCall, type CallMeta, type RoleHints } from './to-call.js';
import { VendorError, type Adapter } from './types.js';

/** Where a sidecar lives: calls/0001.json → calls/0001.meta.json. */
export function sidecarPath(absPath: string): string {
  return absPath.slice(0, absPath.length - extname(absPath).length) + '.meta.json';
}

export function isSidecar(path: string): boolean {
  return /\.meta\.json$/i.test(path);
}

const Seconds = z.number().nonnegative();
const SidecarSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  startedAt: z.string().optional(),
  agent: z.union([z.strictObject({ id: z.union([z.string(), z.number()]).optional(), name: z.string().optional() }), z.string()]).optional(),
  customer: z.union([z.strictObject({ id: z.union([z.string(), z.number()]).optional(), name: z.string().optional() }), z.string()]).optional(),
  events: z.array(z.strictObject({
    type: z.enum(['ring', 'answer', 'hold', 'unhold', 'transfer', 'hangup']),
    at: Seconds.nullable().optional(),
    to: z.string().optional(),
    by: z.enum(['agent', 'customer']).optional(),
  })).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

/** Reads and validates a sidecar; problems name the sidecar file. */
export function readSidecar(abs: string, display: string): CallMeta | InputError {
  const file = display.slice(0, display.length - extname(display).length) + '.meta.json';
  let src: JsonWithLines;
  try {
    src = parseJsonWithLines(readFileSync(abs, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof JsonSyntaxError) return new InputError(file, [{ line: e.line, path: null, message: `invalid JSON at column ${e.column}: ${e.message}` }]);
    return new InputError(file, [{ line: null, path: null, message: `cannot read: ${(e as Error).message}` }]);
  }
  const parsed = SidecarSchema.safeParse(src.value);
  if (!parsed.success) {
    const problems: InputProblem[] = [];
    for (const issue of expandIssues(parsed.error.issues)) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      for (const segs of keys) {
        const path = formatPath(segs as (string | number)[]);
        problems.push({ line: src.lineOf(path), path: path || null, message: issue.code === 'unrecognized_keys' ? 'unknown key' : describeZodIssue(issue, src.value) });
      }
    }
    return new InputError(file, problems);
  }
  const m = parsed.data;
  const party = (p: typeof m.agent) => (p === undefined ? undefined : typeof p === 'string' ? { name: p } : { ...(p.id !== undefined ? { id: String(p.id) } : {}), ...(p.name !== undefined ? { name: p.name } : {}) });
  let startedAt = null;
  if (m.startedAt) {
    startedAt = parseStartTime(m.startedAt);
    if (!startedAt) return new InputError(file, [{ line: src.lineOf('startedAt'), path: 'startedAt', message: `expected an ISO 8601 date-time such as 2026-11-02T09:15:00+07:00, got "${m.startedAt}"` }]);
  }
  const events: CallEvent[] = (m.events ?? []).map((e, i) => ({
    type: e.type, at: e.at ?? null, line: src.lineOf(`events[${i}]`),
    ...(e.to !== undefined ? { to: e.to } : {}), ...(e.by !== undefined ? { by: e.by } : {}),
  }));
  const agent = party(m.agent);
  const customer = party(m.customer);
  return {
    ...(m.id !== undefined ? { id: String(m.id) } : {}),
    ...(m.direction ? { direction: m.direction } : {}),
    ...(startedAt ? { startedAt } : {}),
    ...(agent ? { agent } : {}),
    ...(customer ? { customer } : {}),
    events,
    metadata: Object.fromEntries(Object.entries(m.metadata ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
  };
}

/** The adapter that claims this content, or null. */
export function sniff(ext: string, value: unknown, text: string): Adapter | null {
  return ADAPTERS.find((a) => a.extensions.includes(ext) && safeDetect(a, value, text)) ?? null;
}

function safeDetect(a: Adapter, value: unknown, text: string): boolean {
  try {
    return a.detect(value, text);
  } catch {
    return false;
  }
}

export interface VendorReadOptions {
  readonly hints: RoleHints;
  /** The sidecar's absolute path, when one exists beside the export. */
  readonly sidecar?: string | null;
}

/** Runs an adapter and builds the calls; every failure is an input error of this file. */
export function readVendor(adapter: Adapter, value: unknown, text: string, file: string, src: JsonWithLines | null, opts: VendorReadOptions): ParsedCall[] {
  let meta: CallMeta = {};
  if (opts.sidecar && existsSync(opts.sidecar)) {
    const m = readSidecar(opts.sidecar, file);
    if (m instanceof InputError) return [{ ok: false, error: m, line: null, id: null }];
    meta = m;
  }
  try {
    const calls = adapter.read(value, text, file, src);
    if (calls.length === 0) throw new VendorError({ line: null, path: null, message: `no speech found in this ${adapter.name} export` });
    const base = basename(file, extname(file));
    return calls.map((vc, i) => {
      if (vc.segments.filter((s) => s.text.trim() !== '').length === 0) {
        const problem: InputProblem = { line: null, path: null, message: `no speech found in this ${adapter.name} export` };
        return { ok: false as const, error: new InputError(file, [problem]), line: null, id: vc.id ?? null };
      }
      const id = calls.length > 1 ? `${base}#${i + 1}` : base;
      return { ok: true as const, call: vendorToCall(vc, file, id, opts.hints, calls.length > 1 ? {} : meta) };
    });
  } catch (e) {
    if (e instanceof VendorError) return [{ ok: false, error: new InputError(file, [{ ...e.problem, message: `${adapter.name}: ${e.problem.message}` }]), line: null, id: null }];
    throw e;
  }
}

export function adapterNames(): string[] {
  return ADAPTERS.map((a) => a.name);
}
