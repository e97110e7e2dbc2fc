import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import { parseLock } from '../../../src/core/lock/uvlock.js';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import { markerPython, resolveTargets, targetId } from '../../../src/core/matrix/targets.js';
import { readCorpus } from '../lock/corpus-files.js';

const ids = (targets: { id: string }[]): string[] => targets.map((t) => t.id);
const corpus = (project: string) => ({ lock: parseLock(readCorpus(project, 'uv.lock')), pyproject: parsePyproject(readCorpus(project, 'pyproject.toml')) });
const tinyLock = (head: string) => parseLock(`version = 1\n${head}\n`);

describe('targetId', () => {
  it('names CPython, platform and CUDA', () => {
    expect(targetId('3.11', 'x86_64-manylinux_2_28', null)).toBe('cp311-x86_64-manylinux_2_28');
    expect(targetId('3.12', 'x86_64-manylinux_2_28', '12.4')).toBe('cp312-x86_64-manylinux_2_28-cu124');
    expect(targetId('3.13t', 'aarch64-apple-darwin', null)).toBe('cp313t-aarch64-apple-darwin');
  });
});

describe('resolveTargets defaults', () => {
  it('no supported-markers: every minor inside requires-python × linux x86_64, macOS arm64, windows x86_64', () => {
    const { lock, pyproject } = corpus('fishaudio__fish-speech'); // requires-python >=3.10
    const targets = resolveTargets(lock, pyproject, {});
    expect(targets).toHaveLength(15);
    expect(ids(targets).slice(0, 3)).toEqual(['cp310-x86_64-manylinux_2_28', 'cp310-aarch64-apple-darwin', 'cp310-x86_64-pc-windows-msvc']);
    expect(ids(targets).at(-1)).toBe('cp314-x86_64-pc-windows-msvc');
  });

  it('supported-markers restrict platforms (NeMo RL: Linux x86_64 + aarch64, requires-python >=3.13.14,<3.14)', () => {
    const { lock, pyproject } = corpus('NVIDIA-NeMo__RL');
    expect(ids(resolveTargets(lock, pyproject, {}))).toEqual(['cp313-x86_64-manylinux_2_28', 'cp313-aarch64-manylinux_2_28']);
  });

  it('open-instruct (==3.12.*, linux x86_64/aarch64 + darwin): macOS arm64 only, not the x86_64 Mac as well', () => {
    const { lock, pyproject } = corpus('allenai__open-instruct');
    expect(ids(resolveTargets(lock, pyproject, {}))).toEqual(['cp312-x86_64-manylinux_2_28', 'cp312-aarch64-manylinux_2_28', 'cp312-aarch64-apple-darwin']);
  });

  it('honours tool.uv.environments (with a Python restriction) when the lock has no supported-markers', () => {
    const lock = tinyLock('requires-python = ">=3.10"');
    const pyproject = parsePyproject(`[project]\nname = "x"\n[tool.uv]\nenvironments = ["python_version == '3.12' and sys_platform == 'linux'", "sys_platform == 'darwin' and platform_machine == 'x86_64'"]\n`);
    expect(ids(resolveTargets(lock, pyproject, {}))).toEqual([
      'cp310-x86_64-apple-darwin',
      'cp311-x86_64-apple-darwin',
      'cp312-x86_64-manylinux_2_28',
      'cp312-aarch64-manylinux_2_28',
      'cp312-x86_64-apple-darwin',
      'cp313-x86_64-apple-darwin',
      'cp314-x86_64-apple-darwin',
    ]);
  });

  it('evaluates markers with a Python inside requires-python', () => {
    expect(markerPython('3.13', '>=3.13.14, <3.14')).toBe('3.13.14');
    expect(markerPython('3.12', '>=3.10')).toBe('3.12.0');
    expect(markerPython('3.12', null)).toBe('3.12');
  });
});

describe('resolveTargets options', () => {
  const lock = tinyLock('requires-python = ">=3.9"');
  it('takes explicit pythons and platforms, and attaches CUDA to Linux/Windows only', () => {
    const targets = resolveTargets(lock, null, { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28', 'aarch64-apple-darwin'], cuda: '12.4' });
    expect(targets).toEqual([
      { id: 'cp311-x86_64-manylinux_2_28-cu124', python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: '12.4' },
      { id: 'cp311-aarch64-apple-darwin', python: '3.11', platform: 'aarch64-apple-darwin', cuda: null },
    ]);
  });

  it('rejects unknown platforms and bad Pythons with a LockstepError listing what is valid', () => {
    expect(() => resolveTargets(lock, null, { platforms: ['x86_64-linux'] })).toThrow(LockstepError);
    expect(() => resolveTargets(lock, null, { pythons: ['three'] })).toThrow(/Invalid Python version/);
  });

  it('explains when the lock supports none of the requested targets', () => {
    const linuxOnly = tinyLock('requires-python = ">=3.12"\nsupported-markers = ["sys_platform == \'linux\'"]');
    expect(() => resolveTargets(linuxOnly, null, { platforms: ['aarch64-apple-darwin'] })).not.toThrow(); // explicit platforms win
    expect(() => resolveTargets(linuxOnly, null, { pythons: ['3.10'] })).toThrow(/outside the project's requires-python/);
    const windowsOnly = tinyLock('requires-python = ">=3.12"\nsupported-markers = ["sys_platform == \'win32\' and python_full_version < \'3.12\'"]');
    expect(() => resolveTargets(windowsOnly, null, {})).toThrow(/No target/);
  });
});
