// The sample HTML report: the quick-start calls (fixtures/calls) checked by the built CLI with the
// repository's config, written to docs/report.html (or the path given).
// Run after `npm run build`: node scripts/sample-report.mjs [PATH]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'docs', 'report.html'));
if (!existsSync(join(root, 'dist', 'src', 'cli.js'))) throw new Error('run `npm run build` first');
mkdirSync(dirname(out), { recursive: true });
const r = spawnSync(process.execPath, [join(root, 'bin', 'etiket.js'), 'check', 'fixtures/calls', '--config', 'etiket.config.json', '--format', `html:${out}`, '--no-progress'], {
  cwd: root, stdio: ['ignore', 'inherit', 'inherit'],
});
// 1: some quick-start calls fail on purpose; anything else is a real problem.
if (r.status !== 1 || !existsSync(out)) throw new Error(`etiket check --format html: expected exit code 1 and ${out}, got ${r.status}`);
