/**
 * jest globalSetup: fetch (first run only) and verify the real uv wheel, extract uv/uvx under .cache/.
 * Runs once per jest invocation; later runs use the cache without touching the network.
 *
 * jest loads this file with Node's own TypeScript support, which does not map `./x.js` to `x.ts` the way
 * the test runtime does, so the helper is imported by its real file name.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export default async function globalSetup(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const { ensureUv, UV_TEST_VERSION } = (await import(pathToFileURL(join(here, 'uv-binary.ts')).href)) as typeof import('./uv-binary.js');
  const started = Date.now();
  let fetched = false;
  await ensureUv({
    log: (line) => {
      fetched = true;
      process.stderr.write(`[lockstep test setup] ${line}\n`);
    },
  });
  if (fetched) process.stderr.write(`[lockstep test setup] uv ${UV_TEST_VERSION} ready in ${Date.now() - started} ms\n`);
}
