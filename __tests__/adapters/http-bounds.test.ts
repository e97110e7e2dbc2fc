/**
 * Bounded network reads and credentials that go to the index's origin only (issue 13): attacks from a
 * hostile or broken index on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { downloadFile, fetchText, type RetryPolicy } from '../../src/adapters/http.js';
import { parseJsonProjectPage, SimpleApiIndex, withIndexCredentials } from '../../src/adapters/package-index.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';

const FAST: RetryPolicy = { attempts: 3, backoffMs: 1, timeoutMs: 2000, stallMs: 1000, deadlineMs: 1500 };
let index: LocalIndex;
let filename: string;

beforeAll(async () => {
  index = await LocalIndex.start();
  filename = index.addWheel({ name: 'drip-lib', version: '1.0.0', files: { 'drip_lib/data.bin': Buffer.alloc(20_000, 7) } }).filename;
});

afterAll(async () => {
  await index?.close();
  cleanupTempDirs();
});

describe('a slow-drip server (one byte every 200 ms: never stalls)', () => {
  it('ends a download at the overall deadline, once, without retrying it', async () => {
    index.reset();
    index.failNext(filename, 'drip', 3);
    const started = Date.now();
    const failure = downloadFile(index.fileUrl(filename), path.join(makeTempDir('dl'), filename), FAST, () => {}, 'drip-lib');
    await expect(failure).rejects.toThrow(/did not finish within 2 s \(the server sends too slowly\)/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(index.requests.filter((r) => r.path.endsWith(filename))).toHaveLength(1);
  });

  it('ends an index page read at the deadline too', async () => {
    index.reset();
    index.failNext('/simple/drip-lib/', 'drip', 3);
    await expect(fetchText(`${index.url}/drip-lib/`, {}, FAST)).rejects.toThrow(/did not finish within/);
  });
});

describe('a flood (an index page that never ends)', () => {
  it('stops reading at the size cap instead of buffering hundreds of MB', async () => {
    index.reset();
    index.failNext('/simple/drip-lib/', 'flood');
    const rss = process.memoryUsage().rss;
    await expect(fetchText(`${index.url}/drip-lib/`, {}, { ...FAST, deadlineMs: 20_000, maxTextBytes: 4 * 1024 * 1024 })).rejects.toThrow(/sent more than 4 MB/);
    const sent = index.requests.find((r) => r.fault === 'flood')!.bytes!;
    expect(sent).toBeLessThan(64 * 1024 * 1024);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a download whose announced size passes the cap before writing it', async () => {
    index.reset();
    await expect(downloadFile(index.fileUrl(filename), path.join(makeTempDir('dl'), filename), { ...FAST, maxDownloadBytes: 10 }, () => {}, 'drip-lib')).rejects.toThrow(/sent more than 10 bytes/);
  });
});

describe('index credentials go to the index origin only', () => {
  let privateIndex: LocalIndex;
  let cdn: LocalIndex;

  beforeAll(async () => {
    privateIndex = await LocalIndex.start({ auth: { username: 'bot', password: 's3cret' } });
    cdn = await LocalIndex.start();
  });

  afterAll(async () => {
    await privateIndex?.close();
    await cdn?.close();
  });

  it('downloads a relatively linked file with the index-url credentials (was 401)', async () => {
    const file = privateIndex.addWheel({ name: 'private-lib', version: '1.0.0' });
    const withCredentials = privateIndex.url.replace('http://', 'http://bot:s3cret@');
    const files = await new SimpleApiIndex(withCredentials, FAST).projectFiles('private-lib');
    const target = path.join(makeTempDir('dl'), file.filename);
    const result = await downloadFile(files[0]!.url, target, FAST, () => {}, 'private-lib');
    expect(result.sha256).toBe(file.sha256);
    expect(privateIndex.requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it('sends no credentials to a file on another origin the page links to', () => {
    const indexUrl = 'http://bot:s3cret@127.0.0.1:1/simple';
    // Same host, another port, is another origin; the relative link is the index's own.
    const json = JSON.stringify({ files: [{ filename: 'a-1.0-py3-none-any.whl', url: `${cdn.origin}/files/a-1.0-py3-none-any.whl` }, { filename: 'b-1.0-py3-none-any.whl', url: '../../files/b-1.0-py3-none-any.whl' }] });
    const urls = parseJsonProjectPage(json, 'http://127.0.0.1:1/simple/a/').map((f) => withIndexCredentials(f.url, indexUrl));
    expect(urls).toEqual([`${cdn.origin}/files/a-1.0-py3-none-any.whl`, 'http://bot:s3cret@127.0.0.1:1/files/b-1.0-py3-none-any.whl']);
  });
});
