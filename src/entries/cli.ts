#!/usr/bin/env node
// `lockstep` CLI entry (package.json "bin"): everything happens in src/cli.
import module from 'node:module';

// Node's on-disk compile cache (Node >= 22.1; a no-op status elsewhere) saves recompiling the bundle
// on every run; measured ~5-8 ms of a ~120 ms `lockstep check`. Enabled before the CLI is imported,
// which is why the import is dynamic: static imports would be compiled before this line runs.
module.enableCompileCache?.();
const { runCli } = await import('../cli/main.js');
process.exitCode = await runCli(process.argv.slice(2));
