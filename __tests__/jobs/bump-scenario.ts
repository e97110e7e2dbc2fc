/**
 * The bump bot's test world, shared by the job tests, the CLI tests and bench/bump.mjs: a LocalIndex
 * serving several versions of packages built here (a yanked one, a pre-release, one whose requires-python
 * excludes the project, a `+cu124`/`+cpu` pair, a newer version that only has an sdist, one whose
 * newer version cannot be locked, and a
 * torch/torchvision pair that must move together), and a project pinned to the old versions, locked
 * with the real uv against that index.
 *
 *   const world = await BumpWorld.start();
 *   const dir = await world.project();            // pyproject.toml + uv.lock (real `uv lock`)
 *   ... run lockstep bump with world.env() ...
 *   world.index.addWheel({ name: 'alpha', version: '1.3.0' });   // a newer release appears
 */
import { LocalIndex } from '../support/local-index.js';
import { makeProject, makeTempDir, uvWorkspaceFiles } from '../support/fixture-project.js';
import { runUv, uvBinaryPath, uvTestEnv } from '../support/uv-binary.js';

/** Old releases are a year old, so a 7-day cooldown only holds back the new ones. */
export const OLD = '2025-01-01T00:00:00Z';

export const PYPROJECT = `[project]
name = "demo"
version = "0.1.0"
requires-python = ">=3.11"
# Pins the bot keeps current; this comment and the odd spacing below must survive a bump.
dependencies = [
    "alpha==1.0.0",   # a yanked 1.2.0 and a pre-release 2.0.0rc1 must be skipped
    'beta == 1.0.0',  # 1.5.0 needs Python >=3.13
    "gamma==1.0.0+cu124",
    "delta==1.0.0",
    "torch==2.5.1",
    "torchvision==0.20.1",
    "epsilon==1.0.0",
]
`;

/**
 * A uv workspace on the same index: a root and two members, `app` pinning gamma and torchvision, `lib`
 * pinning torch (torch and torchvision are one group, so two members' files move in one step).
 */
export const WORKSPACE = uvWorkspaceFiles({
  app: `# This comment and the odd spacing below must survive the bump.
dependencies = [
    "lib",
    'gamma == 1.0.0+cu124',   # 1.1.0+cu124 is newer (+cpu has 1.2.0: never taken)
    "torchvision==0.20.1",
]

[tool.uv.sources]
lib = { workspace = true }
`,
  lib: 'dependencies = ["torch==2.5.1"]  # moves with torchvision, pinned in app\n',
});

export class BumpWorld {
  private constructor(
    readonly index: LocalIndex,
    readonly cacheDir: string,
  ) {}

  static async start(): Promise<BumpWorld> {
    const index = await LocalIndex.start();
    const world = new BumpWorld(index, makeTempDir('bump-uv-cache'));
    const old = { uploadTime: OLD };
    index.addWheel({ name: 'alpha', version: '1.0.0' }, old);
    index.addWheel({ name: 'alpha', version: '1.1.0' });
    index.addWheel({ name: 'alpha', version: '1.2.0' }, { yanked: 'broken import' });
    index.addWheel({ name: 'alpha', version: '2.0.0rc1' });
    index.addWheel({ name: 'beta', version: '1.0.0' }, old);
    index.addWheel({ name: 'beta', version: '1.5.0', requiresPython: '>=3.13' });
    for (const flavour of ['cu124', 'cpu']) {
      index.addWheel({ name: 'gamma', version: `1.0.0+${flavour}` }, old);
      index.addWheel({ name: 'gamma', version: `1.1.0+${flavour}` });
    }
    index.addWheel({ name: 'gamma', version: '1.2.0+cpu' });
    index.addWheel({ name: 'delta', version: '1.0.0' }, old);
    // Only an sdist (with a stdlib build backend, so uv can read its metadata offline): verification must drop it.
    index.addSdist({ name: 'delta', version: '1.1.0', backend: 'in-tree' });
    index.addWheel({ name: 'epsilon', version: '1.0.0' }, old);
    // Its newer release needs a package no index has: `uv lock` fails, verification must drop it.
    index.addWheel({ name: 'epsilon', version: '1.1.0', requiresDist: ['not-on-any-index>=1'] });
    index.addWheel({ name: 'torch', version: '2.5.1' }, old);
    index.addWheel({ name: 'torch', version: '2.6.0' });
    index.addWheel({ name: 'torchvision', version: '0.20.1', requiresDist: ['torch==2.5.1'] }, old);
    index.addWheel({ name: 'torchvision', version: '0.21.0', requiresDist: ['torch==2.6.0'] });
    return world;
  }

  /** The environment uv and lockstep run with: this index as the default, no Python downloads, a shared cache. */
  env(): Record<string, string> {
    return { ...uvTestEnv({ cwd: this.cacheDir, cacheDir: this.cacheDir, indexUrl: this.index.url }), LOCKSTEP_HTTP_BACKOFF_MS: '10', LOCKSTEP_HTTP_TIMEOUT_MS: '2000' };
  }

  get uv(): string {
    return uvBinaryPath();
  }

  /** A project pinned to the old versions, locked by the real uv against this index (`extra`: more files, e.g. workspace members). */
  async project(pyproject = PYPROJECT, extra: Record<string, string> = {}): Promise<string> {
    const dir = makeProject({ 'pyproject.toml': pyproject, ...extra }, 'bump-project');
    await runUv(['lock'], { cwd: dir, indexUrl: this.index.url, cacheDir: this.cacheDir });
    return dir;
  }

  async close(): Promise<void> {
    await this.index.close();
  }
}
