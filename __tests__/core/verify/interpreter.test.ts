// The interpreter check: version, implementation and platform of the venv's Python against the claimed target.
import { describe, expect, it } from '@jest/globals';
import type { Target } from '../../../src/core/matrix/types.js';
import { checkInterpreter, detectPlatform } from '../../../src/core/verify/interpreter.js';
import type { InterpreterInfo } from '../../../src/core/verify/types.js';

const linux: InterpreterInfo = {
  implementation: 'cpython',
  version: '3.11.7',
  system: 'linux',
  machine: 'x86_64',
  sysconfigPlatform: 'linux-x86_64',
  libc: 'glibc',
  libcVersion: '2.35',
  macosVersion: null,
  freeThreaded: false,
};
const target = (python: string, platform: string): Target => ({ id: `cp${python.replace('.', '')}-${platform}`, python, platform, cuda: null });

describe('checkInterpreter', () => {
  it('passes a CPython of the claimed minor on a platform that can load the target’s wheels', () => {
    expect(checkInterpreter(linux, target('3.11', 'x86_64-manylinux_2_28')).status).toBe('pass');
    expect(checkInterpreter(linux, target('3.11', 'x86_64-unknown-linux-gnu')).status).toBe('pass');
  });

  it('fails another Python minor, naming both', () => {
    const r = checkInterpreter(linux, target('3.12', 'x86_64-manylinux_2_28'));
    expect(r.status).toBe('fail');
    expect(r.details).toContain('Python 3.11.7 is not 3.12');
  });

  it('checks the patch version when the claim names one, and free-threaded builds both ways', () => {
    expect(checkInterpreter(linux, target('3.11.7', 'x86_64-manylinux_2_28')).status).toBe('pass');
    expect(checkInterpreter(linux, target('3.11.9', 'x86_64-manylinux_2_28')).details).toContain('Python 3.11.7 is not 3.11.9');
    const ft = { ...linux, version: '3.13.1', freeThreaded: true };
    expect(checkInterpreter(ft, target('3.13t', 'x86_64-manylinux_2_28')).status).toBe('pass');
    expect(checkInterpreter(ft, target('3.13', 'x86_64-manylinux_2_28')).details).toContain('the interpreter is a free-threaded build (3.13t), the target is not');
    expect(checkInterpreter(linux, target('3.11t', 'x86_64-manylinux_2_28')).details).toContain('not a free-threaded build');
  });

  it('fails a glibc older than the manylinux floor, another CPU, OS or libc', () => {
    expect(checkInterpreter({ ...linux, libcVersion: '2.17' }, target('3.11', 'x86_64-manylinux_2_28')).details).toContain('glibc 2.17 is older than the glibc 2.28');
    expect(checkInterpreter(linux, target('3.11', 'aarch64-manylinux_2_28')).details).toContain('the CPU is x86_64, the target is aarch64');
    expect(checkInterpreter(linux, target('3.11', 'aarch64-apple-darwin')).details).toContain('the OS is linux, the target is macos');
    expect(checkInterpreter(linux, target('3.11', 'x86_64-unknown-linux-musl')).details).toContain('the C library is glibc, the target needs musl');
  });

  it('accepts macOS arm64 and Windows AMD64 under uv’s names, and refuses PyPy and unknown names', () => {
    const mac = { ...linux, system: 'darwin', machine: 'arm64', libc: null, libcVersion: null, sysconfigPlatform: 'macosx-11.0-arm64' };
    expect(checkInterpreter(mac, target('3.11', 'aarch64-apple-darwin')).status).toBe('pass');
    const win = { ...linux, system: 'win32', machine: 'AMD64', libc: null, libcVersion: null, sysconfigPlatform: 'win-amd64' };
    expect(checkInterpreter(win, target('3.11', 'x86_64-pc-windows-msvc')).status).toBe('pass');
    expect(checkInterpreter({ ...linux, implementation: 'pypy' }, target('3.11', 'x86_64-manylinux_2_28')).details).toContain('the interpreter is pypy');
    expect(checkInterpreter(linux, target('3.11', 'x86_64-linux-weird')).details).toContain('is not a platform name verify knows');
  });
});

describe('detectPlatform', () => {
  it('names the newest manylinux floor uv knows that the glibc satisfies', () => {
    expect(detectPlatform(linux)).toBe('x86_64-manylinux_2_35');
    expect(detectPlatform({ ...linux, libcVersion: '2.30' })).toBe('x86_64-manylinux_2_28');
    expect(detectPlatform({ ...linux, libc: 'musl', libcVersion: null })).toBe('x86_64-unknown-linux-musl');
    expect(detectPlatform({ ...linux, system: 'darwin', machine: 'arm64' })).toBe('aarch64-apple-darwin');
    expect(detectPlatform({ ...linux, system: 'win32', machine: 'AMD64' })).toBe('x86_64-pc-windows-msvc');
  });
});
