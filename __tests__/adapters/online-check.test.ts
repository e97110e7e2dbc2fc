// check --online against loopback indexes: a lock made by the real uv, then rotted the ways locks rot.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { retryPolicyFromEnv } from '../../src/adapters/http.js';
import { checkOnline as checkOnlineQueries, checkReportOnline, indexCredentials, type OnlineCheckOptions } from '../../src/adapters/online-check.js';
import { PageCache } from '../../src/adapters/page-cache.js';
import { readProjectFiles } from '../../src/adapters/project-files.js';
import type { Finding } from '../../src/core/findings.js';
import { checkProject } from '../../src/core/matrix/engine.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';
import { runUv } from '../support/uv-binary.js';
import { RotWorld } from '../jobs/rot-scenario.js';

let world: RotWorld;

beforeAll(async () => {
  world = await RotWorld.start();
});

afterEach(() => world.restore());

afterAll(async () => {
  await world?.close();
  cleanupTempDirs();
});

async function checkOnline(options: Partial<OnlineCheckOptions> = {}) {
  const dir = world.project();
  const files = readProjectFiles(dir);
  const report = checkProject(files, {});
  const env = world.env();
  const online = await checkReportOnline(files, report, {
    policy: retryPolicyFromEnv(env),
    cache: new PageCache(makeTempDir('pages')),
    env,
    ...options,
  });
  const added = online.report.findings.slice(report.findings.length);
  return { ...online, added, lockLine: (pkg: string) => report.packages.find((p) => p.name === pkg)!.line };
}

const codes = (findings: Finding[]) => findings.map((f) => `${f.code}:${f.package ?? '-'}`).sort();

describe('check --online', () => {
  it('finds every locked file served: no findings, one Simple API request per project, one HEAD for the direct URL', async () => {
    const { added, summary, report } = await checkOnline();
    expect(added).toEqual([]);
    expect(summary).toMatchObject({ artifacts: 5, served: 5, missing: 0, yanked: 0, unchecked: 0 });
    const pages = world.index.requests.filter((r) => r.path.startsWith('/simple/')).map((r) => r.path).sort();
    expect(pages).toEqual(['/simple/alpha/', '/simple/beta/', '/simple/delta/', '/simple/gamma/']);
    expect(world.index.requests.every((r) => r.accept.startsWith('application/vnd.pypi.simple.v1+json'))).toBe(true);
    expect(world.releases.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`HEAD /files/${world.files.direct}`]);
    // Nothing was downloaded to answer the question.
    expect(world.index.totalDownloads() + world.releases.totalDownloads()).toBe(0);
    expect(report.online?.problems).toEqual([]);
  });

  it('reports a file removed after locking as artifact-missing on its uv.lock line, naming the newest version still served', async () => {
    world.index.removeFile(world.files.alpha);
    const { added, lockLine } = await checkOnline();
    expect(codes(added)).toEqual(['artifact-missing:alpha']);
    const [finding] = added;
    expect(finding).toMatchObject({ severity: 'error', file: 'uv.lock', line: lockLine('alpha'), version: '1.0.0' });
    expect(finding!.message).toContain(`${world.files.alpha} is no longer served by 127.0.0.1`);
    expect(finding!.message).toContain('Newest version still served: 1.1.0');
    expect(finding!.message).toContain('`alpha==1.1.0`');
    expect(finding!.message).toMatch(/fails on cp311-/);
  });

  it('reports a file replaced under the same filename (another sha256) as not the locked artifact', async () => {
    world.index.addWheel({ name: 'beta', version: '1.0.0', files: { 'beta/__init__.py': 'tampered = True\n' } });
    const { added } = await checkOnline();
    expect(codes(added)).toEqual(['artifact-missing:beta']);
    expect(added[0]!.message).toMatch(/with another sha256 .*not the locked artifact/);
    // Same version, new bytes: not "upgrade", but find out why, then record the new hash.
    expect(added[0]!.message).toMatch(/tampering\?\) before trusting it; `uv lock --refresh-package beta`/);
  });

  it('reports a yanked release as a warning quoting the reason', async () => {
    world.index.addWheel({ name: 'delta', version: '1.0.0' }, { yanked: 'corrupt metadata, use 1.0.1' });
    const { added, lockLine } = await checkOnline();
    expect(codes(added)).toEqual(['artifact-yanked:delta']);
    expect(added[0]).toMatchObject({ severity: 'warning', line: lockLine('delta') });
    expect(added[0]!.message).toContain('"corrupt metadata, use 1.0.1"');
  });

  it('reports a project whose page is gone (404) as missing with nothing served', async () => {
    world.index.removeFile(world.files.gamma);
    const { added } = await checkOnline();
    expect(codes(added)).toEqual(['artifact-missing:gamma']);
    expect(added[0]!.message).toContain('serves no installable version of gamma');
  });

  it('reports a direct-URL wheel that answers 404 as missing', async () => {
    world.releases.removeFile(world.files.direct);
    const { added } = await checkOnline();
    expect(codes(added)).toEqual(['artifact-missing:direct']);
    expect(added[0]!.message).toContain('HTTP 404');
  });

  it('falls back to a GET of byte 0 where HEAD is refused', async () => {
    world.releases.failNext(world.files.direct, 405);
    const { added } = await checkOnline();
    expect(added).toEqual([]);
    expect(world.releases.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['HEAD 405', 'GET 200']);
  });

  it('an index that is down is a clear failure, never a false "missing"', async () => {
    world.index.failNext('/simple/', 'reset', 100);
    const { added, summary } = await checkOnline();
    expect(codes(added)).toEqual(['artifact-unchecked:-']);
    expect(added[0]!.severity).toBe('error');
    expect(added[0]!.message).toMatch(/could not check 4 locked file\(s\) from 127\.0\.0\.1:\d+ .*none is reported missing/);
    expect(summary).toMatchObject({ missing: 0, unchecked: 4, served: 1 });
  });

  it('retries a 5xx and then reads the page', async () => {
    world.index.failNext('/simple/alpha/', 503, 2);
    const logged: string[] = [];
    const { added } = await checkOnline({ log: (m) => logged.push(m) });
    expect(added).toEqual([]);
    expect(world.index.requests.filter((r) => r.path === '/simple/alpha/').map((r) => r.status)).toEqual([503, 503, 200]);
    expect(logged.join('\n')).toMatch(/HTTP 503.*retrying/);
  });

  it('stops at the overall deadline on a slow host: what has not answered is unchecked, with a progress line meanwhile', async () => {
    world.index.setDelay(5000);
    const progress: string[] = [];
    const started = Date.now();
    const { added, summary } = await checkOnline({ deadlineMs: 700, progress: (l) => progress.push(l), progressEveryMs: 200 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(codes(added)).toEqual(['artifact-unchecked:-']);
    expect(added[0]!.message).toContain('deadline');
    expect(summary.missing).toBe(0);
    expect(progress[0]).toMatch(/checking locked files online: \d+ of 5/);
  });

  it('revalidates cached pages with If-None-Match: the second run gets 304s and the same answer', async () => {
    const cache = new PageCache(makeTempDir('pages'));
    await checkOnline({ cache });
    world.index.reset();
    world.index.removeFile(world.files.alpha); // alpha's page changes, the others do not
    const second = await checkOnline({ cache });
    expect(codes(second.added)).toEqual(['artifact-missing:alpha']);
    const statuses = Object.fromEntries(world.index.requests.map((r) => [r.path, r.status]));
    expect(statuses).toEqual({ '/simple/alpha/': 200, '/simple/beta/': 304, '/simple/delta/': 304, '/simple/gamma/': 304 });
    expect(second.summary.fromCache).toBe(3);
  });

  it('sends credentials for a named index from UV_INDEX_<NAME>_USERNAME / _PASSWORD, and only to it', async () => {
    const credentialed = indexCredentials([{ name: 'private-mirror', url: world.index.url }], {
      UV_INDEX_PRIVATE_MIRROR_USERNAME: 'bot',
      UV_INDEX_PRIVATE_MIRROR_PASSWORD: 's3cret',
    });
    await checkOnline({ credentialed });
    const basic = `Basic ${Buffer.from('bot:s3cret').toString('base64')}`;
    expect(world.index.requests.every((r) => r.authorization === basic)).toBe(true);
    expect(world.releases.requests.every((r) => r.authorization === undefined)).toBe(true);
  });
});

describe('checkOnline', () => {
  it('reads PEP 503 HTML from an index without JSON: filename, sha256 and the yank reason', async () => {
    const html = await LocalIndex.start({ json: false });
    try {
      const kept = html.addWheel({ name: 'lib', version: '1.0.0' }, { yanked: 'broken on 3.12' });
      html.addWheel({ name: 'lib', version: '0.9.0' });
      const artifact = (filename: string, sha256: string) => ({ package: 'lib', version: '1.0.0', filename, kind: 'wheel' as const, sha256, targets: ['cp311-x86_64-manylinux_2_28'] });
      const queries = [{ kind: 'index' as const, indexUrl: html.url, project: 'lib', artifacts: [artifact(kept.filename, kept.sha256), artifact('lib-1.0.0-cp311-cp311-manylinux_2_28_x86_64.whl', 'ab'.repeat(32))] }];
      const { judgement } = await checkOnlineQueries(queries, { policy: retryPolicyFromEnv(world.env()) });
      expect(judgement.results.map((r) => [r.status, r.detail ?? null, r.newestServed])).toEqual([
        ['yanked', 'broken on 3.12', '0.9.0'],
        ['missing', null, '0.9.0'],
      ]);
      expect(html.requests.map((r) => r.status)).toEqual([200]);
    } finally {
      await html.close();
    }
  });
});

describe('indexCredentials', () => {
  it('takes user:password from a matching UV_DEFAULT_INDEX URL and leaves other indexes alone', () => {
    const credentialed = indexCredentials([], { UV_DEFAULT_INDEX: 'https://u:p@mirror.example/simple/' });
    expect(credentialed('https://mirror.example/simple')).toBe('https://u:p@mirror.example/simple');
    expect(credentialed('https://pypi.org/simple')).toBe('https://pypi.org/simple');
  });
});

describe('the findings agree with uv (oracle: `uv sync --locked` on a fresh cache)', () => {
  async function uvSync(): Promise<{ code: number; stderr: string }> {
    const dir = world.project();
    const result = await runUv(['sync', '--locked', '--no-install-project', '--python', '3.11'], { cwd: dir, indexUrl: world.index.url, cacheDir: makeTempDir('oracle-cache'), check: false });
    return { code: result.code, stderr: result.stderr };
  }

  it('a removed file and a replaced file fail the install; a yanked release still installs', async () => {
    world.index.removeFile(world.files.alpha);
    const removed = await uvSync();
    expect(removed.code).not.toBe(0);
    expect((await checkOnline()).added.map((f) => f.code)).toEqual(['artifact-missing']);
    world.restore();

    world.index.addWheel({ name: 'beta', version: '1.0.0', files: { 'beta/__init__.py': 'tampered = True\n' } });
    const replaced = await uvSync();
    expect(replaced.code).not.toBe(0);
    expect(replaced.stderr).toMatch(/hash/i);
    world.restore();

    world.index.addWheel({ name: 'delta', version: '1.0.0' }, { yanked: 'oops' });
    const yanked = await uvSync();
    expect({ code: yanked.code, stderr: yanked.code === 0 ? '' : yanked.stderr }).toEqual({ code: 0, stderr: '' });
    expect((await checkOnline()).added.map((f) => f.severity)).toEqual(['warning']);
  }, 120_000);
});
