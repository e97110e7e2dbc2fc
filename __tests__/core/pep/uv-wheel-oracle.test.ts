/**
 * uv is the oracle for wheel choice: for every platform name lockstep accepts and a set of wheels that
 * covers every tag shape (manylinux 2_5…2_40 and the legacy aliases, musllinux, macOS 10.9…15 arm64 /
 * x86_64 / universal2, win32 / amd64 / arm64, abi3, none-any, cp3XYt), ask the real uv binary which wheel
 * `uv pip install --dry-run --no-deps --python-platform P --python-version V` installs, and expect
 * lockstep's `bestWheel` to pick the same file (or none where uv fails).
 *
 * Each probe project holds one family of wheels plus, in the `+any` probes, a `py3-none-any` fallback: a
 * wheel lockstep wrongly thinks compatible (or wrongly rejects) shows up as a different pick. The
 * `strict` probe has no fallback, so "uv fails" must match "lockstep finds nothing".
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bestWheel } from '../../../src/core/pep/tags.js';
import { PLATFORM_NAMES, resolvePlatform } from '../../../src/core/pep/platforms.js';
import { cleanupTempDirs, makeTempDir } from '../../support/fixture-project.js';
import { LocalIndex } from '../../support/local-index.js';
import { runUv } from '../../support/uv-binary.js';

const ARCHES = ['x86_64', 'aarch64'] as const;
const MANYLINUX = [5, 12, 17, 24, 27, 28, 31, 34, 35, 39, 40];

/** Probe name → wheel tags (python-abi-platform). */
const PROBES: Record<string, string[]> = {
  // glibc floors, each alone; the legacy aliases compressed with their PEP 600 twin as real wheels do.
  // (No plain manylinux_2_17_aarch64 beside the compressed one: two files with the same best tag are a
  // tie that real indexes never have, and uv and lockstep break it by listing order.)
  'probe-manylinux': [
    ...ARCHES.flatMap((arch) => MANYLINUX.filter((n) => arch === 'x86_64' || n !== 17).map((n) => `py3-none-manylinux_2_${n}_${arch}`)),
    'py3-none-manylinux1_x86_64',
    'py3-none-manylinux2010_x86_64',
    'py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64',
    'py3-none-linux_x86_64',
  ],
  // Only wheels too new for the default targets: uv must fail where lockstep finds nothing.
  'probe-strict': [...ARCHES.flatMap((arch) => [31, 34, 39].map((n) => `py3-none-manylinux_2_${n}_${arch}`)), 'py3-none-macosx_14_0_arm64', 'py3-none-macosx_15_0_x86_64'],
  'probe-musl': [
    'py3-none-musllinux_1_1_x86_64', 'py3-none-musllinux_1_2_x86_64', 'py3-none-musllinux_1_3_x86_64',
    'py3-none-musllinux_1_1_aarch64', 'py3-none-musllinux_1_2_aarch64',
  ],
  'probe-macos': [
    'py3-none-macosx_10_9_x86_64', 'py3-none-macosx_10_13_x86_64', 'py3-none-macosx_14_0_x86_64', 'py3-none-macosx_15_0_x86_64',
    'py3-none-macosx_11_0_arm64', 'py3-none-macosx_12_0_arm64', 'py3-none-macosx_13_0_arm64', 'py3-none-macosx_14_0_arm64',
    'py3-none-macosx_15_0_arm64', 'py3-none-macosx_10_9_universal2', 'py3-none-macosx_11_0_universal2', 'py3-none-macosx_14_0_universal2',
    'py3-none-macosx_10_9_intel',
  ],
  'probe-windows': ['py3-none-win32', 'py3-none-win_amd64', 'py3-none-win_arm64'],
  // Interpreter and ABI shapes on one platform each OS family.
  'probe-abi': ['manylinux_2_17_x86_64.manylinux2014_x86_64', 'manylinux_2_17_aarch64', 'macosx_11_0_arm64', 'macosx_10_9_x86_64', 'win_amd64', 'musllinux_1_2_x86_64'].flatMap((plat) => [
    `cp39-abi3-${plat}`, `cp310-cp310-${plat}`, `cp312-cp312-${plat}`, `cp313-cp313-${plat}`, `cp313-cp313t-${plat}`,
    `cp314-cp314-${plat}`, `cp314-cp314t-${plat}`, `cp312-none-${plat}`, `py313-none-${plat}`,
  ]),
  'probe-pure': ['py2.py3-none-any', 'cp312-none-any', 'py310-none-any'],
};
/** Probes without the py3-none-any fallback: uv must fail exactly where lockstep finds nothing. */
const STRICT = new Set(['probe-strict']);
/** Every Python for the named platforms; one for the manylinux_2_31…2_40 series (they differ only in the floor). */
function pythonsFor(platform: string): string[] {
  return /manylinux_2_(3[1-9]|40)$/.test(platform) ? ['3.13'] : ['3.10', '3.13', '3.14'];
}
const VERSION = '1.0';

function filename(probe: string, tag: string): string {
  return `${probe.replace(/-/g, '_')}-${VERSION}-${tag}.whl`;
}

/**
 * The wheel uv selects for each probe, from its resolver log (`Selecting: name==1.0 [compatible] (file.whl)`);
 * an empty map when uv fails. Probes with the fallback always resolve, so they share one uv run.
 */
async function uvPicks(probes: string[], platform: string, python: string, cwd: string, indexUrl: string, cacheDir: string): Promise<Map<string, string> | null> {
  const result = await runUv(
    ['pip', 'install', '--dry-run', '--no-deps', '--target', cwd, '--python-platform', platform, '--python-version', python, '-v', ...probes.map((p) => `${p}==${VERSION}`)],
    { cwd, indexUrl, cacheDir, check: false },
  );
  if (result.code !== 0) return null;
  const picks = new Map<string, string>();
  for (const m of result.stderr.matchAll(new RegExp(`Selecting: ([a-z-]+)==${VERSION} \\[[^\\]]*\\] \\(([^)]+\\.whl)\\)`, 'g'))) picks.set(m[1]!, m[2]!);
  for (const probe of probes) {
    if (!picks.has(probe)) throw new Error(`uv succeeded on ${platform}/${python} but named no wheel for ${probe}:\n${result.stderr.slice(-2000)}`);
  }
  return picks;
}

describe('wheel choice agrees with uv 0.13.9 on every platform name lockstep accepts', () => {
  let index: LocalIndex;
  let cwd: string;
  let cacheDir: string;
  beforeAll(async () => {
    index = await LocalIndex.start();
    for (const [probe, tags] of Object.entries(PROBES)) {
      const all = STRICT.has(probe) ? tags : [...tags, 'py3-none-any'];
      for (const tag of all) index.addWheel({ name: probe, version: VERSION, tag });
    }
    cwd = makeTempDir('uv-oracle');
    cacheDir = makeTempDir('uv-oracle-cache');
  });
  afterAll(async () => {
    await index.close();
    cleanupTempDirs();
  });

  it.each(PLATFORM_NAMES.map((p) => [p]))('%s', async (platformName) => {
    const platform = resolvePlatform(platformName);
    const disagreements: string[] = [];
    let picks = 0;
    const pythons = pythonsFor(platformName);
    for (const python of pythons) {
      const runs = [Object.keys(PROBES).filter((p) => !STRICT.has(p)), ...[...STRICT].map((p) => [p])];
      for (const probes of runs) {
        const uv = await uvPicks(probes, platformName, python, cwd, index.url, cacheDir);
        for (const probe of probes) {
          const files = (STRICT.has(probe) ? PROBES[probe]! : [...PROBES[probe]!, 'py3-none-any']).map((t) => filename(probe, t));
          const ours = bestWheel(files, (f) => f, python, platform);
          const theirs = uv?.get(probe) ?? null;
          if (theirs !== null) picks++;
          if (ours !== theirs) disagreements.push(`${probe} on ${python}: uv ${theirs ?? '(fails)'}, lockstep ${ours ?? '(none)'}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(picks).toBeGreaterThanOrEqual(pythons.length * (Object.keys(PROBES).length - STRICT.size));
  }, 120_000);
});
