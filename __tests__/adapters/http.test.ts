import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { downloadFile, fetchText, NetworkError, type RetryPolicy } from '../../src/adapters/http.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';

const FAST: RetryPolicy = { attempts: 3, backoffMs: 1, timeoutMs: 2000, stallMs: 500 };
let index: LocalIndex;
let filename: string;
let sha256: string;

beforeAll(async () => {
  index = await LocalIndex.start();
  // Large enough that a truncated body is visibly short.
  const file = index.addWheel({ name: 'big-lib', version: '1.0.0', files: { 'big_lib/data.bin': Buffer.alloc(300_000, 7) } });
  filename = file.filename;
  sha256 = file.sha256;
});

afterAll(async () => {
  await index?.close();
  cleanupTempDirs();
});

describe('downloadFile', () => {
  it('streams to disk and hashes what it wrote', async () => {
    const target = path.join(makeTempDir('dl'), filename);
    const result = await downloadFile(index.fileUrl(filename), target, FAST, () => {}, 'big-lib');
    expect(result.sha256).toBe(sha256);
    expect(readFileSync(target).length).toBe(result.bytes);
  });

  it('retries a truncated body and a dropped connection, and ends with the whole file', async () => {
    index.reset();
    index.failNext(filename, 'truncate');
    index.failNext(filename, 'reset');
    const logged: string[] = [];
    const target = path.join(makeTempDir('dl'), filename);
    const result = await downloadFile(index.fileUrl(filename), target, FAST, (m) => logged.push(m), 'big-lib');
    expect(result.sha256).toBe(sha256);
    expect(index.downloads(filename)).toBe(1);
    expect(logged.join('\n')).toMatch(/retrying/);
  });
});

describe('fetchText', () => {
  it('retries a page whose body breaks off after the headers, and returns the whole page', async () => {
    index.reset();
    index.failNext('/simple/big-lib/', 'truncate');
    const logged: string[] = [];
    const page = await fetchText(`${index.url}/big-lib/`, { Accept: 'application/vnd.pypi.simple.v1+json' }, FAST, (m) => logged.push(m));
    expect(JSON.parse(page.text).files.map((f: { filename: string }) => f.filename)).toEqual([filename]);
    expect(index.requests.filter((r) => r.path === '/simple/big-lib/').map((r) => r.status)).toEqual(['truncated', 200]);
    expect(logged.join('\n')).toMatch(/retrying/);
  });
});

describe('an index URL with credentials in it', () => {
  let server: Server;
  let port: number;
  const seen: (string | undefined)[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      const ok = req.headers.authorization === `Basic ${Buffer.from('ci-user:s3cr3t/tok').toString('base64')}`;
      res.writeHead(ok ? 200 : 401, { 'Content-Type': 'text/html' });
      res.end(ok ? '<a href="/files/x-1.0-py3-none-any.whl">x-1.0-py3-none-any.whl</a>' : 'no');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('is read with a Basic header (fetch refuses user:password in the URL)', async () => {
    const page = await fetchText(`http://ci-user:s3cr3t%2Ftok@127.0.0.1:${port}/simple/x/`, {}, FAST);
    expect(page.text).toContain('x-1.0-py3-none-any.whl');
    expect(page.url).not.toContain('s3cr3t');
  });

  it('never shows the password in an error', async () => {
    const error = await fetchText(`http://ci-user:wrong-s3cr3t@127.0.0.1:${port}/simple/x/`, {}, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`401 from http://***@127.0.0.1:${port}/simple/x/`);
    expect(`${(error as Error).message} ${(error as { url?: string }).url}`).not.toContain('wrong-s3cr3t');
    const unreachable = await fetchText('http://ci-user:wrong-s3cr3t@127.0.0.1:1/simple/x/', {}, { ...FAST, attempts: 1 }).catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(NetworkError);
    expect((unreachable as Error).message).not.toContain('wrong-s3cr3t');
  });
});
