// The README documents the CLI as it is: its output blocks are what the built CLI prints now
// (refresh with `node scripts/readme.mjs`), and it names every flag, config key, rule and exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { CONFIG_KEYS } from '../src/config/schema.js';
// @ts-expect-error: a plain ESM script without types
import { blocks, fill } from '../scripts/readme.mjs';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the real output of the quick start, --help, errors, a JSON finding and the generated rules table', async () => {
    const values = (await blocks()) as Record<string, string>;
    expect(Object.keys(values).length).toBeGreaterThanOrEqual(6);
    expect(fill(readme, values)).toBe(readme);
  });
  it('documents every config key, rule and exit code', () => {
    for (const key of CONFIG_KEYS) expect(readme, key).toContain(`\`${key}`);
    for (const r of rules) expect(readme, r.id).toContain(`[\`${r.id}\`](rules/${r.id}.md)`);
    for (const code of ['| 0 |', '| 1 |', '| 2 |']) expect(readme).toContain(code);
  });
  it('names every check flag in its prose as well as in the help', () => {
    for (const flag of ['--format', '--config', '--output', '--max-warnings', '--quiet', '--no-color', '--no-progress', '--locale', '--preset', '--csv-rows', '--input-format', '--agent-speaker', '--agent-channel']) {
      expect(readme, flag).toContain(`**\`${flag}`);
    }
  });
});
