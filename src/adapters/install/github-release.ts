import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { LockstepError } from '../../core/errors.js';
import { uvArchiveName, uvTargetTriple } from '../../core/setup/platform.js';
import { downloadFile, fetchText, fetchWithRetry, HttpStatusError } from '../http.js';
import { UvDistribution, verifySha256, type InstallContext } from './base.js';

export const DEFAULT_GITHUB_URL = 'https://github.com';

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
    for (let page = 1; page <= 3; page++) {
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
          hint: 'Check the `uv-version` input, or use `uv-source: pypi`.',
          cause: error,
        });
      }
      throw error;
    }
    if (!/^[0-9a-f]{64}$/.test(expected)) throw new LockstepError(`the published checksum at ${url}.sha256 is not a sha256`);
    this.context.log(`Downloading ${url}`);
    const file = path.join(workDir, archive);
    const download = await downloadFile(url, file, this.context.policy, this.context.log, `uv ${version}`);
    verifySha256(archive, expected, download.sha256, this.githubUrl);
    const extractDir = path.join(workDir, 'extract');
    if (archive.endsWith('.zip')) return tc.extractZip(file, extractDir);
    await tc.extractTar(file, extractDir, ['xz']);
    // The archive holds one folder named like itself: uv-<triple>/uv, uv-<triple>/uvx.
    return path.join(extractDir, `uv-${uvTargetTriple(this.context.platform)}`);
  }
}
