// Copies the data files the compiled code reads at run time (lexicons) next to it in dist/.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'dist/rules/lexicons'), { recursive: true });
cpSync(join(root, 'rules/lexicons'), join(root, 'dist/rules/lexicons'), { recursive: true });
