import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import {
  chooseUvVersionRequest,
  DEFAULT_UV_VERSION,
  resolveUvVersion,
  toolCacheVersion,
} from '../../../src/core/setup/uv-version.js';

const RELEASES = ['0.12.3', '0.13.1', '0.13.9', '0.13.12', '0.14.0a1', '0.14.0'];

describe('chooseUvVersionRequest', () => {
  it('prefers the input, then uv.toml, then pyproject.toml, then the pinned default', () => {
    const all = { input: '0.13.1', uvTomlRequiredVersion: '>=0.12', pyprojectRequiredVersion: '==0.13.9' };
    expect(chooseUvVersionRequest(all)).toEqual({ kind: 'exact', version: '0.13.1', origin: 'input' });
    expect(chooseUvVersionRequest({ ...all, input: '' })).toMatchObject({ kind: 'specifier', specifier: '>=0.12', origin: 'uv.toml' });
    expect(chooseUvVersionRequest({ input: ' ', pyprojectRequiredVersion: '==0.13.9' })).toMatchObject({
      kind: 'specifier',
      origin: 'pyproject.toml',
      file: 'pyproject.toml',
    });
    expect(chooseUvVersionRequest({ input: '' })).toEqual({ kind: 'exact', version: DEFAULT_UV_VERSION, origin: 'default' });
  });

  it('accepts a v-prefixed tag, a specifier and "latest" as input', () => {
    expect(chooseUvVersionRequest({ input: 'v0.13.9' })).toMatchObject({ kind: 'exact', version: '0.13.9' });
    expect(chooseUvVersionRequest({ input: '>=0.13,<0.14' })).toMatchObject({ kind: 'specifier' });
    expect(chooseUvVersionRequest({ input: 'latest' })).toMatchObject({ kind: 'latest' });
  });

  it('rejects text that is neither a version nor a specifier, naming where it came from', () => {
    expect(() => chooseUvVersionRequest({ input: '', pyprojectRequiredVersion: 'soon' })).toThrow(/"soon" from pyproject.toml/);
    try {
      chooseUvVersionRequest({ input: '', pyprojectRequiredVersion: 'soon' });
    } catch (error) {
      expect((error as LockstepError).file).toBe('pyproject.toml');
    }
  });
});

describe('resolveUvVersion', () => {
  it('picks the newest final release that satisfies a specifier', () => {
    expect(resolveUvVersion({ kind: 'specifier', specifier: '>=0.13.2,<0.14', origin: 'pyproject.toml' }, RELEASES)).toBe('0.13.12');
    expect(resolveUvVersion({ kind: 'specifier', specifier: '~=0.13.0', origin: 'input' }, RELEASES)).toBe('0.13.12');
    expect(resolveUvVersion({ kind: 'specifier', specifier: '==0.13.9', origin: 'input' }, RELEASES)).toBe('0.13.9');
  });

  it('"latest" is the newest final release, never a pre-release', () => {
    expect(resolveUvVersion({ kind: 'latest', origin: 'input' }, ['0.14.0', '0.15.0a1', '0.13.9'])).toBe('0.14.0');
  });

  it('says which version is newest when nothing satisfies the specifier', () => {
    expect(() => resolveUvVersion({ kind: 'specifier', specifier: '>=1', origin: 'uv.toml', file: 'uv.toml' }, RELEASES)).toThrow(
      /no uv release satisfies required-version ">=1" \(newest known: 0\.14\.0\)/,
    );
  });
});

describe('toolCacheVersion', () => {
  it('turns PEP 440 versions into the semver shape @actions/tool-cache can find again', () => {
    expect(toolCacheVersion('0.13.9')).toBe('0.13.9');
    expect(toolCacheVersion('0.14')).toBe('0.14.0');
    expect(toolCacheVersion('0.14.0a1')).toBe('0.14.0-a.1');
    expect(toolCacheVersion('0.14.0rc2')).toBe('0.14.0-rc.2');
    expect(toolCacheVersion('0.14.0.dev3')).toBe('0.14.0-dev.3');
  });
});
