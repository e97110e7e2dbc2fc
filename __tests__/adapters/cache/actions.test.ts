/**
 * ActionsCacheBackend against the stateful fake service (v2) on 127.0.0.1, with each of its two
 * clients: the real @actions/cache, and lockstep's streaming client (stream-v2.ts, used on Linux):
 * save, exact restore, restore-key fallback newest first, a second reserve of one key, a damaged
 * archive. Then what only the streaming client does: entries either client saved, the other
 * restores; layers over a base; a signed URL never shown.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionsCacheBackend } from '../../../src/adapters/cache/actions.js';
import { FakeCacheServer } from '../../support/fake-cache-server.js';
import { readFiles, writeFiles } from '../../support/fixture-project.js';

let server: FakeCacheServer;

let root: string;
let store: string;
const savedEnv = { ...process.env };

function fillStore(files: Record<string, string | Buffer>): void {
  rmSync(store, { recursive: true, force: true });
  mkdirSync(store, { recursive: true });
  writeFiles(store, files);
}

const readStore = () => readFiles(store);

beforeAll(async () => {
  server = await FakeCacheServer.start();
  root = mkdtempSync(path.join(tmpdir(), 'lockstep-actions-cache-'));
  Object.assign(process.env, server.env(), {
    RUNNER_TEMP: path.join(root, 'runner-temp'),
    GITHUB_WORKSPACE: path.join(root, 'workspace'),
  });
  delete process.env.GITHUB_SERVER_URL;
  delete process.env.ACTIONS_CACHE_MODE;
  mkdirSync(process.env.RUNNER_TEMP!, { recursive: true });
  mkdirSync(process.env.GITHUB_WORKSPACE!, { recursive: true });
});

beforeEach(() => {
  store = path.join(root, `store-${Math.random().toString(36).slice(2)}`);
});

afterEach(() => {
  expect(server.violations).toEqual([]);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
  process.env = savedEnv;
});

const CLIENTS = [
  ['the real @actions/cache', 'false'],
  ['the streaming client', 'true'],
] as const;

describe.each(CLIENTS)('ActionsCacheBackend over %s', (_client, streaming) => {
  let backend: ActionsCacheBackend;
  beforeAll(async () => {
    // A fresh service per client: the same keys are saved again.
    await server.close();
    server = await FakeCacheServer.start();
    Object.assign(process.env, server.env());
    backend = new ActionsCacheBackend({ ...process.env, LOCKSTEP_CACHE_STREAMING: streaming });
    expect(Boolean(backend.saveLayer)).toBe(streaming === 'true');
  });

  it('saves a store and restores it on an exact key', async () => {
    fillStore({ 'wheels-v5/pypi/tiny/tiny-1.0-py3-none-any.whl': 'wheel one', 'CACHEDIR.TAG': 'tag' });
    expect((await backend.save([store], 'k-linux-x64-py3.11-env-lockA')).status).toBe('saved');
    expect(server.count('blob:put') + server.count('blob:put:block')).toBeGreaterThan(0);
    rmSync(store, { recursive: true, force: true });

    const result = await backend.restore([store], 'k-linux-x64-py3.11-env-lockA', ['k-linux-x64-py3.11-env-', 'k-linux-x64-py3.11-']);
    expect(result).toEqual({ matchedKey: 'k-linux-x64-py3.11-env-lockA' });
    expect(readStore()).toEqual({ 'wheels-v5/pypi/tiny/tiny-1.0-py3-none-any.whl': 'wheel one', 'CACHEDIR.TAG': 'tag' });
  });

  it('falls back to the newest entry matching a restore key when the lock changed', async () => {
    fillStore({ a: 'older' });
    expect((await backend.save([store], 'fb-linux-py3.11-env-lock1')).status).toBe('saved');
    fillStore({ a: 'newer' });
    expect((await backend.save([store], 'fb-linux-py3.11-env-lock2')).status).toBe('saved');
    fillStore({ a: 'other platform' });
    expect((await backend.save([store], 'fb-macos-py3.11-env-lock3')).status).toBe('saved');
    rmSync(store, { recursive: true, force: true });

    const result = await backend.restore([store], 'fb-linux-py3.11-env-lock9', ['fb-linux-py3.11-env-', 'fb-linux-py3.11-']);
    expect(result.matchedKey).toBe('fb-linux-py3.11-env-lock2');
    expect(readStore()).toEqual({ a: 'newer' });
  });

  it('reports a miss without a failure when nothing matches', async () => {
    expect(await backend.restore([store], 'none-linux-py3.12-x', ['none-linux-py3.12-'])).toEqual({ matchedKey: undefined });
    expect(readStore()).toEqual({});
  });

  it('answers "exists" (not a failure) when another job saved the key first', async () => {
    fillStore({ a: 'first job' });
    expect((await backend.save([store], 'race-key')).status).toBe('saved');
    const creates = server.count('CreateCacheEntry');
    const uploads = server.count('blob:put') + server.count('blob:put:block');
    fillStore({ a: 'second job' });
    const second = await backend.save([store], 'race-key');
    expect(second.status).toBe('exists');
    // No second archive upload was even attempted (the library looks first; the streaming client
    // reserves before it archives, and the reservation is refused).
    expect(server.count('blob:put') + server.count('blob:put:block')).toBe(uploads);
    expect(server.count('CreateCacheEntry')).toBe(creates + (streaming === 'true' ? 1 : 0));
    expect(server.listEntries().filter((e) => e.key === 'race-key')).toHaveLength(1);
  });

  it('a 409 from a sibling job still uploading the same key is reported as not saved, not thrown', async () => {
    server.reserveAsSibling('sibling-key');
    fillStore({ a: 'mine' });
    const result = await backend.save([store], 'sibling-key');
    expect(result).toMatchObject({ status: 'failed', reported: true });
    expect(server.requests.filter((r) => r.operation === 'CreateCacheEntry').at(-1)?.status).toBe(409);
  });

  it('the fake service refuses a second reserve of one key with 409 already_exists', async () => {
    const body = JSON.stringify({ key: 'dup', version: 'v' });
    const post = () =>
      fetch(`${server.origin}/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body,
      });
    expect((await post()).status).toBe(200);
    const again = await post();
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('already_exists');
  });

  it.each(['truncate', 'garbage'] as const)('a %sd archive is a restore failure, not a crash', async (how) => {
    fillStore({ 'big.bin': 'x'.repeat(200_000), small: 'y' });
    const key = `corrupt-${how}`;
    expect((await backend.save([store], key)).status).toBe('saved');
    server.corrupt(key, how);
    rmSync(store, { recursive: true, force: true });
    const result = await backend.restore([store], key, []);
    expect(result.matchedKey).toBeUndefined();
    expect(result.failure).toContain(key);
  });

  it('stores multi-block uploads the way the Azure SDK sends them (Put Block + Put Block List)', async () => {
    const { BlockBlobClient } = await import('@azure/storage-blob');
    const res = await fetch(`${server.origin}/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ key: 'blocks', version: 'v1' }),
    });
    const { signed_upload_url } = (await res.json()) as { signed_upload_url: string };
    const [blocks, lists] = [server.count('blob:put:block'), server.count('blob:put:blocklist')];
    const data = Buffer.alloc(300_000, 7);
    data.write('head', 0);
    data.write('tail', data.length - 4);
    const file = path.join(root, 'blocks.bin');
    writeFileSync(file, data);
    await new BlockBlobClient(signed_upload_url).uploadFile(file, { blockSize: 64 * 1024, maxSingleShotSize: 64 * 1024, concurrency: 3 });
    expect(server.count('blob:put:block') - blocks).toBe(5);
    expect(server.count('blob:put:blocklist') - lists).toBe(1);
    const fin = await fetch(`${server.origin}/twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ key: 'blocks', version: 'v1', size_bytes: String(data.length) }),
    });
    expect(((await fin.json()) as { ok: boolean }).ok).toBe(true);
    const entry = server.listEntries().find((e) => e.key === 'blocks');
    expect(entry?.blob.data?.equals(data)).toBe(true);
  });

  it('records a protocol violation for an unknown field', async () => {
    const res = await fetch(`${server.origin}/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ key: 'a', version: 'b', restoreKeys: [] }),
    });
    expect(res.status).toBe(400);
    expect(server.violations).toEqual([expect.stringContaining('unknown fields [restoreKeys]')]);
    server.violations.length = 0;
  });
});
