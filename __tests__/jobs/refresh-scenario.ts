/**
 * The refresh bot's test world, shared by the job and CLI tests: a LocalIndex serving packages built
 * here, and a project that pins `app-a==1.0` whose lock was made when only the 1.0 releases existed.
 * Since then:
 * - `lib-b` 1.1 came out as a wheel, 30 days ago: the refresh takes it (also under a 7-day cooldown);
 * - `lib-c` 2.0 came out today as an sdist only: the refresh must hold lib-c at 1.0 (sdist-build).
 *
 *   const world = await RefreshWorld.start();
 *   const dir = world.project();                  // pyproject.toml + the old uv.lock
 */
import { LocalIndex } from '../support/local-index.js';
import { makeProject, makeTempDir, uvWorkspaceFiles } from '../support/fixture-project.js';
import { runUv, uvBinaryPath, uvTestEnv } from '../support/uv-binary.js';

export const OLD = '2025-01-01T00:00:00Z';
const DAY_MS = 86_400_000;

export const PYPROJECT = `[project]
name = "refresh-demo"
version = "0.1.0"
requires-python = ">=3.11"
# Exact pins: the refresh never touches these; what they depend on moves.
dependencies = ["app-a==1.0"]
`;

/** The same project with its own exclude-newer, older than lib-b 1.1. */
export const PYPROJECT_EXCLUDE_NEWER = `${PYPROJECT}
[tool.uv]
exclude-newer = "2025-06-01T00:00:00Z"
`;

/**
 * A uv workspace with the same needs: the root, `packages/app` pinning app-a==1.0 and `packages/lib`
 * (no requirements); its lock was made with the old releases too.
 */
export const WORKSPACE = uvWorkspaceFiles({
  app: 'dependencies = ["lib", "app-a==1.0"]\n\n[tool.uv.sources]\nlib = { workspace = true }\n',
  lib: 'dependencies = []\n',
});

export class RefreshWorld {
  private constructor(
    readonly index: LocalIndex,
    readonly cacheDir: string,
    private readonly locks: Map<string, string>,
  ) {}

  static async start(): Promise<RefreshWorld> {
    const index = await LocalIndex.start();
    const cacheDir = makeTempDir('refresh-uv-cache');
    const old = { uploadTime: OLD };
    index.addWheel({ name: 'app-a', version: '1.0', requiresDist: ['lib-b>=1', 'lib-c>=1'] }, old);
    index.addWheel({ name: 'lib-b', version: '1.0' }, old);
    index.addWheel({ name: 'lib-c', version: '1.0' }, old);
    // Lock both projects while only the old releases exist: that is the uv.lock in the repository.
    const locks = new Map<string, string>();
    for (const pyproject of [PYPROJECT, PYPROJECT_EXCLUDE_NEWER, WORKSPACE['pyproject.toml']!]) {
      const dir = makeProject({ ...(pyproject === WORKSPACE['pyproject.toml'] ? WORKSPACE : {}), 'pyproject.toml': pyproject }, 'refresh-lock');
      await runUv(['lock'], { cwd: dir, indexUrl: index.url, cacheDir });
      const { readFileSync } = await import('node:fs');
      locks.set(pyproject, readFileSync(`${dir}/uv.lock`, 'utf8'));
    }
    index.addWheel({ name: 'lib-b', version: '1.1' }, { uploadTime: new Date(Date.now() - 30 * DAY_MS) });
    // Only an sdist (stdlib build backend, so uv can read its metadata offline): verification flags it.
    index.addSdist({ name: 'lib-c', version: '2.0', backend: 'in-tree' });
    return new RefreshWorld(index, cacheDir, locks);
  }

  /** The environment uv and lockstep run with: this index as the default, no Python downloads, a shared cache. */
  env(): Record<string, string> {
    return { ...uvTestEnv({ cwd: this.cacheDir, cacheDir: this.cacheDir, indexUrl: this.index.url }), LOCKSTEP_HTTP_BACKOFF_MS: '10', LOCKSTEP_HTTP_TIMEOUT_MS: '2000' };
  }

  get uv(): string {
    return uvBinaryPath();
  }

  /** A fresh copy of the project with its old lock. */
  project(pyproject = PYPROJECT): string {
    return makeProject({ 'pyproject.toml': pyproject, 'uv.lock': this.lock(pyproject) }, 'refresh-project');
  }

  /** A fresh copy of the workspace (root + members) with its old lock at the root. */
  workspace(): string {
    return makeProject({ ...WORKSPACE, 'uv.lock': this.lock(WORKSPACE['pyproject.toml']) }, 'refresh-workspace');
  }

  lock(pyproject = PYPROJECT): string {
    return this.locks.get(pyproject)!;
  }

  async close(): Promise<void> {
    await this.index.close();
  }
}
