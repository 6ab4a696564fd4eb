// Turns zod issues into plain "expected …, got …" sentences for input and config errors.
import type { z } from 'zod';

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number') return `number ${v}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/** One sentence for one issue; `root` is the input, to say what was actually there. */
export function describeZodIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const actual = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return actual === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${describeValue(actual)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(actual)}`;
    case 'invalid_union': {
      return `expected ${unionExpectation(issue)}, got ${describeValue(actual)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} item(s), got ${Array.isArray(actual) ? actual.length : 0}`;
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1 ? `expected a non-empty string, got ${describeValue(actual)}` : `expected at least ${String(issue.minimum)} characters, got ${describeValue(actual)}`;
      }
      return `expected a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}, got ${describeValue(actual)}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected at most ${String(issue.maximum)} item(s)`;
      if (issue.origin === 'string') return `expected at most ${String(issue.maximum)} characters, got ${describeValue(actual)}`;
      return `expected a number ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}, got ${describeValue(actual)}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    default:
      return issue.message;
  }
}

function unionExpectation(issue: z.core.$ZodIssueInvalidUnion): string {
  const kinds = new Set<string>();
  for (const branch of issue.errors) {
    for (const sub of branch) {
      if (sub.code === 'invalid_type' && sub.path.length === 0) kinds.add(sub.expected);
      else if (sub.code === 'invalid_value' && sub.path.length === 0) for (const v of sub.values) kinds.add(JSON.stringify(v));
    }
  }
  return kinds.size ? [...kinds].join(' or ') : 'one of the allowed forms';
}

/**
 * A union whose value had the right type but a bad field inside ("agent": {"name": 5})
 * is reported at that field, not as "expected string or object" at the union.
 */
export function expandIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union') {
      const deep = issue.errors.find((branch) => branch.length > 0 && branch.every((sub) => sub.path.length > 0));
      if (deep) {
        for (const sub of expandIssues(deep)) out.push({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue);
        continue;
      }
    }
    out.push(issue);
  }
  return out;
}
