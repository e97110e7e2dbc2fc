/**
 * The streaming cache client (src/adapters/cache/stream-v2.ts) against the stateful fake service:
 * entries it and @actions/cache save are interchangeable, archives bigger than one part go up in
 * blocks and come down in ranges byte for byte, layers restore over their base (and alone when the
 * base was evicted), and it is used only where it makes what the library would.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as cache from '@actions/cache';
import { ActionsCacheBackend } from '../../../src/adapters/cache/actions.js';
import { bulkRequest } from '../../../src/adapters/bulk-http.js';
import { layerMarker, streamingCacheService } from '../../../src/adapters/cache/stream-v2.js';
import { FakeCacheServer } from '../../support/fake-cache-server.js';
import { readFiles, writeFiles } from '../../support/fixture-project.js';

let server: FakeCacheServer;
let root: string;
let store: string;
const savedEnv = { ...process.env };
const streamed = () => new ActionsCacheBackend({ ...process.env, LOCKSTEP_CACHE_STREAMING: 'true' });

function fillStore(files: Record<string, string | Buffer>): void {
  rmSync(store, { recursive: true, force: true });
  mkdirSync(store, { recursive: true });
  writeFiles(store, files);
}

const readStore = () => readFiles(store);

beforeAll(async () => {
  server = await FakeCacheServer.start();
  root = mkdtempSync(path.join(tmpdir(), 'lockstep-stream-v2-'));
  Object.assign(process.env, server.env(), { RUNNER_TEMP: path.join(root, 'runner-temp'), GITHUB_WORKSPACE: path.join(root, 'workspace') });
  delete process.env.GITHUB_SERVER_URL;
  mkdirSync(process.env.RUNNER_TEMP!, { recursive: true });
  mkdirSync(process.env.GITHUB_WORKSPACE!, { recursive: true });
});

beforeEach(() => {
  store = path.join(root, 'runner-temp', `store-${Math.random().toString(36).slice(2)}`);
});

afterEach(() => {
  expect(server.violations).toEqual([]);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
  process.env = savedEnv;
});

describe('the streaming client and @actions/cache share entries', () => {
  it('restores what @actions/cache saved, and @actions/cache restores what it saved', async () => {
    fillStore({ 'wheels-v5/pypi/a/1.0': 'from the library', 'archive-v0/x/m.py': 'print(1)' });
    expect(await cache.saveCache([store], 'interop-lib')).toBeGreaterThan(0);
    rmSync(store, { recursive: true, force: true });
    expect((await streamed().restore([store], 'interop-lib', [])).matchedKey).toBe('interop-lib');
    expect(readStore()).toEqual({ 'wheels-v5/pypi/a/1.0': 'from the library', 'archive-v0/x/m.py': 'print(1)' });

    fillStore({ 'wheels-v5/pypi/b/2.0': 'from the stream' });
    expect((await streamed().save([store], 'interop-stream')).status).toBe('saved');
    rmSync(store, { recursive: true, force: true });
    expect(await cache.restoreCache([store], 'interop-stream', [])).toBe('interop-stream');
    expect(readStore()).toEqual({ 'wheels-v5/pypi/b/2.0': 'from the stream' });
  });

  it('moves an archive of several parts up in blocks and down in ranges, byte for byte', async () => {
    const big = randomBytes(20 * 1024 * 1024);
    fillStore({ 'big.so': big, 'small.txt': 'tail' });
    const before = { blocks: server.count('blob:put:block'), gets: server.count('blob:get') };
    expect((await streamed().save([store], 'parts')).status).toBe('saved');
    expect(server.count('blob:put:block') - before.blocks).toBeGreaterThanOrEqual(3);
    rmSync(store, { recursive: true, force: true });
    expect((await streamed().restore([store], 'parts', [])).matchedKey).toBe('parts');
    expect(server.count('blob:get') - before.gets).toBeGreaterThanOrEqual(3);
    expect(readFileSync(path.join(store, 'big.so')).equals(big)).toBe(true);
    expect(readFileSync(path.join(store, 'small.txt'), 'utf8')).toBe('tail');
  });
});

describe('layers', () => {
  it('restores base + layer on the layer key, the layer’s files winning, the removed ones gone, and leaves no marker behind', async () => {
    const backend = streamed();
    fillStore({ kept: 'base', changed: 'old', 'archive-v0/old-wheel/m.py': 'superseded', 'archive-v0/old-wheel/n.py': 'superseded' });
    expect((await backend.save([store], 'layer-base')).status).toBe('saved');
    writeFileSync(path.join(store, 'changed'), 'new');
    writeFileSync(path.join(store, 'added'), 'added');
    rmSync(path.join(store, 'archive-v0/old-wheel'), { recursive: true });
    const files = ['changed', 'added'].map((f) => path.join(store, f));
    expect((await backend.saveLayer!([store], 'layer-top', 'layer-base', files, [path.join(store, 'archive-v0/old-wheel')])).status).toBe('saved');
    expect(existsSync(layerMarker([store]))).toBe(false);

    rmSync(store, { recursive: true, force: true });
    const restored = await backend.restore([store], 'layer-top', ['layer-']);
    expect(restored).toMatchObject({ matchedKey: 'layer-top', layerBase: 'layer-base' });
    expect(readStore()).toEqual({ kept: 'base', changed: 'new', added: 'added' });
    expect(existsSync(layerMarker([store]))).toBe(false);
  });

  it('a layer cannot remove anything outside the store', async () => {
    const backend = streamed();
    const outside = path.join(root, 'runner-temp', 'precious.txt');
    writeFileSync(outside, 'keep me');
    fillStore({ a: 'base' });
    expect((await backend.save([store], 'esc-base')).status).toBe('saved');
    writeFileSync(path.join(store, 'b'), 'layer');
    expect((await backend.saveLayer!([store], 'esc-top', 'esc-base', [path.join(store, 'b')], [outside, store, path.join(store, '..')])).status).toBe('saved');
    rmSync(store, { recursive: true, force: true });
    expect((await backend.restore([store], 'esc-top', [])).matchedKey).toBe('esc-top');
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(readStore()).toEqual({ a: 'base', b: 'layer' });
  });

  it('with the .venv cached too, removals apply in both folders', async () => {
    const backend = streamed();
    const venv = path.join(root, 'runner-temp', `venv-${Math.random().toString(36).slice(2)}`);
    fillStore({ 'wheels-v5/a': 'a', 'wheels-v5/old': 'superseded' });
    mkdirSync(venv, { recursive: true });
    writeFiles(venv, { 'site-packages/old/__init__.py': 'old', 'site-packages/kept.py': 'kept' });
    expect((await backend.save([store, venv], 'venv-base')).status).toBe('saved');
    rmSync(path.join(store, 'wheels-v5/old'));
    rmSync(path.join(venv, 'site-packages/old'), { recursive: true });
    writeFiles(venv, { 'site-packages/new.py': 'new' });
    const removed = [path.join(store, 'wheels-v5/old'), path.join(venv, 'site-packages/old')];
    expect((await backend.saveLayer!([store, venv], 'venv-top', 'venv-base', [path.join(venv, 'site-packages/new.py')], removed)).status).toBe('saved');
    rmSync(store, { recursive: true, force: true });
    rmSync(venv, { recursive: true, force: true });
    expect((await backend.restore([store, venv], 'venv-top', [])).matchedKey).toBe('venv-top');
    expect(readStore()).toEqual({ 'wheels-v5/a': 'a' });
    expect(readFiles(venv)).toEqual({ 'site-packages/kept.py': 'kept', 'site-packages/new.py': 'new' });
  });

  it('a layer is never a fallback: the restore keys find whole stores only', async () => {
    const backend = streamed();
    fillStore({ a: 'whole' });
    expect((await backend.save([store], 'lf-whole')).status).toBe('saved');
    writeFileSync(path.join(store, 'b'), 'layer');
    expect((await backend.saveLayer!([store], 'lf-layer', 'lf-whole', [path.join(store, 'b')], [])).status).toBe('saved');
    rmSync(store, { recursive: true, force: true });
    expect((await backend.restore([store], 'lf-other', ['lf-'])).matchedKey).toBe('lf-whole');
    expect(readStore()).toEqual({ a: 'whole' });
  });

  it('a layer whose base was evicted is restored alone and reported as a miss, so the store is saved whole', async () => {
    const backend = streamed();
    fillStore({ a: 'base' });
    expect((await backend.save([store], 'ev-base')).status).toBe('saved');
    writeFileSync(path.join(store, 'b'), 'layer');
    expect((await backend.saveLayer!([store], 'ev-top', 'ev-base', [path.join(store, 'b')], [])).status).toBe('saved');
    server.evict('ev-base');
    rmSync(store, { recursive: true, force: true });
    const restored = await backend.restore([store], 'ev-top', []);
    expect(restored.matchedKey).toBeUndefined();
    expect(restored.note).toContain('ev-base is gone');
    expect(readStore()).toEqual({ b: 'layer' });
  });
});

describe('where the streaming client is used', () => {
  const v2 = { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/', ACTIONS_RUNTIME_TOKEN: 't', PATH: process.env.PATH };
  it.each([
    ['github.com, Linux, zstd', v2, 'linux', true],
    ['LOCKSTEP_CACHE_STREAMING=false', { ...v2, LOCKSTEP_CACHE_STREAMING: 'false' }, 'linux', false],
    ['GitHub Enterprise Server (cache service v1)', { ...v2, GITHUB_SERVER_URL: 'https://ghes.example.com' }, 'linux', false],
    ['a proxy', { ...v2, HTTPS_PROXY: 'http://proxy:3128' }, 'linux', false],
    ['macOS (bsdtar)', v2, 'darwin', false],
    ['Windows', v2, 'win32', false],
    ['the v1 service', { ...v2, ACTIONS_CACHE_SERVICE_V2: '' }, 'linux', false],
    ['no zstd on PATH', { ...v2, PATH: '/nonexistent' }, 'linux', false],
  ] as const)('%s', (_what, env, platform, used) => {
    expect(Boolean(streamingCacheService(env as NodeJS.ProcessEnv, platform as NodeJS.Platform))).toBe(used);
  });

  it('reads the service’s answers in JSON names as well as proto names, as @actions/cache does', async () => {
    fillStore({ a: 'camel' });
    expect((await streamed().save([store], 'camel-key')).status).toBe('saved');
    // A results service that answers in camelCase, in front of the fake one.
    const proxy = createServer(async (req, res) => {
      const body = await new Promise<Buffer>((resolve) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
      });
      const upstream = await fetch(`${server.origin}${req.url}`, { method: req.method, headers: { 'Content-Type': 'application/json', Authorization: String(req.headers.authorization) }, body });
      const json = (await upstream.json()) as Record<string, unknown>;
      const camel = Object.fromEntries(Object.entries(json).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]));
      res.writeHead(upstream.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(camel));
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const backend = new ActionsCacheBackend({ ...process.env, LOCKSTEP_CACHE_STREAMING: 'true', ACTIONS_RESULTS_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/` });
      rmSync(store, { recursive: true, force: true });
      expect((await backend.restore([store], 'camel-key', [])).matchedKey).toBe('camel-key');
      expect(readStore()).toEqual({ a: 'camel' });
    } finally {
      proxy.close();
    }
  });

  it('never shows a signed URL’s signature in an error', async () => {
    const error = await bulkRequest(`${server.origin}/devstoreaccount1/actions-cache/999.tzst?sv=1&sp=r&sig=SECRET-SIGNATURE`, { method: 'GET', maxBytes: 100 }, [200]).catch((e: Error) => e);
    expect(String((error as Error).message)).toContain('/devstoreaccount1/actions-cache/999.tzst');
    expect(String((error as Error).message)).not.toContain('SECRET-SIGNATURE');
    server.violations.length = 0;
  });
});
