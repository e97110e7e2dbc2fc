/**
 * Wheel-store cache keys. Layout, most general first so one prefix finds "the newest store of this
 * platform":
 *
 *   <prefix>[-<suffix>]-<os>-<arch>-py<python>-<env hash>-<lock hash>
 *
 * restore-keys: `<prefix>[-<suffix>]-<os>-<arch>-py<python>-<env hash>-` (same groups/extras/job, lock
 * changed), then `<prefix>[-<suffix>]-<os>-<arch>-py<python>-` (newest store of this platform at all).
 * The suffix sits before the platform so that changing it (to bust the cache, or to split jobs the
 * action cannot tell apart) also keeps fallbacks apart.
 *
 * Matrix safety (setup-uv #294): two jobs that install different environments must never compute the
 * same key, or the second save fails to reserve it. Everything that distinguishes matrix jobs and that
 * an action can see goes into the key: OS (+ runner image), arch, Python, groups/extras, uv
 * major.minor, the job id and any caller-given matrix context.
 */
import { createHash } from 'node:crypto';

export const STORE_PREFIX = 'lockstep-store';
/** A different prefix so a store with a venv never restores into a job that did not ask for one. */
export const STORE_WITH_VENV_PREFIX = 'lockstep-venvstore';

export interface WheelStoreKeyInputs {
  /** `Linux`, `macOS`, `Windows` (RUNNER_OS) or process.platform. */
  os: string;
  /** Runner image (`ImageOS`, e.g. `ubuntu24`): source-built wheels link against its libc. */
  image?: string;
  arch: string;
  /** The interpreter version uv installs into, e.g. `3.11.7` (the key keeps major.minor only). */
  pythonVersion: string;
  /** Full text of uv.lock. */
  lockText: string;
  /** Digest of the `cache-dependency-glob` files ('' or absent: none); joins the lock hash. */
  dependencyHash?: string;
  groups: readonly string[];
  extras: readonly string[];
  allExtras: boolean;
  uvVersion: string;
  /** GITHUB_JOB: jobs of one workflow install different things. */
  job?: string;
  /** Anything else the caller knows distinguishes this job (e.g. toJSON(matrix)). */
  matrix?: string;
  /** The `cache-suffix` input. */
  suffix?: string;
  /** Present when `cache-venv` is on: the exact interpreter and the absolute venv path. */
  venv?: { interpreterVersion: string; venvPath: string };
}

export interface WheelStoreKeys {
  key: string;
  /** Ordered: most specific first. */
  restoreKeys: string[];
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Keys may not contain commas and are limited to 512 characters (Actions cache rules). */
export function keySegment(value: string): string {
  const cleaned = value.trim().replace(/[^A-Za-z0-9._+]+/g, '_').replace(/^_+|_+$/g, '');
  return cleaned || 'none';
}

function pythonMajorMinor(version: string): string {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  return match ? `${match[1]}.${match[2]}` : keySegment(version);
}

function uvMajorMinor(version: string): string {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  return match ? `${match[1]}.${match[2]}` : version.trim();
}

/** A readable suffix stays readable; anything else (JSON, commas, long text) becomes a short hash. */
function suffixSegment(suffix: string): string {
  const trimmed = suffix.trim();
  if (/^[A-Za-z0-9._+-]{1,64}$/.test(trimmed)) return trimmed;
  return sha256Hex(trimmed).slice(0, 12);
}

/** Hash of everything except the lock that changes what ends up in the store (or the venv). */
export function environmentHash(inputs: WheelStoreKeyInputs): string {
  const parts = {
    groups: [...new Set(inputs.groups.map((g) => g.trim()).filter(Boolean))].sort(),
    extras: inputs.allExtras ? ['*'] : [...new Set(inputs.extras.map((e) => e.trim()).filter(Boolean))].sort(),
    uv: uvMajorMinor(inputs.uvVersion),
    job: inputs.job ?? '',
    matrix: inputs.matrix ?? '',
    venv: inputs.venv ? { python: inputs.venv.interpreterVersion, path: inputs.venv.venvPath } : null,
  };
  return sha256Hex(JSON.stringify(parts)).slice(0, 16);
}

export function computeWheelStoreKeys(inputs: WheelStoreKeyInputs): WheelStoreKeys {
  const suffix = inputs.suffix?.trim() ? `-${suffixSegment(inputs.suffix)}` : '';
  const prefix = `${inputs.venv ? STORE_WITH_VENV_PREFIX : STORE_PREFIX}${suffix}`;
  const os = keySegment(inputs.image ? `${inputs.os}_${inputs.image}` : inputs.os);
  // The venv holds one exact interpreter; the wheel store only cares about the ABI (major.minor).
  const python = inputs.venv ? keySegment(inputs.venv.interpreterVersion) : pythonMajorMinor(inputs.pythonVersion);
  const platform = `${prefix}-${os}-${keySegment(inputs.arch)}-py${python}-`;
  const env = environmentHash(inputs);
  // The dependency files change the store like the lock does: same fallback (restore keys) on a change.
  const lock = sha256Hex(inputs.dependencyHash ? `${inputs.lockText}\0${inputs.dependencyHash}` : inputs.lockText).slice(0, 16);
  return {
    key: `${platform}${env}-${lock}`,
    restoreKeys: [`${platform}${env}-`, platform],
  };
}

export type CacheHit = 'exact' | 'fallback' | 'miss';

export function classifyHit(key: string, matchedKey: string | undefined): CacheHit {
  if (!matchedKey) return 'miss';
  return matchedKey === key ? 'exact' : 'fallback';
}
