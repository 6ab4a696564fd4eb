// Writes the generated files from the compiled code: schema/{config,report,transcript}.json and
// rules/README.md (the output of `etiket rules --format md`).
// Run by `npm run generate` after changing a rule's metadata; tests/generated.test.ts fails when the
// committed copies are stale (the build does not regenerate them, so the test can catch drift).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { allSchemas, rulesReference } = await import(join(root, 'dist/src/config/json-schema.js'));
const { rules } = await import(join(root, 'dist/rules/index.js'));
mkdirSync(join(root, 'schema'), { recursive: true });
for (const [name, schema] of Object.entries(allSchemas(rules))) {
  writeFileSync(join(root, `schema/${name}.json`), JSON.stringify(schema, null, 2) + '\n');
}
writeFileSync(join(root, 'rules/README.md'), rulesReference(rules));
