import { mkdir, copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { unsafeZipMembers } from '../../core/security/archive.js';
import { LockstepError } from '../../core/errors.js';
import { pickUvWheel, uvTargetTriple, uvVersionsFromFilenames } from '../../core/setup/platform.js';
import { downloadFile, redactUrl } from '../http.js';
import type { PackageIndex } from '../package-index.js';
import { UvDistribution, verifyUvDownload, type InstallContext } from './base.js';

/** The `uv` wheel from PyPI or a mirror, found through the Simple API and verified with its sha256. */
export class PypiWheelDistribution extends UvDistribution {
  readonly name = 'pypi' as const;

  constructor(
    context: InstallContext,
    private readonly index: PackageIndex,
  ) {
    super(context);
  }

  async listReleases(): Promise<string[]> {
    const files = await this.index.projectFiles('uv');
    return uvVersionsFromFilenames(files.filter((f) => !f.yanked).map((f) => f.filename));
  }

  protected async fetchVerified(version: string, workDir: string): Promise<string> {
    const files = await this.index.projectFiles('uv');
    const name = pickUvWheel(
      files.map((f) => f.filename),
      version,
      this.context.platform,
    );
    const file = files.find((f) => f.filename === name);
    if (!file) {
      throw new LockstepError(`${redactUrl(this.index.url)} has no uv ${version} wheel for ${uvTargetTriple(this.context.platform)}`, {
        hint: 'Check the `version` input and the `index-url` mirror.',
      });
    }
    if (!file.sha256) {
      throw new LockstepError(`${redactUrl(this.index.url)} gives no sha256 for ${file.filename}, so it cannot be verified`, {
        hint: 'Use an index that publishes hashes (PEP 503 #sha256= fragments or PEP 691 hashes).',
      });
    }
    this.context.log(`Downloading ${redactUrl(file.url)}`);
    // Saved as .zip: on Windows without pwsh, tool-cache unpacks with Expand-Archive, which refuses
    // any other extension (a .whl is a zip).
    const wheelPath = path.join(workDir, `${file.filename.replace(/\.whl$/, '')}.zip`);
    const download = await downloadFile(file.url, wheelPath, this.context.policy, this.context.log, `uv ${version}`);
    verifyUvDownload(this.context, file.filename, download.sha256, { sha256: file.sha256, source: redactUrl(this.index.url) });
    // A wheel is a zip; the executables live in uv-<version>.data/scripts/.
    const unpacked = await this.unzip(wheelPath, path.join(workDir, 'wheel'));
    const dataDir = (await readdir(unpacked)).find((n) => n.endsWith('.data'));
    const binDir = path.join(workDir, 'bin');
    await mkdir(binDir);
    if (dataDir) {
      const scripts = path.join(unpacked, dataDir, 'scripts');
      for (const exe of await readdir(scripts).catch(() => [] as string[])) await copyFile(path.join(scripts, exe), path.join(binDir, exe));
    }
    return binDir;
  }

  /**
   * Unpacks the (checksum-verified) wheel. Its members are checked first: one that would be written
   * outside the folder (`../`, an absolute path, a symlink) is refused with that reason, not whatever
   * the extraction tool says. tool-cache unzips with the `unzip` program off Windows, which slim
   * container images lack.
   */
  private async unzip(file: string, dest: string): Promise<string> {
    let unsafe: string[];
    try {
      unsafe = unsafeZipMembers(await readFile(file));
    } catch (error) {
      throw new LockstepError(`cannot unpack the uv wheel: ${(error as Error).message}`, { hint: 'The index served a damaged wheel; re-run, or use `uv-source: github`.', cause: error });
    }
    if (unsafe.length > 0) {
      throw new LockstepError(`refusing to unpack the uv wheel: ${unsafe.length} member(s) would be written outside its folder (${unsafe.slice(0, 3).join(', ')})`, {
        hint: 'The index serves a tampered uv wheel ("zip-slip"); use the official index or `uv-source: github`.',
      });
    }
    try {
      return await tc.extractZip(file, dest);
    } catch (error) {
      if (this.context.platform.os === 'win32' || !/Unable to locate executable file: unzip/i.test(String((error as Error)?.message))) throw error;
      throw new LockstepError('cannot unpack the uv wheel: the `unzip` program is not on PATH', {
        hint: 'Install it in this job first (`apt-get install -y unzip`, `apk add unzip`), or use `uv-source: github` (a .tar.gz, unpacked with tar).',
        cause: error,
      });
    }
  }
}
