/**
 * The setup job's pixi mode (a folder with pixi.toml, or pyproject.toml with `[tool.pixi]`, and no
 * uv.lock): install pixi (the `pixi-version` input, else the manifest's `requires-pixi`, else the
 * newest release; from `github-url` with its published sha256, kept in the tool cache), check
 * pixi.lock against the manifest (annotated on the manifest line), `pixi install --locked` for the
 * chosen environments, export the first environment's activation (`pixi shell-hook --json`) to later
 * steps, then load .env like the uv mode.
 */
import path from 'node:path';
import { LockstepError } from '../../core/errors.js';
import { checkPixiProject } from '../../core/matrix/pixi-engine.js';
import { parsePixiManifest } from '../../core/lock/pixi-manifest.js';
import { choosePixiVersionRequest, parseShellHookJson, resolvePixiVersion } from '../../core/setup/pixi.js';
import { parseToml } from '../../core/toml.js';
import { retryPolicyFromEnv } from '../../adapters/http.js';
import { githubReleasesApi } from '../../adapters/install/github-release.js';
import { PixiReleases, type InstalledPixi } from '../../adapters/install/pixi-release.js';
import type { PixiProjectFiles } from '../../core/matrix/pixi-engine.js';
import { noWheelStore } from '../../adapters/wheel-store.js';
import { splitList, type SetupInputs } from './inputs.js';
import { AlreadyReported, relativeToWorkspace, workspaceRoot, type SetupDependencies, type StepRecorder } from './session.js';
import { exportEnvFile } from './steps.js';
import { describeRestore, readWheelStoreSettings, restoreWheelStore } from '../wheel-store.js';

/**
 * pixi's package cache for this job (`PIXI_CACHE_DIR`): the user's setting, else `cache-local-path`,
 * else a folder under RUNNER_TEMP (emptied after each job on hosted runners, so the store restores it).
 */
function pixiCacheDir(env: NodeJS.ProcessEnv, input: string, projectDir: string): string | undefined {
  if (env.PIXI_CACHE_DIR) return path.resolve(env.PIXI_CACHE_DIR);
  if (input) return path.resolve(projectDir, input);
  return env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'lockstep-pixi-cache') : undefined;
}

/** `[workspace]` / `[project]` `requires-pixi` (under `[tool.pixi]` in pyproject.toml), with its line. */
function requiresPixi(files: PixiProjectFiles): { spec: string | null; line?: number } {
  if (!files.manifest) return { spec: null };
  const doc = parseToml(files.manifest, files.manifestPath);
  const root = files.manifestPath.endsWith('pyproject.toml') ? ((doc.tool as Record<string, unknown> | undefined)?.pixi as Record<string, unknown> | undefined) : doc;
  const ws = (root?.workspace ?? root?.project) as Record<string, unknown> | undefined;
  const spec = typeof ws?.['requires-pixi'] === 'string' ? ws['requires-pixi'] : null;
  const index = files.manifest.split('\n').findIndex((l) => /^\s*requires-pixi\s*=/.test(l));
  return index >= 0 ? { spec, line: index + 1 } : { spec };
}

export async function setupPixi(deps: SetupDependencies, recorder: StepRecorder, inputs: SetupInputs, projectDir: string, files: PixiProjectFiles): Promise<void> {
  const { runner, env } = deps;
  const relAbsolute = (absolute: string) => relativeToWorkspace(workspaceRoot(env), absolute);
  const rel = (file: string) => relAbsolute(path.join(projectDir, file));
  const log = (message: string) => runner.info(message);
  const environments = splitList(runner.input('pixi-environments')) ;
  const chosen = environments.length > 0 ? environments : ['default'];

  await recorder.step('Read pixi project', async () => {
    if (files.manifest === null) throw new LockstepError(`pixi.lock without a manifest in ${rel('.') || '.'}`, { hint: 'Commit pixi.toml (or pyproject.toml with [tool.pixi]) beside pixi.lock.' });
    parsePixiManifest(files.manifest, rel(files.manifestPath));
    if (files.lock === null) {
      if (inputs.locked) throw new LockstepError(`no pixi.lock beside ${rel(files.manifestPath)}`, { file: rel(files.manifestPath), hint: 'Run `pixi lock` and commit pixi.lock (or set `locked: false`).' });
      return `${rel(files.manifestPath)} (no pixi.lock: pixi will solve)`;
    }
    return `${rel(files.manifestPath)} + ${rel('pixi.lock')}, environments ${chosen.join(', ')}`;
  });

  let pixi!: InstalledPixi;
  await recorder.step('Install pixi', async () => {
    const required = requiresPixi(files);
    const request = choosePixiVersionRequest(runner.input('pixi-version'), required.spec, { file: rel(files.manifestPath), ...(required.line !== undefined ? { line: required.line } : {}) });
    const api = githubReleasesApi(inputs.githubUrl, env);
    const releases = new PixiReleases({ platform: deps.platform, policy: retryPolicyFromEnv(env), log }, inputs.githubUrl, api.url, api.sendToken ? inputs.githubToken : '');
    const version = request.kind === 'exact' ? request.version : resolvePixiVersion(request, await releases.listReleases());
    pixi = await releases.install(version);
    runner.addPath(pixi.dir);
    runner.setOutput('pixi-version', pixi.version);
    runner.setOutput('pixi-path', pixi.binary);
    const why = request.kind === 'exact' ? request.origin : request.kind === 'spec' ? `"${request.spec}" from ${request.origin}` : 'latest';
    return `pixi ${pixi.version} (${why}) from ${pixi.from}`;
  });

  if (files.lock !== null) {
    await recorder.step('Check pixi.lock', async () => {
      const report = checkPixiProject({ ...files, manifestPath: rel(files.manifestPath), lockPath: rel('pixi.lock') }, { environments: chosen });
      const stale = report.findings.filter((f) => f.code === 'lock-stale' || f.code === 'parse-error');
      for (const f of stale) runner.error(f.message, { file: f.file, line: f.line, column: f.column, title: `lockstep setup: ${f.code}` });
      runner.setOutput('lock-status', stale.length > 0 ? 'stale' : 'up-to-date');
      if (stale.length > 0 && inputs.locked) throw new AlreadyReported(`pixi.lock does not satisfy ${rel(files.manifestPath)} (${stale.length} finding(s)); run \`pixi lock\``);
      return stale.length > 0 ? `${stale.length} stale finding(s); pixi will re-solve (locked: false)` : `up to date for ${chosen.join(', ')}`;
    });
  } else {
    runner.setOutput('lock-status', 'missing');
  }

  // --- the store: pixi's package cache and .pixi/envs, keyed on pixi.lock --------------------------
  // The wheel store's machinery and trust rules (save only from trusted events on the default branch,
  // never from forks or pull_request_target; restore always), under keys of their own (`-pixi-`).
  const cacheDir = pixiCacheDir(env, inputs.cacheLocalPath, projectDir);
  const pixiEnv: NodeJS.ProcessEnv = cacheDir ? { ...env, PIXI_CACHE_DIR: cacheDir } : env;
  if (cacheDir) runner.exportVariable('PIXI_CACHE_DIR', cacheDir);
  let measureRestored: (() => Promise<void>) | undefined;
  if (deps.wheelStore !== noWheelStore && cacheDir && files.lock !== null) {
    const lockText = files.lock;
    await recorder.step('Restore pixi cache', async () => {
      const settings = readWheelStoreSettings(runner, env);
      const outcome = await restoreWheelStore({
        runner,
        // Both the package cache and the environments; `uv cache prune` has no meaning here.
        settings: { ...settings, cacheVenv: true, prune: 'none', suffix: ['pixi', settings.suffix].filter(Boolean).join('-') },
        storeDir: cacheDir,
        venvDir: path.join(projectDir, '.pixi', 'envs'),
        lockText,
        pythonVersion: chosen.join('+'),
        uvVersion: pixi.version,
        uvPath: pixi.binary,
        groups: chosen,
        env,
      });
      measureRestored = outcome.measureWhileSyncing;
      return describeRestore(outcome);
    });
  }

  await recorder.step('pixi install', async () => {
    for (const environment of chosen) {
      const args = ['install', ...(inputs.locked ? ['--locked'] : []), '--environment', environment];
      const result = await deps.runProcess(pixi.binary, args, { cwd: projectDir, env: pixiEnv, echo: true, timeoutMs: 60 * 60_000 });
      if (result.exitCode !== 0) {
        throw new LockstepError(`pixi ${args.join(' ')} failed (exit ${result.exitCode})`, { hint: result.stderr.trim().split('\n').slice(-3).join(' ') || 'See the log above.' });
      }
    }
    await measureRestored?.();
    return `pixi install${inputs.locked ? ' --locked' : ''} for ${chosen.join(', ')}`;
  });

  const activation: Record<string, string> = {};
  await recorder.step('Activate', async () => {
    const environment = chosen[0]!;
    const result = await deps.runProcess(pixi.binary, ['shell-hook', '--json', ...(inputs.locked ? ['--locked'] : []), '--environment', environment], { cwd: projectDir, env: pixiEnv, timeoutMs: 10 * 60_000 });
    if (result.exitCode !== 0) throw new LockstepError(`pixi shell-hook failed (exit ${result.exitCode})`, { hint: result.stderr.trim().split('\n').slice(-3).join(' ') });
    const delimiter = deps.platform.os === 'win32' ? ';' : ':';
    const { variables, pathEntries } = parseShellHookJson(result.stdout, env.PATH ?? '', delimiter);
    if (!inputs.activateEnvironment) return { detail: `environment ${environment} not activated (activate-environment: false)`, outcome: 'skipped' };
    // addPath prepends: add in reverse so the first entry pixi put first stays first.
    for (const dir of [...pathEntries].reverse()) runner.addPath(dir);
    for (const [name, value] of Object.entries(variables)) {
      runner.exportVariable(name, value);
      activation[name] = value;
    }
    if (variables.CONDA_PREFIX) runner.setOutput('environment-path', variables.CONDA_PREFIX);
    return `environment ${environment}: ${Object.keys(variables).length} variable(s), ${pathEntries.length} PATH entr${pathEntries.length === 1 ? 'y' : 'ies'}`;
  });

  await recorder.step('Load .env', () => exportEnvFile({ runner, env, dir: projectDir, inputs, expandFrom: activation, rel: relAbsolute }));
}
