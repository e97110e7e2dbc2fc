import { describe, expect, it } from '@jest/globals';
import { errorOf } from '../../support/errors.js';
import { parseLock } from '../../../src/core/lock/uvlock.js';
import { parseTargetItem, parseTargetSelection } from '../../../src/core/matrix/target-list.js';
import { resolveTargets } from '../../../src/core/matrix/targets.js';

describe('parseTargetSelection', () => {
  it('is off when empty and auto for `auto` in any case', () => {
    expect(parseTargetSelection('')).toEqual({ kind: 'off' });
    expect(parseTargetSelection('  \n ')).toEqual({ kind: 'off' });
    expect(parseTargetSelection('auto')).toEqual({ kind: 'auto' });
    expect(parseTargetSelection(' Auto\n')).toEqual({ kind: 'auto' });
  });

  it('reads comma- and newline-separated pairs in order, as pairs (no cartesian product)', () => {
    const selection = parseTargetSelection('3.11:x86_64-manylinux_2_28, 3.12:aarch64-apple-darwin\n3.12:x86_64-manylinux_2_28:12.4\n');
    expect(selection).toEqual({
      kind: 'explicit',
      targets: [
        { python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: null },
        { python: '3.12', platform: 'aarch64-apple-darwin', cuda: null },
        { python: '3.12', platform: 'x86_64-manylinux_2_28', cuda: '12.4' },
      ],
    });
  });

  it('forgives spaces around colons, YAML list dashes, comment lines and repeats', () => {
    const selection = parseTargetSelection('- 3.11 : x86_64-manylinux_2_28\n# windows later\n- 3.11:x86_64-manylinux_2_28\n3.13t:aarch64-apple-darwin');
    expect(selection).toEqual({
      kind: 'explicit',
      targets: [
        { python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: null },
        { python: '3.13t', platform: 'aarch64-apple-darwin', cuda: null },
      ],
    });
  });

  it('refuses `auto` mixed with items', () => {
    expect(errorOf(() => parseTargetSelection('auto, 3.11:x86_64-manylinux_2_28')).message).toMatch(/auto.*cannot be combined/);
  });
});

describe('parseTargetItem errors name the item and what is valid', () => {
  it('an unknown platform lists the valid platform names', () => {
    const error = errorOf(() => parseTargetSelection('3.11:x86_64-manylinux_2_28, 3.12:x86_64-linux'));
    expect(error.message).toBe('targets item `3.12:x86_64-linux`: unknown platform `x86_64-linux`.');
    expect(error.hint).toContain('x86_64-manylinux_2_28');
    expect(error.hint).toContain('aarch64-apple-darwin');
    expect(error.hint).toContain('x86_64-pc-windows-msvc');
  });

  it.each([
    ['3.11', /expected PYTHON:PLATFORM/],
    ['x86_64-manylinux_2_28', /expected PYTHON:PLATFORM/],
    ['3.11:x86_64-manylinux_2_28:12.4:extra', /expected PYTHON:PLATFORM/],
    ['3.11::12.4', /expected PYTHON:PLATFORM/],
    ['py3.11:x86_64-manylinux_2_28', /`py3\.11` is not a CPython minor/],
    ['3.11.4:x86_64-manylinux_2_28', /`3\.11\.4` is not a CPython minor/],
    ['3.11:x86_64-manylinux_2_28:cu124', /`cu124` is not a CUDA version/],
  ])('%s', (item, message) => {
    const error = errorOf(() => parseTargetItem(item));
    expect(error.message).toContain(`\`${item}\``);
    expect(error.message).toMatch(message);
    expect(error.hint).toBeTruthy();
  });
});

describe('resolveTargets with explicit targets', () => {
  const lock = parseLock('version = 1\nrequires-python = ">=3.10"\n');

  it('keeps exactly the pairs given, with CUDA where the item has it', () => {
    const targets = resolveTargets(lock, null, {
      // pythons/platforms are ignored when explicit targets are given
      pythons: ['3.13'],
      platforms: ['x86_64-pc-windows-msvc'],
      targets: [
        { python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: '12.4' },
        { python: '3.12', platform: 'aarch64-apple-darwin' },
      ],
    });
    expect(targets).toEqual([
      { id: 'cp311-x86_64-manylinux_2_28-cu124', python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: '12.4' },
      { id: 'cp312-aarch64-apple-darwin', python: '3.12', platform: 'aarch64-apple-darwin', cuda: null },
    ]);
  });

  it('refuses a Python outside requires-python and CUDA on macOS', () => {
    expect(errorOf(() => resolveTargets(lock, null, { targets: [{ python: '3.9', platform: 'x86_64-manylinux_2_28' }] })).message).toMatch(
      /Python 3\.9 is outside the project's requires-python/,
    );
    expect(errorOf(() => resolveTargets(lock, null, { targets: [{ python: '3.12', platform: 'aarch64-apple-darwin', cuda: '12.4' }] })).message).toMatch(
      /CUDA on macOS/,
    );
  });
});
