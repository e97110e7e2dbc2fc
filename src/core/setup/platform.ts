import { LockstepError } from '../errors.js';

/** This runner's OS, CPU and C library, as Node reports them (the adapter fills it in). */
export interface RunnerPlatform {
  os: 'linux' | 'darwin' | 'win32';
  arch: 'x64' | 'arm64';
  /** Linux only: glibc or musl decides which uv build runs. */
  libc?: 'glibc' | 'musl';
  /** Linux glibc only: the runtime glibc version (`2.39`), when Node reports it. */
  glibc?: string;
}

/**
 * Node's `process.platform` / `process.arch` as a platform uv ships a build for. Anything else fails
 * here with a clear message, instead of downloading an x86_64 build that dies with "exec format error".
 */
export function runnerPlatformOf(nodePlatform: string, nodeArch: string, libc?: 'glibc' | 'musl', glibc?: string): RunnerPlatform {
  const os = nodePlatform === 'linux' || nodePlatform === 'darwin' || nodePlatform === 'win32' ? nodePlatform : undefined;
  const arch = nodeArch === 'x64' || nodeArch === 'arm64' ? nodeArch : undefined;
  if (!os || !arch) {
    throw new LockstepError(`lockstep cannot install uv on ${nodePlatform}/${nodeArch}: it supports Linux, macOS and Windows on x64 and arm64`, {
      hint: 'Run this job on a GitHub-hosted runner (ubuntu, macos, windows) or a self-hosted x64/arm64 one, or install uv yourself before this step.',
    });
  }
  if (os !== 'linux') return { os, arch };
  return libc === 'musl' ? { os, arch, libc } : { os, arch, libc: 'glibc', ...(glibc ? { glibc } : {}) };
}

/**
 * The `arch` key of uv in the tool cache. musl builds get their own key: a self-hosted runner's tool
 * cache is shared by its host jobs (glibc uv) and its container jobs (/__t), and a glibc uv found
 * from an Alpine container cannot start there.
 */
export function toolCacheArch(p: RunnerPlatform): string {
  return p.os === 'linux' && p.libc === 'musl' ? `${p.arch}-musl` : p.arch;
}

/** The Rust target triple uv's GitHub release archives are named after. */
export function uvTargetTriple(p: RunnerPlatform): string {
  const cpu = p.arch === 'x64' ? 'x86_64' : 'aarch64';
  if (p.os === 'darwin') return `${cpu}-apple-darwin`;
  if (p.os === 'win32') return `${cpu}-pc-windows-msvc`;
  return `${cpu}-unknown-linux-${p.libc === 'musl' ? 'musl' : 'gnu'}`;
}

/** The manylinux floors uv names as `<arch>-manylinux_2_N` (see pep/platforms). */
const MANYLINUX_NAMED = [17, 28, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40];

/**
 * The uv `--python-platform` name of this runner, for the lock check's "this run" target: on glibc
 * Linux the newest manylinux floor the runner's glibc meets (ubuntu-24.04, glibc 2.39 →
 * `x86_64-manylinux_2_39`), so a wheel that needs glibc 2.31 is judged as this runner installs it;
 * `manylinux_2_28` when Node does not report the glibc.
 */
export function checkPlatformName(p: RunnerPlatform): string {
  const cpu = p.arch === 'x64' ? 'x86_64' : 'aarch64';
  if (p.os === 'darwin') return `${cpu}-apple-darwin`;
  if (p.os === 'win32') return `${cpu}-pc-windows-msvc`;
  if (p.libc === 'musl') return `${cpu}-unknown-linux-musl`;
  const m = /^2\.(\d+)/.exec(p.glibc ?? '');
  const floor = m ? [...MANYLINUX_NAMED].reverse().find((n) => n <= Number(m[1])) : 28;
  return `${cpu}-manylinux_2_${floor ?? 17}`;
}

/** Release archive name: `.zip` on Windows, `.tar.gz` elsewhere. */
export function uvArchiveName(p: RunnerPlatform): string {
  return `uv-${uvTargetTriple(p)}.${p.os === 'win32' ? 'zip' : 'tar.gz'}`;
}

export function uvExecutableName(p: RunnerPlatform): string {
  return p.os === 'win32' ? 'uv.exe' : 'uv';
}

/**
 * Whether a wheel platform tag (`manylinux_2_17_x86_64`, `macosx_11_0_arm64`, `win_amd64`) runs
 * here. glibc versions are not compared: uv's manylinux floor (2.17) is older than any runner's.
 */
export function wheelPlatformTagMatches(tag: string, p: RunnerPlatform): boolean {
  if (p.os === 'win32') return tag === (p.arch === 'x64' ? 'win_amd64' : 'win_arm64');
  if (p.os === 'darwin') {
    const cpu = p.arch === 'x64' ? 'x86_64' : 'arm64';
    return tag.startsWith('macosx_') && (tag.endsWith(`_${cpu}`) || tag.endsWith('_universal2'));
  }
  const cpu = p.arch === 'x64' ? 'x86_64' : 'aarch64';
  const family = p.libc === 'musl' ? /^musllinux_\d+_\d+_/ : /^(manylinux_\d+_\d+_|manylinux2014_|manylinux2010_|manylinux1_)/;
  return family.test(tag) && tag.endsWith(`_${cpu}`);
}

export interface UvWheelFile {
  filename: string;
  version: string;
  platformTags: string[];
}

/** Parses `uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl`; undefined for other files. */
export function parseUvWheelFilename(filename: string): UvWheelFile | undefined {
  const m = /^uv-([^-]+)-([^-]+)-([^-]+)-([^-]+)\.whl$/.exec(filename);
  if (!m) return undefined;
  return { filename, version: m[1] ?? '', platformTags: (m[4] ?? '').split('.') };
}

/**
 * The glibc a manylinux wheel needs at least, as [major, minor], from its tags; undefined for other
 * wheels. The legacy aliases stand for glibc 2.5 (manylinux1), 2.12 (2010) and 2.17 (2014).
 */
function glibcFloor(tags: readonly string[]): [number, number] | undefined {
  let floor: [number, number] | undefined;
  for (const tag of tags) {
    const m = /^manylinux_(\d+)_(\d+)_/.exec(tag);
    const legacy = { manylinux1: [2, 5], manylinux2010: [2, 12], manylinux2014: [2, 17] }[tag.split('_')[0] ?? ''] as [number, number] | undefined;
    const v: [number, number] | undefined = m ? [Number(m[1]), Number(m[2])] : legacy;
    if (v && (!floor || v[0] < floor[0] || (v[0] === floor[0] && v[1] < floor[1]))) floor = v;
  }
  return floor;
}

/**
 * The uv wheel of `version` for this platform among an index's files. When several fit (uv ships
 * both `manylinux_2_17_aarch64` and `manylinux_2_28_aarch64`), the one that needs the oldest glibc
 * wins: it runs on every glibc the others run on, whatever order the index lists them in.
 */
export function pickUvWheel(filenames: readonly string[], version: string, p: RunnerPlatform): string | undefined {
  let best: { name: string; floor: [number, number] } | undefined;
  for (const name of filenames) {
    const wheel = parseUvWheelFilename(name);
    if (!wheel || wheel.version !== version || !wheel.platformTags.some((t) => wheelPlatformTagMatches(t, p))) continue;
    const floor = (p.os === 'linux' && p.libc !== 'musl' && glibcFloor(wheel.platformTags)) || [0, 0];
    if (!best || floor[0] < best.floor[0] || (floor[0] === best.floor[0] && floor[1] < best.floor[1])) best = { name, floor };
  }
  return best?.name;
}

/** Versions with at least one file on the index (sdists and wheels), from `uv-<version>...` names. */
export function uvVersionsFromFilenames(filenames: readonly string[]): string[] {
  const versions = new Set<string>();
  for (const name of filenames) {
    const m = /^uv-(\d[^-]*?)(?:-.*\.whl|\.tar\.gz|\.zip)$/.exec(name);
    if (m?.[1]) versions.add(m[1]);
  }
  return [...versions];
}
