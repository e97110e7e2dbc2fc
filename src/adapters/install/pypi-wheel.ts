import { mkdir, copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { LockstepError } from '../../core/errors.js';
import { pickUvWheel, uvTargetTriple, uvVersionsFromFilenames } from '../../core/setup/platform.js';
import { downloadFile } from '../http.js';
import type { PackageIndex } from '../package-index.js';
import { UvDistribution, verifySha256, type InstallContext } from './base.js';

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
      throw new LockstepError(`${this.index.url} has no uv ${version} wheel for ${uvTargetTriple(this.context.platform)}`, {
        hint: 'Check the `uv-version` input and the `index-url` mirror.',
      });
    }
    if (!file.sha256) {
      throw new LockstepError(`${this.index.url} gives no sha256 for ${file.filename}, so it cannot be verified`, {
        hint: 'Use an index that publishes hashes (PEP 503 #sha256= fragments or PEP 691 hashes).',
      });
    }
    this.context.log(`Downloading ${file.url}`);
    const wheelPath = path.join(workDir, file.filename);
    const download = await downloadFile(file.url, wheelPath, this.context.policy, this.context.log, `uv ${version}`);
    verifySha256(file.filename, file.sha256, download.sha256, this.index.url);
    // A wheel is a zip; the executables live in uv-<version>.data/scripts/.
    const unpacked = await tc.extractZip(wheelPath, path.join(workDir, 'wheel'));
    const dataDir = (await readdir(unpacked)).find((n) => n.endsWith('.data'));
    const binDir = path.join(workDir, 'bin');
    await mkdir(binDir);
    if (dataDir) {
      const scripts = path.join(unpacked, dataDir, 'scripts');
      for (const exe of await readdir(scripts).catch(() => [] as string[])) await copyFile(path.join(scripts, exe), path.join(binDir, exe));
    }
    return binDir;
  }
}
