import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { LockstepError } from '../../core/errors.js';
import { knownUvWheelDigest } from '../../core/setup/known-checksums.js';
import { toolCacheVersion } from '../../core/setup/uv-version.js';
import { toolCacheArch, uvExecutableName, type RunnerPlatform } from '../../core/setup/platform.js';
import type { RetryPolicy } from '../http.js';

export type UvSourceName = 'github' | 'pypi';

export interface InstalledUv {
  version: string;
  /** Directory holding `uv` (and `uvx`): what goes on PATH. */
  dir: string;
  /** Absolute path of the uv executable. */
  binary: string;
  /** Where it came from this time: the tool cache, or the source it was downloaded from. */
  from: 'tool-cache' | UvSourceName;
}

export interface InstallContext {
  platform: RunnerPlatform;
  policy: RetryPolicy;
  log: (message: string) => void;
  /** The `checksum` input: the sha256 the downloaded file must have ('' or absent: none given). */
  checksum?: string;
}

/** The checksum of a download does not match the published one: never retried, never cached. */
export class ChecksumMismatchError extends LockstepError {
  constructor(what: string, expected: string, actual: string, source: string) {
    super(`checksum mismatch for ${what}: expected sha256 ${expected}, got ${actual}`, {
      hint: `The file from ${source} is not the one published. Nothing was installed; check the mirror (github-url / index-url) or retry later.`,
    });
    this.name = 'ChecksumMismatchError';
  }
}

const TOOL = 'uv';

/** The uv of `version` in the runner's tool cache, if an earlier job put it there. */
export function findCachedUv(version: string, platform: RunnerPlatform): InstalledUv | undefined {
  const dir = tc.find(TOOL, toolCacheVersion(version), toolCacheArch(platform));
  if (!dir) return undefined;
  return { version, dir, binary: path.join(dir, uvExecutableName(platform)), from: 'tool-cache' };
}

/**
 * One release channel of uv, in setup-node's "distribution" shape: the base does tool cache →
 * download → verify → extract → cache; a source says where releases are and how to unpack one.
 */
export abstract class UvDistribution {
  abstract readonly name: UvSourceName;

  constructor(protected readonly context: InstallContext) {}

  /** Every released version this source knows, for resolving a required-version specifier. */
  abstract listReleases(): Promise<string[]>;

  /**
   * Downloads and verifies the release into `workDir`, and returns the directory that holds the
   * executables. Throws ChecksumMismatchError when the bytes are not the published ones.
   */
  protected abstract fetchVerified(version: string, workDir: string): Promise<string>;

  async install(version: string): Promise<InstalledUv> {
    const cached = findCachedUv(version, this.context.platform);
    if (cached) return cached;
    const tempRoot = process.env.RUNNER_TEMP || os.tmpdir();
    const workDir = await mkdtemp(path.join(tempRoot, `lockstep-uv-${this.name}-`));
    try {
      const extracted = await this.fetchVerified(version, workDir);
      const exe = uvExecutableName(this.context.platform);
      await assertFile(path.join(extracted, exe), `${exe} in the uv ${version} ${this.name} download`);
      for (const name of await readdir(extracted)) await chmod(path.join(extracted, name), 0o755);
      // Only verified bytes reach the tool cache: a mismatch above leaves it untouched.
      const dir = await tc.cacheDir(extracted, TOOL, toolCacheVersion(version), toolCacheArch(this.context.platform));
      return { version, dir, binary: path.join(dir, exe), from: this.name };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
}

async function assertFile(file: string, what: string): Promise<void> {
  try {
    if ((await stat(file)).isFile()) return;
  } catch {
    // reported below
  }
  throw new LockstepError(`${what} is missing: the archive does not have the expected layout`);
}

export function verifySha256(what: string, expected: string, actual: string, source: string): void {
  if (expected.toLowerCase() !== actual.toLowerCase()) throw new ChecksumMismatchError(what, expected, actual, source);
}

/**
 * Every check a downloaded uv file passes before anything is unpacked: the digest its host published,
 * the digest lockstep's table knows for that file (whatever host served it: a mirror that rewrote
 * both the file and its hash still fails), and the `checksum` input when given.
 */
export function verifyUvDownload(context: InstallContext, file: string, actual: string, published: { sha256: string; source: string }): void {
  verifySha256(file, published.sha256, actual, published.source);
  const known = knownUvWheelDigest(file);
  if (known) {
    verifySha256(file, known, actual, `${published.source} (lockstep's table of known uv digests, from PyPI)`);
    context.log(`${file}: sha256 matches lockstep's table of known uv digests`);
  }
  if (context.checksum) verifySha256(file, context.checksum, actual, `${published.source} (the \`checksum\` input)`);
}
