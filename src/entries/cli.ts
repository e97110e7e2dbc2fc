#!/usr/bin/env node
// `lockstep` CLI entry (package.json "bin"): everything happens in src/cli.
import { runCli } from '../cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
