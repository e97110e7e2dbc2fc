/**
 * The lock engine's contract: what `checkProject` returns and what renderers, the CLI and every job read.
 * The JSON report (`lockstep check --format json`) is a stable, documented projection of this.
 */
import type { Finding } from '../findings.js';
import type { OnlineSection } from '../online/judge.js';
import type { TargetProvenance } from './provenance.js';

/** One environment the project must install on. */
export interface Target {
  /** Stable id used as a key in verdict maps and JSON: `cp311-x86_64-manylinux_2_28` or `cp311-x86_64-manylinux_2_28-cu124`. */
  id: string;
  /** CPython `major.minor`, e.g. `3.11`. */
  python: string;
  /** uv `--python-platform` name, e.g. `x86_64-manylinux_2_28`, `aarch64-apple-darwin`. */
  platform: string;
  /** CUDA version the target's GPU stack provides (`12.4`), or null for none / not specified. */
  cuda: string | null;
  /** pixi targets: the environment (`default`); `platform` is then pixi's platform name (`linux-64`, v7 `p1`). */
  environment?: string;
  /** The lock file the target comes from (`uv.lock`, `pixi.lock`), when a project has several. */
  lock?: string;
  /** Declared (the project or workflow named it) or implied (only inferred); set by the engine. */
  provenance?: TargetProvenance;
}

/** `conda`: a prebuilt conda package (pixi.lock); installs like a wheel, nothing is built. */
export type VerdictStatus = 'wheel' | 'sdist' | 'missing' | 'source' | 'conda' | 'not-needed';

export interface Verdict {
  status: VerdictStatus;
  /** The chosen wheel's or sdist's filename (or the source URL/path for `source`). */
  file?: string;
}

export interface PackageReport {
  name: string;
  version: string;
  /** `registry+URL`, `git+URL`, `url+URL`, `path+P`, `directory+P`, `editable+P`, `virtual+P`. */
  source: string;
  /** 1-based line of the `[[package]]` header in uv.lock. */
  line?: number;
  verdicts: Record<string, Verdict>;
}

/** One explicitly requested target (`3.11:x86_64-manylinux_2_28[:12.4]`), before it gets its id. */
export interface TargetSpec {
  python: string;
  platform: string;
  cuda?: string | null;
}

export interface CheckOptions {
  /**
   * Explicit Python × platform (× CUDA) pairs, checked as given (not a cartesian product). When
   * non-empty, `pythons`, `platforms` and `cuda` are ignored.
   */
  targets?: TargetSpec[];
  /** CPython minors; empty = every supported minor inside requires-python. */
  pythons?: string[];
  /** uv platform names; empty = the lock's supported platforms (see README). */
  platforms?: string[];
  cuda?: string | null;
  /** NVIDIA driver version to check the locked CUDA against (`550.54`). */
  driver?: string | null;
  extras?: string[];
  allExtras?: boolean;
  groups?: string[];
  /** When true, default groups are not included (like `uv sync --no-default-groups`). */
  noDefaultGroups?: boolean;
  /**
   * Targets this run installs for real (the setup step's Python × the runner; a verify leg): always
   * checked, and declared.
   */
  thisRun?: TargetSpec[];
  /** Per-code severity overrides, e.g. `{ 'unpinned-dependency': 'notice' }`. */
  severities?: Partial<Record<Finding['code'], Finding['severity']>>;
}

export interface CheckReport {
  schema: 1;
  project: {
    name: string | null;
    version: string | null;
    requiresPython: string | null;
    lockRevision: number | null;
    packageCount: number;
  };
  targets: Target[];
  packages: PackageReport[];
  findings: Finding[];
  /** Present only when the lock was checked against its indexes (`check --online`). */
  online?: OnlineSection;
}
