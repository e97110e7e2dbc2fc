import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import {
  pickUvWheel,
  runnerPlatformOf,
  toolCacheArch,
  uvArchiveName,
  uvTargetTriple,
  uvVersionsFromFilenames,
  wheelPlatformTagMatches,
  type RunnerPlatform,
} from '../../../src/core/setup/platform.js';

const linux: RunnerPlatform = { os: 'linux', arch: 'x64', libc: 'glibc' };
const linuxArm: RunnerPlatform = { os: 'linux', arch: 'arm64', libc: 'glibc' };
const alpine: RunnerPlatform = { os: 'linux', arch: 'x64', libc: 'musl' };
const macArm: RunnerPlatform = { os: 'darwin', arch: 'arm64' };
const windows: RunnerPlatform = { os: 'win32', arch: 'x64' };

// File names as PyPI lists them for uv 0.13.9 (abridged).
const FILES = [
  'uv-0.13.9-py3-none-linux_armv6l.whl',
  'uv-0.13.9-py3-none-macosx_10_12_x86_64.whl',
  'uv-0.13.9-py3-none-macosx_11_0_arm64.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'uv-0.13.9-py3-none-musllinux_1_1_x86_64.whl',
  'uv-0.13.9-py3-none-win_amd64.whl',
  'uv-0.13.9.tar.gz',
  'uv-0.13.8-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
];

describe('uv release names', () => {
  it('names the archive after the Rust target triple', () => {
    expect(uvTargetTriple(linux)).toBe('x86_64-unknown-linux-gnu');
    expect(uvTargetTriple(alpine)).toBe('x86_64-unknown-linux-musl');
    expect(uvArchiveName(macArm)).toBe('uv-aarch64-apple-darwin.tar.gz');
    expect(uvArchiveName(windows)).toBe('uv-x86_64-pc-windows-msvc.zip');
  });
});

describe('pickUvWheel', () => {
  it('finds the wheel of the wanted version for each runner platform', () => {
    expect(pickUvWheel(FILES, '0.13.9', linux)).toBe('uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl');
    expect(pickUvWheel(FILES, '0.13.9', linuxArm)).toContain('manylinux_2_17_aarch64');
    expect(pickUvWheel(FILES, '0.13.9', alpine)).toBe('uv-0.13.9-py3-none-musllinux_1_1_x86_64.whl');
    expect(pickUvWheel(FILES, '0.13.9', macArm)).toBe('uv-0.13.9-py3-none-macosx_11_0_arm64.whl');
    expect(pickUvWheel(FILES, '0.13.9', windows)).toBe('uv-0.13.9-py3-none-win_amd64.whl');
    expect(pickUvWheel(FILES, '0.13.7', linux)).toBeUndefined();
  });

  it('does not take an armv6 or x86 wheel for another CPU', () => {
    expect(wheelPlatformTagMatches('linux_armv6l', linuxArm)).toBe(false);
    expect(wheelPlatformTagMatches('manylinux_2_17_x86_64', linuxArm)).toBe(false);
    expect(wheelPlatformTagMatches('musllinux_1_1_x86_64', linux)).toBe(false);
  });

  it('lists the versions an index has files for', () => {
    expect(uvVersionsFromFilenames(FILES).sort()).toEqual(['0.13.8', '0.13.9']);
  });
});

// Every wheel PyPI lists for uv 0.13.9 (https://pypi.org/pypi/uv/0.13.9/json, fetched 2026-11-25).
const PYPI_0_13_9 = [
  'uv-0.13.9-py3-none-linux_armv6l.whl',
  'uv-0.13.9-py3-none-macosx_10_12_x86_64.whl',
  'uv-0.13.9-py3-none-macosx_11_0_arm64.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_armv7l.manylinux2014_armv7l.musllinux_1_1_armv7l.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_armv7l.manylinux2014_armv7l.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_i686.manylinux2014_i686.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_ppc64le.manylinux2014_ppc64le.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_s390x.manylinux2014_s390x.whl',
  'uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'uv-0.13.9-py3-none-manylinux_2_28_aarch64.whl',
  'uv-0.13.9-py3-none-manylinux_2_31_riscv64.musllinux_1_1_riscv64.whl',
  'uv-0.13.9-py3-none-manylinux_2_31_riscv64.whl',
  'uv-0.13.9-py3-none-musllinux_1_1_i686.whl',
  'uv-0.13.9-py3-none-musllinux_1_1_x86_64.whl',
  'uv-0.13.9-py3-none-win32.whl',
  'uv-0.13.9-py3-none-win_amd64.whl',
  'uv-0.13.9-py3-none-win_arm64.whl',
  'uv-0.13.9.tar.gz',
];

describe('the uv wheel of each GitHub runner, among the files PyPI really lists', () => {
  const runners: [string, RunnerPlatform, string][] = [
    ['ubuntu x64', linux, 'manylinux_2_17_x86_64.manylinux2014_x86_64'],
    // Both aarch64 wheels fit a glibc runner; the 2.17 one also runs on an older glibc than 2.28.
    ['ubuntu arm64', linuxArm, 'manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64'],
    ['alpine x64', alpine, 'musllinux_1_1_x86_64'],
    ['alpine arm64', { os: 'linux', arch: 'arm64', libc: 'musl' }, 'manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64'],
    ['macos-14 arm64', macArm, 'macosx_11_0_arm64'],
    ['macos-13 x64', { os: 'darwin', arch: 'x64' }, 'macosx_10_12_x86_64'],
    ['windows x64', windows, 'win_amd64'],
    ['windows arm64', { os: 'win32', arch: 'arm64' }, 'win_arm64'],
  ];

  it.each(runners)('%s', (_name, platform, tags) => {
    const expected = `uv-0.13.9-py3-none-${tags}.whl`;
    expect(pickUvWheel(PYPI_0_13_9, '0.13.9', platform)).toBe(expected);
    // Index order is not a contract (PEP 691 JSON need not be sorted): the pick must not depend on it.
    expect(pickUvWheel([...PYPI_0_13_9].reverse(), '0.13.9', platform)).toBe(expected);
  });
});

describe('runner platform', () => {
  it('keeps musl and glibc builds apart in the tool cache, as one runner may run both', () => {
    expect(toolCacheArch(linux)).toBe('x64');
    expect(toolCacheArch(alpine)).toBe('x64-musl');
    expect(toolCacheArch({ os: 'linux', arch: 'arm64', libc: 'musl' })).toBe('arm64-musl');
    expect(toolCacheArch(macArm)).toBe('arm64');
    expect(toolCacheArch(windows)).toBe('x64');
  });

  it('maps what Node reports, and refuses a CPU uv is not installed for instead of fetching an x86_64 build', () => {
    expect(runnerPlatformOf('linux', 'arm64', 'musl')).toEqual({ os: 'linux', arch: 'arm64', libc: 'musl' });
    expect(runnerPlatformOf('linux', 'x64')).toEqual(linux);
    expect(runnerPlatformOf('win32', 'arm64')).toEqual({ os: 'win32', arch: 'arm64' });
    expect(() => runnerPlatformOf('win32', 'ia32')).toThrow(LockstepError);
    expect(() => runnerPlatformOf('linux', 's390x')).toThrow(/cannot install uv on linux\/s390x/);
    expect(() => runnerPlatformOf('freebsd', 'x64')).toThrow(/cannot install uv on freebsd\/x64/);
  });
});
