import { describe, expect, it } from '@jest/globals';
import { judgeOnline, newestServedVersion, versionOfFilename, type ServedFile } from '../../../src/core/online/judge.js';
import type { LockedArtifact, OnlineQuery } from '../../../src/core/online/plan.js';

const file = (filename: string, extra: Partial<ServedFile> = {}): ServedFile => ({ filename, yanked: false, ...extra });
const artifact = (filename: string, extra: Partial<LockedArtifact> = {}): LockedArtifact => ({
  package: 'torch',
  version: '2.1.0',
  line: 40,
  filename,
  kind: 'wheel',
  sha256: 'aa'.repeat(32),
  targets: ['cp311-x86_64-manylinux_2_28'],
  ...extra,
});

describe('versionOfFilename / newestServedVersion', () => {
  it('reads versions from wheel and sdist names', () => {
    expect(versionOfFilename('torch-2.1.0+cu121-cp311-cp311-linux_x86_64.whl')).toBe('2.1.0+cu121');
    expect(versionOfFilename('flash_attn-2.7.4.post1.tar.gz')).toBe('2.7.4.post1');
    expect(versionOfFilename('my-pkg-1.0.zip')).toBe('1.0');
    expect(versionOfFilename('README.txt')).toBeNull();
  });

  it('names the newest final release that is not yanked (a pre-release only when nothing else is served)', () => {
    const files = [file('lib-1.0.0-py3-none-any.whl'), file('lib-1.2.0-py3-none-any.whl', { yanked: true }), file('lib-1.1.0.tar.gz'), file('lib-2.0.0rc1-py3-none-any.whl')];
    expect(newestServedVersion(files)).toBe('1.1.0');
    expect(newestServedVersion([file('lib-2.0.0rc1-py3-none-any.whl')])).toBe('2.0.0rc1');
    expect(newestServedVersion([file('lib-1.0-py3-none-any.whl', { yanked: true })])).toBeNull();
  });
});

describe('judgeOnline', () => {
  const wheel = 'torch-2.1.0-cp311-cp311-manylinux_2_17_x86_64.whl';
  const query = (...artifacts: LockedArtifact[]): OnlineQuery => ({ kind: 'index', indexUrl: 'https://pypi.org/simple', project: 'torch', artifacts });

  it('one finding per package, whatever the number of its files and targets', () => {
    const other = 'torch-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl';
    const { findings, results } = judgeOnline([query(artifact(wheel), artifact(other, { targets: ['cp312-x86_64-manylinux_2_28'] }))], [{ kind: 'listing', files: [file('torch-2.5.1-cp311-cp311-manylinux_2_17_x86_64.whl')] }]);
    expect(results.map((r) => r.status)).toEqual(['missing', 'missing']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'artifact-missing', severity: 'error', package: 'torch', line: 40, file: 'uv.lock' });
    expect(findings[0]!.message).toContain('cp311-x86_64-manylinux_2_28, cp312-x86_64-manylinux_2_28');
    expect(findings[0]!.message).toContain('Newest version still served: 2.5.1');
  });

  it('a listed file with another sha256 is missing; without a published hash the filename decides', () => {
    const other = judgeOnline([query(artifact(wheel))], [{ kind: 'listing', files: [file(wheel, { sha256: 'bb'.repeat(32) })] }]);
    expect(other.results[0]!.status).toBe('hash-changed');
    const unhashed = judgeOnline([query(artifact(wheel))], [{ kind: 'listing', files: [file(wheel)] }]);
    expect(unhashed.results[0]!.status).toBe('served');
    expect(unhashed.findings).toEqual([]);
  });

  it('an unreachable host is one artifact-unchecked error per host and never a missing file', () => {
    const { findings, results } = judgeOnline(
      [query(artifact(wheel)), { kind: 'url', url: 'https://github.com/o/r/releases/download/v1/x-1.0-py3-none-any.whl', artifacts: [artifact('x-1.0-py3-none-any.whl', { package: 'x' })] }],
      [{ kind: 'unreachable', reason: 'cannot reach pypi.org' }, { kind: 'unreachable', reason: 'ENOTFOUND github.com' }],
    );
    expect(results.map((r) => r.status)).toEqual(['unchecked', 'unchecked']);
    expect(findings.map((f) => [f.code, f.message.match(/from (\S+)/)?.[1]])).toEqual([
      ['artifact-unchecked', 'pypi.org'],
      ['artifact-unchecked', 'github.com'],
    ]);
  });
});
