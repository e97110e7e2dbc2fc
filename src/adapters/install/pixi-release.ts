/**
 * pixi from its GitHub releases (or a mirror with the same layout): `<github-url>/prefix-dev/pixi/
 * releases/download/v<version>/pixi-<triple>.tar.gz`, verified against the `.sha256` published beside
 * it, then kept in the runner's tool cache. A checksum mismatch fails the step and caches nothing.
 * The same code runs against github.com on runners and against a loopback release server in tests.
 */
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { LockstepError } from '../../core/errors.js';
import { toolCacheArch, type RunnerPlatform } from '../../core/setup/platform.js';
import { pixiArchiveName, pixiExecutableName, pixiTargetTriple } from '../../core/setup/pixi.js';
import { toolCacheVersion } from '../../core/setup/uv-version.js';
import { downloadFile, fetchText, fetchWithRetry, HttpStatusError, redactUrl } from '../http.js';
import { verifySha256, type InstallContext } from './base.js';
import { DEFAULT_GITHUB_URL } from './github-release.js';

const TOOL = 'pixi';
const REPO = 'prefix-dev/pixi';
/** pixi has had a few hundred releases; enough pages for all of them, yet bounded. */
const MAX_RELEASE_PAGES = 10;

export interface InstalledPixi {
  version: string;
  dir: string;
  binary: string;
  from: 'tool-cache' | 'github';
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export class PixiReleases {
  constructor(
    private readonly context: InstallContext & { platform: RunnerPlatform },
    private readonly githubUrl: string = DEFAULT_GITHUB_URL,
    private readonly apiUrl: string = 'https://api.github.com',
    private readonly token: string = '',
  ) {}

  /** Every published pixi version (tags without the `v`). */
  async listReleases(): Promise<string[]> {
    const headers: Record<string, string> = { Accept: 'application/vnd.github+json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const versions: string[] = [];
    for (let page = 1; page <= MAX_RELEASE_PAGES; page++) {
      const url = `${trimSlash(this.apiUrl)}/repos/${REPO}/releases?per_page=100&page=${page}`;
      const response = await fetchWithRetry(url, { headers }, this.context.policy, this.context.log);
      const releases = (await response.json()) as { tag_name?: string; draft?: boolean; prerelease?: boolean }[];
      for (const r of releases) if (r.tag_name && !r.draft && !r.prerelease) versions.push(r.tag_name.replace(/^v/, ''));
      if (releases.length < 100) break;
    }
    return versions;
  }

  async install(version: string): Promise<InstalledPixi> {
    const { platform } = this.context;
    const exe = pixiExecutableName(platform);
    const cached = tc.find(TOOL, toolCacheVersion(version), toolCacheArch(platform));
    if (cached) return { version, dir: cached, binary: path.join(cached, exe), from: 'tool-cache' };
    const archive = pixiArchiveName(platform);
    const url = `${trimSlash(this.githubUrl)}/${REPO}/releases/download/v${version}/${archive}`;
    let expected: string;
    try {
      expected = (await fetchText(`${url}.sha256`, {}, this.context.policy, this.context.log)).text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 404) {
        throw new LockstepError(`pixi ${version} has no release for ${pixiTargetTriple(platform)} (${url} not found)`, {
          hint: 'Check `pixi-version` / requires-pixi, or the mirror in `github-url`.',
          cause: error,
        });
      }
      throw error;
    }
    if (!/^[0-9a-f]{64}$/.test(expected)) throw new LockstepError(`the published checksum at ${url}.sha256 is not a sha256`);
    const workDir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'lockstep-pixi-'));
    try {
      this.context.log(`Downloading ${redactUrl(url)}`);
      const file = path.join(workDir, archive);
      const download = await downloadFile(url, file, this.context.policy, this.context.log, `pixi ${version}`);
      verifySha256(archive, expected, download.sha256, this.githubUrl);
      const extracted = path.join(workDir, 'extract');
      if (archive.endsWith('.zip')) await tc.extractZip(file, extracted);
      else await tc.extractTar(file, extracted);
      const binary = path.join(extracted, exe);
      if (!(await stat(binary).catch(() => null))?.isFile()) throw new LockstepError(`${exe} is missing from ${archive}: the archive does not have pixi's layout`);
      await chmod(binary, 0o755);
      // Only verified bytes reach the tool cache.
      const dir = await tc.cacheDir(extracted, TOOL, toolCacheVersion(version), toolCacheArch(platform));
      return { version, dir, binary: path.join(dir, exe), from: 'github' };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
}
