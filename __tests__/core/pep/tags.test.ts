import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Platform } from '../../../src/core/pep/platforms.js';
import { resolvePlatform } from '../../../src/core/pep/platforms.js';
import { bestWheel, compatibleTags, platformTags, tagMatcher, whyIncompatible } from '../../../src/core/pep/tags.js';
import { parseWheelFilename } from '../../../src/core/pep/wheel.js';
import { corpusLocks, wheelsIn } from './corpus.js';

/** A platform with a glibc floor uv has no --python-platform name for (as uv's own tests construct). */
function linuxWithGlibc(minor: number): Platform {
  return { ...resolvePlatform('x86_64-manylinux_2_17'), name: `test-x86_64-manylinux_2_${minor}`, glibc: [2, minor] };
}

describe('platformTags', () => {
  // uv crates/uv-platform-tags/src/tags/tests.rs `test_platform_tags_manylinux` (Os::Manylinux 2.20, x86_64).
  it('manylinux 2.20 x86_64: PEP 600 tags with the legacy aliases after their twin, then linux_x86_64', () => {
    expect(platformTags(linuxWithGlibc(20))).toEqual([
      'manylinux_2_20_x86_64', 'manylinux_2_19_x86_64', 'manylinux_2_18_x86_64', 'manylinux_2_17_x86_64',
      'manylinux2014_x86_64', 'manylinux_2_16_x86_64', 'manylinux_2_15_x86_64', 'manylinux_2_14_x86_64',
      'manylinux_2_13_x86_64', 'manylinux_2_12_x86_64', 'manylinux2010_x86_64', 'manylinux_2_11_x86_64',
      'manylinux_2_10_x86_64', 'manylinux_2_9_x86_64', 'manylinux_2_8_x86_64', 'manylinux_2_7_x86_64',
      'manylinux_2_6_x86_64', 'manylinux_2_5_x86_64', 'manylinux1_x86_64', 'linux_x86_64',
    ]);
  });

  it('aarch64 manylinux starts at 2_17 (no manylinux1/2010 for ARM)', () => {
    const tags = platformTags(resolvePlatform('aarch64-manylinux_2_17'));
    expect(tags).toEqual(['manylinux_2_17_aarch64', 'manylinux2014_aarch64', 'linux_aarch64']);
  });

  it('musllinux 1.2, most recent first, then linux_<arch> (packaging order; uv accepts the same set)', () => {
    expect(platformTags(resolvePlatform('x86_64-unknown-linux-musl'))).toEqual([
      'musllinux_1_2_x86_64', 'musllinux_1_1_x86_64', 'musllinux_1_0_x86_64', 'linux_x86_64',
    ]);
  });

  // uv tags/tests.rs `test_platform_tags_macos` (Os::Macos 14.0 and 10.6, x86_64): transcribed by rows.
  const X86_FORMATS = ['x86_64', 'intel', 'fat64', 'fat32', 'universal2', 'universal'];
  it('macOS 14.0 x86_64', () => {
    const versions = ['14_0', '13_0', '12_0', '11_0', '10_16', '10_15', '10_14', '10_13', '10_12', '10_11', '10_10', '10_9', '10_8', '10_7', '10_6', '10_5', '10_4'];
    const expected = versions.flatMap((v) => X86_FORMATS.map((f) => `macosx_${v}_${f}`));
    expect(platformTags(resolvePlatform('x86_64-apple-darwin', { macos: [14, 0] }))).toEqual(expected);
  });
  it('macOS 21.6 x86_64: the minor of an 11+ target does not matter', () => {
    const tags = platformTags(resolvePlatform('x86_64-apple-darwin', { macos: [21, 6] }));
    expect(tags.slice(0, 6)).toEqual(X86_FORMATS.map((f) => `macosx_21_0_${f}`));
    expect(tags).toHaveLength((21 - 11 + 1 + 13) * 6);
    expect(tags).not.toContain('macosx_21_6_x86_64');
  });
  it('macOS 10.6 x86_64', () => {
    expect(platformTags(resolvePlatform('x86_64-apple-darwin', { macos: [10, 6] }))).toEqual(
      ['10_6', '10_5', '10_4'].flatMap((v) => X86_FORMATS.map((f) => `macosx_${v}_${f}`)),
    );
  });

  it('Windows', () => {
    expect(platformTags(resolvePlatform('x86_64-pc-windows-msvc'))).toEqual(['win_amd64']);
    expect(platformTags(resolvePlatform('aarch64-pc-windows-msvc'))).toEqual(['win_arm64']);
    expect(platformTags(resolvePlatform('i686-pc-windows-msvc'))).toEqual(['win32']);
  });
});

describe('compatibleTags', () => {
  // uv crates/uv-platform-tags/src/tags/tests.rs `test_system_tags_manylinux`: CPython 3.9 on
  // manylinux 2.28 x86_64. The snapshot is (interpreter, abi) rows × the same 28 platform tags, then the
  // `any` tail; it is transcribed here row by row.
  const PLATFORMS_2_28 = [
    'manylinux_2_28_x86_64', 'manylinux_2_27_x86_64', 'manylinux_2_26_x86_64', 'manylinux_2_25_x86_64',
    'manylinux_2_24_x86_64', 'manylinux_2_23_x86_64', 'manylinux_2_22_x86_64', 'manylinux_2_21_x86_64',
    'manylinux_2_20_x86_64', 'manylinux_2_19_x86_64', 'manylinux_2_18_x86_64', 'manylinux_2_17_x86_64',
    'manylinux2014_x86_64', 'manylinux_2_16_x86_64', 'manylinux_2_15_x86_64', 'manylinux_2_14_x86_64',
    'manylinux_2_13_x86_64', 'manylinux_2_12_x86_64', 'manylinux2010_x86_64', 'manylinux_2_11_x86_64',
    'manylinux_2_10_x86_64', 'manylinux_2_9_x86_64', 'manylinux_2_8_x86_64', 'manylinux_2_7_x86_64',
    'manylinux_2_6_x86_64', 'manylinux_2_5_x86_64', 'manylinux1_x86_64', 'linux_x86_64',
  ];
  const ROWS_CP39 = [
    'cp39-cp39', 'cp39-abi3', 'cp39-none', 'cp38-abi3', 'cp37-abi3', 'cp36-abi3', 'cp35-abi3', 'cp34-abi3', 'cp33-abi3',
    'cp32-abi3', 'py39-none', 'py3-none', 'py38-none', 'py37-none', 'py36-none', 'py35-none', 'py34-none', 'py33-none',
    'py32-none', 'py31-none', 'py30-none',
  ];
  const ANY_CP39 = [
    'cp39-none-any', 'py39-none-any', 'py3-none-any', 'py38-none-any', 'py37-none-any', 'py36-none-any', 'py35-none-any',
    'py34-none-any', 'py33-none-any', 'py32-none-any', 'py31-none-any', 'py30-none-any',
  ];
  it('CPython 3.9 on x86_64-manylinux_2_28 matches uv/packaging order exactly', () => {
    const expected = [...ROWS_CP39.flatMap((row) => PLATFORMS_2_28.map((p) => `${row}-${p}`)), ...ANY_CP39];
    expect(compatibleTags('3.9', resolvePlatform('x86_64-manylinux_2_28'))).toEqual(expected);
  });

  // uv tags/tests.rs `test_system_tags_macos`: CPython 3.9 on macOS 14.0 arm64.
  it('CPython 3.9 on aarch64-apple-darwin (macOS 14) matches uv order exactly', () => {
    const macArm = [
      'macosx_14_0_arm64', 'macosx_14_0_universal2', 'macosx_13_0_arm64', 'macosx_13_0_universal2', 'macosx_12_0_arm64',
      'macosx_12_0_universal2', 'macosx_11_0_arm64', 'macosx_11_0_universal2', 'macosx_10_16_universal2',
      'macosx_10_15_universal2', 'macosx_10_14_universal2', 'macosx_10_13_universal2', 'macosx_10_12_universal2',
      'macosx_10_11_universal2', 'macosx_10_10_universal2', 'macosx_10_9_universal2', 'macosx_10_8_universal2',
      'macosx_10_7_universal2', 'macosx_10_6_universal2', 'macosx_10_5_universal2', 'macosx_10_4_universal2',
    ];
    const expected = [...ROWS_CP39.flatMap((row) => macArm.map((p) => `${row}-${p}`)), ...ANY_CP39];
    expect(compatibleTags('3.9', resolvePlatform('aarch64-apple-darwin', { macos: [14, 0] }))).toEqual(expected);
  });

  // fixtures/packaging-26.2-tags.json: the real output of pypa/packaging 26.2 (see its `_source`).
  // packaging 26 also offers `abi3t` (PEP 803) to free-threaded builds; uv does not (tags.rs
  // `compatibility`: a free-threaded interpreter takes only `none` and `cpXYt`), and we follow uv.
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/packaging-26.2-tags.json', import.meta.url), 'utf8')) as {
    tags: Record<string, string[]>;
  };
  it.each(Object.entries(fixture.tags))('%s matches packaging 26.2 (less abi3t)', (key, expected) => {
    const [python, platform] = key.split('|') as [string, string];
    expect(compatibleTags(python, resolvePlatform(platform))).toEqual(expected.filter((t) => !t.includes('-abi3t-')));
  });

  it('free-threaded 3.13t: cp313t ABI, no abi3 at all', () => {
    const tags = compatibleTags('3.13t', resolvePlatform('x86_64-pc-windows-msvc'));
    expect(tags.slice(0, 2)).toEqual(['cp313-cp313t-win_amd64', 'cp313-none-win_amd64']);
    expect(tags.some((t) => t.includes('abi3'))).toBe(false);
    expect(tags).not.toContain('cp313-cp313-win_amd64');
    expect(tags.at(-1)).toBe('py30-none-any');
  });

  it('CPython 3.7 and older carry the pymalloc "m" ABI flag', () => {
    expect(compatibleTags('3.7', resolvePlatform('windows'))[0]).toBe('cp37-cp37m-win_amd64');
  });
});

// Real wheel filenames from the corpus locks, and where each can be installed (uv's rules).
const L28 = 'x86_64-manylinux_2_28';
const LGNU = 'x86_64-manylinux_2_17'; // glibc 2.17 (x86_64-unknown-linux-gnu means 2.28 since uv 0.8)
const A28 = 'aarch64-manylinux_2_28';
const AGNU = 'aarch64-manylinux_2_17'; // glibc 2.17
const MUSL = 'x86_64-unknown-linux-musl';
const MARM = 'aarch64-apple-darwin'; // macOS 13.0
const MX86 = 'x86_64-apple-darwin';
const WIN = 'x86_64-pc-windows-msvc';
const WARM = 'aarch64-pc-windows-msvc';
const W32 = 'i686-pc-windows-msvc';
const COLUMNS = [L28, LGNU, A28, AGNU, MUSL, MARM, MX86, WIN, WARM, W32];

const COMPATIBILITY: Array<[string, string, string[]]> = [
  // PyTorch CUDA index: local label, linux_x86_64 platform (uv accepts linux_* on glibc and musl targets).
  ['https://download.pytorch.org/whl/cu121/torch-2.5.1%2Bcu121-cp311-cp311-linux_x86_64.whl', '3.11', [L28, LGNU, MUSL]],
  ['https://download.pytorch.org/whl/cu121/torch-2.5.1%2Bcu121-cp311-cp311-win_amd64.whl', '3.11', [WIN]],
  ['https://download.pytorch.org/whl/cu121/torch-2.5.1%2Bcu121-cp311-cp311-linux_x86_64.whl', '3.12', []],
  ['torch-2.5.1-cp311-cp311-manylinux1_x86_64.whl', '3.11', [L28, LGNU]],
  ['torch-2.5.1-cp311-none-macosx_11_0_arm64.whl', '3.11', [MARM]],
  ['torch-2.5.1-cp310-cp310-manylinux_2_17_aarch64.manylinux2014_aarch64.whl', '3.11', []],
  ['torch-2.5.1-cp310-cp310-manylinux_2_17_aarch64.manylinux2014_aarch64.whl', '3.10', [A28, AGNU]],
  ['https://download-r2.pytorch.org/whl/cu130/torch-2.11.0%2Bcu130-cp313-cp313t-manylinux_2_28_x86_64.whl', '3.13', []],
  ['https://download-r2.pytorch.org/whl/cu130/torch-2.11.0%2Bcu130-cp313-cp313t-manylinux_2_28_x86_64.whl', '3.13t', [L28]],
  ['https://download-r2.pytorch.org/whl/cu130/torch-2.11.0%2Bcu130-cp313-cp313-manylinux_2_28_aarch64.whl', '3.13', [A28]],
  // NVIDIA CUDA wheels: py3-none with a manylinux floor; 2_27 needs a 2_28 target, not uv's 2_17 default.
  ['nvidia_cudnn_cu12-9.1.0.70-py3-none-manylinux2014_x86_64.whl', '3.12', [L28, LGNU]],
  ['nvidia_cudnn_cu12-9.1.0.70-py3-none-win_amd64.whl', '3.12', [WIN]],
  ['nvidia_cudnn_cu12-9.10.2.21-py3-none-manylinux_2_27_aarch64.whl', '3.12', [A28]],
  // flash-attn GitHub release wheels (direct URL, unencoded '+').
  ['https://github.com/Dao-AILab/flash-attention/releases/download/v2.8.1/flash_attn-2.8.1+cu13torch2.10cxx11abiTRUE-cp313-cp313-linux_x86_64.whl', '3.13', [L28, LGNU, MUSL]],
  ['https://github.com/Dao-AILab/flash-attention/releases/download/v2.8.1/flash_attn-2.8.1+cu13torch2.10cxx11abiTRUE-cp313-cp313-linux_x86_64.whl', '3.13t', []],
  ['https://github.com/Dao-AILab/flash-attention/releases/download/v2.8.1/flash_attn-2.8.1+cu13torch2.10cxx11abiTRUE-cp313-cp313-linux_aarch64.whl', '3.13', [A28, AGNU]],
  // numpy's dual-tagged manylinux wheels and musllinux.
  ['numpy-2.5.1-cp313-cp313-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl', '3.13', [L28]],
  ['numpy-2.5.1-cp313-cp313-musllinux_1_2_x86_64.whl', '3.13', [MUSL]],
  ['arch-7.2.0-cp311-cp311-musllinux_1_2_x86_64.whl', '3.11', [MUSL]],
  // macOS universal2 (both Macs), arm64-only, x86_64-only, free-threaded.
  ['charset_normalizer-3.4.1-cp311-cp311-macosx_10_9_universal2.whl', '3.11', [MARM, MX86]],
  ['contourpy-1.3.1-cp313-cp313t-macosx_11_0_arm64.whl', '3.13t', [MARM]],
  ['contourpy-1.3.1-cp313-cp313t-macosx_11_0_arm64.whl', '3.13', []],
  ['matplotlib-3.10.6-cp314-cp314t-macosx_10_13_x86_64.whl', '3.14t', [MX86]],
  ['pkg-1.0-cp312-cp312-macosx_14_0_arm64.whl', '3.12', []], // newer than uv's default macOS 13 floor
  // macOS 11+ wheels must say X_0: uv (like packaging) matches `macosx_14_5_arm64` on no target at all
  // (astral-sh/uv issue #16337, closed as expected behaviour).
  ['pyvoy-0.0.2-cp312-cp312-macosx_14_5_arm64.whl', '3.12', []],
  // abi3: any CPython >= the tagged minor, never free-threaded.
  ['cryptography-45.0.3-cp311-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', '3.13', [L28, LGNU]],
  ['cryptography-45.0.3-cp311-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', '3.10', []],
  ['cryptography-45.0.3-cp311-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', '3.13t', []],
  ['cryptography-45.0.3-cp311-abi3-macosx_10_9_universal2.whl', '3.12', [MARM, MX86]],
  // Windows flavours.
  ['kiwisolver-1.4.8-cp311-cp311-win_arm64.whl', '3.11', [WARM]],
  ['kiwisolver-1.4.8-cp311-cp311-win32.whl', '3.11', [W32]],
  // Pure Python.
  ['absl_py-2.5.0-py3-none-any.whl', '3.11', COLUMNS],
  ['absl_py-2.5.0-py3-none-any.whl', '3.13t', COLUMNS],
  ['six-1.16.0-py2.py3-none-any.whl', '3.12', COLUMNS],
  ['futures-3.4.0-py2-none-any.whl', '3.12', []],
  ['typing-3.10.0.0-py35-none-any.whl', '3.12', COLUMNS], // py3X for X <= target minor
  ['newer-1.0-py313-none-any.whl', '3.12', []],
];

describe('tagMatcher: real corpus wheels × platforms', () => {
  it.each(COMPATIBILITY)('%s on Python %s', (url, python, compatible) => {
    const wheel = parseWheelFilename(url);
    const installable = COLUMNS.filter((name) => tagMatcher(python, resolvePlatform(name)).priority(wheel) !== null);
    expect(installable).toEqual(compatible);
  });

  it('ranks like the compatibleTags order (lower = preferred)', () => {
    const platform = resolvePlatform(L28);
    const matcher = tagMatcher('3.11', platform);
    const tags = compatibleTags('3.11', platform);
    const rank = (file: string) => matcher.priority(parseWheelFilename(file));
    expect(rank('x-1-cp311-cp311-manylinux_2_28_x86_64.whl')).toBe(0);
    expect(rank('x-1-py3-none-any.whl')).toBe(tags.indexOf('py3-none-any'));
    // A multi-tag wheel takes its best tag.
    expect(rank('x-1-cp311-cp311-manylinux_2_17_x86_64.manylinux_2_28_x86_64.whl')).toBe(0);
    const order = [
      'x-1-cp311-cp311-manylinux_2_28_x86_64.whl',
      'x-1-cp311-cp311-manylinux_2_17_x86_64.whl',
      'x-1-cp311-cp311-manylinux2014_x86_64.whl',
      'x-1-cp311-cp311-linux_x86_64.whl',
      'x-1-cp311-abi3-manylinux_2_28_x86_64.whl',
      'x-1-cp311-none-manylinux_2_28_x86_64.whl',
      'x-1-cp39-abi3-manylinux_2_28_x86_64.whl',
      'x-1-py311-none-manylinux_2_28_x86_64.whl',
      'x-1-py3-none-manylinux_2_28_x86_64.whl',
      'x-1-cp311-none-any.whl',
      'x-1-py311-none-any.whl',
      'x-1-py3-none-any.whl',
      'x-1-py30-none-any.whl',
    ];
    const ranks = order.map(rank);
    expect(ranks.every((r) => r !== null)).toBe(true);
    expect([...ranks].sort((a, b) => a! - b!)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('is memoised per (python, platform)', () => {
    expect(tagMatcher('3.11', resolvePlatform(L28))).toBe(tagMatcher('3.11', resolvePlatform(L28)));
    expect(tagMatcher('3.11', resolvePlatform(L28))).not.toBe(tagMatcher('3.12', resolvePlatform(L28)));
    expect(tagMatcher('3.12', resolvePlatform(MARM))).not.toBe(tagMatcher('3.12', resolvePlatform(MARM, { macos: [15, 0] })));
  });

  it('a later macOS deployment target admits newer macOS wheels', () => {
    const wheel = parseWheelFilename('pkg-1.0-cp312-cp312-macosx_14_0_arm64.whl');
    expect(tagMatcher('3.12', resolvePlatform(MARM)).priority(wheel)).toBeNull();
    expect(tagMatcher('3.12', resolvePlatform(MARM, { macos: [14, 0] })).priority(wheel)).not.toBeNull();
    // ... but a non-zero minor on macOS 11+ still matches nothing, even on macOS 15.6 (uv #16337).
    const pyvoy = parseWheelFilename('pyvoy-0.0.2-cp312-cp312-macosx_14_5_arm64.whl');
    expect(tagMatcher('3.12', resolvePlatform(MARM, { macos: [15, 6] })).priority(pyvoy)).toBeNull();
  });
});

describe('whyIncompatible', () => {
  const why = (file: string, python: string, platform: string) => whyIncompatible(parseWheelFilename(file), python, resolvePlatform(platform));
  it.each([
    ['torch-2.5.1-cp311-cp311-manylinux1_x86_64.whl', '3.11', L28, null],
    ['torch-2.5.1-cp310-cp310-manylinux1_x86_64.whl', '3.12', L28, 'python'],
    ['futures-3.4.0-py2-none-any.whl', '3.12', L28, 'python'],
    ['https://download.pytorch.org/whl/cu121/torch-2.5.1%2Bcu121-cp311-cp311-linux_x86_64.whl', '3.13t', L28, 'freethreaded-abi'],
    ['contourpy-1.3.1-cp313-cp313t-macosx_11_0_arm64.whl', '3.13', MARM, 'abi'],
    ['pkg-1.0-cp312-cp312d-manylinux1_x86_64.whl', '3.12', L28, 'abi'], // a debug-build ABI
    ['cryptography-45.0.3-cp311-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', '3.13t', L28, 'freethreaded-abi'],
    ['numpy-2.5.1-cp313-cp313-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl', '3.13', LGNU, 'platform'],
    ['nvidia_cudnn_cu12-9.1.0.70-py3-none-win_amd64.whl', '3.12', L28, 'platform'],
  ])('%s on %s %s -> %s', (file, python, platform, expected) => {
    expect(why(file, python, platform)).toBe(expected);
  });
});

describe('bestWheel', () => {
  const pick = (files: string[], python: string, platform: string) => bestWheel(files, (f) => f, python, resolvePlatform(platform));

  it('takes the most specific tag, as uv does', () => {
    const files = [
      'pkg-1.0-py3-none-any.whl',
      'pkg-1.0-cp39-abi3-manylinux_2_17_x86_64.whl',
      'pkg-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'pkg-1.0-cp311-cp311-manylinux_2_28_x86_64.whl',
      'pkg-1.0-cp311-cp311-win_amd64.whl',
    ];
    expect(pick(files, '3.11', L28)).toBe('pkg-1.0-cp311-cp311-manylinux_2_28_x86_64.whl');
    expect(pick(files, '3.11', LGNU)).toBe('pkg-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl');
    expect(pick(files, '3.12', L28)).toBe('pkg-1.0-cp39-abi3-manylinux_2_17_x86_64.whl');
    expect(pick(files, '3.11', WIN)).toBe('pkg-1.0-cp311-cp311-win_amd64.whl');
    expect(pick(files, '3.11', MARM)).toBe('pkg-1.0-py3-none-any.whl');
    expect(pick(files, '3.13t', L28)).toBe('pkg-1.0-py3-none-any.whl');
  });

  it('breaks ties on the highest build tag (torchvision 0.21.0 re-release in the corpus)', () => {
    const files = [
      'https://download.pytorch.org/whl/torchvision-0.21.0-cp311-cp311-linux_aarch64.whl',
      'https://download.pytorch.org/whl/torchvision-0.21.0-cp311-cp311-manylinux_2_28_aarch64.whl',
      'https://download.pytorch.org/whl/torchvision-0.21.0-1-cp311-cp311-manylinux_2_28_aarch64.whl',
    ];
    expect(pick(files, '3.11', A28)).toBe(files[2]);
    expect(pick([files[2]!, files[1]!], '3.11', A28)).toBe(files[2]);
    expect(pick(files, '3.11', AGNU)).toBe(files[0]);
    expect(pick(files, '3.11', L28)).toBeNull();
  });

  it('skips entries that are not wheels and returns null when nothing fits', () => {
    expect(pick(['not-a-wheel.tar.gz', 'pkg-1.0-cp311-cp311-win_amd64.whl'], '3.11', L28)).toBeNull();
    expect(pick([], '3.11', L28)).toBeNull();
    expect(pick(['garbage', 'pkg-1.0-py3-none-any.whl'], '3.11', L28)).toBe('pkg-1.0-py3-none-any.whl');
  });
});

// The corpus is required test data (CI has it beside the checkout): a missing corpus fails, it does not skip.
const corpus = describe;
corpus('speed over the corpus', () => {
  it('checks every corpus wheel against 12 targets quickly', () => {
    const wheels = corpusLocks().flatMap(({ lock }) => wheelsIn(lock)).map((w) => parseWheelFilename(w.url));
    const targets: Array<[string, string]> = [
      ['3.11', L28], ['3.12', L28], ['3.11', LGNU], ['3.12', A28], ['3.11', MARM], ['3.12', MARM],
      ['3.11', MX86], ['3.11', WIN], ['3.12', WIN], ['3.13', L28], ['3.13t', L28], ['3.11', MUSL],
    ];
    const matchers = targets.map(([python, name]) => tagMatcher(python, resolvePlatform(name)));
    // CPU time, not wall time: other processes share the machine.
    const started = process.cpuUsage();
    let compatible = 0;
    for (const matcher of matchers) for (const wheel of wheels) if (matcher.priority(wheel) !== null) compatible++;
    const used = process.cpuUsage(started);
    const elapsed = (used.user + used.system) / 1000;
    expect(wheels.length).toBeGreaterThan(20_000);
    expect(compatible).toBeGreaterThan(0);
    expect(compatible).toBeLessThan(wheels.length * targets.length);
    // ~350k checks; well under a second even on a slow CI runner.
    expect(elapsed).toBeLessThan(1500);
  });
});
