import { describe, expect, it } from '@jest/globals';
import {
  pickUvWheel,
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
