/**
 * Private indexes the uv way: a named [[tool.uv.index]] gets UV_INDEX_<NAME>_USERNAME / _PASSWORD
 * (uv's env names), for bump's release lookups against a loopback index that demands Basic auth.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { indexNameFor, uvIndexEnvName, withIndexCredentials } from '../../src/adapters/index-credentials.js';
import { lookupListings } from '../../src/adapters/release-lookup.js';
import type { PackageOrigin } from '../../src/core/plan/types.js';
import { LocalIndex } from '../support/local-index.js';

let index: LocalIndex;
const FAST = { attempts: 1, backoffMs: 1, timeoutMs: 2000, stallMs: 2000 };

beforeAll(async () => {
  index = await LocalIndex.start({ auth: { username: 'bot', password: 's3cr:t/pw' } });
  index.addWheel({ name: 'tiny-core', version: '1.0.0' });
});
afterAll(async () => {
  await index?.close();
});

describe('UV_INDEX_<NAME>_USERNAME / _PASSWORD', () => {
  it("names the variables as uv does (upper case, non-alphanumerics to _)", () => {
    expect(uvIndexEnvName('pytorch-cu124')).toBe('PYTORCH_CU124');
    expect(uvIndexEnvName('internal.mirror')).toBe('INTERNAL_MIRROR');
  });

  it('adds them to the named index URL only; credentials already in the URL win', () => {
    const env = { UV_INDEX_INTERNAL_USERNAME: 'bot', UV_INDEX_INTERNAL_PASSWORD: 'p@ss' };
    expect(withIndexCredentials('https://pkgs.example/simple', 'internal', env)).toBe('https://bot:p%40ss@pkgs.example/simple');
    expect(withIndexCredentials('https://pkgs.example/simple', 'other', env)).toBe('https://pkgs.example/simple');
    expect(withIndexCredentials('https://pkgs.example/simple', undefined, env)).toBe('https://pkgs.example/simple');
    expect(withIndexCredentials('https://me:mine@pkgs.example/simple', 'internal', env)).toBe('https://me:mine@pkgs.example/simple');
    expect(indexNameFor('https://pkgs.example/simple/', [{ name: 'internal', url: 'https://pkgs.example/simple' }])).toBe('internal');
  });

  it('bump lookups reach a private named index with them, and fail 401 without', async () => {
    const origins = new Map<string, PackageOrigin>([['tiny-core', { chains: [[{ url: index.url, name: 'internal' }]] }]]);
    const env = { UV_INDEX_INTERNAL_USERNAME: 'bot', UV_INDEX_INTERNAL_PASSWORD: 's3cr:t/pw' };
    const listings = await lookupListings(origins, { env, policy: FAST });
    const listing = listings.get('tiny-core')![0]!;
    expect('files' in listing && listing.files.map((f) => f.filename)).toEqual(['tiny_core-1.0.0-py3-none-any.whl']);
    // The plan keeps the bare URL: nothing downstream (PR body, summary) sees the password.
    expect('indexUrl' in listing && listing.indexUrl).toBe(index.url);
    await expect(lookupListings(origins, { env: {}, policy: FAST })).rejects.toThrow(/401/);
  });
});
