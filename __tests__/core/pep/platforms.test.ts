import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import { PLATFORM_NAMES, describePlatform, parsePythonTarget, resolvePlatform } from '../../../src/core/pep/platforms.js';

describe('PLATFORM_NAMES', () => {
  it("accepts every uv --python-platform name lockstep documents (crates/uv-configuration/src/target_triple.rs)", () => {
    const expected = [
      'windows', 'linux', 'macos',
      'x86_64-pc-windows-msvc', 'aarch64-pc-windows-msvc', 'i686-pc-windows-msvc',
      'x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu', 'x86_64-unknown-linux-musl', 'aarch64-unknown-linux-musl',
      'aarch64-apple-darwin', 'x86_64-apple-darwin',
      'x86_64-manylinux2014', 'aarch64-manylinux2014',
    ];
    for (const arch of ['x86_64', 'aarch64']) {
      for (const minor of [17, 28, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40]) expected.push(`${arch}-manylinux_2_${minor}`);
    }
    expect([...PLATFORM_NAMES].sort()).toEqual(expected.sort());
    for (const name of PLATFORM_NAMES) expect(resolvePlatform(name).name).toBe(name);
  });
});

describe('resolvePlatform', () => {
  // Expected values: uv's TargetTriple::platform() / doc comments (target_triple.rs).
  const cases: Array<[string, Partial<ReturnType<typeof resolvePlatform>>]> = [
    // uv >= 0.8 (0.13.9 included): "Equivalent to `x86_64-manylinux_2_28`".
    ['linux', { os: 'linux', arch: 'x86_64', libc: 'gnu', glibc: [2, 28], musl: null, macos: null }],
    ['x86_64-unknown-linux-gnu', { os: 'linux', arch: 'x86_64', libc: 'gnu', glibc: [2, 28] }],
    ['aarch64-unknown-linux-gnu', { os: 'linux', arch: 'aarch64', libc: 'gnu', glibc: [2, 28] }],
    ['x86_64-manylinux2014', { os: 'linux', arch: 'x86_64', glibc: [2, 17] }],
    ['x86_64-manylinux_2_28', { os: 'linux', arch: 'x86_64', glibc: [2, 28] }],
    ['aarch64-manylinux_2_40', { os: 'linux', arch: 'aarch64', glibc: [2, 40] }],
    ['x86_64-unknown-linux-musl', { os: 'linux', arch: 'x86_64', libc: 'musl', glibc: null, musl: [1, 2] }],
    ['aarch64-unknown-linux-musl', { os: 'linux', arch: 'aarch64', libc: 'musl', musl: [1, 2] }],
    ['macos', { os: 'macos', arch: 'aarch64', libc: null, macos: [13, 0] }],
    ['aarch64-apple-darwin', { os: 'macos', arch: 'aarch64', macos: [13, 0] }],
    ['x86_64-apple-darwin', { os: 'macos', arch: 'x86_64', macos: [13, 0] }],
    ['windows', { os: 'windows', arch: 'x86_64', libc: null, glibc: null }],
    ['x86_64-pc-windows-msvc', { os: 'windows', arch: 'x86_64' }],
    ['aarch64-pc-windows-msvc', { os: 'windows', arch: 'aarch64' }],
    ['i686-pc-windows-msvc', { os: 'windows', arch: 'i686' }],
  ];
  it.each(cases)('%s', (name, expected) => {
    expect(resolvePlatform(name)).toMatchObject(expected);
  });

  it('rejects an unknown name, naming it and listing the valid ones', () => {
    let error: unknown;
    try {
      resolvePlatform('x86_64-manylinux_2_29');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).message).toBe('Unknown platform "x86_64-manylinux_2_29"');
    expect((error as LockstepError).hint).toContain('x86_64-manylinux_2_28');
    expect((error as LockstepError).hint).toContain('aarch64-apple-darwin');
  });

  it('hands out one frozen object per name, so callers cannot corrupt the shared copy', () => {
    const platform = resolvePlatform('x86_64-manylinux_2_28');
    expect(resolvePlatform('x86_64-manylinux_2_28')).toBe(platform);
    expect(Object.isFrozen(platform)).toBe(true);
    expect(Object.isFrozen(platform.glibc)).toBe(true);
  });

  it('describes itself for tables and messages', () => {
    expect(describePlatform(resolvePlatform('x86_64-manylinux_2_28'))).toBe('Linux x86_64 (glibc ≥ 2.28)');
    expect(describePlatform(resolvePlatform('linux'))).toBe('Linux x86_64 (glibc ≥ 2.28)');
    expect(describePlatform(resolvePlatform('aarch64-unknown-linux-musl'))).toBe('Linux aarch64 (musl ≥ 1.2)');
    expect(describePlatform(resolvePlatform('macos'))).toBe('macOS arm64 (≥ 13.0)');
    expect(describePlatform(resolvePlatform('i686-pc-windows-msvc'))).toBe('Windows i686');
  });

  it('takes a macOS deployment target override (uv reads MACOSX_DEPLOYMENT_TARGET)', () => {
    expect(resolvePlatform('aarch64-apple-darwin', { macos: [14, 0] }).macos).toEqual([14, 0]);
    expect(resolvePlatform('aarch64-apple-darwin').macos).toEqual([13, 0]);
  });
});

describe('markerEnvironment', () => {
  it('linux x86_64 / CPython 3.11 (a bare X.Y means X.Y.0, as uv assumes)', () => {
    expect(resolvePlatform('x86_64-manylinux_2_28').markerEnvironment('3.11')).toEqual({
      python_version: '3.11',
      python_full_version: '3.11.0',
      implementation_name: 'cpython',
      implementation_version: '3.11.0',
      os_name: 'posix',
      platform_machine: 'x86_64',
      platform_python_implementation: 'CPython',
      platform_release: '',
      platform_system: 'Linux',
      platform_version: '',
      sys_platform: 'linux',
    });
  });
  it('macOS arm64 reports arm64, Windows reports what CPython there reports', () => {
    expect(resolvePlatform('aarch64-apple-darwin').markerEnvironment('3.12.4')).toMatchObject({
      python_full_version: '3.12.4', platform_machine: 'arm64', platform_system: 'Darwin', sys_platform: 'darwin', os_name: 'posix',
    });
    expect(resolvePlatform('x86_64-pc-windows-msvc').markerEnvironment('3.12')).toMatchObject({
      platform_machine: 'AMD64', platform_system: 'Windows', sys_platform: 'win32', os_name: 'nt',
    });
    expect(resolvePlatform('aarch64-pc-windows-msvc').markerEnvironment('3.12').platform_machine).toBe('ARM64');
    expect(resolvePlatform('aarch64-unknown-linux-musl').markerEnvironment('3.12').platform_machine).toBe('aarch64');
  });
  it('free-threaded targets share the marker environment of their version', () => {
    expect(resolvePlatform('linux').markerEnvironment('3.13t').python_version).toBe('3.13');
  });
  it('rejects a malformed Python version', () => {
    expect(() => resolvePlatform('linux').markerEnvironment('python3')).toThrow(LockstepError);
  });
});

describe('parsePythonTarget', () => {
  it.each([
    ['3.11', { major: 3, minor: 11, patch: null, freethreaded: false }],
    ['3.12.4', { major: 3, minor: 12, patch: 4, freethreaded: false }],
    ['3.13t', { major: 3, minor: 13, patch: null, freethreaded: true }],
  ])('%s', (text, expected) => {
    expect(parsePythonTarget(text)).toEqual(expected);
  });
  it.each(['3', '3.x', 'cp311', '', '3.11-dev'])('rejects %j', (text) => {
    expect(() => parsePythonTarget(text)).toThrow(/Invalid Python version/);
  });
});
