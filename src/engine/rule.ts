// The rule contract: one module per rule, pure check(call, ctx) over the call model.
import type { z } from 'zod';
import type { Call, CallEvent, Utterance } from '../transcript/model.js';
import type { CallView } from './views.js';

export type Severity = 'error' | 'warn';
export type SeveritySetting = Severity | 'off';

export interface RuleMeta<O extends z.ZodObject> {
  /** Starts with a verb: "Require…", "Disallow…". */
  readonly description: string;
  /** Lines of seed/telephone-etiquette.id.txt the rule comes from. */
  readonly seed: readonly number[];
  readonly defaultSeverity: Severity;
  /** messageId → template with {{placeholders}}; tests assert ids, not wording. */
  readonly messages: Readonly<Record<string, string>>;
  /** Options with their defaults (the only place defaults live); strict: unknown keys are errors. */
  readonly options: O;
  /** Inbound/outbound applicability etc., for the docs. */
  readonly appliesTo?: string;
}

export interface ReportInput {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** The utterance that is the evidence; gives time, line and the quote. */
  readonly utterance?: Utterance | null;
  /** Or an event (a ring, a hangup) when no words are the evidence. */
  readonly event?: CallEvent | null;
  /** Character span in the utterance's text to point at. */
  readonly span?: readonly [number, number];
  /** A better phrasing, from the standard. */
  readonly suggestion?: string;
  readonly note?: string;
}

export interface Finding {
  readonly rule: string;
  readonly messageId: string;
  readonly message: string;
  readonly severity: Severity;
  readonly at: number | null;
  readonly end: number | null;
  readonly line: number | null;
  readonly utterance: number | null;
  readonly speaker: 'agent' | 'customer' | null;
  readonly quote: string | null;
  readonly span?: readonly [number, number];
  readonly suggestion?: string;
  readonly note?: string;
}

/** Returned by ctx.skip(): the rule does not apply, or the transcript lacks what it needs. */
export interface Skip {
  readonly skip: string;
}

export interface RuleContext<Options> {
  readonly options: Options;
  readonly view: CallView;
  readonly ruleId: string;
  report(input: ReportInput): void;
  skip(reason: string): Skip;
  /** A remark shown once with the rule's result, not a failure ("no company configured"). */
  note(text: string): void;
}

export interface Rule<O extends z.ZodObject = z.ZodObject> {
  readonly id: string;
  readonly meta: RuleMeta<O>;
  check(call: Call, ctx: RuleContext<z.output<O>>): Skip | void;
}

/** Identity with types: lets a rule file infer its options type from its schema. */
export function defineRule<O extends z.ZodObject>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** "No thanks after the {{seconds}} s hold" + {seconds: 25} → "No thanks after the 25 s hold". */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => {
    if (!(key in data)) throw new Error(`message placeholder {{${key}}} has no data`);
    return String(data[key]);
  });
}
