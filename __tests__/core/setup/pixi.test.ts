import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import { choosePixiVersionRequest, parseShellHookJson, pixiArchiveName, resolvePixiVersion } from '../../../src/core/setup/pixi.js';

describe('pixi version', () => {
  const releases = ['v0.63.2', 'v0.62.1', 'v0.59.0', 'v0.10.0'];

  it('input, then requires-pixi, then the newest release', () => {
    expect(choosePixiVersionRequest('0.62.1', '>=0.60', { file: 'pixi.toml' })).toEqual({ kind: 'exact', version: '0.62.1', origin: 'input' });
    expect(resolvePixiVersion(choosePixiVersionRequest('', '>=0.60,<0.63', { file: 'pixi.toml', line: 4 }), releases)).toBe('0.62.1');
    expect(choosePixiVersionRequest('', '==0.59.0')).toEqual({ kind: 'exact', version: '0.59.0', origin: 'requires-pixi' });
    expect(resolvePixiVersion(choosePixiVersionRequest('', null), releases)).toBe('0.63.2');
    // conda order, not string order: 0.10.0 < 0.59.0
    expect(resolvePixiVersion(choosePixiVersionRequest('', '<0.60'), releases)).toBe('0.59.0');
  });

  it('no release satisfies: an error on the requires-pixi line', () => {
    const error = (() => {
      try {
        resolvePixiVersion(choosePixiVersionRequest('', '>=1.0', { file: 'pixi.toml', line: 7 }), releases);
      } catch (e) {
        return e as LockstepError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(LockstepError);
    expect(error).toMatchObject({ file: 'pixi.toml', line: 7 });
    expect(error?.message).toMatch(/no pixi release satisfies ">=1\.0" \(requires-pixi\); newest known: 0\.63\.2/);
  });

  it('archive names follow pixi releases (musl on Linux, zip on Windows)', () => {
    expect(pixiArchiveName({ os: 'linux', arch: 'x64', libc: 'glibc' })).toBe('pixi-x86_64-unknown-linux-musl.tar.gz');
    expect(pixiArchiveName({ os: 'darwin', arch: 'arm64' })).toBe('pixi-aarch64-apple-darwin.tar.gz');
    expect(pixiArchiveName({ os: 'win32', arch: 'x64' })).toBe('pixi-x86_64-pc-windows-msvc.zip');
  });
});

describe('parseShellHookJson', () => {
  it('returns the variables and only the PATH entries pixi added', () => {
    const json = JSON.stringify({ environment_variables: { PATH: '/p/.pixi/envs/default/bin:/usr/bin:/bin', CONDA_PREFIX: '/p/.pixi/envs/default', PIXI_ENVIRONMENT_NAME: 'default' } });
    expect(parseShellHookJson(json, '/usr/bin:/bin', ':')).toEqual({
      variables: { CONDA_PREFIX: '/p/.pixi/envs/default', PIXI_ENVIRONMENT_NAME: 'default' },
      pathEntries: ['/p/.pixi/envs/default/bin'],
    });
  });

  it('anything else is a clear error', () => {
    expect(() => parseShellHookJson('export X=1', '', ':')).toThrow(/did not print JSON/);
    expect(() => parseShellHookJson('{"x":1}', '', ':')).toThrow(/no `environment_variables`/);
  });
});
