// `etiket check`: config → discover → parse → rules → report → exit code.
import { resolve } from 'node:path';
import { rules as registry } from '../../rules/index.js';
import type { Rule } from '../engine/rule.js';
import { ConfigError, findConfig, loadConfig } from '../config/load.js';
import { checkCall, RuleCrash } from '../engine/runner.js';
import { buildReport } from '../report/build.js';
import type { CallResult } from '../report/types.js';
import { formatJson } from '../reporters/json.js';
import { formatPretty } from '../reporters/pretty.js';
import { readTranscript } from '../transcript/read.js';
import type { CheckFlags, Io } from '../cli.js';
import { EXIT } from '../cli.js';
import { discover, displayPath } from './discover.js';
import { writeAtomic } from './output.js';
import { progressBar } from './progress.js';

/** Colour on a terminal unless --no-color or NO_COLOR; FORCE_COLOR forces it (0 turns it off). */
export function useColor(flags: Pick<CheckFlags, 'color' | 'output'>, io: Io): boolean {
  if (flags.output || flags.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdout.isTTY === true;
}

/** `catalogue` is the rule registry; tests pass their own. */
export async function runCheck(paths: string[], flags: CheckFlags, io: Io, version: string, catalogue: readonly Rule[] = registry): Promise<number> {
  const configAbs = findConfig(io.cwd, flags.config);
  let config;
  try {
    config = loadConfig(configAbs, catalogue, configAbs ? displayPath(io.cwd, configAbs) : null, {
      ...(flags.locale ? { locale: flags.locale } : {}),
      ...(flags.preset ? { preset: flags.preset } : {}),
    });
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr.write(`etiket: invalid config ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }

  const { files, unmatched } = discover(paths, io.cwd, configAbs);
  for (const p of unmatched) io.stderr.write(`etiket: no transcripts matched "${p}" (looked for .txt, .json and .jsonl files)\n`);
  if (files.length === 0) {
    io.stderr.write('etiket: nothing to check\n');
    return EXIT.usage;
  }
  const outputAbs = flags.output ? resolve(io.cwd, flags.output) : null;
  if (outputAbs && files.some((f) => f.abs === outputAbs)) {
    io.stderr.write(`etiket: --output ${flags.output} is one of the transcripts being checked; refusing to overwrite input\n`);
    return EXIT.usage;
  }

  const results: CallResult[] = [];
  const progress = progressBar(io.stderr, files.length, flags.progress !== false && !io.env.CI);
  files.forEach((f, i) => {
    const parsedCalls = readTranscript(f.abs, f.display, config.speakers);
    if (parsedCalls.length === 0) io.stderr.write(`etiket: skipped ${f.display}: an etiket report, not a transcript\n`);
    for (const parsed of parsedCalls) {
      if (parsed.ok) {
        try {
          results.push(checkCall(parsed.call, config.rules, config.env));
        } catch (e) {
          // A rule bug on one odd call must not stop the batch: that call is reported as an error.
          if (!(e instanceof RuleCrash)) throw e;
          const where = parsed.call.line !== null ? `${f.display}:${parsed.call.line}` : f.display;
          results.push({
            file: f.display, line: parsed.call.line, id: parsed.call.id, agent: null, status: 'error', score: null,
            error: { message: `${where}: internal error: ${e.message} (please report it with this transcript)`, problems: [{ line: parsed.call.line, path: null, message: `internal error: ${e.message}` }] },
            rules: [],
          });
        }
      } else {
        results.push({
          file: f.display, line: parsed.line, id: parsed.id, agent: null, status: 'error', score: null,
          error: { message: parsed.error.message, problems: parsed.error.problems.map((p) => ({ ...p })) },
          rules: [],
        });
      }
    }
    progress.tick(i + 1);
  });
  progress.done();
  if (results.length === 0) {
    io.stderr.write('etiket: nothing to check: no transcripts among the files matched\n');
    return EXIT.usage;
  }

  const report = buildReport(results, config.rules.map((r) => r.rule.id), version);
  const text = flags.format === 'json'
    ? formatJson(report)
    : formatPretty(report, { color: useColor(flags, io), quiet: flags.quiet === true, locale: config.env.locale });
  if (outputAbs) {
    writeAtomic(outputAbs, text);
    io.stderr.write(`etiket: report written to ${displayPath(io.cwd, outputAbs)}\n`);
  } else {
    io.stdout.write(text);
  }

  const s = report.summary;
  if (s.errored > 0 || unmatched.length > 0) return EXIT.usage;
  if (s.failed > 0) return EXIT.failed;
  if (flags.maxWarnings !== undefined && s.warnings > flags.maxWarnings) {
    io.stderr.write(`etiket: ${s.warnings} warnings, more than --max-warnings ${flags.maxWarnings}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}
