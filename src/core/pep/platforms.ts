/**
 * Target platforms, named exactly as uv's `--python-platform` values so users can reuse what they know.
 *
 * Source of the names and defaults: uv's `TargetTriple` (crates/uv-configuration/src/target_triple.rs,
 * rendered as the `--python-platform` reference in https://docs.astral.sh/uv/reference/cli/):
 * - `linux` = `x86_64-unknown-linux-gnu` = "Equivalent to `x86_64-manylinux_2_28`"; likewise
 *   `aarch64-unknown-linux-gnu` = `aarch64-manylinux_2_28` (uv moved them from 2_17 to 2_28 in 0.8;
 *   the 0.13.9 the action installs agrees, and `__tests__/core/pep/uv-wheel-oracle.test.ts` asks that
 *   binary), while `*-manylinux2014` stays `*-manylinux_2_17`.
 * - `macos` = `aarch64-apple-darwin`; macOS targets assume "the least-recent, non-EOL macOS version
 *   (13.0)" (uv honours MACOSX_DEPLOYMENT_TARGET; a pure core cannot read the environment, so the
 *   caller may pass `{ macos: [major, minor] }` to {@link resolvePlatform}).
 * - `*-unknown-linux-musl` = musllinux 1.2.
 * - `windows` = `x86_64-pc-windows-msvc`.
 */
import { LockstepError } from '../errors.js';
import type { MarkerEnvironment } from './markers.js';

export type PlatformOs = 'linux' | 'macos' | 'windows';
export type PlatformArch = 'x86_64' | 'aarch64' | 'i686' | 'armv7l' | 'ppc64le' | 's390x' | 'riscv64';

export interface Platform {
  /** As given, e.g. 'x86_64-manylinux_2_28'. */
  name: string;
  os: PlatformOs;
  arch: PlatformArch;
  /** null for macOS/Windows. */
  libc: 'gnu' | 'musl' | null;
  /** manylinux floor, e.g. [2, 28]. */
  glibc: [number, number] | null;
  musl: [number, number] | null;
  /** Minimum macOS version assumed. */
  macos: [number, number] | null;
  markerEnvironment(python: string /* '3.11' */): MarkerEnvironment;
}

/** uv's default macOS deployment target for `--python-platform` (see the module comment). */
export const DEFAULT_MACOS_TARGET: readonly [number, number] = [13, 0];
/** uv's glibc floor for `*-unknown-linux-gnu` and the bare `linux` alias (manylinux_2_28 since uv 0.8). */
export const DEFAULT_GLIBC: readonly [number, number] = [2, 28];
/** uv's musl version for `*-unknown-linux-musl`. */
export const DEFAULT_MUSL: readonly [number, number] = [1, 2];

/** The manylinux floors uv accepts as `<arch>-manylinux_2_N` (it has no 2_18…2_27, 2_29, 2_30). */
const MANYLINUX_FLOORS = [17, 28, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40];

interface PlatformShape {
  os: PlatformOs;
  arch: PlatformArch;
  libc: 'gnu' | 'musl' | null;
  glibc: [number, number] | null;
  musl: [number, number] | null;
  macos: [number, number] | null;
}

function linuxGnu(arch: PlatformArch, minor: number): PlatformShape {
  return { os: 'linux', arch, libc: 'gnu', glibc: [2, minor], musl: null, macos: null };
}

function buildTable(): Map<string, PlatformShape> {
  const table = new Map<string, PlatformShape>();
  const windows = (arch: PlatformArch): PlatformShape => ({ os: 'windows', arch, libc: null, glibc: null, musl: null, macos: null });
  const macos = (arch: PlatformArch): PlatformShape => ({ os: 'macos', arch, libc: null, glibc: null, musl: null, macos: [...DEFAULT_MACOS_TARGET] });
  const musl = (arch: PlatformArch): PlatformShape => ({ os: 'linux', arch, libc: 'musl', glibc: null, musl: [...DEFAULT_MUSL], macos: null });
  table.set('windows', windows('x86_64'));
  table.set('linux', linuxGnu('x86_64', DEFAULT_GLIBC[1]));
  table.set('macos', macos('aarch64'));
  table.set('x86_64-pc-windows-msvc', windows('x86_64'));
  table.set('aarch64-pc-windows-msvc', windows('aarch64'));
  table.set('i686-pc-windows-msvc', windows('i686'));
  table.set('x86_64-unknown-linux-gnu', linuxGnu('x86_64', DEFAULT_GLIBC[1]));
  table.set('aarch64-unknown-linux-gnu', linuxGnu('aarch64', DEFAULT_GLIBC[1]));
  table.set('x86_64-unknown-linux-musl', musl('x86_64'));
  table.set('aarch64-unknown-linux-musl', musl('aarch64'));
  table.set('aarch64-apple-darwin', macos('aarch64'));
  table.set('x86_64-apple-darwin', macos('x86_64'));
  for (const arch of ['x86_64', 'aarch64'] as const) {
    table.set(`${arch}-manylinux2014`, linuxGnu(arch, 17));
    for (const minor of MANYLINUX_FLOORS) table.set(`${arch}-manylinux_2_${minor}`, linuxGnu(arch, minor));
  }
  return table;
}

const TABLE = buildTable();

/** Every name {@link resolvePlatform} accepts, in a stable, document-ready order. */
export const PLATFORM_NAMES: readonly string[] = Object.freeze([...TABLE.keys()]);

/** `platform.machine()` as CPython reports it on each OS/arch (Windows says AMD64/ARM64/x86). */
function platformMachine(os: PlatformOs, arch: PlatformArch): string {
  if (os === 'windows') return arch === 'x86_64' ? 'AMD64' : arch === 'aarch64' ? 'ARM64' : 'x86';
  if (os === 'macos') return arch === 'aarch64' ? 'arm64' : arch;
  return arch;
}

export interface PythonTarget {
  major: number;
  minor: number;
  /** null when only 'X.Y' was given. */
  patch: number | null;
  /** '3.13t': a free-threaded (no-GIL) CPython build. */
  freethreaded: boolean;
}

/** Parses a target Python: '3.11', '3.11.9', '3.13t' (free-threaded). Throws LockstepError otherwise. */
export function parsePythonTarget(python: string): PythonTarget {
  const m = /^\s*(\d+)\.(\d+)(?:\.(\d+))?(t)?\s*$/.exec(python);
  if (!m) {
    throw new LockstepError(`Invalid Python version ${JSON.stringify(python)}`, {
      hint: "Give a CPython version like '3.11' or '3.12.4' (append 't' for a free-threaded build, e.g. '3.13t').",
    });
  }
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? null : Number(m[3]), freethreaded: m[4] === 't' };
}

/**
 * The PEP 508 environment uv assumes for `--python-platform NAME --python-version PY`: platform fields
 * from the target triple (platform_release/platform_version empty, as uv leaves them), CPython, and
 * `python_full_version` X.Y.0 when no patch is given (uv: "If a patch version is omitted, the minimum
 * patch version is assumed", https://docs.astral.sh/uv/reference/cli/#uv-pip-compile--python-version).
 */
function markerEnvironmentFor(shape: PlatformShape, python: string): MarkerEnvironment {
  const target = parsePythonTarget(python);
  const full = `${target.major}.${target.minor}.${target.patch ?? 0}`;
  const osFields =
    shape.os === 'windows'
      ? { os_name: 'nt', platform_system: 'Windows', sys_platform: 'win32' }
      : shape.os === 'macos'
        ? { os_name: 'posix', platform_system: 'Darwin', sys_platform: 'darwin' }
        : { os_name: 'posix', platform_system: 'Linux', sys_platform: 'linux' };
  return {
    python_version: `${target.major}.${target.minor}`,
    python_full_version: full,
    implementation_name: 'cpython',
    implementation_version: full,
    platform_python_implementation: 'CPython',
    platform_machine: platformMachine(shape.os, shape.arch),
    platform_release: '',
    platform_version: '',
    ...osFields,
  };
}

export interface ResolvePlatformOptions {
  /** Overrides the macOS deployment target (uv reads MACOSX_DEPLOYMENT_TARGET for this). */
  macos?: [number, number];
}

const RESOLVED = new Map<string, Platform>();

/** Resolves a uv `--python-platform` name. Throws LockstepError naming the value and listing the valid ones. */
export function resolvePlatform(name: string, options: ResolvePlatformOptions = {}): Platform {
  const key = options.macos ? `${name}@${options.macos.join('.')}` : name;
  const cached = RESOLVED.get(key);
  if (cached) return cached;
  const shape = TABLE.get(name.trim());
  if (!shape) {
    throw new LockstepError(`Unknown platform ${JSON.stringify(name)}`, {
      hint: `Use one of uv's --python-platform names: ${PLATFORM_NAMES.join(', ')}.`,
    });
  }
  const resolved: PlatformShape = shape.os === 'macos' && options.macos ? { ...shape, macos: [...options.macos] } : shape;
  const pair = (v: [number, number] | null) => (v ? (Object.freeze([...v]) as unknown as [number, number]) : null);
  // Frozen: the same object is handed to every caller (and keys the tag-matcher memo).
  const platform: Platform = Object.freeze({
    name,
    os: resolved.os,
    arch: resolved.arch,
    libc: resolved.libc,
    glibc: pair(resolved.glibc),
    musl: pair(resolved.musl),
    macos: pair(resolved.macos),
    markerEnvironment: (python: string) => markerEnvironmentFor(resolved, python),
  });
  RESOLVED.set(key, platform);
  return platform;
}

/** One line for tables and messages: 'Linux x86_64 (glibc ≥ 2.28)', 'macOS arm64 (≥ 13.0)', 'Windows x86_64'. */
export function describePlatform(platform: Platform): string {
  const arch = platform.os === 'macos' && platform.arch === 'aarch64' ? 'arm64' : platform.arch;
  if (platform.os === 'windows') return `Windows ${arch}`;
  if (platform.os === 'macos') return `macOS ${arch}${platform.macos ? ` (≥ ${platform.macos.join('.')})` : ''}`;
  if (platform.libc === 'musl') return `Linux ${arch} (musl ≥ ${platform.musl?.join('.') ?? '1.2'})`;
  return `Linux ${arch} (glibc ≥ ${platform.glibc?.join('.') ?? '2.17'})`;
}
