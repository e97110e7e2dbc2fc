/**
 * uv installation in-process, against the loopback index (the real uv wheel) and the loopback GitHub
 * release fake: tool cache → download → verify → extract → cache, and which failures move on to the
 * next source.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { RetryPolicy } from '../../../src/adapters/http.js';
import { ChecksumMismatchError, installUv, type UvInstallOptions } from '../../../src/adapters/install/index.js';
import { SimpleApiIndex } from '../../../src/adapters/package-index.js';
import type { RunnerPlatform } from '../../../src/core/setup/platform.js';
import { FakeGitHubReleases } from '../../support/fake-github-releases.js';
import { cleanupTempDirs, makeTempDir } from '../../support/fixture-project.js';
import { LocalIndex } from '../../support/local-index.js';
import { UV_TEST_VERSION, uvWheelPath } from '../../support/uv-binary.js';

const FAST: RetryPolicy = { attempts: 2, backoffMs: 1, timeoutMs: 2000, stallMs: 2000 };
const PLATFORM: RunnerPlatform = { os: 'linux', arch: process.arch === 'arm64' ? 'arm64' : 'x64', libc: 'glibc' };
const exact = { kind: 'exact', version: UV_TEST_VERSION, origin: 'input' } as const;

let htmlIndex: LocalIndex;
let github: FakeGitHubReleases;
let toolCache: string;
const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };

beforeAll(async () => {
  // An HTML-only index: the install path must work with plain PEP 503 mirrors too.
  htmlIndex = await LocalIndex.start({ json: false });
  htmlIndex.addFile(uvWheelPath());
  github = await FakeGitHubReleases.start();
});

beforeEach(() => {
  toolCache = makeTempDir('toolcache');
  process.env.RUNNER_TOOL_CACHE = toolCache;
  process.env.RUNNER_TEMP = makeTempDir('runner-temp');
  htmlIndex.reset();
  github.reset();
});

afterEach(() => {
  process.env.RUNNER_TOOL_CACHE = saved.cache;
  process.env.RUNNER_TEMP = saved.temp;
});

afterAll(async () => {
  await htmlIndex?.close();
  await github?.close();
  cleanupTempDirs();
});

function options(source: UvInstallOptions['source'], githubUrl = github.url): UvInstallOptions {
  return { source, index: new SimpleApiIndex(htmlIndex.url, FAST), githubUrl, githubApiUrl: `${githubUrl}/api/v3`, githubToken: '', platform: PLATFORM, policy: FAST, log: () => {} };
}

describe('installUv', () => {
  it('installs the PyPI wheel into the tool cache, runnable, then finds it there', async () => {
    const first = await installUv(exact, options('pypi'));
    expect(first.from).toBe('pypi');
    expect(first.binary).toBe(path.join(toolCache, 'uv', UV_TEST_VERSION, PLATFORM.arch, 'uv'));
    expect(execFileSync(first.binary, ['--version'], { encoding: 'utf8' })).toContain(`uv ${UV_TEST_VERSION}`);
    expect(existsSync(path.join(first.dir, 'uvx'))).toBe(true);

    const second = await installUv(exact, options('pypi'));
    expect(second).toMatchObject({ from: 'tool-cache', binary: first.binary });
    expect(htmlIndex.downloads('uv')).toBe(1);
  });

  it('rejects a wheel whose bytes do not match the index sha256 and caches nothing', async () => {
    htmlIndex.failNext('/files/uv-', 'corrupt-hash');
    await expect(installUv(exact, options('pypi'))).rejects.toThrow(ChecksumMismatchError);
    expect(existsSync(path.join(toolCache, 'uv'))).toBe(false);
    // The working files are gone too.
    expect(readdirSync(process.env.RUNNER_TEMP!)).toEqual([]);
  });

  it('installs from the GitHub release archive', async () => {
    const installed = await installUv(exact, options('github'));
    expect(installed.from).toBe('github');
    expect(github.downloads(UV_TEST_VERSION)).toBe(1);
    expect(execFileSync(installed.binary, ['--version'], { encoding: 'utf8' })).toContain(UV_TEST_VERSION);
  });

  it('auto: a corrupt GitHub archive fails without trying PyPI', async () => {
    github.failNext(/\.tar\.gz$/, 'corrupt');
    await expect(installUv(exact, options('auto'))).rejects.toThrow(/checksum mismatch/);
    expect(htmlIndex.downloads('uv')).toBe(0);
    expect(existsSync(path.join(toolCache, 'uv'))).toBe(false);
  });

  it('auto: GitHub answering 5xx on every attempt counts as unreachable, so PyPI is used', async () => {
    github.failNext('.sha256', 502, FAST.attempts);
    const installed = await installUv(exact, options('auto'));
    expect(installed.from).toBe('pypi');
  });

  it('auto: a release GitHub does not have is an error, not a reason to switch sources', async () => {
    await expect(installUv({ kind: 'exact', version: '0.0.1', origin: 'input' }, options('auto'))).rejects.toThrow(/has no GitHub release/);
    expect(htmlIndex.requests.length).toBe(0);
  });

  it('says which sources it tried when none can be reached', async () => {
    const closed = await LocalIndex.start();
    const deadUrl = closed.url;
    await closed.close();
    const opts = { ...options('auto', 'http://127.0.0.1:9'), index: new SimpleApiIndex(deadUrl, FAST) };
    await expect(installUv(exact, opts)).rejects.toThrow(/could not download uv 0\.13\.9: github: .*; pypi: /);
  });
});
