import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';
import { ensureUv, runUv, sha256File, uvBinaryPath, uvTestEnv, uvWheelPath, UV_TEST_VERSION } from '../support/uv-binary.js';

describe('uv test binary', () => {
  test('globalSetup cached a verified wheel and an executable uv of the pinned version', () => {
    const wheel = uvWheelPath();
    expect(sha256File(wheel)).toBe(readFileSync(`${wheel}.sha256`, 'utf8').trim());
    expect(execFileSync(uvBinaryPath(), ['--version'], { encoding: 'utf8' })).toContain(`uv ${UV_TEST_VERSION}`);
  });

  test('uvTestEnv keeps outer UV_* settings out and points at a dead index unless told otherwise', async () => {
    process.env.UV_INDEX_URL = 'https://pypi.org/simple';
    try {
      const env = uvTestEnv({ cwd: '/tmp' });
      expect(env.UV_INDEX_URL).toBeUndefined();
      expect(env.UV_DEFAULT_INDEX).toBe('http://127.0.0.1:9/simple');
    } finally {
      delete process.env.UV_INDEX_URL;
    }
    const result = await runUv(['--version'], { cwd: makeTempDir('uv'), check: false });
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining(UV_TEST_VERSION) });
  });
});

describe('ensureUv (what globalSetup runs), against a local mirror of PyPI', () => {
  let index: LocalIndex;
  beforeAll(async () => {
    index = await LocalIndex.start();
    index.addFile(uvWheelPath());
  });
  afterAll(async () => {
    await index.close();
    cleanupTempDirs();
  });
  beforeEach(() => index.reset());
  const options = (cacheRoot: string) => ({ cacheRoot, indexUrl: index.url, retryDelayMs: 10 });

  test('fetches once, then works without any request; a truncated wheel or binary is replaced', async () => {
    const cacheRoot = makeTempDir('uv-cache-root');
    const uv = await ensureUv(options(cacheRoot));
    expect(execFileSync(uv, ['--version'], { encoding: 'utf8' })).toContain(UV_TEST_VERSION);
    expect(index.downloads('uv')).toBe(1);
    expect(index.requests[0]).toMatchObject({ path: '/simple/uv/', accept: 'application/vnd.pypi.simple.v1+json' });

    index.reset();
    await ensureUv(options(cacheRoot));
    expect(index.requests).toHaveLength(0);

    truncateSync(uvWheelPath(cacheRoot), 1000); // an interrupted download
    writeFileSync(uv, 'garbage');
    await ensureUv(options(cacheRoot));
    expect(index.downloads('uv')).toBe(1);
    expect(execFileSync(uv, ['--version'], { encoding: 'utf8' })).toContain(UV_TEST_VERSION);
  });

  test('a download whose sha256 does not match the index is retried, and never cached if it keeps failing', async () => {
    const cacheRoot = makeTempDir('uv-cache-root');
    index.failNext('/files/uv-', 'corrupt-hash', 1);
    index.failNext('/simple/uv/', 503, 1);
    await ensureUv(options(cacheRoot));
    expect(index.requests.filter((r) => r.path.startsWith('/files/')).map((r) => r.fault ?? 'ok')).toEqual(['corrupt-hash', 'ok']);

    const other = makeTempDir('uv-cache-root');
    index.failNext('/files/uv-', 'corrupt-hash', 3);
    await expect(ensureUv(options(other))).rejects.toThrow(/sha256 .* != the index's .* after 3 tries; nothing was cached/);
    expect(() => uvWheelPath(other)).toThrow(/wheel not in/);
    expect(existsSync(`${other}/uv/${UV_TEST_VERSION}/uv`)).toBe(false);
  });
});
