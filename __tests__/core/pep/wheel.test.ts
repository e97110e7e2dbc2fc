import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import { compareBuildTags, parseWheelFilename, sdistFilename } from '../../../src/core/pep/wheel.js';
import { corpusLocks, wheelsIn } from './corpus.js';

describe('parseWheelFilename (PEP 427)', () => {
  // Vectors: pypa/packaging tests/test_utils.py `test_parse_wheel_filename` (names as written in the
  // filename; packaging additionally canonicalises them) and `test_parse_wheel_unsorted_tags_valid_by_default`.
  const cases: Array<[string, { name: string; version: string; build: string | null; python: string[]; abi: string[]; platform: string[] }]> = [
    ['foo-1.0-py3-none-any.whl', { name: 'foo', version: '1.0', build: null, python: ['py3'], abi: ['none'], platform: ['any'] }],
    ['some_PACKAGE-1.0-py3-none-any.whl', { name: 'some_PACKAGE', version: '1.0', build: null, python: ['py3'], abi: ['none'], platform: ['any'] }],
    ['foo-1.0-1000-py3-none-any.whl', { name: 'foo', version: '1.0', build: '1000', python: ['py3'], abi: ['none'], platform: ['any'] }],
    ['foo-1.0-1000abc-py3-none-any.whl', { name: 'foo', version: '1.0', build: '1000abc', python: ['py3'], abi: ['none'], platform: ['any'] }],
    [
      'pyvirtualcam-0.13.0-cp310-cp310-manylinux2014_x86_64.manylinux_2_17_x86_64.whl',
      { name: 'pyvirtualcam', version: '0.13.0', build: null, python: ['cp310'], abi: ['cp310'], platform: ['manylinux2014_x86_64', 'manylinux_2_17_x86_64'] },
    ],
    ['foo_bár-1.0-py3-none-any.whl', { name: 'foo_bár', version: '1.0', build: null, python: ['py3'], abi: ['none'], platform: ['any'] }],
    ['foo_bár-1.0-1000-py3-none-any.whl', { name: 'foo_bár', version: '1.0', build: '1000', python: ['py3'], abi: ['none'], platform: ['any'] }],
    ['foo-1.0-py3.py2-none-any.whl', { name: 'foo', version: '1.0', build: null, python: ['py3', 'py2'], abi: ['none'], platform: ['any'] }],
    // packaging tests/test_tags.py `TestParseTag.test_multi_platform`
    [
      'x-1-cp37-cp37m-macosx_10_6_intel.macosx_10_9_intel.macosx_10_9_x86_64.macosx_10_10_intel.macosx_10_10_x86_64.whl',
      {
        name: 'x', version: '1', build: null, python: ['cp37'], abi: ['cp37m'],
        platform: ['macosx_10_6_intel', 'macosx_10_9_intel', 'macosx_10_9_x86_64', 'macosx_10_10_intel', 'macosx_10_10_x86_64'],
      },
    ],
    // Real URLs from the corpus locks: the PyTorch index percent-encodes the local label; flash-attn's
    // GitHub release URLs do not; torchvision ships a build-tagged re-release.
    [
      'https://download-r2.pytorch.org/whl/cu130/torch-2.11.0%2Bcu130-cp313-cp313t-manylinux_2_28_x86_64.whl',
      { name: 'torch', version: '2.11.0+cu130', build: null, python: ['cp313'], abi: ['cp313t'], platform: ['manylinux_2_28_x86_64'] },
    ],
    [
      'https://github.com/Dao-AILab/flash-attention/releases/download/v2.8.1/flash_attn-2.8.1+cu13torch2.10cxx11abiTRUE-cp313-cp313-linux_x86_64.whl',
      { name: 'flash_attn', version: '2.8.1+cu13torch2.10cxx11abiTRUE', build: null, python: ['cp313'], abi: ['cp313'], platform: ['linux_x86_64'] },
    ],
    [
      'https://download.pytorch.org/whl/torchvision-0.21.0-1-cp311-cp311-manylinux_2_28_aarch64.whl#sha256=abc',
      { name: 'torchvision', version: '0.21.0', build: '1', python: ['cp311'], abi: ['cp311'], platform: ['manylinux_2_28_aarch64'] },
    ],
    [
      'https://files.pythonhosted.org/packages/aa/bb/nvidia_cudnn_cu12-9.1.0.70-py3-none-manylinux2014_x86_64.whl?download=1',
      { name: 'nvidia_cudnn_cu12', version: '9.1.0.70', build: null, python: ['py3'], abi: ['none'], platform: ['manylinux2014_x86_64'] },
    ],
    [
      'charset_normalizer-3.4.1-cp311-cp311-macosx_10_9_universal2.whl',
      { name: 'charset_normalizer', version: '3.4.1', build: null, python: ['cp311'], abi: ['cp311'], platform: ['macosx_10_9_universal2'] },
    ],
    ['torch-2.5.1-cp310-none-macosx_11_0_arm64.whl', { name: 'torch', version: '2.5.1', build: null, python: ['cp310'], abi: ['none'], platform: ['macosx_11_0_arm64'] }],
  ];
  it.each(cases)('%s', (input, expected) => {
    const wheel = parseWheelFilename(input);
    expect(wheel).toEqual({
      name: expected.name,
      version: expected.version,
      build: expected.build,
      pythonTags: expected.python,
      abiTags: expected.abi,
      platformTags: expected.platform,
    });
  });

  // packaging tests/test_utils.py `test_parse_wheel_invalid_filename`, plus sdists, junk and bad escapes.
  const invalid = [
    'foo-1.0.whl',
    'foo-1.0-py3-none-any.wheel',
    'foo__bar-1.0-py3-none-any.whl',
    'foo#bar-1.0-py3-none-any.whl',
    'foobar-1.x-py3-none-any.whl',
    'foo-1.0-abc-py3-none-any.whl',
    'foo-1.0-200-py3-none-any-junk.whl',
    'https://files.pythonhosted.org/packages/ab/cd/flash_attn-2.7.4.post1.tar.gz',
    'foo-1.0-py3-none-.whl',
    'foo-1.0-py3..py2-none-any.whl',
    'https://example.com/foo-1.0-py3-none-any%ZZ.whl',
    '',
  ];
  it.each(invalid)('rejects %j with a LockstepError', (input) => {
    expect(() => parseWheelFilename(input)).toThrow(LockstepError);
  });

  it('memoises: the same input yields the same frozen object', () => {
    const url = 'https://download.pytorch.org/whl/cu124/torch-2.5.1%2Bcu124-cp311-cp311-linux_x86_64.whl';
    const wheel = parseWheelFilename(url);
    expect(parseWheelFilename(url)).toBe(wheel);
    expect(Object.isFrozen(wheel) && Object.isFrozen(wheel.platformTags)).toBe(true);
  });

  it('explains the expected shape', () => {
    expect(() => parseWheelFilename('foo-1.0.whl')).toThrow(/expected 5 or 6 dash-separated parts, found 2/);
  });
});

describe('compareBuildTags', () => {
  it('orders by the leading number, then the rest; no build tag sorts first', () => {
    const ascending = [null, '0', '1', '1abc', '2', '10', '1000', '1000abc'];
    for (let i = 0; i + 1 < ascending.length; i++) {
      expect(compareBuildTags(ascending[i]!, ascending[i + 1]!)).toBeLessThan(0);
      expect(compareBuildTags(ascending[i + 1]!, ascending[i]!)).toBeGreaterThan(0);
    }
    expect(compareBuildTags('7', '7')).toBe(0);
  });
});

describe('sdistFilename', () => {
  it('returns the decoded last path segment', () => {
    expect(sdistFilename('https://files.pythonhosted.org/packages/40/17/fa/absl_py-2.2.1.tar.gz')).toBe('absl_py-2.2.1.tar.gz');
    expect(sdistFilename('https://example.com/dl/pkg-1.0%2Blocal.tar.gz?x=1#sha256=00')).toBe('pkg-1.0+local.tar.gz');
    expect(sdistFilename('flash_attn-2.7.4.post1.tar.gz')).toBe('flash_attn-2.7.4.post1.tar.gz');
  });
});

// The corpus is required test data (CI has it beside the checkout): a missing corpus fails, it does not skip.
const corpus = describe;
corpus('every wheel in the corpus locks', () => {
  it('parses, and its name matches the locked package', () => {
    let count = 0;
    const mismatches: string[] = [];
    const normalize = (s: string) => s.replace(/[-_.]+/g, '-').toLowerCase();
    for (const { project, lock } of corpusLocks()) {
      for (const { pkg, url } of wheelsIn(lock)) {
        const wheel = parseWheelFilename(url);
        if (normalize(wheel.name) !== normalize(pkg)) mismatches.push(`${project}: ${pkg} ${url}`);
        count++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(count).toBeGreaterThan(20_000);
  });
});
