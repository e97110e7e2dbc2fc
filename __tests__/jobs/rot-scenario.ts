/**
 * Lock rot's test world, shared by the online-check adapter tests, `lockstep check --online` /
 * `lockstep health` and the health job: a project locked by the real uv against a loopback index, plus a
 * second loopback host that serves a wheel by direct URL (as a GitHub release would). After locking, the
 * tests make the lock rot the ways it rots in the wild: a file removed, a file replaced under the same
 * name (another sha256), a release yanked, the direct URL answering 404, the index down or slow.
 *
 *   const world = await RotWorld.start();          // in beforeAll: locks once
 *   const dir = world.project();                    // a fresh copy of the locked project
 *   world.index.removeFile(world.files.alpha);      // rot
 *   ... lockstep check --online dir, with world.env() ...
 *   world.restore();                                // every file back as locked
 */
import { cpSync } from 'node:fs';
import { LocalIndex } from '../support/local-index.js';
import { makeProject, makeTempDir } from '../support/fixture-project.js';
import { runUv, uvTestEnv } from '../support/uv-binary.js';

export class RotWorld {
  /** Filenames as locked: alpha/beta/delta wheels, gamma's sdist, the direct-URL wheel. */
  readonly files = {
    alpha: 'alpha-1.0.0-py3-none-any.whl',
    beta: 'beta-1.0.0-py3-none-any.whl',
    gamma: 'gamma-1.0.0.tar.gz',
    delta: 'delta-1.0.0-py3-none-any.whl',
    direct: 'direct-1.0.0-py3-none-any.whl',
  };

  private constructor(
    readonly index: LocalIndex,
    /** The host that serves `direct` by URL. */
    readonly releases: LocalIndex,
    readonly cacheDir: string,
    private locked: string,
  ) {}

  static async start(): Promise<RotWorld> {
    const index = await LocalIndex.start();
    const releases = await LocalIndex.start();
    const cacheDir = makeTempDir('rot-uv-cache');
    const world = new RotWorld(index, releases, cacheDir, '');
    world.serveAsLocked();
    const dir = makeProject(
      {
        'pyproject.toml': `[project]
name = "rotting"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = [
    "alpha==1.0.0",
    "beta==1.0.0",
    "gamma==1.0.0",
    "delta==1.0.0",
    "direct @ ${releases.fileUrl('direct-1.0.0-py3-none-any.whl')}",
]

[tool.uv]
environments = ["sys_platform == 'linux'"]
`,
      },
      'rot-project',
    );
    await runUv(['lock'], { cwd: dir, indexUrl: index.url, cacheDir });
    world.locked = dir;
    // Newer releases appear after locking: the findings name them as "still served".
    index.addWheel({ name: 'alpha', version: '1.1.0' });
    index.addWheel({ name: 'beta', version: '1.2.0' });
    index.reset();
    releases.reset();
    return world;
  }

  /** Every file as it was when the project was locked (the newer releases stay). */
  restore(): void {
    this.serveAsLocked();
    this.index.setDelay(0);
    this.releases.setDelay(0);
    this.index.reset();
    this.releases.reset();
  }

  private serveAsLocked(): void {
    this.index.addWheel({ name: 'alpha', version: '1.0.0' });
    this.index.addWheel({ name: 'beta', version: '1.0.0' });
    this.index.addSdist({ name: 'gamma', version: '1.0.0', backend: 'in-tree' });
    this.index.addWheel({ name: 'delta', version: '1.0.0' });
    this.releases.addWheel({ name: 'direct', version: '1.0.0' });
  }

  /** A fresh copy of the locked project (pyproject.toml + uv.lock). */
  project(): string {
    const dir = makeTempDir('rot-copy');
    cpSync(this.locked, dir, { recursive: true });
    return dir;
  }

  /** Environment for lockstep: fast retries, its own page cache, this index as uv's default. */
  env(cacheDir = makeTempDir('rot-page-cache')): Record<string, string> {
    return {
      ...uvTestEnv({ cwd: this.cacheDir, cacheDir: this.cacheDir, indexUrl: this.index.url }),
      LOCKSTEP_HTTP_BACKOFF_MS: '5',
      LOCKSTEP_HTTP_TIMEOUT_MS: '2000',
      LOCKSTEP_HTTP_ATTEMPTS: '3',
      LOCKSTEP_CACHE_DIR: cacheDir,
    };
  }

  async close(): Promise<void> {
    await this.index.close();
    await this.releases.close();
  }
}
