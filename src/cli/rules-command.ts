// `etiket rules`: the catalogue with id, default severity and description.
import { rules as catalogue } from '../../rules/index.js';
import type { Io } from '../cli.js';
import { EXIT } from '../cli.js';
import { rulesReference } from '../config/json-schema.js';

export function runRules(flags: { format: 'pretty' | 'json' | 'md' }, io: Io): number {
  if (flags.format === 'md') {
    io.stdout.write(rulesReference(catalogue));
    return EXIT.ok;
  }
  if (flags.format === 'json') {
    const list = catalogue.map((r) => ({
      id: r.id,
      defaultSeverity: r.meta.defaultSeverity,
      description: r.meta.description,
      seed: [...r.meta.seed],
      options: r.meta.options.parse({}),
    }));
    io.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return EXIT.ok;
  }
  const w = Math.max(...catalogue.map((r) => r.id.length));
  const lines = catalogue.map((r) => `${r.id.padEnd(w)}  ${r.meta.defaultSeverity.padEnd(5)}  ${r.meta.description}`);
  io.stdout.write(`${'id'.padEnd(w)}  ${'sev'.padEnd(5)}  description\n${lines.join('\n')}\n`);
  return EXIT.ok;
}
