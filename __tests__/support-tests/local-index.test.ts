import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cleanupTempDirs, makeProject, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex, SIMPLE_JSON } from '../support/local-index.js';
import { runUv, uvBinaryPath } from '../support/uv-binary.js';

const run = promisify(execFile);

/** uv with a private cache, pointed at the local index only, never the internet. */
async function uv(args: string[], cwd: string, index: LocalIndex, cacheDir: string) {
  return run(uvBinaryPath(), args, {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      UV_CACHE_DIR: cacheDir,
      UV_DEFAULT_INDEX: index.url,
      UV_PYTHON_DOWNLOADS: 'never',
      UV_HTTP_TIMEOUT: '5',
      UV_NO_PROGRESS: '1',
    },
  });
}

const pyproject = (deps: string[]) =>
  `[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [${deps.map((d) => JSON.stringify(d)).join(', ')}]\n`;

describe('LocalIndex', () => {
  let index: LocalIndex;
  beforeAll(async () => {
    index = await LocalIndex.start();
    index.addWheel({ name: 'Tiny_Lib', version: '1.0.0', requiresDist: ['dep-one>=2'] });
    index.addWheel({ name: 'tiny-lib', version: '1.1.0', requiresDist: ['dep-one>=2'] }, { yanked: 'broken import' });
    index.addWheel({ name: 'dep-one', version: '2.0.0', requiresPython: '>=3.8' });
    index.addWheel({ name: 'dep-one', version: '3.0.0', requiresPython: '>=3.99' });
    index.addSdist({ name: 'dep-one', version: '3.0.0' });
  });
  afterAll(async () => {
    await index.close();
    cleanupTempDirs();
  });
  beforeEach(() => index.reset());

  test('JSON (PEP 691/700) when asked for it: hashes, yanked, requires-python, core metadata, versions', async () => {
    const response = await fetch(`${index.url}/tiny-lib/`, { headers: { Accept: SIMPLE_JSON } });
    expect(response.headers.get('content-type')).toBe(SIMPLE_JSON);
    const body = (await response.json()) as { name: string; versions: string[]; files: Record<string, unknown>[] };
    expect(body.name).toBe('tiny-lib');
    expect(body.versions).toEqual(['1.0.0', '1.1.0']);
    const yanked = body.files.find((f) => f.filename === 'tiny_lib-1.1.0-py3-none-any.whl')!;
    expect(yanked.yanked).toBe('broken import');
    expect(yanked['core-metadata']).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(typeof yanked['upload-time']).toBe('string');
    const dep = await (await fetch(`${index.url}/dep-one/`, { headers: { Accept: SIMPLE_JSON } })).json() as typeof body;
    expect(dep.files.map((f) => [f.filename, f['requires-python']])).toEqual([
      ['dep_one-2.0.0-py3-none-any.whl', '>=3.8'],
      ['dep_one-3.0.0-py3-none-any.whl', '>=3.99'],
      ['dep_one-3.0.0.tar.gz', null],
    ]);
  });

  test('HTML (PEP 503) otherwise, with #sha256 fragments, data-yanked, data-requires-python, metadata attributes', async () => {
    const response = await fetch(`${index.url}/dep-one/`, { headers: { Accept: 'text/html' } });
    expect(response.headers.get('content-type')).toMatch(/^application\/vnd\.pypi\.simple\.v1\+html/);
    const html = await response.text();
    expect(html).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/files\/dep_one-3\.0\.0-py3-none-any\.whl#sha256=[0-9a-f]{64}"/);
    expect(html).toContain('data-requires-python="&gt;=3.99"');
    expect(html).toMatch(/data-core-metadata="sha256=[0-9a-f]{64}"/);
    expect(await (await fetch(`${index.url}/tiny-lib/`)).text()).toContain('data-yanked="broken import"');
    // non-normalized names redirect to the normalized page, as PyPI does
    expect((await fetch(`${index.url}/Tiny_Lib/`, { redirect: 'manual' })).headers.get('location')).toBe('/simple/tiny-lib/');
    expect(await (await fetch(`${index.url}/`, { headers: { Accept: SIMPLE_JSON } })).json()).toEqual({
      meta: { 'api-version': '1.1' },
      projects: [{ name: 'dep-one' }, { name: 'tiny-lib' }],
    });
  });

  test('uv locks and syncs from it: skips the yanked release and the Python-incompatible one, counts downloads', async () => {
    const project = makeProject({ 'pyproject.toml': pyproject(['tiny-lib']) });
    const cache = makeTempDir('uv-cache');
    await uv(['lock'], project, index, cache);
    const lock = readFileSync(join(project, 'uv.lock'), 'utf8');
    expect(lock).toMatch(/name = "tiny-lib"\nversion = "1\.0\.0"/);
    expect(lock).toMatch(/name = "dep-one"\nversion = "2\.0\.0"/);
    expect(index.downloads('tiny-lib')).toBe(0); // resolved from PEP 658 metadata alone

    await uv(['sync', '--locked'], project, index, cache);
    expect(existsSync(join(project, '.venv/lib/python3.11/site-packages/tiny_lib/__init__.py'))).toBe(true);
    expect(index.downloads('tiny_lib-1.0.0-py3-none-any.whl')).toBe(1);
    expect(index.downloads('dep-one')).toBe(1);
    const { stdout } = await run(join(project, '.venv/bin/python'), ['-c', 'import tiny_lib, dep_one; print(tiny_lib.__version__)']);
    expect(stdout.trim()).toBe('1.0.0');

    // a second venv from the warm cache downloads nothing
    index.reset();
    rmSync(join(project, '.venv'), { recursive: true });
    await uv(['sync', '--locked'], project, index, cache);
    expect(index.totalDownloads()).toBe(0);
  });

  test.each([
    ['--default-index', (url: string) => ({ args: ['--default-index', url], env: {} })],
    ['--index-url', (url: string) => ({ args: ['--index-url', url], env: {} })],
    ['UV_INDEX_URL', (url: string) => ({ args: [], env: { UV_INDEX_URL: url } })],
  ])('uv finds it through %s', async (_how, configure) => {
    const project = makeProject({ 'pyproject.toml': pyproject(['dep-one']) });
    const { args, env } = configure(index.url);
    await runUv(['lock', ...args], { cwd: project, cacheDir: makeTempDir('uv-cache'), env: { UV_DEFAULT_INDEX: undefined, ...env } });
    expect(readFileSync(join(project, 'uv.lock'), 'utf8')).toContain(`registry = "${index.url}"`);
  });

  test('an injected 500 is retried by uv; a corrupted file fails the hash check', async () => {
    const project = makeProject({ 'pyproject.toml': pyproject(['dep-one==2.0.0']) });
    index.failNext('/simple/dep-one/', 500, 1);
    await uv(['lock'], project, index, makeTempDir('uv-cache'));
    expect(index.requests.filter((r) => r.path === '/simple/dep-one/').map((r) => r.status)).toEqual([500, 200]);

    index.failNext('dep_one-2.0.0-py3-none-any.whl', 'corrupt-hash', 5);
    const failure = uv(['sync', '--locked'], project, index, makeTempDir('uv-cache'));
    await expect(failure).rejects.toMatchObject({ stderr: expect.stringMatching(/hash/i) });
  });

  test('a truncate fault cuts a page or a file short after announcing its full length', async () => {
    index.failNext(/^\/(simple|files)\//, 'truncate', 2);
    await expect(fetch(`${index.url}/tiny-lib/`).then((r) => r.text())).rejects.toThrow();
    await expect(fetch(index.fileUrl('dep_one-2.0.0-py3-none-any.whl')).then((r) => r.arrayBuffer())).rejects.toThrow();
    expect(index.requests.map((r) => r.status)).toEqual(['truncated', 'truncated']);
    expect(index.downloads('dep-one')).toBe(0);
    expect((await fetch(index.fileUrl('dep_one-2.0.0-py3-none-any.whl'))).status).toBe(200);
  });

  test('project pages carry ETag / Last-Modified; If-None-Match with the current ETag gets 304, a changed page 200', async () => {
    const first = await fetch(`${index.url}/dep-one/`, { headers: { Authorization: 'Basic eDp5' } });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(new Date(first.headers.get('last-modified')!).getTime()).not.toBeNaN();
    expect(index.requests.at(-1)?.authorization).toBe('Basic eDp5');
    const again = await fetch(`${index.url}/dep-one/`, { headers: { 'If-None-Match': etag } });
    expect([again.status, await again.text()]).toEqual([304, '']);
    index.addWheel({ name: 'dep-one', version: '3.1.0' });
    try {
      expect((await fetch(`${index.url}/dep-one/`, { headers: { 'If-None-Match': etag } })).status).toBe(200);
    } finally {
      index.removeFile('dep_one-3.1.0-py3-none-any.whl');
    }
  });

  test('a timeout fault holds the request until the client gives up', async () => {
    index.failNext('/simple/tiny-lib/', 'timeout');
    const started = Date.now();
    await expect(fetch(`${index.url}/tiny-lib/`, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(index.requests.at(-1)).toMatchObject({ path: '/simple/tiny-lib/', status: 'timeout' });
    expect((await fetch(`${index.url}/tiny-lib/`)).status).toBe(200);
  });

  test('PEP 700 upload-time is what uv --exclude-newer reads; local versions (+cu124) are served and locked', async () => {
    const timed = await LocalIndex.start();
    try {
      timed.addWheel({ name: 'flavoured', version: '2.5.1+cu124' }, { uploadTime: '2024-01-10T00:00:00Z' });
      timed.addWheel({ name: 'flavoured', version: '2.6.0+cu124' }, { uploadTime: '2025-01-10T00:00:00Z' });
      const project = makeProject({ 'pyproject.toml': pyproject(['flavoured']) });
      await uv(['lock', '--exclude-newer', '2024-06-01T00:00:00Z'], project, timed, makeTempDir('uv-cache'));
      expect(readFileSync(join(project, 'uv.lock'), 'utf8')).toMatch(/name = "flavoured"\nversion = "2\.5\.1\+cu124"/);
      await uv(['lock', '--upgrade'], project, timed, makeTempDir('uv-cache'));
      expect(readFileSync(join(project, 'uv.lock'), 'utf8')).toMatch(/version = "2\.6\.0\+cu124"/);
    } finally {
      await timed.close();
    }
  });

  test('an HTML-only index (json: false) still serves uv, which falls back to PEP 503', async () => {
    const htmlOnly = await LocalIndex.start({ json: false, delayMs: 20 });
    try {
      htmlOnly.addWheel({ name: 'plain', version: '1.0' });
      const project = makeProject({ 'pyproject.toml': pyproject(['plain']) });
      const started = Date.now();
      await uv(['lock'], project, htmlOnly, makeTempDir('uv-cache'));
      expect(Date.now() - started).toBeGreaterThanOrEqual(20);
      expect(readFileSync(join(project, 'uv.lock'), 'utf8')).toContain('name = "plain"');
      const page = await fetch(`${htmlOnly.url}/plain/`, { headers: { Accept: SIMPLE_JSON } });
      expect(page.headers.get('content-type')).toMatch(/html/);
    } finally {
      await htmlOnly.close();
    }
  });

  test('a custom root (/whl/cu124, like the PyTorch indexes) serves the same API there', async () => {
    const torchIndex = await LocalIndex.start({ root: '/whl/cu124' });
    try {
      torchIndex.addWheel({ name: 'torch', version: '2.5.1+cu124', tag: 'cp311-cp311-manylinux_2_17_x86_64' });
      expect(torchIndex.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/whl\/cu124$/);
      const body = (await (await fetch(`${torchIndex.url}/torch/`, { headers: { Accept: SIMPLE_JSON } })).json()) as { files: { filename: string; url: string }[] };
      expect(body.files[0]!.filename).toBe('torch-2.5.1+cu124-cp311-cp311-manylinux_2_17_x86_64.whl');
      expect((await fetch(body.files[0]!.url)).status).toBe(200);
      expect((await fetch(`${torchIndex.origin}/simple/torch/`)).status).toBe(404);
    } finally {
      await torchIndex.close();
    }
  });
  test('setLimits: a bandwidth cap shared by concurrent downloads, latency per request; bytesServed counts bodies', async () => {
    const slow = await LocalIndex.start({ limits: { bytesPerSecond: 20 * 1024 * 1024, latencyMs: 50 } });
    try {
      const files = ['a', 'b'].map((name) => slow.addFile(randomBytes(2 * 1024 * 1024), { filename: `${name}-1.0-py3-none-any.whl` }));
      const t0 = performance.now();
      const bodies = await Promise.all(files.map(async (f) => Buffer.from(await (await fetch(slow.fileUrl(f.filename))).arrayBuffer())));
      const both = performance.now() - t0;
      // 4 MiB at 20 MiB/s over one shared link: ≥ 200 ms (plus the latency), not 100 ms each in parallel.
      expect(both).toBeGreaterThanOrEqual(190);
      expect(bodies.map((b) => b.equals(files[bodies.indexOf(b)]!.data))).toEqual([true, true]);
      expect(slow.bytesServed()).toBe(4 * 1024 * 1024);
      const t1 = performance.now();
      expect((await fetch(`${slow.url}/a/`)).status).toBe(200);
      expect(performance.now() - t1).toBeGreaterThanOrEqual(45);
      slow.setLimits({});
      slow.reset();
      const t2 = performance.now();
      await (await fetch(slow.fileUrl(files[0]!.filename))).arrayBuffer();
      // Half the bytes with no cap and no latency: faster than the capped pair (relative, not a fixed
      // number of milliseconds, so a busy machine slows both sides alike).
      expect(performance.now() - t2).toBeLessThan(both);
      expect(slow.bytesServed()).toBe(2 * 1024 * 1024);
    } finally {
      await slow.close();
    }
  });
});
