// The JSON report's schema (FORMATS.md §3), for `etiket schema report` and schema/report.json.
// tests/schema.test.ts validates real reports against it, so it cannot drift from the reporter.
import { z } from 'zod';

const Finding = z.object({
  messageId: z.string().describe('Stable id of the message: scripts compare this, not the wording'),
  message: z.string().describe('The message in the report locale'),
  at: z.number().nullable().describe('Seconds from the start of the call'),
  end: z.number().nullable(),
  line: z.number().int().nullable().describe('1-based line in the transcript file'),
  utterance: z.number().int().nullable().describe('Index of the utterance in the call'),
  speaker: z.enum(['agent', 'customer']).nullable(),
  quote: z.string().nullable().describe('The original utterance text'),
  span: z.tuple([z.number().int(), z.number().int()]).optional().describe('[from, to) character offsets of the offending words in quote'),
  suggestion: z.string().optional().describe('A better phrasing from the standard, or what to do'),
  note: z.string().optional(),
});

const RuleResult = z.object({
  id: z.string(),
  status: z.enum(['pass', 'fail', 'skip']),
  severity: z.enum(['error', 'warn']),
  weight: z.number().positive().optional().describe('Scorecard weight, when not 1'),
  critical: z.literal(true).optional().describe('An auto-fail rule: its failure sets the score to 0'),
  reason: z.string().optional().describe('Why the rule was skipped'),
  notes: z.array(z.string()).optional(),
  findings: z.array(Finding),
});

const Tally = z.object({ pass: z.number().int(), fail: z.number().int(), skip: z.number().int() });
const AgentTally = z.object({
  calls: z.number().int(), passed: z.number().int(), failed: z.number().int(), errored: z.number().int(), score: z.number().nullable(),
  rules: z.record(z.string(), z.number().int()).describe('Failed calls per rule id'),
  worstRule: z.string().nullable().describe('The rule this agent fails most often'),
});

const CallResult = z.object({
  file: z.string().describe('Relative to the current directory, with / separators'),
  line: z.number().int().nullable().describe('Line where the call starts (JSONL, JSON arrays), else null'),
  id: z.string().nullable(),
  agent: z.string().nullable(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  startedAt: z.string().nullable().optional(),
  language: z.string().optional().describe('The language the call was judged in: declared by the export, else told from its words (id, en); und when etiket has no phrases for it'),
  format: z.string().optional().describe('The export format a vendor adapter read; absent for etiket formats'),
  roles: z.object({
    source: z.enum(['file', 'config', 'inferred']),
    confidence: z.number().min(0).max(1).nullable(),
    map: z.record(z.string(), z.enum(['agent', 'customer'])).optional(),
  }).optional().describe('How agent and customer were told apart in an export'),
  status: z.enum(['pass', 'fail', 'error']),
  score: z.number().min(0).max(100).nullable(),
  error: z.object({
    message: z.string(),
    problems: z.array(z.object({ line: z.number().int().nullable(), path: z.string().nullable(), message: z.string() })),
  }).optional(),
  rules: z.array(RuleResult),
});

export const ReportSchema = z.object({
  version: z.literal(1),
  tool: z.object({ name: z.literal('etiket'), version: z.string() }),
  summary: z.object({
    calls: z.number().int(),
    passed: z.number().int(),
    failed: z.number().int(),
    errored: z.number().int(),
    score: z.number().nullable().describe('Mean of the call scores'),
    errors: z.number().int().describe('Findings of error-severity rules'),
    warnings: z.number().int().describe('Findings of warn-severity rules'),
    rules: z.record(z.string(), Tally),
    agents: z.record(z.string(), AgentTally),
  }),
  calls: z.array(CallResult),
}).describe('etiket JSON report (FORMATS.md §3); more fields may be added, none removed');
