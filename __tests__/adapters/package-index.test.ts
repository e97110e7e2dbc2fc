import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HttpStatusError, NetworkError, type RetryPolicy } from '../../src/adapters/http.js';
import { normalizeProjectName, parseHtmlProjectPage, SimpleApiIndex } from '../../src/adapters/package-index.js';
import { LocalIndex } from '../support/local-index.js';

const FAST: RetryPolicy = { attempts: 3, backoffMs: 1, timeoutMs: 2000, stallMs: 2000 };

let jsonIndex: LocalIndex;
let htmlIndex: LocalIndex;

beforeAll(async () => {
  jsonIndex = await LocalIndex.start();
  htmlIndex = await LocalIndex.start({ json: false });
  for (const index of [jsonIndex, htmlIndex]) {
    index.addWheel({ name: 'Tiny_Lib', version: '1.0.0' });
    index.addWheel({ name: 'tiny-lib', version: '1.1.0' }, { yanked: 'broken' });
    index.addSdist({ name: 'tiny-lib', version: '1.1.0' });
  }
});

afterAll(async () => {
  await jsonIndex?.close();
  await htmlIndex?.close();
});

describe('SimpleApiIndex', () => {
  it.each([
    ['PEP 691 JSON', () => jsonIndex],
    ['PEP 503 HTML (an index without JSON)', () => htmlIndex],
  ])('lists every file with its absolute URL, sha256 and yanked flag from %s', async (_, get) => {
    const index = get();
    const files = await new SimpleApiIndex(index.url, FAST).projectFiles('tiny_lib');
    const served = index.listFiles('tiny-lib');
    expect(files.map((f) => f.filename).sort()).toEqual(served.map((f) => f.filename).sort());
    for (const file of files) {
      const expected = served.find((s) => s.filename === file.filename)!;
      expect(file.sha256).toBe(expected.sha256);
      expect(file.url).toBe(index.fileUrl(file.filename));
      expect(file.yanked).toBe(Boolean(expected.yanked));
    }
  });

  it('asks for JSON first through the Accept header', async () => {
    jsonIndex.reset();
    await new SimpleApiIndex(`${jsonIndex.url}/`, FAST).projectFiles('tiny-lib');
    expect(jsonIndex.requests[0]?.accept).toMatch(/^application\/vnd\.pypi\.simple\.v1\+json/);
    expect(jsonIndex.requests[0]?.path).toBe('/simple/tiny-lib/');
  });

  it('retries a 503 with backoff and succeeds', async () => {
    jsonIndex.reset();
    jsonIndex.failNext('/simple/tiny-lib/', 503, 2);
    const logged: string[] = [];
    const files = await new SimpleApiIndex(jsonIndex.url, FAST, (m) => logged.push(m)).projectFiles('tiny-lib');
    expect(files.length).toBe(3);
    expect(jsonIndex.requests.length).toBe(3);
    expect(logged[0]).toMatch(/HTTP 503 .* retrying in 1 ms \(attempt 2 of 3\)/);
  });

  it('gives up after its attempts when the index never answers (timeout)', async () => {
    jsonIndex.reset();
    jsonIndex.failNext('/simple/tiny-lib/', 'timeout', 2);
    const started = Date.now();
    await expect(new SimpleApiIndex(jsonIndex.url, { ...FAST, attempts: 2, timeoutMs: 200 }).projectFiles('tiny-lib')).rejects.toThrow(NetworkError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(jsonIndex.requests.length).toBe(2);
  });

  it('does not retry a 404', async () => {
    jsonIndex.reset();
    await expect(new SimpleApiIndex(jsonIndex.url, FAST).projectFiles('no-such-project')).rejects.toThrow(HttpStatusError);
    expect(jsonIndex.requests.length).toBe(1);
  });
});

describe('parseHtmlProjectPage', () => {
  it('resolves relative hrefs, reads the sha256 fragment and decodes entities', () => {
    const html = `<html><body>
      <a href="../../files/a-1.0-py3-none-any.whl#sha256=${'AB'.repeat(32)}" data-requires-python="&gt;=3.9">a-1.0-py3-none-any.whl</a>
      <a href="https://cdn.example/a-1.0.tar.gz?x=1&amp;y=2" data-yanked="">a-1.0.tar.gz</a>
    </body></html>`;
    expect(parseHtmlProjectPage(html, 'https://mirror.example/simple/a/')).toEqual([
      { filename: 'a-1.0-py3-none-any.whl', url: 'https://mirror.example/files/a-1.0-py3-none-any.whl', sha256: 'ab'.repeat(32), yanked: false },
      { filename: 'a-1.0.tar.gz', url: 'https://cdn.example/a-1.0.tar.gz?x=1&y=2', sha256: undefined, yanked: true },
    ]);
  });

  it('normalises project names as PEP 503 says', () => {
    expect(normalizeProjectName('Tiny_Lib.Extra--x')).toBe('tiny-lib-extra-x');
  });
});
