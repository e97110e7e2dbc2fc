import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TarScanner, unsafeTarMember } from '../../../src/core/security/tar.js';
import { cleanupTempDirs, makeTempDir } from '../../support/fixture-project.js';

afterAll(() => cleanupTempDirs());

/** The members real GNU tar writes for a folder, in `format`, read back in small chunks. */
function membersOf(build: (dir: string) => void, format: 'gnu' | 'pax' | 'ustar') {
  const dir = makeTempDir('tar');
  const src = path.join(dir, 'src');
  mkdirSync(src);
  build(src);
  const tar = path.join(dir, 'out.tar');
  execFileSync('tar', [`--format=${format}`, '-cf', tar, '-C', src, '.']);
  const scanner = new TarScanner();
  const bytes = readFileSync(tar);
  for (let i = 0; i < bytes.length; i += 333) scanner.push(bytes.subarray(i, i + 333));
  return scanner.members.filter((m) => m.name !== './');
}

describe('TarScanner', () => {
  const long = `${'deep/'.repeat(30)}file.whl`;
  const build = (src: string) => {
    mkdirSync(path.join(src, path.dirname(long)), { recursive: true });
    writeFileSync(path.join(src, long), 'x'.repeat(1000));
    symlinkSync(`../${'t'.repeat(150)}`, path.join(src, 'link'));
    symlinkSync('/etc', path.join(src, 'abs'));
  };

  for (const format of ['gnu', 'pax'] as const) {
    it(`reads long names and link targets (${format})`, () => {
      const members = membersOf(build, format);
      expect(members).toContainEqual({ name: `./${long}`, type: '0', linkname: '' });
      expect(members).toContainEqual({ name: './link', type: '2', linkname: `../${'t'.repeat(150)}` });
      expect(members).toContainEqual({ name: './abs', type: '2', linkname: '/etc' });
    });
  }
});

describe('unsafeTarMember', () => {
  const root = '/runner/_temp/uv-cache';
  it('refuses paths, symlinks and hard links that lead outside the folder, and devices', () => {
    expect(unsafeTarMember({ name: '../x', type: '0', linkname: '' }, root)).toContain('outside');
    expect(unsafeTarMember({ name: '/etc/x', type: '0', linkname: '' }, root)).toContain('outside');
    expect(unsafeTarMember({ name: './wheels', type: '2', linkname: '/home/runner' }, root)).toContain('symlink to /home/runner');
    expect(unsafeTarMember({ name: './a/b', type: '2', linkname: '../../x' }, root)).toContain('outside');
    expect(unsafeTarMember({ name: './h', type: '1', linkname: '../../etc/passwd' }, root)).toContain('hard link');
    expect(unsafeTarMember({ name: './dev', type: '3', linkname: '' }, root)).toContain('device');
  });

  it('allows ordinary files and links that stay inside (uv links its cache entries to archive-v0/)', () => {
    expect(unsafeTarMember({ name: './wheels-v5/pypi/x', type: '2', linkname: '../../archive-v0/abc' }, root)).toBeNull();
    expect(unsafeTarMember({ name: './w', type: '2', linkname: `${root}/archive-v0/abc` }, root)).toBeNull();
    expect(unsafeTarMember({ name: './h', type: '1', linkname: './archive-v0/abc' }, root)).toBeNull();
    expect(unsafeTarMember({ name: './a.whl', type: '0', linkname: '' }, root)).toBeNull();
  });
});
