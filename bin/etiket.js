#!/usr/bin/env node
// Thin launcher: runs the compiled CLI and sets the exit code (0 pass, 1 fail, 2 usage/input error).
import { main } from '../dist/src/cli.js';

// `etiket check … | head`: a reader that stops early is not an error worth a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
