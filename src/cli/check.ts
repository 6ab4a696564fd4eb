// `etiket check`: config → discover → parse → rules → report → exit code.
import { resolve } from 'node:path';
import { rules as registry } from '../../rules/index.js';
import type { Rule } from '../engine/rule.js';
import { ConfigError, findConfig, loadConfig } from '../config/load.js';
import { checkCall, RuleCrash } from '../engine/runner.js';
import { buildReport } from '../report/build.js';
import type { CallResult } from '../report/types.js';
import { REPORTER_NAMES, REPORTERS, type ReporterName } from '../reporters/index.js';
import { ndjsonLine } from '../reporters/ndjson.js';
import { readTranscript } from '../transcript/read.js';
import { adapterNames } from '../transcript/vendor/read.js';
import type { CheckFlags, Io } from '../cli.js';
import { EXIT } from '../cli.js';
import { discover, displayPath } from './discover.js';
import { writeAtomic } from './output.js';
import { progressBar } from './progress.js';

/** Colour on a terminal unless --no-color or NO_COLOR; FORCE_COLOR forces it (0 turns it off). */
export function useColor(flags: Pick<CheckFlags, 'color'>, io: Io): boolean {
  if (flags.color === false) return false;
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

  if (flags.inputFormat && flags.inputFormat !== 'etiket' && !adapterNames().includes(flags.inputFormat)) {
    io.stderr.write(`etiket: unknown --input-format "${flags.inputFormat}": expected etiket or one of ${adapterNames().join(', ')}\n`);
    return EXIT.usage;
  }
  const { files, unmatched } = discover(paths, io.cwd, configAbs);
  for (const p of unmatched) io.stderr.write(`etiket: no transcripts matched "${p}" (looked for .txt, .json and .jsonl files)\n`);
  if (files.length === 0) {
    io.stderr.write('etiket: nothing to check\n');
    return EXIT.usage;
  }
  const outputs = planOutputs(flags, io.cwd);
  if (typeof outputs === 'string') {
    io.stderr.write(`etiket: ${outputs}\n`);
    return EXIT.usage;
  }
  for (const o of outputs) {
    if (o.file && files.some((f) => f.abs === o.file)) {
      io.stderr.write(`etiket: the ${o.format} report file ${displayPath(io.cwd, o.file)} is one of the transcripts being checked; refusing to overwrite input\n`);
      return EXIT.usage;
    }
  }
  // Only the HTML report draws calls; the others need not keep every utterance in memory.
  const drawsTimelines = outputs.some((o) => o.format === 'html');
  // NDJSON to stdout is streamed, a line per call as it is checked (files go in sorted order).
  const stream = outputs.some((o) => o.format === 'ndjson' && o.file === null);
  const emit = (r: CallResult) => {
    if (stream) io.stdout.write(ndjsonLine(r));
  };

  // Exports of other systems: who the agent is (config speakers.agent, --agent-speaker,
  // --agent-channel), and the phrases and company the role inference may use.
  const vendor = {
    ...(flags.inputFormat ? { inputFormat: flags.inputFormat } : {}),
    hints: {
      agent: [...config.speakers.agent, ...(flags.agentSpeaker ?? []), ...(flags.agentChannel ?? [])],
      customer: config.speakers.customer,
      lexicon: config.env.lexicon,
      lexicons: config.env.lexicons,
      company: config.env.company,
    },
  };
  const results: CallResult[] = [];
  const progress = progressBar(io.stderr, files.length, flags.progress !== false && !io.env.CI);
  files.forEach((f, i) => {
    const parsedCalls = readTranscript(f.abs, f.display, config.speakers, vendor);
    if (parsedCalls.length === 0) io.stderr.write(`etiket: skipped ${f.display}: an etiket report, not a transcript\n`);
    for (const parsed of parsedCalls) {
      if (parsed.ok) {
        try {
          const r = checkCall(parsed.call, config.rules, config.env, { timeline: drawsTimelines });
          results.push(r);
          emit(r);
        } catch (e) {
          // A rule bug on one odd call must not stop the batch: that call is reported as an error.
          if (!(e instanceof RuleCrash)) throw e;
          const where = parsed.call.line !== null ? `${f.display}:${parsed.call.line}` : f.display;
          const r: CallResult = {
            file: f.display, line: parsed.call.line, id: parsed.call.id, agent: null, status: 'error', score: null,
            error: { message: `${where}: internal error: ${e.message} (please report it with this transcript)`, problems: [{ line: parsed.call.line, path: null, message: `internal error: ${e.message}` }] },
            rules: [],
          };
          results.push(r);
          emit(r);
        }
      } else {
        const r: CallResult = {
          file: f.display, line: parsed.line, id: parsed.id, agent: null, status: 'error', score: null,
          error: { message: parsed.error.message, problems: parsed.error.problems.map((p) => ({ ...p })) },
          rules: [],
        };
        results.push(r);
        emit(r);
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
  for (const o of outputs) {
    if (o.format === 'ndjson' && o.file === null) continue; // already streamed
    const text = REPORTERS[o.format](report, {
      color: o.file === null && o.format === 'pretty' && useColor(flags, io),
      quiet: flags.quiet === true,
      locale: config.env.locale,
      csvRows: flags.csvRows ?? 'findings',
      rules: config.rules.map((r) => r.rule),
    });
    if (o.file) {
      writeAtomic(o.file, text);
      io.stderr.write(`etiket: ${o.format} report written to ${displayPath(io.cwd, o.file)}\n`);
    } else {
      io.stdout.write(text);
    }
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

interface Output {
  readonly format: ReporterName;
  /** Absolute path, or null for stdout. */
  readonly file: string | null;
}

/**
 * `--format NAME[:FILE]` (repeatable) and `--output FILE` → where each report goes. One report at
 * most goes to stdout; `--output` sends the one without a file there. Returns a usage error.
 */
export function planOutputs(flags: Pick<CheckFlags, 'format' | 'output'>, cwd: string): Output[] | string {
  const specs = flags.format.length ? flags.format : ['pretty'];
  const outputs: Output[] = [];
  for (const spec of specs) {
    const colon = spec.indexOf(':');
    const name = colon < 0 ? spec : spec.slice(0, colon);
    const file = colon < 0 ? null : spec.slice(colon + 1);
    if (!(REPORTER_NAMES as string[]).includes(name)) return `unknown format "${name}": expected one of ${REPORTER_NAMES.join(', ')}`;
    if (file === '') return `--format ${name}: expected a file name after ":"`;
    outputs.push({ format: name as ReporterName, file: file === null ? null : resolve(cwd, file) });
  }
  const toStdout = outputs.filter((o) => o.file === null);
  if (flags.output) {
    if (toStdout.length !== 1) return `--output needs exactly one --format without a file (got ${toStdout.length}); write --format NAME:FILE instead`;
    const i = outputs.indexOf(toStdout[0]!);
    outputs[i] = { format: toStdout[0]!.format, file: resolve(cwd, flags.output) };
  } else if (toStdout.length > 1) {
    return `only one report can go to stdout (${toStdout.map((o) => o.format).join(', ')}); give the others a file: --format ${toStdout[1]!.format}:FILE`;
  }
  const files = outputs.filter((o) => o.file).map((o) => o.file);
  if (new Set(files).size !== files.length) return 'two reports would be written to the same file';
  return outputs;
}
