// Index lookups for the bump bot against the loopback index: PEP 691 JSON and the HTML fallback carry
// yanked / requires-python (/ upload-time), the first index of a chain that knows a package wins, and
// failures are retried, then a clear error.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lookupListings } from '../../src/adapters/release-lookup.js';
import type { PackageOrigin } from '../../src/core/plan/index.js';
import { LocalIndex } from '../support/local-index.js';

let json: LocalIndex;
let html: LocalIndex;
const policy = { attempts: 2, backoffMs: 5, timeoutMs: 500, stallMs: 1000 };

beforeAll(async () => {
  [json, html] = await Promise.all([LocalIndex.start(), LocalIndex.start({ json: false })]);
  for (const index of [json, html]) {
    index.addWheel({ name: 'alpha', version: '1.0.0', requiresPython: '>=3.9' }, { uploadTime: '2025-01-01T00:00:00Z' });
    index.addWheel({ name: 'alpha', version: '1.1.0' }, { yanked: 'broken', requiresPython: '>=3.12,<4' });
  }
  html.addWheel({ name: 'only-html', version: '2.0.0' });
});

afterAll(async () => {
  await json.close();
  await html.close();
});

const chain = (...urls: string[]): PackageOrigin => ({ chains: [urls.map((url) => ({ url }))] });

describe('lookupListings', () => {
  it('reads yanked, requires-python and upload-time from PEP 691 JSON', async () => {
    const listings = await lookupListings(new Map([['alpha', chain(json.url)]]), { policy });
    const [listing] = listings.get('alpha')!;
    expect(listing).toEqual({
      indexUrl: json.url,
      files: [
        { filename: 'alpha-1.0.0-py3-none-any.whl', yanked: false, requiresPython: '>=3.9', uploadTime: '2025-01-01T00:00:00.000Z' },
        { filename: 'alpha-1.1.0-py3-none-any.whl', yanked: true, requiresPython: '>=3.12,<4', uploadTime: expect.any(String) },
      ],
    });
  });

  it('reads the same from an HTML-only index (entities decoded)', async () => {
    const [listing] = (await lookupListings(new Map([['alpha', chain(html.url)]]), { policy })).get('alpha')!;
    expect(listing).toMatchObject({ files: [{ yanked: false, requiresPython: '>=3.9' }, { yanked: true, requiresPython: '>=3.12,<4' }] });
  });

  it('falls through a chain on 404 to the next index, and reports packages nobody knows', async () => {
    const listings = await lookupListings(new Map([['only-html', chain(json.url, html.url)], ['nothing', chain(json.url)]]), { policy });
    expect(listings.get('only-html')![0]).toMatchObject({ indexUrl: html.url });
    expect(listings.get('nothing')).toEqual([{ notFound: [json.url] }]);
  });

  it('retries a 500, then gives a clear error naming the package and index', async () => {
    json.failNext('/simple/alpha/', 500);
    await expect(lookupListings(new Map([['alpha', chain(json.url)]]), { policy })).resolves.toBeDefined();
    json.failNext('/simple/alpha/', 503, 2);
    await expect(lookupListings(new Map([['alpha', chain(json.url)]]), { policy })).rejects.toThrow(`Could not read alpha's releases from ${json.url}: HTTP 503`);
  });

  it('names the index without the credentials in its URL when it fails', async () => {
    json.failNext('/simple/alpha/', 503, 2);
    const withToken = json.url.replace('http://', 'http://bot:ghp_s3cr3t@');
    const error = (await lookupListings(new Map([['alpha', chain(withToken)]]), { policy }).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(`Could not read alpha's releases from ${json.url.replace('http://', 'http://***@')}`);
    expect(error.message).not.toContain('ghp_s3cr3t');
  });

  it('runs lookups concurrently', async () => {
    for (let i = 0; i < 16; i++) json.addWheel({ name: `pkg${i}`, version: '1.0.0' });
    json.setDelay(100);
    const started = Date.now();
    const origins = new Map(Array.from({ length: 16 }, (_, i) => [`pkg${i}`, chain(json.url)] as const));
    const listings = await lookupListings(origins, { policy: { ...policy, timeoutMs: 2000 }, concurrency: 8 });
    json.setDelay(0);
    expect(listings.size).toBe(16);
    // 16 lookups of 100 ms each, 8 at a time: about 2 rounds (sequential would be 1.6 s).
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
