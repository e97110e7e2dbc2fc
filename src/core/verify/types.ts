/**
 * What `lockstep verify` reads and writes. `VerifyResult` is the stable JSON contract of
 * `lockstep-verify-<target>.json` (schema 1): `schema`, `target`, `checks`, `mismatches` are fixed; the
 * other fields are compatible additions a reader may ignore.
 */

export type CheckStatus = 'pass' | 'fail' | 'skip';

/** The checks verify runs, in the order they appear in reports (columns of the matrix table). */
export const CHECK_NAMES = ['interpreter', 'packages', 'source-builds', 'cuda-flavour', 'cuda-driver'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface VerifyCheck {
  name: CheckName | string;
  status: CheckStatus;
  details: string;
}

/** One package whose installed state differs from the lock (`null` = absent on that side). */
export interface Mismatch {
  name: string;
  locked: string | null;
  installed: string | null;
}

export interface GpuInfo {
  name: string;
  driver: string;
}

export interface VerifyResult {
  schema: 1;
  /** The target id (`cp311-x86_64-manylinux_2_28`, `...-cu124`). */
  target: string;
  checks: VerifyCheck[];
  mismatches: Mismatch[];
  /** Compatible additions: the claimed target's parts and what the environment reported. */
  python?: string;
  platform?: string;
  cuda?: string | null;
  gpus?: GpuInfo[];
}

/** Facts about the venv's interpreter, as its own Python reports them (see adapters/venv.ts). */
export interface InterpreterInfo {
  /** `cpython`, `pypy`, ... (sys.implementation.name). */
  implementation: string;
  /** `3.11.7`. */
  version: string;
  /** sys.platform: `linux`, `darwin`, `win32`. */
  system: string;
  /** platform.machine(), e.g. `x86_64`, `aarch64`, `arm64`, `AMD64`. */
  machine: string;
  /** sysconfig.get_platform(), e.g. `linux-x86_64`, `macosx-11.0-arm64`, `win-amd64`. */
  sysconfigPlatform: string;
  /** `glibc` / `musl` / null (not Linux or unknown). */
  libc: 'glibc' | 'musl' | null;
  /** glibc or musl `major.minor`, or the macOS version; null when not known. */
  libcVersion: string | null;
  macosVersion: string | null;
  /** True for a free-threaded build (`Py_GIL_DISABLED`). */
  freeThreaded: boolean;
}

/** A `*.dist-info` directory as read from disk. */
export interface InstalledDist {
  /** Name as written in METADATA. */
  name: string;
  version: string;
  /** Directory name, for messages. */
  distInfo: string;
  installer: string | null;
  /** WHEEL `Generator`, null when the file or field is missing. */
  generator: string | null;
  /** WHEEL `Tag` lines (expanded, one tag each). */
  tags: string[];
  /** Parsed direct_url.json (PEP 610), null when absent. */
  directUrl: DirectUrl | null;
  /** uv writes `uv_build.json` into the dist-info of every wheel it built itself from source. */
  builtByUv: boolean;
}

/** PEP 610 `direct_url.json`. */
export interface DirectUrl {
  url: string;
  kind: 'dir' | 'vcs' | 'archive' | 'unknown';
  editable: boolean;
}

/** A package the lock selects for the target. */
export interface LockedDist {
  name: string;
  version: string;
  /** The engine's source string (`registry+URL`, `editable+.`, ...). */
  source: string;
  /** The engine's verdict for the target. */
  status: 'wheel' | 'sdist' | 'missing' | 'source';
  /** Chosen wheel or sdist filename (or source URL/path). */
  file?: string;
  /** True for the workspace root/members (editable or virtual sources). */
  projectLocal: boolean;
}
