#!/usr/bin/env node
// `lockstep` CLI entry (package.json "bin"): everything happens in src/cli.
import module from 'node:module';

// Node's on-disk compile cache (Node >= 22.1; a no-op status elsewhere) saves recompiling the bundle
// on every run; measured ~5-8 ms of a ~120 ms `lockstep check`. Enabled before the CLI is imported,
// which is why the import is dynamic: static imports would be compiled before this line runs.
module.enableCompileCache?.();
// A reader that goes away (`lockstep check --format json | head`) is not an error of ours: stop
// quietly, as command-line tools do, instead of an unhandled-'error' stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { runCli } = await import('../cli/main.js');
process.exitCode = await runCli(process.argv.slice(2));
