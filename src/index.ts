// Public API for rule authors and integrations.
export { defineRule, formatMessage } from './engine/rule.js';
export type { Rule, RuleContext, RuleMeta, Finding, Severity, ReportInput, Skip } from './engine/rule.js';
export type { Call, Utterance, CallEvent, Speaker, Direction } from './transcript/model.js';
export { checkCall } from './engine/runner.js';
export { CallView } from './engine/views.js';
export { loadConfig, resolveConfig, ConfigError } from './config/load.js';
export { parseTranscript, readTranscript } from './transcript/read.js';
export { InputError, formatProblem } from './transcript/errors.js';
export { buildReport } from './report/build.js';
export { formatJson } from './reporters/json.js';
export { formatPretty } from './reporters/pretty.js';
export { rules } from '../rules/index.js';
export { runRuleOn, findingKeys, testRule } from './testing/rule-tester.js';
export type { InlineCase, ValidCase, InvalidCase } from './testing/rule-tester.js';
export { main } from './cli.js';
