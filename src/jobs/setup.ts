/**
 * The setup job: install uv and Python, verify uv.lock, restore the wheel store, build and activate
 * the project's .venv, load .env. Each step is a log group and a row of the job summary.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LockstepError } from '../core/errors.js';
import { parsePyproject, type Pyproject } from '../core/lock/pyproject.js';
import { staleLockFindings } from '../core/lock/stale.js';
import { parseLock } from '../core/lock/uvlock.js';
import type { Finding } from '../core/findings.js';
import { parseFailOn, type FailOn } from '../core/matrix/gate.js';
import { parseTargetSelection, type TargetSelection } from '../core/matrix/target-list.js';
import { isProtectedVariable, parseEnvFile, secretsToMask } from '../core/setup/env-file.js';
import { runnerPlatformOf, type RunnerPlatform } from '../core/setup/platform.js';
import { choosePythonRequest } from '../core/setup/python-version.js';
import { renderSetupSummary, type LockStatus, type StepRow } from '../core/setup/summary.js';
import { chooseUvVersionRequest, type UvVersionRequest } from '../core/setup/uv-version.js';
import { parseToml } from '../core/toml.js';
import { retryPolicyFromEnv } from '../adapters/http.js';
import { DEFAULT_GITHUB_URL, githubReleasesApi } from '../adapters/install/github-release.js';
import { installUv, parseUvSource, type InstalledUv } from '../adapters/install/index.js';
import { DEFAULT_INDEX_URL, SimpleApiIndex } from '../adapters/package-index.js';
import { runProcess as defaultRunProcess, type RunProcess } from '../adapters/process.js';
import { actionsRunner, type AnnotationPosition, type Runner } from '../adapters/runner.js';
import { PROJECT_FILE_LIMITS, readProjectFile } from '../adapters/project-file.js';
import { pythonVersionOf, Uv } from '../adapters/uv.js';
import { chooseUvCacheDir, noWheelStore, SETUP_STATE, type WheelStore, type WheelStoreRestore } from '../adapters/wheel-store.js';
import { checkLockMatrix } from './lock-matrix.js';
import { readPixiProjectFiles } from '../adapters/pixi-files.js';

export interface SetupDependencies {
  runner: Runner;
  runProcess: RunProcess;
  /** Restores uv's cache before `uv sync` (issue 4); a no-op by default. */
  wheelStore: WheelStore;
  platform: RunnerPlatform;
  env: NodeJS.ProcessEnv;
}

/** Every input of action.yml, read once, typed. */
export interface SetupInputs {
  workingDirectory: string;
  uvVersion: string;
  uvSource: string;
  githubUrl: string;
  githubToken: string;
  indexUrl: string;
  pythonVersion: string;
  locked: boolean;
  groups: string[];
  extras: string[];
  allExtras: boolean;
  noDefaultGroups: boolean;
  activateEnvironment: boolean;
  /** `cache-local-path`: where UV_CACHE_DIR points ('' = the default). */
  cacheLocalPath: string;
  envFile: string;
  /** `env-file-allow-index`: the .env may redirect uv/pip to another index. */
  envFileAllowIndex: boolean;
  /** The lock matrix check: off (default), the engine's default targets, or explicit pairs. */
  targets: TargetSelection;
  failOn: FailOn;
  /** NVIDIA driver version to check the locked CUDA against; null = not checked. */
  driver: string | null;
}

/** `a, b` / `a b` / one per line: the list inputs accept all three. */
export function splitList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter(Boolean);
}

export function readSetupInputs(runner: Runner): SetupInputs {
  return {
    workingDirectory: runner.input('working-directory') || '.',
    uvVersion: runner.input('version'),
    uvSource: runner.input('uv-source') || 'auto',
    githubUrl: runner.input('github-url') || DEFAULT_GITHUB_URL,
    githubToken: runner.input('github-token'),
    indexUrl: runner.input('index-url') || DEFAULT_INDEX_URL,
    pythonVersion: runner.input('python-version'),
    locked: runner.booleanInput('locked', true),
    groups: splitList(runner.input('groups')),
    extras: splitList(runner.input('extras')),
    allExtras: runner.booleanInput('all-extras', false),
    noDefaultGroups: runner.booleanInput('no-default-groups', false),
    activateEnvironment: runner.booleanInput('activate-environment', true),
    cacheLocalPath: runner.input('cache-local-path'),
    envFile: runner.input('env-file') || '.env',
    envFileAllowIndex: runner.booleanInput('env-file-allow-index', false),
    targets: parseTargetSelection(runner.input('targets')),
    failOn: parseFailOn(runner.input('fail-on')),
    driver: parseDriver(runner.input('driver')),
  };
}

function parseDriver(value: string): string | null {
  if (!value) return null;
  if (!/^\d{3}(\.\d+){0,2}$/.test(value)) {
    throw new LockstepError(`driver: \`${value}\` is not an NVIDIA driver version.`, {
      hint: 'Give the version nvidia-smi reports on the GPU runners, like 550.54.15 (or leave `driver` empty).',
    });
  }
  return value;
}

/** This runner's platform; throws a LockstepError on an OS or CPU uv has no build for. */
export function currentPlatform(): RunnerPlatform {
  if (process.platform !== 'linux') return runnerPlatformOf(process.platform, process.arch);
  // Node's report says which C library it was built against; musl builds (the runner's Node in an
  // Alpine container) leave glibcVersionRuntime out.
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return runnerPlatformOf(process.platform, process.arch, header?.glibcVersionRuntime ? 'glibc' : 'musl');
}

/** Raised after a step already annotated the problem: fail the job without a second annotation. */
export class AlreadyReported extends Error {}

export class StepRecorder {
  readonly rows: StepRow[] = [];
  /** Markdown that follows the steps table in the job summary (the lock matrix table). */
  readonly sections: string[] = [];
  constructor(private readonly runner: Runner) {}

  /** Runs one step in a log group, timing it; `fn` returns the summary detail. */
  async step(name: string, fn: () => Promise<string | { detail: string; outcome: StepRow['outcome'] }>): Promise<void> {
    const started = Date.now();
    try {
      const result = await this.runner.group(name, fn);
      const { detail, outcome } = typeof result === 'string' ? { detail: result, outcome: 'done' as const } : result;
      this.rows.push({ step: name, detail, outcome, durationMs: Date.now() - started });
    } catch (error) {
      const detail = error instanceof LockstepError || error instanceof AlreadyReported ? error.message.split('\n')[0]! : 'failed';
      this.rows.push({ step: name, detail, outcome: 'failed', durationMs: Date.now() - started });
      throw error;
    }
  }
}

export async function run(overrides: Partial<SetupDependencies> = {}): Promise<void> {
  const runner = overrides.runner ?? actionsRunner();
  const env = overrides.env ?? process.env;
  const recorder = new StepRecorder(runner);
  try {
    // Inside the try: an unsupported platform is reported like any other setup error.
    const deps: SetupDependencies = {
      runner,
      runProcess: overrides.runProcess ?? defaultRunProcess,
      wheelStore: overrides.wheelStore ?? noWheelStore,
      platform: overrides.platform ?? currentPlatform(),
      env,
    };
    await setup(deps, recorder);
  } catch (error) {
    reportFailure(runner, error, workspaceRoot(env));
  } finally {
    const summary = [renderSetupSummary(recorder.rows), ...recorder.sections].join('\n');
    await runner.appendSummary(summary).catch((error: unknown) => {
      runner.warning(`could not write the job summary: ${String(error)}`);
    });
  }
}

export function workspaceRoot(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd());
}

/** Annotations want paths relative to the repository root. */
export function relativeToWorkspace(env: NodeJS.ProcessEnv, file: string): string {
  const relative = path.relative(workspaceRoot(env), file);
  return relative && !relative.startsWith('..') ? relative.split(path.sep).join('/') : file;
}

function reportFailure(runner: Runner, error: unknown, workspace: string): void {
  if (error instanceof AlreadyReported) return runner.markFailed();
  if (error instanceof LockstepError) {
    const message = error.hint ? `${error.message}\n${error.hint}` : error.message;
    if (error.file) {
      const file = path.isAbsolute(error.file) ? path.relative(workspace, error.file).split(path.sep).join('/') : error.file;
      runner.error(message, { file, line: error.line, column: error.column, title: 'lockstep setup' });
      return runner.markFailed();
    }
    return runner.setFailed(message);
  }
  runner.setFailed(error instanceof Error ? error.message : String(error));
}

/** A project file's text, undefined when absent; bounded and regular files only (adapters/project-file.ts). */
async function readOptional(file: string, maxBytes: number = PROJECT_FILE_LIMITS.manifest): Promise<string | undefined> {
  return readProjectFile(file, { maxBytes, shown: path.basename(file) }) ?? undefined;
}

function describeRequest(request: UvVersionRequest): string {
  if (request.kind === 'exact') return request.origin === 'default' ? `default ${request.version}` : `${request.version} from ${request.origin}`;
  if (request.kind === 'latest') return `latest (${request.origin})`;
  return `"${request.specifier}" from ${request.origin}`;
}

async function setup(deps: SetupDependencies, recorder: StepRecorder): Promise<void> {
  const { runner, env } = deps;
  const inputs = readSetupInputs(runner);
  const projectDir = path.resolve(workspaceRoot(env), inputs.workingDirectory);
  const rel = (file: string) => relativeToWorkspace(env, path.join(projectDir, file));
  const log = (message: string) => runner.info(message);
  if (inputs.githubToken) runner.setSecret(inputs.githubToken);

  // A pixi project (pixi.toml or [tool.pixi], and no uv.lock) is set up by the pixi mode.
  const pixi = existsSync(path.join(projectDir, 'uv.lock')) || !existsSync(projectDir) ? null : readPixiProjectFiles(projectDir);
  if (pixi) {
    const { setupPixi } = await import('./setup-pixi.js');
    return setupPixi(deps, recorder, inputs, projectDir, pixi);
  }

  // --- project files: everything later steps decide from ---------------------------------------
  let pyproject: Pyproject | undefined;
  let uvTomlRequiredVersion: string | undefined;
  let pythonVersionFile: string | undefined;
  await recorder.step('Read project', async () => {
    if (!existsSync(projectDir)) {
      throw new LockstepError(`working-directory ${inputs.workingDirectory} does not exist`, {
        hint: 'Set `working-directory` to the folder that holds pyproject.toml.',
      });
    }
    const pyprojectText = await readOptional(path.join(projectDir, 'pyproject.toml'));
    if (pyprojectText === undefined) {
      throw new LockstepError(`no pyproject.toml in ${rel('.') || '.'}`, {
        hint: 'Set `working-directory` to the folder that holds the uv project.',
      });
    }
    pyproject = parsePyproject(pyprojectText, rel('pyproject.toml'));
    const uvTomlText = await readOptional(path.join(projectDir, 'uv.toml'));
    if (uvTomlText !== undefined) {
      const uvToml = parseToml(uvTomlText, rel('uv.toml'));
      const required = uvToml['required-version'];
      if (typeof required === 'string') uvTomlRequiredVersion = required;
    }
    pythonVersionFile = await readOptional(path.join(projectDir, '.python-version'));
    return `${rel('pyproject.toml')}${pyproject.requiresPython ? `, requires-python ${pyproject.requiresPython}` : ''}`;
  });

  // --- uv --------------------------------------------------------------------------------------
  let installed!: InstalledUv;
  let uv!: Uv;
  const uvCacheDir = chooseUvCacheDir(env, inputs.cacheLocalPath, projectDir);
  await recorder.step('Install uv', async () => {
    const request = chooseUvVersionRequest({
      input: inputs.uvVersion,
      uvTomlRequiredVersion,
      pyprojectRequiredVersion: pyproject?.tool.uv.requiredVersion ?? undefined,
    });
    log(`uv version: ${describeRequest(request)}`);
    const policy = retryPolicyFromEnv(env);
    const releasesApi = githubReleasesApi(inputs.githubUrl, env);
    installed = await installUv(request, {
      source: parseUvSource(inputs.uvSource),
      index: new SimpleApiIndex(inputs.indexUrl, policy, log),
      githubUrl: inputs.githubUrl,
      githubApiUrl: releasesApi.url,
      githubToken: releasesApi.sendToken ? inputs.githubToken : '',
      platform: deps.platform,
      policy,
      log,
    });
    runner.addPath(installed.dir);
    // One place sets uv's cache dir, so this step, later steps and the wheel store agree on it.
    if (uvCacheDir) runner.exportVariable('UV_CACHE_DIR', uvCacheDir);
    uv = new Uv(installed.binary, deps.runProcess);
    const reported = await uv.version();
    log(`${installed.binary} reports uv ${reported}`);
    runner.setOutput('uv-version', installed.version);
    runner.setOutput('uv-path', installed.binary);
    runner.setOutput('uvx-path', path.join(installed.dir, deps.platform.os === 'win32' ? 'uvx.exe' : 'uvx'));
    runner.saveState(SETUP_STATE.uvPath, installed.binary);
    runner.saveState(SETUP_STATE.uvVersion, installed.version);
    if (uvCacheDir) runner.saveState(SETUP_STATE.uvCacheDir, uvCacheDir);
    const from = installed.from === 'tool-cache' ? 'tool cache' : `downloaded from ${installed.from}`;
    return `uv ${installed.version} (${describeRequest(request)}), ${from}`;
  });

  // --- Python ----------------------------------------------------------------------------------
  let pythonPath!: string;
  let pythonVersion!: string;
  // Before the first uv child process of the step below: the cache library loads meanwhile.
  deps.wheelStore.prepare?.(runner);
  await recorder.step('Python', async () => {
    const request = choosePythonRequest({
      input: inputs.pythonVersion,
      pythonVersionFile,
      requiresPython: pyproject?.requiresPython ?? undefined,
    });
    log(`Python ${request.request} (from ${request.origin})`);
    let found = await uv.pythonFind(request.request, projectDir);
    let how = 'found';
    if (!found) {
      log(`no installed Python matches ${request.request}; running uv python install ${request.request}`);
      const result = await uv.pythonInstall(request.request, projectDir);
      found = result.exitCode === 0 ? await uv.pythonFind(request.request, projectDir) : undefined;
      if (!found) {
        const available = dedupe(await uv.pythonListInstalled(projectDir));
        const reason = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ');
        const fromWhere = request.origin === 'input' ? 'the `python-version` input' : request.origin;
        throw new LockstepError(
          `Python ${request.request} (from ${fromWhere}) is not installed and uv could not install it${reason ? `: ${reason}` : ''}.\n` +
            `Interpreters found: ${available.length ? available.map((p) => `${p.version} (${p.path})`).join(', ') : 'none'}.`,
          {
            file: request.origin === '.python-version' ? rel('.python-version') : undefined,
            hint: available.length
              ? `Set the \`python-version\` input to one of the versions found (e.g. python-version: ${available[0]!.version}), or allow uv to download Python (UV_PYTHON_DOWNLOADS=automatic, network access).`
              : 'Set the `python-version` input to an installed version, or allow uv to download Python (UV_PYTHON_DOWNLOADS=automatic, network access).',
          },
        );
      }
      how = 'installed';
    }
    pythonPath = found;
    // setup-uv's contract: a `python-version` input is exported as UV_PYTHON for later `uv` calls.
    if (inputs.pythonVersion) runner.exportVariable('UV_PYTHON', inputs.pythonVersion);
    pythonVersion = await pythonVersionOf(found, deps.runProcess);
    runner.setOutput('python-version', pythonVersion);
    runner.setOutput('python-path', pythonPath);
    runner.saveState(SETUP_STATE.pythonVersion, pythonVersion);
    return `CPython ${pythonVersion} ${how} (${request.request} from ${request.origin})`;
  });

  // --- lock ------------------------------------------------------------------------------------
  const lockFile = path.join(projectDir, 'uv.lock');
  let lockStatus: LockStatus = 'up-to-date';
  let syncLocked = inputs.locked;
  await recorder.step('Check uv.lock', async () => {
    if (!existsSync(lockFile)) {
      lockStatus = 'missing';
      runner.setOutput('lock-status', lockStatus);
      if (inputs.locked) {
        throw new LockstepError('uv.lock is missing, so the environment cannot be reproduced', {
          file: rel('pyproject.toml'),
          hint: 'Run `uv lock` and commit uv.lock, or set `locked: false` to let this step create it (not reproducible).',
        });
      }
      runner.warning('uv.lock is missing; `locked: false`, so `uv sync` will resolve and create it (this run is not reproducible: commit a uv.lock).', {
        file: rel('pyproject.toml'),
      });
      return { detail: 'missing: uv sync will create it (locked: false)', outcome: 'done' };
    }
    const check = await uv.lockCheck(projectDir, pythonPath);
    if (check.status === 'up-to-date') {
      runner.setOutput('lock-status', lockStatus);
      log(`uv lock ${await uv.lockCheckFlagSpelling()}: ${rel('uv.lock')} matches ${rel('pyproject.toml')}`);
      return 'up to date';
    }
    lockStatus = 'stale';
    runner.setOutput('lock-status', lockStatus);
    // uv says whether the lock is stale; the lock model says which requirement changed, and where.
    const findings = await staleFindings(projectDir, pyproject, { pyproject: rel('pyproject.toml'), lock: rel('uv.lock') });
    const fix = 'Run `uv lock` in ' + (rel('.') || 'the project') + ' and commit the updated uv.lock.';
    const annotate = inputs.locked ? runner.error.bind(runner) : runner.warning.bind(runner);
    annotate(`uv.lock is out of date with pyproject.toml${check.message ? `: ${check.message}` : ''}\n${fix}`, {
      file: rel('uv.lock'),
      line: 1,
      title: 'uv.lock is stale',
    });
    for (const finding of findings) {
      annotate(finding.message, { file: finding.file, line: finding.line, column: finding.column, title: 'uv.lock is stale' });
    }
    if (inputs.locked) throw new AlreadyReported('stale: run `uv lock` and commit uv.lock');
    syncLocked = false;
    return { detail: 'stale: uv sync will update it (locked: false)', outcome: 'done' };
  });

  // --- lock matrix (the `targets` input) -------------------------------------------------------
  // Before the wheel store and uv sync: a broken target is news worth seconds, not minutes. When
  // `fail-on` fails the step, the sync is skipped too: the step fails either way, and later steps
  // do not run after a failed step, so a .venv would only cost time.
  if (inputs.targets.kind !== 'off') {
    const targets = inputs.targets;
    await recorder.step('Check lock matrix', async () => {
      if (lockStatus !== 'up-to-date') {
        runner.warning(`targets: the lock matrix check is skipped because uv.lock is ${lockStatus}; it judges a committed, up-to-date lock.`, {
          file: rel(lockStatus === 'missing' ? 'pyproject.toml' : 'uv.lock'),
        });
        return { detail: `skipped: uv.lock is ${lockStatus}`, outcome: 'skipped' };
      }
      const outcome = checkLockMatrix(runner, {
        projectDir,
        targets,
        failOn: inputs.failOn,
        driver: inputs.driver,
        extras: inputs.extras,
        allExtras: inputs.allExtras,
        groups: inputs.groups,
        noDefaultGroups: inputs.noDefaultGroups,
        rel,
        runnerTemp: env.RUNNER_TEMP ?? '',
      });
      recorder.sections.push(outcome.summary);
      runner.setOutput('check-result', outcome.result);
      runner.setOutput('report-path', outcome.jsonPath);
      if (outcome.fails) throw new AlreadyReported(outcome.detail);
      return outcome.detail;
    });
  }

  // --- wheel store (issue 4 plugs in here) ------------------------------------------------------
  const venvPath = path.resolve(projectDir, env.UV_PROJECT_ENVIRONMENT || '.venv');
  const restoreContext = {
    runner,
    uvCacheDir: uvCacheDir ?? path.join(os.homedir(), '.cache', 'uv'),
    projectDir,
    lockFile,
    uvVersion: installed.version,
    uvPath: installed.binary,
    pythonVersion,
    pythonPath,
    venvPath,
    groups: inputs.groups,
    extras: inputs.extras,
    allExtras: inputs.allExtras,
  };
  let restored: WheelStoreRestore | undefined;
  if (deps.wheelStore !== noWheelStore) {
    await recorder.step('Restore wheel store', async () => (restored = await deps.wheelStore.restore(restoreContext))?.detail ?? 'nothing restored');
  }

  // --- venv ------------------------------------------------------------------------------------
  await recorder.step('Sync .venv', async () => {
    const sync = uv.sync({
      projectDir,
      python: pythonPath,
      locked: syncLocked,
      groups: inputs.groups,
      noDefaultGroups: inputs.noDefaultGroups,
      extras: inputs.extras,
      allExtras: inputs.allExtras,
    });
    await Promise.all([sync, restored?.whileSyncing?.()]);
    runner.setOutput('venv', venvPath);
    runner.saveState(SETUP_STATE.venvPath, venvPath);
    runner.saveState(SETUP_STATE.projectDir, projectDir);
    runner.saveState(SETUP_STATE.lockStatus, lockStatus);
    if (inputs.activateEnvironment) {
      runner.addPath(path.join(venvPath, deps.platform.os === 'win32' ? 'Scripts' : 'bin'));
      runner.exportVariable('VIRTUAL_ENV', venvPath);
    }
    const selection = [
      inputs.noDefaultGroups ? 'no default groups' : '',
      inputs.groups.length ? `groups ${inputs.groups.join(', ')}` : '',
      inputs.allExtras ? 'all extras' : inputs.extras.length ? `extras ${inputs.extras.join(', ')}` : '',
    ].filter(Boolean);
    return `${syncLocked ? 'uv sync --locked' : 'uv sync'} into ${relativeToWorkspace(env, venvPath)}${selection.length ? ` (${selection.join('; ')})` : ''}${inputs.activateEnvironment ? ', activated' : ''}`;
  });

  // --- .env ------------------------------------------------------------------------------------
  await recorder.step('Load .env', () => loadEnvFile({ runner, env, projectDir, inputs, expandFrom: inputs.activateEnvironment ? { VIRTUAL_ENV: venvPath } : {} }));
}

/**
 * The "Load .env" step, shared by the setup modes: exports the project's .env (expanded like `source
 * .env` against the step's environment plus `expandFrom`), masking secrets and refusing protected names.
 */
export async function loadEnvFile(options: {
  runner: Runner;
  env: NodeJS.ProcessEnv;
  projectDir: string;
  inputs: Pick<SetupInputs, 'envFile' | 'envFileAllowIndex'>;
  expandFrom: Record<string, string>;
}): Promise<string | { detail: string; outcome: StepRow['outcome'] }> {
  const { runner, env, projectDir, inputs } = options;
  const log = (message: string) => runner.info(message);
  const envPath = path.resolve(projectDir, inputs.envFile);
  const text = await readOptional(envPath, PROJECT_FILE_LIMITS.small);
  const shown = relativeToWorkspace(env, envPath);
  if (text === undefined) {
    if (runner.input('env-file')) runner.warning(`env-file ${shown} does not exist; nothing loaded`);
    return { detail: `${shown} not found, skipped`, outcome: 'skipped' };
  }
  // Expand $NAME like `source .env` would, against the step's environment (VIRTUAL_ENV included).
  const contents = parseEnvFile(text, { expandFrom: { ...env, ...options.expandFrom } });
  for (const problem of contents.problems) {
    runner.warning(`${shown} line ${problem.line}: ${problem.message}`, { file: shown, line: problem.line, title: 'malformed .env line' });
  }
  let masked = 0;
  const protection = { allowIndexRedirection: inputs.envFileAllowIndex };
  const blocked = contents.variables.filter((v) => isProtectedVariable(v.name, protection));
  for (const variable of blocked) {
    const why = isProtectedVariable(variable.name, { allowIndexRedirection: true })
      ? "it would change what every later step runs (set it in the workflow's env: if you really need it)"
      : 'it would send uv and pip to another index (set `env-file-allow-index: true` if the project really needs it)';
    runner.warning(`${shown} line ${variable.line}: ${variable.name} is not exported: ${why}`, {
      file: shown,
      line: variable.line,
      title: 'protected variable in .env',
    });
  }
  const exported = contents.variables.filter((v) => !isProtectedVariable(v.name, protection));
  for (const variable of exported) {
    const masks = secretsToMask(variable.name, variable.value);
    for (const mask of masks) runner.setSecret(mask);
    if (masks.length > 0) masked++;
    runner.exportVariable(variable.name, variable.value);
  }
  // Names only: values may be secrets.
  log(`exported ${exported.length} variables from ${shown}: ${exported.map((v) => v.name).join(', ')}`);
  const notes = [masked ? `${masked} masked` : '', blocked.length ? `${blocked.length} protected name(s) not exported` : '', contents.problems.length ? `${contents.problems.length} malformed line(s) skipped` : '']
    .filter(Boolean)
    .join(', ');
  return `${exported.length} variables from ${shown}${notes ? ` (${notes})` : ''}`;
}

function dedupe<T extends { version: string; path: string }>(pythons: T[]): T[] {
  const seen = new Set<string>();
  return pythons.filter((p) => (seen.has(p.version) ? false : (seen.add(p.version), true)));
}

/** What changed between pyproject.toml and uv.lock, with positions; [] when the lock cannot be read. */
async function staleFindings(projectDir: string, pyproject: Pyproject | undefined, files: { pyproject: string; lock: string }): Promise<Finding[]> {
  if (!pyproject) return [];
  try {
    const lock = parseLock((await readOptional(path.join(projectDir, 'uv.lock'), PROJECT_FILE_LIMITS.lock)) ?? '', files.lock);
    return staleLockFindings(pyproject, lock, files).filter((f) => f.file);
  } catch {
    return [];
  }
}
