// Installed distributions vs the lock's selection, and the source-build rule, on hand-written facts.
import { describe, expect, it } from '@jest/globals';
import type { CheckReport } from '../../../src/core/matrix/types.js';
import { checkSourceBuilds, comparePackages, lockSelection, parseAllowance } from '../../../src/core/verify/packages.js';
import type { InstalledDist, LockedDist } from '../../../src/core/verify/types.js';

const T = 'cp311-x86_64-manylinux_2_28';

function dist(name: string, version: string, extra: Partial<InstalledDist> = {}): InstalledDist {
  return { name, version, distInfo: `${name}-${version}.dist-info`, installer: 'uv', generator: 'bdist_wheel (0.45.1)', tags: ['py3-none-any'], directUrl: null, builtByUv: false, ...extra };
}

function locked(name: string, version: string, extra: Partial<LockedDist> = {}): LockedDist {
  return { name, version, source: 'registry+https://pypi.org/simple', status: 'wheel', file: `${name.replace(/-/g, '_')}-${version}-py3-none-any.whl`, projectLocal: false, ...extra };
}

describe('lockSelection', () => {
  const report: CheckReport = {
    schema: 1,
    project: { name: 'demo', version: '0.1.0', requiresPython: '>=3.11', lockRevision: 3, packageCount: 4 },
    targets: [{ id: T, python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: null }],
    packages: [
      { name: 'demo', version: '0.1.0', source: 'virtual+.', verdicts: { [T]: { status: 'source', file: '.' } } },
      { name: 'Numpy', version: '2.1.0', source: 'registry+https://pypi.org/simple', verdicts: { [T]: { status: 'wheel', file: 'numpy-2.1.0-cp311-cp311-manylinux_2_17_x86_64.whl' } } },
      { name: 'pywin32', version: '308', source: 'registry+https://pypi.org/simple', verdicts: { [T]: { status: 'not-needed' } } },
      { name: 'lib', version: '1.0', source: 'editable+packages/lib', verdicts: { [T]: { status: 'source', file: 'packages/lib' } } },
    ],
    findings: [],
  };

  it('keeps what the target needs, drops not-needed packages and the virtual root uv never installs', () => {
    const selection = lockSelection(report, T);
    expect(selection.map((s) => [s.name, s.status, s.projectLocal])).toEqual([
      ['lib', 'source', true],
      ['numpy', 'wheel', false],
    ]);
  });
});

describe('comparePackages', () => {
  it('passes when names (normalised) and versions (PEP 440 equal) match', () => {
    const r = comparePackages([locked('tiny-dep', '2.0'), locked('torch', '2.5.1+cu124')], [dist('Tiny_Dep', '2.0.0'), dist('torch', '2.5.1+cu124')]);
    expect(r.check.status).toBe('pass');
    expect(r.mismatches).toEqual([]);
  });

  it('names a package of another version, a missing one and an extra one', () => {
    const r = comparePackages(
      [locked('tiny-dep', '2.0.0'), locked('tiny-app', '1.0.0'), locked('torch', '2.5.1+cu124')],
      [dist('tiny-dep', '2.1.0'), dist('tiny-extra', '0.3.0'), dist('torch', '2.5.1+cpu')],
    );
    expect(r.check.status).toBe('fail');
    expect(r.mismatches).toEqual([
      { name: 'tiny-app', locked: '1.0.0', installed: null },
      { name: 'tiny-dep', locked: '2.0.0', installed: '2.1.0' },
      { name: 'tiny-extra', locked: null, installed: '0.3.0' },
      { name: 'torch', locked: '2.5.1+cu124', installed: '2.5.1+cpu' },
    ]);
    expect(r.check.details).toContain('tiny-dep 2.1.0 installed, 2.0.0 locked');
    expect(r.check.details).toContain('synced with extras or groups verify was not told about');
  });

  it('ignores pip/setuptools/wheel seeded into the venv unless the lock selects them', () => {
    const seeded = comparePackages([locked('tiny-dep', '2.0.0')], [dist('tiny-dep', '2.0.0'), dist('pip', '24.3.1')]);
    expect(seeded.check.status).toBe('pass');
    expect(seeded.check.details).toContain('ignored installer seed packages not in the lock: pip 24.3.1');
    const pinned = comparePackages([locked('setuptools', '75.0.0')], [dist('setuptools', '70.0.0')]);
    expect(pinned.mismatches).toEqual([{ name: 'setuptools', locked: '75.0.0', installed: '70.0.0' }]);
  });

  it('accepts an editable project root that was not installed (uv sync --no-install-project)', () => {
    const r = comparePackages([locked('demo', '0.1.0', { source: 'editable+.', status: 'source', projectLocal: true })], []);
    expect(r.check.status).toBe('pass');
    expect(r.check.details).toContain('the project itself');
  });

  it('flags two installed copies of one distribution', () => {
    const r = comparePackages([locked('tiny-dep', '2.0.0')], [dist('tiny-dep', '2.0.0'), dist('tiny_dep', '2.1.0')]);
    expect(r.mismatches).toEqual([{ name: 'tiny-dep', locked: '2.0.0', installed: '2.0.0, 2.1.0' }]);
  });
});

describe('checkSourceBuilds', () => {
  const none = parseAllowance([]);

  it('passes installs of the locked wheels', () => {
    const r = checkSourceBuilds(
      [locked('numpy', '2.1.0', { file: 'numpy-2.1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl' })],
      [dist('numpy', '2.1.0', { tags: ['cp311-cp311-manylinux_2_17_x86_64', 'cp311-cp311-manylinux2014_x86_64'] })],
      none,
    );
    expect(r.status).toBe('pass');
  });

  it('fails a wheel uv built itself (uv_build.json) for a package the lock has only as an sdist', () => {
    const r = checkSourceBuilds([locked('fasttext', '0.9.3', { status: 'sdist', file: 'fasttext-0.9.3.tar.gz' })], [dist('fasttext', '0.9.3', { builtByUv: true, tags: ['cp311-cp311-linux_x86_64'] })], none);
    expect(r.status).toBe('fail');
    expect(r.details).toContain('fasttext: uv built it (uv_build.json), the lock has no wheel for this target, only fasttext-0.9.3.tar.gz');
  });

  it('fails a local build whose WHEEL tags are not the locked wheel’s, even without uv’s marker', () => {
    const r = checkSourceBuilds(
      [locked('numpy', '2.1.0', { file: 'numpy-2.1.0-cp311-cp311-manylinux_2_17_x86_64.whl' })],
      [dist('numpy', '2.1.0', { installer: 'pip', generator: 'setuptools (75.1.0)', tags: ['cp311-cp311-linux_x86_64'] })],
      none,
    );
    expect(r.status).toBe('fail');
    expect(r.details).toContain('WHEEL tags cp311-cp311-linux_x86_64 are not those of the locked numpy-2.1.0-cp311-cp311-manylinux_2_17_x86_64.whl');
  });

  it('fails VCS and source-archive installs; never counts the editable project itself', () => {
    const r = checkSourceBuilds(
      [locked('demo', '0.1.0', { source: 'editable+.', status: 'source', projectLocal: true }), locked('peft', '0.14.0', { source: 'git+https://github.com/huggingface/peft', status: 'source' })],
      [
        dist('demo', '0.1.0', { directUrl: { url: 'file:///w/demo', kind: 'dir', editable: true } }),
        dist('peft', '0.14.0', { directUrl: { url: 'https://github.com/huggingface/peft', kind: 'vcs', editable: false } }),
      ],
      none,
    );
    expect(r.status).toBe('fail');
    expect(r.details).toMatch(/^1 built from source: peft: installed from a VCS checkout/);
  });

  it('passes builds that are allowed by name or wholesale, and says which', () => {
    const sel = [locked('fasttext', '0.9.3', { status: 'sdist', file: 'fasttext-0.9.3.tar.gz' })];
    const inst = [dist('fasttext', '0.9.3', { builtByUv: true })];
    expect(checkSourceBuilds(sel, inst, parseAllowance(['FastText'])).status).toBe('pass');
    expect(checkSourceBuilds(sel, inst, parseAllowance(['true'])).details).toContain('allowed: fasttext');
    expect(checkSourceBuilds(sel, inst, parseAllowance(['false'])).status).toBe('fail');
    expect(checkSourceBuilds(sel, inst, parseAllowance(['other, more'])).status).toBe('fail');
  });
});
