// The rule contract: one module per rule, pure check(call, ctx) over the call model.
import type { z } from 'zod';
import type { Call, CallEvent, Utterance } from '../transcript/model.js';
import type { CallView } from './views.js';

export type Severity = 'error' | 'warn';

/** The report languages (`--locale`): Indonesian for operators, English for everyone else. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Words shown to people, in both report languages. */
export interface Localized {
  readonly id: string;
  readonly en: string;
}

/**
 * Text in a finding: Localized, or a plain string that is the same in every locale — use that
 * only for the words the agent should say on the call (they are in the call's language) or for
 * numbers and quotes.
 */
export type Text = string | Localized;

/** Picks the locale's string. */
export function localize(text: Text, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}
export type SeveritySetting = Severity | 'off';

export interface RuleMeta<O extends z.ZodObject> {
  /** Starts with a verb: "Require…", "Disallow…". */
  readonly description: string;
  /** Lines of seed/telephone-etiquette.id.txt the rule comes from. */
  readonly seed: readonly number[];
  readonly defaultSeverity: Severity;
  /** messageId → template with {{placeholders}}, in every locale; tests assert ids, not wording. */
  readonly messages: Readonly<Record<string, Localized>>;
  /** Options with their defaults (the only place defaults live); strict: unknown keys are errors. */
  readonly options: O;
  /** Inbound/outbound applicability etc., for the docs. */
  readonly appliesTo?: string;
  /**
   * False for rules that judge events or timing, not the agent's words: they still run when the
   * speaker roles of an export are uncertain (default true: such calls skip the rule).
   */
  readonly needsRoles?: boolean;
}

export interface ReportInput {
  readonly messageId: string;
  /** Placeholder values; a Localized value is rendered in the report's locale. */
  readonly data?: Readonly<Record<string, string | number | Localized>>;
  /** The utterance that is the evidence; gives time, line and the quote. */
  readonly utterance?: Utterance | null;
  /** Or an event (a ring, a hangup) when no words are the evidence. */
  readonly event?: CallEvent | null;
  /** Character span in the utterance's text to point at. */
  readonly span?: readonly [number, number];
  /** A better phrasing, from the standard (the words to say: a plain string), or an instruction (Localized). */
  readonly suggestion?: Text;
  readonly note?: Text;
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
  note(text: Text): void;
  /** The report's language, for rules that build text from parts. */
  readonly locale: Locale;
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
export function formatMessage(template: string, data: Readonly<Record<string, string | number | Localized>> = {}, locale: Locale = 'en'): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => {
    if (!(key in data)) throw new Error(`message placeholder {{${key}}} has no data`);
    const v = data[key]!;
    return typeof v === 'object' ? localize(v, locale) : String(v);
  });
}
