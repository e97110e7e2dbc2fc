/**
 * jest globalSetup: fetch (first run only) and verify the real uv wheel, extract uv/uvx under .cache/.
 * Runs once per jest invocation; later runs use the cache without touching the network.
 *
 * jest loads this file with Node's own TypeScript support, which does not map `./x.js` to `x.ts` the way
 * the test runtime does, so the helper is imported by its real file name.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
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
  ensurePackagingVenv(join(here, '..', '..', '.cache', 'packaging-venv'));
}

/** pypa/packaging, pinned, the oracle of __tests__/core/pep/packaging-differential.test.ts. */
export const PACKAGING_VERSION = '26.4';

/**
 * A venv with pypa/packaging from PyPI (first run only), so `npm test` alone runs the differential
 * test. LOCKSTEP_PACKAGING_PYTHON names another interpreter that has packaging instead.
 */
function ensurePackagingVenv(venv: string): void {
  if (process.env.LOCKSTEP_PACKAGING_PYTHON) return;
  const python = join(venv, 'bin', 'python');
  const stamp = join(venv, `.packaging-${PACKAGING_VERSION}`);
  if (existsSync(stamp)) return;
  const started = Date.now();
  rmSync(venv, { recursive: true, force: true });
  const options = { stdio: 'pipe', timeout: 180_000 } as const;
  execFileSync('python3', ['-m', 'venv', venv], options);
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `packaging==${PACKAGING_VERSION}`], options);
  execFileSync(python, ['-c', `open(${JSON.stringify(stamp)}, 'w').close()`], options);
  process.stderr.write(`[lockstep test setup] pypa/packaging ${PACKAGING_VERSION} ready in ${Date.now() - started} ms\n`);
}
