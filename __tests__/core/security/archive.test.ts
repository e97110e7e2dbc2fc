import { describe, expect, it } from '@jest/globals';
import { isSafeMemberPath, unsafeZipMembers } from '../../../src/core/security/archive.js';
import { writeZip } from '../../support/archives.js';

describe('zip-slip checks', () => {
  it('refuses .., absolute, drive-letter and backslash member paths', () => {
    for (const name of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'a\\..\\x', '']) expect(isSafeMemberPath(name)).toBe(false);
    for (const name of ['uv-0.1.data/scripts/uv', 'a/..b/c', 'dir/']) expect(isSafeMemberPath(name)).toBe(true);
  });

  it('lists the unsafe members of a zip, symlinks included', () => {
    const zip = writeZip([{ path: 'ok.txt', data: 'x' }, { path: '../evil', data: 'x' }, { path: 'link', data: '/home/runner' }]);
    // Turn `link` into a Unix symlink entry (mode 120777 in the external attributes of its central record).
    const central = zip.lastIndexOf(Buffer.from('link'));
    zip.writeUInt32LE(((0o120777 << 16) >>> 0), central - 46 + 38);
    expect(unsafeZipMembers(zip)).toEqual(['../evil', 'link (symlink)']);
    expect(() => unsafeZipMembers(Buffer.from('not a zip at all, not even close'))).toThrow('not a zip archive');
  });
});
