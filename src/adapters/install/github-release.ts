import { existsSync } from 'node:fs';
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { LockstepError } from '../../core/errors.js';
import { uvArchiveName, uvExecutableName, uvTargetTriple } from '../../core/setup/platform.js';
import { downloadFile, fetchText, fetchWithRetry, HttpStatusError, redactUrl } from '../http.js';
import { UvDistribution, verifyUvDownload, type InstallContext } from './base.js';

export const DEFAULT_GITHUB_URL = 'https://github.com';
const GITHUB_COM_API = 'https://api.github.com';

/** Enough pages for any realistic release history (uv had 333 releases by 0.13.9), yet bounded. */
const MAX_RELEASE_PAGES = 30;

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * Where to list uv's releases for `githubUrl`, and whether the workflow's token may go there. uv's
 * releases live on github.com, so with the default `github-url` the API is GITHUB_API_URL only on
 * github.com itself: on GHES or GHE.com that names the enterprise API, which has no astral-sh/uv. A
 * mirror is asked at `<github-url>/api/v3`. The token (by default `github.token`) is only sent to
 * the API that issued it: never to a mirror or to github.com from an enterprise server.
 */
export function githubReleasesApi(githubUrl: string, env: NodeJS.ProcessEnv): { url: string; sendToken: boolean } {
  const tokenApi = trimSlash(env.GITHUB_API_URL || GITHUB_COM_API);
  const onGitHubCom = !env.GITHUB_SERVER_URL || trimSlash(env.GITHUB_SERVER_URL) === DEFAULT_GITHUB_URL;
  const url = trimSlash(githubUrl) === DEFAULT_GITHUB_URL ? (onGitHubCom ? tokenApi : GITHUB_COM_API) : `${trimSlash(githubUrl)}/api/v3`;
  return { url, sendToken: url === tokenApi };
}

/** uv's GitHub release archives, verified against the `.sha256` file published beside each one. */
export class GitHubReleaseDistribution extends UvDistribution {
  readonly name = 'github' as const;

  constructor(
    context: InstallContext,
    private readonly githubUrl: string = DEFAULT_GITHUB_URL,
    private readonly apiUrl: string = 'https://api.github.com',
    private readonly token: string = '',
  ) {
    super(context);
  }

  private releaseUrl(version: string, file: string): string {
    return `${this.githubUrl.replace(/\/+$/, '')}/astral-sh/uv/releases/download/${version}/${file}`;
  }

  async listReleases(): Promise<string[]> {
    const headers: Record<string, string> = { Accept: 'application/vnd.github+json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const versions: string[] = [];
    // Every page, not the newest few: a required-version like `<0.2` only matches the oldest releases.
    for (let page = 1; page <= MAX_RELEASE_PAGES; page++) {
      const url = `${this.apiUrl.replace(/\/+$/, '')}/repos/astral-sh/uv/releases?per_page=100&page=${page}`;
      const response = await fetchWithRetry(url, { headers }, this.context.policy, this.context.log);
      const releases = (await response.json()) as { tag_name?: string; draft?: boolean }[];
      for (const r of releases) if (r.tag_name && !r.draft) versions.push(r.tag_name.replace(/^v/, ''));
      if (releases.length < 100) break;
    }
    return versions;
  }

  protected async fetchVerified(version: string, workDir: string): Promise<string> {
    const archive = uvArchiveName(this.context.platform);
    const url = this.releaseUrl(version, archive);
    let expected: string;
    try {
      const checksum = await fetchText(`${url}.sha256`, {}, this.context.policy, this.context.log);
      expected = checksum.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 404) {
        throw new LockstepError(`uv ${version} has no GitHub release for ${uvTargetTriple(this.context.platform)} (${url} not found)`, {
          hint: 'Check the `version` input, or use `uv-source: pypi`.',
          cause: error,
        });
      }
      throw error;
    }
    if (!/^[0-9a-f]{64}$/.test(expected)) throw new LockstepError(`the published checksum at ${url}.sha256 is not a sha256`);
    this.context.log(`Downloading ${redactUrl(url)}`);
    const file = path.join(workDir, archive);
    const download = await downloadFile(url, file, this.context.policy, this.context.log, `uv ${version}`);
    verifyUvDownload(this.context, archive, download.sha256, { sha256: expected, source: this.githubUrl });
    const extractDir = path.join(workDir, 'extract');
    if (archive.endsWith('.zip')) await tc.extractZip(file, extractDir);
    else await tc.extractTar(file, extractDir, ['xz']);
    return this.executablesDir(extractDir);
  }

  /**
   * The `.tar.gz` archives hold one folder named like themselves (uv-<triple>/uv, uv-<triple>/uvx);
   * the Windows `.zip` holds uv.exe, uvx.exe and uvw.exe at its root. Either is accepted for both, so
   * a change of packing does not break the install.
   */
  private executablesDir(extractDir: string): string {
    const exe = uvExecutableName(this.context.platform);
    const candidates = [extractDir, path.join(extractDir, `uv-${uvTargetTriple(this.context.platform)}`)];
    const preferred = this.context.platform.os === 'win32' ? candidates : [...candidates].reverse();
    return preferred.find((dir) => existsSync(path.join(dir, exe))) ?? preferred[0]!;
  }
}
