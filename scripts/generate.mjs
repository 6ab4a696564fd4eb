// Writes the generated files from the compiled code: schema/config.json and rules/README.md.
// Run by `npm run generate` after changing a rule's metadata; tests/generated.test.ts fails when the
// committed copies are stale (the build does not regenerate them, so the test can catch drift).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { configJsonSchema, rulesReference } = await import(join(root, 'dist/src/config/json-schema.js'));
const { rules } = await import(join(root, 'dist/rules/index.js'));
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(join(root, 'schema/config.json'), JSON.stringify(configJsonSchema(rules), null, 2) + '\n');
writeFileSync(join(root, 'rules/README.md'), rulesReference(rules));
