import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { FakeGitHubReleases, uvArchiveFilename } from '../support/fake-github-releases.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { UV_TEST_VERSION } from '../support/uv-binary.js';

/** The error code of a fresh TCP connection to `url` ('' when it connects). */
function connectError(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve('')));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
  });
}

describe('FakeGitHubReleases', () => {
  let gh: FakeGitHubReleases;
  beforeAll(async () => {
    gh = await FakeGitHubReleases.start({ versions: [UV_TEST_VERSION, '0.13.8'] });
  });
  afterAll(async () => {
    await gh.close();
    cleanupTempDirs();
  });
  beforeEach(() => gh.reset());

  test('serves a release archive shaped like uv-<triple>/uv that matches its published .sha256 and runs', async () => {
    const sums = await (await fetch(gh.downloadUrl(UV_TEST_VERSION, `${uvArchiveFilename()}.sha256`))).text();
    expect(sums).toBe(`${gh.sha256}  ${uvArchiveFilename()}\n`);
    const archive = Buffer.from(await (await fetch(gh.downloadUrl(UV_TEST_VERSION))).arrayBuffer());
    expect(createHash('sha256').update(archive).digest('hex')).toBe(gh.sha256);
    const dir = makeTempDir('gh-release');
    writeFileSync(join(dir, uvArchiveFilename()), archive);
    execFileSync('tar', ['-xzf', uvArchiveFilename()], { cwd: dir });
    const folder = uvArchiveFilename().replace(/\.tar\.gz$/, '');
    expect(execFileSync(join(dir, folder, 'uv'), ['--version'], { encoding: 'utf8' })).toContain(UV_TEST_VERSION);
    expect(execFileSync(join(dir, folder, 'uvx'), ['--version'], { encoding: 'utf8' })).toContain(UV_TEST_VERSION);
    expect(gh.downloads(UV_TEST_VERSION)).toBe(1);
  });

  test('lists releases through the REST path (github.com and GHES layouts); unknown versions 404', async () => {
    for (const api of [gh.url, gh.apiUrl]) {
      const releases = (await (await fetch(`${api}/repos/astral-sh/uv/releases?per_page=100&page=1`)).json()) as { tag_name: string }[];
      expect(releases.map((r) => r.tag_name)).toEqual([UV_TEST_VERSION, '0.13.8']);
    }
    expect((await fetch(gh.downloadUrl('9.9.9'))).status).toBe(404);
  });

  test('faults: wrong checksum, tampered archive, status codes, and a server that is down', async () => {
    gh.failNext('.sha256', 'wrong-checksum');
    expect((await (await fetch(gh.downloadUrl(UV_TEST_VERSION, `${uvArchiveFilename()}.sha256`))).text()).startsWith(gh.sha256)).toBe(false);
    gh.failNext('.tar.gz', 'corrupt');
    const tampered = Buffer.from(await (await fetch(gh.downloadUrl(UV_TEST_VERSION))).arrayBuffer());
    expect(createHash('sha256').update(tampered).digest('hex')).not.toBe(gh.sha256);
    gh.failNext('/download/', 503, 2);
    expect((await fetch(gh.downloadUrl(UV_TEST_VERSION))).status).toBe(503);
    expect((await fetch(gh.downloadUrl(UV_TEST_VERSION))).status).toBe(503);
    expect((await fetch(gh.downloadUrl(UV_TEST_VERSION))).status).toBe(200);

    await gh.setDown(true);
    await expect(fetch(gh.downloadUrl(UV_TEST_VERSION))).rejects.toThrow(/fetch failed/);
    expect(await connectError(gh.url)).toBe('ECONNREFUSED');
    await gh.setDown(false);
    expect((await fetch(gh.downloadUrl(UV_TEST_VERSION))).status).toBe(200);
  });
});
