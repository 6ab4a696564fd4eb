// Where the package's own files are, from compiled (dist/src/…) or source (src/…) modules alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The folder holding etiket's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'etiket') return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the etiket package root');
    dir = up;
  }
}
