// The command line: parses argv and dispatches. Heavy modules load only when a command runs,
// so `etiket --version` and `--help` start fast.
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';

export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function toolVersion(): string {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'etiket' && pkg.version) return pkg.version;
    } catch { /* try the next candidate */ }
  }
  return '0.0.0';
}

export interface CheckFlags {
  /** NAME or NAME:FILE, repeatable; empty means pretty to stdout. */
  format: string[];
  csvRows?: 'findings' | 'calls';
  config?: string;
  inputFormat?: string;
  agentSpeaker?: string[];
  agentChannel?: string[];
  locale?: 'id' | 'en';
  preset?: 'recommended' | 'strict';
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  progress: boolean;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number >= 0.');
  return Number(value);
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('etiket')
    .description('Check recorded-call transcripts against the telephone-etiquette standard.')
    .version(toolVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    // A fixed width keeps --help identical to the README on any terminal.
    .configureHelp({ helpWidth: 80 });

  program
    .command('check', { isDefault: true })
    .description('check transcripts (files, folders, globs) and report per call (the default command)')
    .argument('[paths...]', 'transcript files (.txt, .json, .jsonl), folders (searched recursively) or globs', ['.'])
    .option('-f, --format <format[:file]>', 'report format: pretty, json, ndjson, csv, junit, sarif, github, html; repeatable, each with its own :file (default: pretty)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--csv-rows <rows>', 'csv: one row per finding or per call').choices(['findings', 'calls']).default('findings'))
    .option('-c, --config <file>', 'config file (default: ./etiket.config.json if present)')
    .option('--input-format <name>', 'read every file as this format: etiket or a vendor export (default: detected per file)')
    .option('--agent-speaker <label>', "an export's speaker label that is the agent (repeatable)", (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--agent-channel <channel>', "an export's channel that is the agent, e.g. ch_1 or 1 (repeatable)", (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--preset <name>', 'rule preset the config builds on (overrides "extends")').choices(['recommended', 'strict']))
    .addOption(new Option('--locale <locale>', 'language of messages: id or en (default: en when the config language is en, else id)').choices(['id', 'en']))
    .option('-o, --output <file>', 'write the report (the one --format without a file) to a file, atomically, instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-q, --quiet', 'pretty report: show only error-severity failures (exit code unchanged)')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--no-progress', 'no progress bar on stderr')
    .action(async (paths: string[], flags: CheckFlags) => {
      const { runCheck } = await import('./cli/check.js');
      setExit(await runCheck(paths, flags, io, toolVersion()));
    });

  program
    .command('rules')
    .description('list the rules with id, default severity and description')
    .addOption(new Option('-f, --format <format>', 'list format (md: the rules reference, rules/README.md)').choices(['pretty', 'json', 'md']).default('pretty'))
    .action(async (flags: { format: 'pretty' | 'json' | 'md' }) => {
      const { runRules } = await import('./cli/rules-command.js');
      setExit(runRules(flags, io));
    });

  program
    .command('explain')
    .description("explain a rule: what it checks, the standard's words, options, examples")
    .argument('<rule-id>', 'a rule id, as `etiket rules` lists them')
    .addOption(new Option('--locale <locale>', 'language of the examples and their messages').choices(['id', 'en']).default('en'))
    .action(async (id: string, flags: { locale: 'id' | 'en' }) => {
      const [{ rules }, { explainRule, unknownRuleMessage }] = await Promise.all([import('../rules/index.js'), import('./cli/explain.js')]);
      const rule = rules.find((r) => r.id === id);
      if (!rule) {
        io.stderr.write(unknownRuleMessage(id, rules));
        return setExit(EXIT.usage);
      }
      io.stdout.write(explainRule(rule, rules, flags.locale));
      setExit(EXIT.ok);
    });

  program
    .command('schema')
    .description('print a JSON Schema: config, report or transcript')
    .addArgument(new Argument('<name>', 'which schema').choices(['config', 'report', 'transcript']))
    .action(async (name: 'config' | 'report' | 'transcript') => {
      const [{ rules }, { allSchemas }] = await Promise.all([import('../rules/index.js'), import('./config/json-schema.js')]);
      io.stdout.write(JSON.stringify(allSchemas(rules)[name], null, 2) + '\n');
      setExit(EXIT.ok);
    });

  return program;
}

/** Runs the CLI; resolves to the exit code (FORMATS.md §5). */
export async function main(argv: readonly string[], io: Io = {
  cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr,
}): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => { code = c; });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    io.stderr.write(`etiket: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.usage;
  }
  return code;
}
