/**
 * jest setupFiles: the runner hides `::debug::` lines unless step debugging is on, so the test run does
 * too. Jobs run in-process write them straight to stdout through @actions/core (e.g. @actions/cache's
 * request logs), which is noise in a test log. `LOCKSTEP_TEST_DEBUG=1 npm test` shows them.
 */
if (!process.env.LOCKSTEP_TEST_DEBUG) {
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && chunk.startsWith('::debug::')) return true;
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
}
export {};
