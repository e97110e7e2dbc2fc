// Choosing the version a pin moves to, from index listings (pure; the listings are written out here).
import { describe, expect, it } from '@jest/globals';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import { chooseVersion, fileVersion, findPins, oldestPython, type ChainListing, type Pin, type ReleaseFile } from '../../../src/core/plan/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ctx = { requiresPython: '>=3.11', now: NOW, minReleaseAgeMs: 0 };

function pin(requirement: string): Pin {
  return findPins(parsePyproject(`[project]\nname = "x"\ndependencies = [${JSON.stringify(requirement)}]\n`))[0]!;
}

function wheel(name: string, version: string, extra: Partial<ReleaseFile> = {}): ReleaseFile {
  return { filename: `${name}-${version}-py3-none-any.whl`, yanked: false, uploadTime: '2026-01-01T00:00:00Z', ...extra };
}

const listing = (...files: ReleaseFile[]): ChainListing => ({ indexUrl: 'https://pypi.org/simple', files });

describe('chooseVersion', () => {
  it('takes the newest release, skipping yanked files and pre-releases, and says what it skipped', () => {
    const choice = chooseVersion(
      pin('numpy==2.1.0'),
      [listing(wheel('numpy', '2.1.0'), wheel('numpy', '2.2.0'), wheel('numpy', '2.3.0', { yanked: true }), wheel('numpy', '3.0.0rc1'), { filename: 'numpy-2.2.1.tar.gz', yanked: false })],
      ctx,
    );
    expect(choice.to).toBe('2.2.1');
    expect(choice.notes).toEqual(['3.0.0rc1: pre-release', '2.3.0: yanked']);
    expect(choice.indexes).toEqual(['https://pypi.org/simple']);
  });

  it('allows pre-releases when the pin is one', () => {
    expect(chooseVersion(pin('jax==0.5.0rc1'), [listing(wheel('jax', '0.5.0rc1'), wheel('jax', '0.5.0rc2'))], ctx).to).toBe('0.5.0rc2');
  });

  it('skips files whose requires-python excludes the project', () => {
    const choice = chooseVersion(pin('scipy==1.14.0'), [listing(wheel('scipy', '1.15.0'), wheel('scipy', '1.16.0', { requiresPython: '>=3.12' }))], ctx);
    expect(choice.to).toBe('1.15.0');
    expect(choice.notes).toEqual(['1.16.0: needs Python >=3.12 (project supports 3.11.0)']);
    // A project that starts at 3.12 may take it.
    expect(chooseVersion(pin('scipy==1.14.0'), [listing(wheel('scipy', '1.16.0', { requiresPython: '>=3.12' }))], { ...ctx, requiresPython: '>=3.12' }).to).toBe('1.16.0');
  });

  it('keeps the local-label flavour and writes no label when the pin has none', () => {
    const files = [wheel('torch', '2.5.1+cu124'), wheel('torch', '2.6.0+cu124'), wheel('torch', '2.6.0+cpu'), wheel('torch', '2.7.0+cpu')];
    expect(chooseVersion(pin('torch==2.5.1+cu124'), [listing(...files)], ctx).to).toBe('2.6.0+cu124');
    expect(chooseVersion(pin('torch==2.5.1+cpu'), [listing(...files)], ctx).to).toBe('2.7.0+cpu');
    expect(chooseVersion(pin('torch==2.5.1'), [listing(...files)], ctx).to).toBe('2.7.0');
  });

  it('holds back releases inside the cooldown', () => {
    const files = [wheel('a', '1.1.0', { uploadTime: '2026-05-01T00:00:00Z' }), wheel('a', '1.2.0', { uploadTime: '2026-05-30T00:00:00Z' })];
    const choice = chooseVersion(pin('a==1.0.0'), [listing(...files)], { ...ctx, minReleaseAgeMs: 7 * 86_400_000 });
    expect(choice.to).toBe('1.1.0');
    expect(choice.released).toBe('2026-05-01T00:00:00Z');
    expect(choice.notes).toEqual(['1.2.0: released 2026-05-30, inside the cooldown']);
  });

  it('honours ignore: a specifier skips matching versions, an empty one the package', () => {
    const files = [wheel('torch', '2.6.0'), wheel('torch', '2.7.0')];
    expect(chooseVersion(pin('torch==2.5.1'), [listing(...files)], { ...ctx, ignore: '>=2.7' }).to).toBe('2.6.0');
    const ignored = chooseVersion(pin('torch==2.5.1'), [listing(...files)], { ...ctx, ignore: '' });
    expect(ignored).toMatchObject({ to: '2.7.0', ignored: true, reason: 'ignored by [tool.lockstep.bump] ignore' });
  });

  it('needs the version on every index the sources name (list form with markers)', () => {
    const cu = { indexUrl: 'https://download.pytorch.org/whl/cu124', files: [wheel('torch', '2.6.0+cu124'), wheel('torch', '2.7.0+cu124')] };
    const cpu = { indexUrl: 'https://download.pytorch.org/whl/cpu', files: [wheel('torch', '2.6.0+cpu')] };
    const choice = chooseVersion(pin('torch==2.5.1'), [cu, cpu], ctx);
    expect(choice.to).toBe('2.6.0');
    expect(choice.indexes).toEqual([cu.indexUrl, cpu.indexUrl]);
    expect(choice.notes).toEqual(['2.7.0: not on every index its sources name']);
  });

  it('says where a package was not found, and stays put when nothing is newer', () => {
    expect(chooseVersion(pin('a==1.0'), [{ notFound: ['https://x.example/simple'] }], ctx).reason).toBe('not found on https://x.example/simple');
    const current = chooseVersion(pin('a==1.0'), [listing(wheel('a', '1.0'), wheel('a', '0.9'))], ctx);
    expect(current).toMatchObject({ to: null, reason: null });
  });
});

describe('helpers', () => {
  it('reads versions from wheel and sdist names', () => {
    expect(fileVersion('torch-2.5.1+cu124-cp311-cp311-linux_x86_64.whl')).toBe('2.5.1+cu124');
    expect(fileVersion('flash_attn-2.7.4.post1.tar.gz')).toBe('2.7.4.post1');
    expect(fileVersion('pkg-1.0.exe')).toBeNull();
  });

  it('finds the oldest supported Python', () => {
    expect(oldestPython('>=3.10,<3.13')).toBe('3.10.0');
    expect(oldestPython('>=3.11.4')).toBe('3.11.4');
    expect(oldestPython(null)).toBeNull();
  });
});
