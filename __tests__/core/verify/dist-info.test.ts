// The dist-info parsers read what installers write (core metadata, PEP 427 WHEEL, PEP 610 direct_url.json).
import { describe, expect, it } from '@jest/globals';
import { parseCoreMetadata, parseDirectUrl, parseWheelInfo } from '../../../src/core/verify/dist-info.js';

describe('dist-info files', () => {
  it('reads Name and Version from METADATA, not from the body or a folded Description', () => {
    const text = 'Metadata-Version: 2.1\r\nName: Tiny_Lib\r\nVersion: 2.5.1+cu124\r\nSummary: a\r\n  folded line\r\n\r\nName: not-this\n';
    expect(parseCoreMetadata(text)).toEqual({ name: 'Tiny_Lib', version: '2.5.1+cu124' });
    expect(parseCoreMetadata('Metadata-Version: 2.1\nName: x\n')).toBeNull();
  });

  it('reads every Tag line and the Generator of a WHEEL file', () => {
    const text = 'Wheel-Version: 1.0\nGenerator: bdist_wheel (0.45.1)\nRoot-Is-Purelib: false\nTag: cp311-cp311-manylinux_2_17_x86_64\nTag: cp311-cp311-manylinux2014_x86_64\n';
    expect(parseWheelInfo(text)).toEqual({ generator: 'bdist_wheel (0.45.1)', tags: ['cp311-cp311-manylinux_2_17_x86_64', 'cp311-cp311-manylinux2014_x86_64'] });
  });

  it('tells editable directories, VCS checkouts and archives apart in direct_url.json', () => {
    expect(parseDirectUrl('{"url": "file:///w/demo", "dir_info": {"editable": true}}')).toEqual({ url: 'file:///w/demo', kind: 'dir', editable: true });
    expect(parseDirectUrl('{"url": "https://github.com/a/b", "vcs_info": {"vcs": "git", "commit_id": "abc"}}')?.kind).toBe('vcs');
    expect(parseDirectUrl('{"url": "https://x/y-1.0.tar.gz", "archive_info": {}}')?.kind).toBe('archive');
    expect(parseDirectUrl('not json')).toBeNull();
  });
});
