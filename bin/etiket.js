#!/usr/bin/env node
// Thin launcher: runs the compiled CLI and sets the exit code (0 pass, 1 fail, 2 usage/input error).
import { main } from '../dist/src/cli.js';

process.exitCode = await main(process.argv.slice(2));
