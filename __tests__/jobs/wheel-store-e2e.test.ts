/**
 * The whole action as GitHub runs it, with the wheel store wired into the setup job's seam: the setup
 * step (installs uv from the local index, restores the store, `uv sync --locked`) and the post step
 * (saves it), bundled with esbuild and run as child processes in a runner environment, three CI runs
 * in a row on fresh runners that share only the (fake) Actions cache service.
 *
 * The entry below is what src/entries/setup.ts becomes once setup.ts passes `actionsWheelStore()` as
 * its default wheelStore; until the lead wires that, this test wires it itself.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { ActionJob, cleanupActionDirs, makeToolCache } from '../support/action-harness.js';
import { FakeCacheServer } from '../support/fake-cache-server.js';
import { cleanupTempDirs, makeProject, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';
import { REPO_ROOT, uvBinaryPath, uvWheelPath } from '../support/uv-binary.js';

// The index is configured in the project, as a private index would be. Observed with uv 0.13.9: when
// the lock's registry is not a configured index (no [[tool.uv.index]], no UV_DEFAULT_INDEX), uv
// fetches every wheel again even with the restored store in place.
const pyproject = (core: string) => `[project]
name = "e2e-research"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = ["tiny-core==${core}", "tiny-utils==1.0.0", "tiny-plots==2.0.0"]

[tool.uv]
package = false

[[tool.uv.index]]
url = "${index.url}"
default = true
`;

let server: FakeCacheServer;
let index: LocalIndex;
let project: string;
let runnerTemp: string;
let toolCache: string;
let entries: { setup: string; post: string };

async function uvLock(): Promise<void> {
  await promisify(execFile)(uvBinaryPath(), ['lock'], {
    cwd: project,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', UV_CACHE_DIR: makeTempDir('lock-cache'), UV_PYTHON_DOWNLOADS: 'never' },
  });
}

/** One CI run on a fresh hosted runner: same paths as last time, nothing left on disk but the tool cache. */
async function ciRun() {
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  rmSync(path.join(project, '.venv'), { recursive: true, force: true });
  index.reset();
  const job = new ActionJob({
    cwd: project,
    runnerTemp,
    toolCache,
    event: { name: 'push', payload: { repository: { default_branch: 'main', full_name: 'octo-org/research' } } },
    env: { ...server.env(), UV_PYTHON_DOWNLOADS: 'never', LOCKSTEP_HTTP_BACKOFF_MS: '20' },
  });
  const setup = await job.run(entries.setup, { inputs: { 'uv-source': 'pypi', 'index-url': index.url } });
  const packageDownloads = ['tiny-core', 'tiny-utils', 'tiny-plots'].map((p) => index.downloads(p)).reduce((a, b) => a + b, 0);
  const post = await job.run(entries.post);
  return { setup, post, packageDownloads };
}

beforeAll(async () => {
  server = await FakeCacheServer.start();
  index = await LocalIndex.start();
  index.addFile(uvWheelPath());
  for (const [name, version] of [['tiny-core', '1.0.0'], ['tiny-core', '1.1.0'], ['tiny-utils', '1.0.0'], ['tiny-plots', '2.0.0']] as const) {
    index.addWheel({ name, version });
  }
  project = makeProject({ 'pyproject.toml': pyproject('1.0.0'), '.python-version': '3.11\n' }, 'e2e-wheel-store');
  await uvLock();
  runnerTemp = path.join(makeTempDir('e2e-runner'), '_temp');
  toolCache = makeToolCache();

  const outdir = makeTempDir('e2e-bundle');
  const setupJob = path.join(REPO_ROOT, 'src', 'jobs', 'setup', 'index.ts');
  const wheelStore = path.join(REPO_ROOT, 'src', 'jobs', 'wheel-store.ts');
  writeFileSync(
    path.join(outdir, 'setup-entry.ts'),
    `import { run } from ${JSON.stringify(setupJob)};\nimport { actionsWheelStore } from ${JSON.stringify(wheelStore)};\nawait run({ wheelStore: actionsWheelStore() });\n`,
  );
  await build({
    entryPoints: { setup: path.join(outdir, 'setup-entry.ts'), post: path.join(REPO_ROOT, 'src', 'entries', 'post.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    keepNames: true,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  entries = { setup: path.join(outdir, 'setup.js'), post: path.join(outdir, 'post.js') };
});

afterAll(async () => {
  await server.close();
  await index.close();
  cleanupActionDirs();
  cleanupTempDirs();
});

describe('setup + post with the wheel store, four CI runs', () => {
  it('cold run downloads every wheel, the exact hit none, the bumped lock only the bumped package and saves only it, the bumped lock again none', async () => {
    const cold = await ciRun();
    expect(cold.setup.exitCode).toBe(0);
    expect(cold.setup.outputs['cache-outcome']).toBe('miss');
    expect(cold.setup.env.UV_CACHE_DIR).toBe(path.join(runnerTemp, 'lockstep-uv-cache'));
    expect(cold.packageDownloads).toBe(3);
    expect(cold.setup.summary).toContain('Restore wheel store');
    expect(cold.post.exitCode).toBe(0);
    expect(cold.post.summary).toMatch(/\| miss in \d+\.\d s \| saved in \d+\.\d s \|/);
    expect(server.listEntries().map((e) => e.key)).toEqual([cold.setup.outputs['cache-key']]);

    const warm = await ciRun();
    expect(warm.setup.exitCode).toBe(0);
    expect(warm.setup.outputs['cache-outcome']).toBe('exact');
    expect(warm.packageDownloads).toBe(0);
    expect(readdirSync(path.join(project, '.venv/lib/python3.11/site-packages'))).toEqual(expect.arrayContaining(['tiny_core', 'tiny_utils', 'tiny_plots']));
    expect(warm.post.summary).toContain('skipped: restored from this exact key');

    writeFileSync(path.join(project, 'pyproject.toml'), pyproject('1.1.0'));
    await uvLock();
    const bumped = await ciRun();
    expect(bumped.setup.exitCode).toBe(0);
    expect(bumped.setup.outputs['cache-outcome']).toBe('fallback');
    expect(bumped.packageDownloads).toBe(1);
    expect(index.downloads('tiny_core-1.1.0-py3-none-any.whl')).toBe(1);
    expect(bumped.post.exitCode).toBe(0);
    expect(server.listEntries()).toHaveLength(2);
    // Only what uv sync added since the fallback was restored went up: a layer over the cold entry.
    const coldEntry = server.listEntries()[0]!;
    const layerEntry = server.listEntries()[1]!;
    expect(bumped.post.stdout).toContain(`a layer of`);
    expect(bumped.post.stdout).toContain(`over ${cold.setup.outputs['cache-key']}`);
    expect(layerEntry.key).toBe(bumped.setup.outputs['cache-key']);
    expect(layerEntry.sizeBytes).toBeLessThan(coldEntry.sizeBytes! / 2);
    expect(bumped.post.summary).toMatch(/\| saved a [\d.]+ (B|KiB|MiB) layer in \d+\.\d s \|/);

    // The same bumped lock again: an exact hit, restored as base + layer, nothing downloaded.
    const again = await ciRun();
    expect(again.setup.exitCode).toBe(0);
    expect(again.setup.outputs['cache-outcome']).toBe('exact');
    expect(again.setup.outputs['cache-hit']).toBe('true');
    expect(again.setup.stdout).toContain(`a layer over ${cold.setup.outputs['cache-key']}`);
    expect(again.packageDownloads).toBe(0);
    expect(readdirSync(path.join(project, '.venv/lib/python3.11/site-packages'))).toContain('tiny_core-1.1.0.dist-info');
    expect(again.post.summary).toContain('skipped: restored from this exact key');
    expect(server.listEntries()).toHaveLength(2);

    for (const step of [cold, warm, bumped, again].flatMap((r) => [r.setup, r.post])) {
      expect(step.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    }
    expect(server.violations).toEqual([]);
  });
});
