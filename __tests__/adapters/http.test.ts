import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { downloadFile, type RetryPolicy } from '../../src/adapters/http.js';
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
