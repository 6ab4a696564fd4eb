// Runs the enabled rules over one call, in catalogue order, and scores the result.
import type { z } from 'zod';
import type { Call } from '../transcript/model.js';
import type { EnabledRule } from '../config/load.js';
import type { CallResult, RuleResult } from '../report/types.js';
import { formatMessage, localize, type Finding, type ReportInput, type RuleContext, type Skip, type Text } from './rule.js';
import { CallView, type Environment } from './views.js';
import { ROLE_CONFIDENCE } from '../transcript/vendor/to-call.js';
import { AUTO, callLanguage, STANDARD_LANGUAGE } from '../match/language.js';

export function runRule(enabled: EnabledRule, call: Call, view: CallView): RuleResult {
  const { rule, severity, options } = enabled;
  const findings: Finding[] = [];
  const notes: string[] = [];
  const ctx: RuleContext<z.output<z.ZodObject>> = {
    options,
    view,
    ruleId: rule.id,
    locale: view.env.locale,
    report(input: ReportInput) {
      const template = rule.meta.messages[input.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id}: unknown messageId "${input.messageId}"`);
      const u = input.utterance ?? null;
      const e = input.event ?? null;
      const f: { -readonly [K in keyof Finding]: Finding[K] } = {
        rule: rule.id,
        messageId: input.messageId,
        message: formatMessage(template[view.env.locale], input.data, view.env.locale),
        severity,
        at: u ? u.start : e ? e.at : null,
        end: u ? u.end : null,
        line: u ? u.line : e ? e.line : null,
        utterance: u ? u.index : null,
        speaker: u ? u.speaker : null,
        quote: u ? u.text : null,
      };
      if (input.span) f.span = input.span;
      if (input.suggestion) f.suggestion = localize(input.suggestion, view.env.locale);
      if (input.note) f.note = localize(input.note, view.env.locale);
      findings.push(f);
    },
    skip: (reason: string): Skip => ({ skip: reason }),
    note(text: Text) {
      const t = localize(text, view.env.locale);
      if (!notes.includes(t)) notes.push(t);
    },
  };
  // On an export whose roles etiket could only guess, a verdict on "the agent's" words may be
  // about the customer: say so instead of judging.
  const unsure = call.roles?.source === 'inferred' && (call.roles.confidence ?? 0) < ROLE_CONFIDENCE && rule.meta.needsRoles !== false;
  // A call in a language the rules cannot judge (no lexicon, or not the one configured): no
  // verdict on its words.
  const foreign = view.foreign !== null && rule.meta.needsRoles !== false;
  const outcome = unsure ? ctx.skip('speaker roles uncertain')
    : foreign ? ctx.skip(view.foreign!)
    : rule.check(call, ctx);
  const base = {
    id: rule.id, severity,
    ...(enabled.weight !== 1 ? { weight: enabled.weight } : {}),
    ...(enabled.critical ? { critical: true } : {}),
    ...(notes.length ? { notes } : {}),
  };
  if (outcome && 'skip' in outcome) {
    return { ...base, status: 'skip', reason: outcome.skip, findings: [] };
  }
  // Findings in transcript order, so reports and tests are deterministic.
  findings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.at ?? Infinity) - (b.at ?? Infinity));
  return { ...base, status: findings.length ? 'fail' : 'pass', findings };
}

/**
 * Score: the weighted share (config `scoring`, weight 1 by default) of applicable (not skipped)
 * rules that passed, 0–100, one decimal; null when every rule skipped. A failed critical rule
 * (an auto-fail item, as on QA forms) makes it 0.
 */
export function scoreOf(results: readonly { readonly status: RuleResult['status']; readonly weight?: number; readonly critical?: boolean }[]): number | null {
  let total = 0;
  let passed = 0;
  for (const r of results) {
    if (r.status === 'skip') continue;
    if (r.status === 'fail' && r.critical) return 0;
    const w = r.weight ?? 1;
    total += w;
    if (r.status === 'pass') passed += w;
  }
  return total === 0 ? null : Math.round((passed / total) * 1000) / 10;
}

/** Thrown when a rule itself fails on a call (a bug in the rule, not in the transcript). */
export class RuleCrash extends Error {}

/** `timeline`: keep the call's utterances and events in the result, for reporters that draw it (HTML). */
export function checkCall(call: Call, rules: readonly EnabledRule[], env: Environment, opts: { timeline?: boolean } = {}): CallResult {
  const auto = env.language === AUTO;
  const language = callLanguage(call.utterances.map((u) => u.text), call.metadata, env.lexicons, auto ? STANDARD_LANGUAGE : env.language,
    call.utterances.filter((u) => u.speaker === 'agent').map((u) => u.text));
  const lexicon = env.lexicons.get(language);
  const foreign = !lexicon
    ? `the call's language ("${language}") is not one etiket has phrases for (${[...env.lexicons.keys()].map((l) => `"${l}"`).join(', ')})`
    : !auto && language !== env.language
      ? `the call is in "${language}", not the configured language "${env.language}" (language "auto" judges each call in its own)`
      : null;
  const view = new CallView(call, lexicon && lexicon !== env.lexicon ? { ...env, lexicon } : env, foreign);
  const results = rules.map((r) => {
    try {
      return runRule(r, call, view);
    } catch (e) {
      throw new RuleCrash(`rule ${r.rule.id} failed on this call: ${(e as Error).message}`, { cause: e });
    }
  });
  const failed = results.some((r) => r.status === 'fail' && (r.severity === 'error' || r.critical === true));
  return {
    file: call.file,
    line: call.line,
    id: call.id,
    agent: view.agentName,
    direction: call.direction,
    startedAt: call.startedAt?.raw ?? null,
    language,
    ...(call.source ? { format: call.source } : {}),
    ...(call.roles ? { roles: { ...call.roles } } : {}),
    status: failed ? 'fail' : 'pass',
    score: scoreOf(results),
    rules: results,
    ...(opts.timeline === false ? {} : { timeline: {
      utterances: call.utterances.map((u) => ({ index: u.index, speaker: u.speaker, start: u.start, end: u.end, text: u.text, line: u.line })),
      events: call.events.map((e) => ({ type: e.type, at: e.at, line: e.line, ...(e.to !== undefined ? { to: e.to } : {}), ...(e.by !== undefined ? { by: e.by } : {}) })),
    } }),
  };
}
