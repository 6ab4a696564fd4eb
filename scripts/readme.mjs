// Fills the README's output blocks with what the built CLI really prints:
//   node scripts/readme.mjs           rewrite the blocks (after `npm run build`)
//   node scripts/readme.mjs --bench   also run `npm run bench` and paste its figures
// tests/readme.test.ts fails when a block (other than the bench figures) is stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'etiket.js');

function etiket(args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return r.stdout;
}

/** Block name → its content, fenced. */
export async function blocks() {
  const report = JSON.parse(etiket(['check', 'fixtures/invalid', '--format', 'json']));
  const errors = report.calls.filter((c) => c.error).map((c) => c.error.message)
    .filter((m) => /json-start-not-number|json-trailing-comma|jsonl-bad-lines|text-unknown-label\.txt|text-timestamps-out-of-order|json-speaker-bot|text-hangup/.test(m));
  const finding = JSON.parse(etiket(['check', 'fixtures/calls/inbound-wrong-greeting-afternoon.txt', '--format', 'json'])).calls[0].rules
    .find((r) => r.id === 'greeting-formula').findings[0];
  const table = (await import(join(root, 'dist/src/config/json-schema.js'))).rulesTable((await import(join(root, 'dist/rules/index.js'))).rules, 'rules/');
  const fence = (lang, text) => '```' + lang + '\n' + text.replace(/\n+$/, '') + '\n```';
  return {
    'quickstart-output': fence('text', '$ node bin/etiket.js check fixtures/calls\n' + etiket(['check', 'fixtures/calls', '--no-color'])),
    'help:etiket': fence('text', '$ etiket --help\n' + etiket(['--help'])),
    'help:check': fence('text', '$ etiket check --help\n' + etiket(['check', '--help'])),
    'help:rules': fence('text', '$ etiket rules --help\n' + etiket(['rules', '--help']) + '\n$ etiket rules\n' + etiket(['rules'])),
    'help:explain': fence('text', '$ etiket explain --help\n' + etiket(['explain', '--help'])),
    'explain-output': fence('text', '$ etiket explain caller-hangs-up-first\n' + etiket(['explain', 'caller-hangs-up-first'])),
    'help:schema': fence('text', '$ etiket schema --help\n' + etiket(['schema', '--help'])),
    'quickstart-en': fence('text', '$ node bin/etiket.js check fixtures/calls/inbound-wrong-greeting-afternoon.txt --locale en\n' + etiket(['check', 'fixtures/calls/inbound-wrong-greeting-afternoon.txt', '--no-color', '--locale', 'en'])),
    'english-output': fence('text', '$ node bin/etiket.js check fixtures/calls-en --locale en\n' + etiket(['check', 'fixtures/calls-en', '--no-color', '--locale', 'en'])),
    'errors-output': fence('text', errors.join('\n')),
    'json-finding': fence('json', JSON.stringify(finding, null, 2)),
    'rules-table': table.trimEnd(),
  };
}

export function fill(readme, values) {
  let out = readme;
  for (const [name, content] of Object.entries(values)) {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`README has no block ${name}`);
    out = out.replace(re, (_, a, b) => `${a}${content}\n${b}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const values = await blocks();
  if (process.argv.includes('--bench')) {
    const r = spawnSync('npm', ['run', '--silent', 'bench'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench failed: ${r.stderr}`);
    values['bench-output'] = '```text\n$ npm run bench\n' + r.stdout.trim() + '\n```';
  }
  const path = join(root, 'README.md');
  writeFileSync(path, fill(readFileSync(path, 'utf8'), values));
}
