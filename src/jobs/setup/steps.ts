/**
 * The setup steps, each one row of the job summary and one log group. A mode (modes/*.ts) lists the
 * steps it runs; the steps read what the session knows and add what they find.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LockstepError } from '../../core/errors.js';
import type { Finding } from '../../core/findings.js';
import { parsePyproject } from '../../core/lock/pyproject.js';
import { staleLockFindings } from '../../core/lock/stale.js';
import { parseLock } from '../../core/lock/uvlock.js';
import { isProtectedVariable, parseEnvFile, secretsToMask } from '../../core/setup/env-file.js';
import { choosePythonRequest, type PythonRequest } from '../../core/setup/python-version.js';
import { decideCacheWrite } from '../../core/cache/trust.js';
import { readEventContext } from '../../adapters/cache/event.js';
import { pythonInstallDir, restorePythonCache } from '../python-cache.js';
import { readWheelStoreSettings } from '../wheel-store.js';
import { chooseUvVersionRequest, type UvVersionRequest } from '../../core/setup/uv-version.js';
import { readVersionFile } from '../../core/setup/version-file.js';
import { parseToml } from '../../core/toml.js';
import { configuredCacheDir, discoverUvConfig, uvEnvFlag, type UvConfigFile } from '../../core/setup/uv-config.js';
import { retryPolicyFromEnv } from '../../adapters/http.js';
import { githubReleasesApi } from '../../adapters/install/github-release.js';
import { installUv, parseUvSource } from '../../adapters/install/index.js';
import { SimpleApiIndex } from '../../adapters/package-index.js';
import { indexNameFor, withIndexCredentials } from '../../adapters/index-credentials.js';
import { PROJECT_FILE_LIMITS, readProjectFile } from '../../adapters/project-file.js';
import { readProjectFiles } from '../../adapters/project-files.js';
import { pythonVersionOf, Uv } from '../../adapters/uv.js';
import { chooseUvCacheDir, expandHome, noWheelStore, SETUP_STATE } from '../../adapters/wheel-store.js';
import { checkLockMatrix } from '../lock-matrix.js';
import { versionSatisfies } from '../../core/pep/version.js';
import { checkPlatformName } from '../../core/setup/platform.js';
import type { StepRow } from '../../core/setup/summary.js';
import type { Runner } from '../../adapters/runner.js';
import type { SetupInputs } from './inputs.js';
import { AlreadyReported, readOptional, required, workspaceRoot, type SetupSession } from './session.js';
import { lexicallyInside } from '../../core/security/paths.js';
import { realPathInside } from '../../adapters/workspace-paths.js';

/** Whether a found interpreter's version is inside requires-python (an unreadable specifier allows it). */
function allowsPython(version: string, requiresPython: string): boolean {
  try {
    return versionSatisfies(version, requiresPython, { prereleases: true });
  } catch {
    return true;
  }
}

export type SetupStep = (session: SetupSession) => Promise<void>;

function describeRequest(request: UvVersionRequest): string {
  if (request.kind === 'exact') return request.origin === 'default' ? `default ${request.version}` : `${request.version} from ${request.origin}`;
  if (request.kind === 'latest') return `latest (${request.origin})`;
  return `"${request.specifier}" from ${request.origin}`;
}

/** `required-version` of a uv.toml, when the file exists and sets it. */
async function uvTomlRequiredVersion(s: SetupSession, dir: string): Promise<string | undefined> {
  const file = path.join(dir, 'uv.toml');
  const text = await readOptional(file);
  if (text === undefined) return undefined;
  const required = parseToml(text, s.rel(file))['required-version'];
  return typeof required === 'string' ? required : undefined;
}

/**
 * `cache-dir` from the configuration uv reads when it runs here (core/setup/uv-config.ts): UV_NO_CONFIG
 * reads none, UV_CONFIG_FILE that file only, else uv's discovery from `startDir` (the workspace root
 * in a project, the working directory without one). A relative value is resolved from the working
 * directory, where uv resolves it when a workflow runs uv there.
 */
function readUvConfigCacheDir(s: SetupSession, startDir: string): SetupSession['uvConfigCacheDir'] {
  if (uvEnvFlag(s.env.UV_NO_CONFIG)) return undefined;
  let config: UvConfigFile | null;
  if (s.env.UV_CONFIG_FILE) {
    const file = path.resolve(s.workingDir, s.env.UV_CONFIG_FILE);
    const text = readProjectFile(file, { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: s.rel(file) });
    config = text === null ? null : { file: s.rel(file), settings: parseToml(text, s.rel(file)) };
  } else {
    const base = lexicallyInside(s.workspace, startDir) ? s.workspace : startDir;
    const start = path.relative(base, startDir).split(path.sep).join('/');
    config = discoverUvConfig(start, (rel) => readProjectFile(path.join(base, rel), { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: s.rel(path.join(base, rel)) }));
    if (config) config = { ...config, file: s.rel(path.join(base, config.file)) };
  }
  const value = configuredCacheDir(config);
  return value === undefined || !config ? undefined : { dir: path.resolve(s.workingDir, value), file: config.file };
}

/** Where uv looks for .python-version: the project's folder, then upwards to the workspace root. */
function pythonVersionDirs(s: SetupSession): string[] {
  return s.rootDir === s.projectDir ? [s.projectDir] : [s.projectDir, s.rootDir];
}

/**
 * Reads pyproject.toml (the member's, in a workspace), .python-version, and uv's settings from the
 * workspace root (uv ignores `[tool.uv]` settings such as required-version in members).
 */
export const readProject: SetupStep = (s) =>
  s.recorder.step('Read project', async () => {
    const file = path.join(s.projectDir, 'pyproject.toml');
    const text = await readOptional(file);
    if (text === undefined) {
      throw new LockstepError(`no pyproject.toml in ${s.rel(s.projectDir)}`, { hint: 'Set `working-directory` to the folder that holds the uv project.' });
    }
    s.pyproject = parsePyproject(text, s.rel(file));
    s.rootPyproject = s.pyproject;
    if (s.rootDir !== s.projectDir) {
      const rootFile = path.join(s.rootDir, 'pyproject.toml');
      s.rootPyproject = parsePyproject((await readOptional(rootFile)) ?? '', s.rel(rootFile));
    }
    s.uvTomlRequiredVersion = await uvTomlRequiredVersion(s, s.rootDir);
    s.uvConfigCacheDir = readUvConfigCacheDir(s, s.rootDir);
    await readVersionFileInput(s);
    for (const dir of pythonVersionDirs(s)) s.pythonVersionFile ??= await readOptional(path.join(dir, '.python-version'));
    const where = s.layout.kind === 'workspace-member' ? ` (workspace member; root ${s.rel(s.rootDir)})` : '';
    return `${s.rel(file)}${where}${s.pyproject.requiresPython ? `, requires-python ${s.pyproject.requiresPython}` : ''}`;
  });

/** Reads the `version-file` (relative to the working directory); a missing file is an error naming it. */
async function readVersionFileInput(s: SetupSession): Promise<void> {
  if (!s.inputs.versionFile) return;
  const file = path.resolve(s.workingDir, expandHome(s.inputs.versionFile, s.env));
  const shown = s.rel(file);
  const text = await readOptional(file, PROJECT_FILE_LIMITS.lock);
  if (text === undefined) {
    throw new LockstepError(`version-file ${shown} does not exist`, { hint: 'Point `version-file` at uv.toml, pyproject.toml, .tool-versions, uv.lock or a requirements file (relative to working-directory), or remove it.' });
  }
  const contents = readVersionFile(file, text);
  for (const line of contents.ignored) s.runner.warning(`${shown}: \`${line}\` names more than one version or a non-version (ref:, path:, system); only the first version is used`, { file: shown });
  if (!contents.uv) s.runner.warning(`version-file ${shown} names no uv version; using the default search (uv.toml, pyproject.toml)`, { file: shown });
  s.versionFile = { file: shown, uv: contents.uv, python: contents.python };
}

/** Without a project: only the working directory's .python-version and the `version-file`. */
export const readWorkingDirectory: SetupStep = (s) =>
  s.recorder.step('Read working directory', async () => {
    await readVersionFileInput(s);
    s.uvTomlRequiredVersion = await uvTomlRequiredVersion(s, s.workingDir);
    s.uvConfigCacheDir = readUvConfigCacheDir(s, s.workingDir);
    s.pythonVersionFile = await readOptional(path.join(s.workingDir, '.python-version'), PROJECT_FILE_LIMITS.small);
    const found = [s.versionFile ? `version-file ${s.versionFile.file}` : '', s.pythonVersionFile !== undefined ? '.python-version' : ''].filter(Boolean);
    return `no uv project in ${s.rel(s.workingDir)}${found.length ? `; read ${found.join(', ')}` : ''}`;
  });

/** Installs uv (tool cache, else a verified download), puts it on PATH and sets UV_CACHE_DIR. */
export const installUvStep: SetupStep = (s) =>
  s.recorder.step('Install uv', async () => {
    const { runner, env, inputs } = s;
    s.uvCacheDir = chooseUvCacheDir(env, inputs.cacheLocalPath, s.workingDir, s.uvConfigCacheDir?.dir);
    if (s.uvConfigCacheDir && !inputs.cacheLocalPath && !env.UV_CACHE_DIR) {
      s.log(`uv cache: ${s.rel(s.uvConfigCacheDir.dir)} (cache-dir in ${s.uvConfigCacheDir.file}), exported as UV_CACHE_DIR`);
    }
    const request = chooseUvVersionRequest({
      input: inputs.uvVersion,
      versionFile: s.versionFile?.uv ? { file: s.versionFile.file, version: s.versionFile.uv } : undefined,
      uvTomlRequiredVersion: s.uvTomlRequiredVersion,
      pyprojectRequiredVersion: s.rootPyproject?.tool.uv.requiredVersion ?? undefined,
    });
    s.log(`uv version: ${describeRequest(request)}`);
    const policy = retryPolicyFromEnv(env);
    const releasesApi = githubReleasesApi(inputs.githubUrl, env);
    const installed = await installUv(request, {
      source: parseUvSource(inputs.uvSource),
      // A named [[tool.uv.index]] at the same URL lends its UV_INDEX_<NAME>_USERNAME / _PASSWORD.
      index: new SimpleApiIndex(withIndexCredentials(inputs.indexUrl, indexNameFor(inputs.indexUrl, s.rootPyproject?.tool.uv.indexes ?? []), env), policy, (m) => s.log(m)),
      githubUrl: inputs.githubUrl,
      githubApiUrl: releasesApi.url,
      githubToken: releasesApi.sendToken ? inputs.githubToken : '',
      platform: s.deps.platform,
      policy,
      log: (m) => s.log(m),
      checksum: inputs.checksum,
    });
    s.installed = installed;
    runner.addPath(installed.dir);
    // One place sets uv's cache dir, so this step, later steps and the wheel store agree on it.
    if (s.uvCacheDir) runner.exportVariable('UV_CACHE_DIR', s.uvCacheDir);
    // setup-uv's tool-dir / tool-bin-dir: where `uv tool install` puts environments and executables.
    if (inputs.toolDir) runner.exportVariable('UV_TOOL_DIR', path.resolve(s.workingDir, expandHome(inputs.toolDir, env)));
    if (inputs.toolBinDir) {
      const bin = path.resolve(s.workingDir, expandHome(inputs.toolBinDir, env));
      runner.exportVariable('UV_TOOL_BIN_DIR', bin);
      runner.addPath(bin);
    }
    s.uv = new Uv(installed.binary, s.deps.runProcess);
    s.log(`${installed.binary} reports uv ${await s.uv.version()}`);
    const exe = (name: string) => path.join(installed.dir, s.deps.platform.os === 'win32' ? `${name}.exe` : name);
    runner.setOutput('uv-version', installed.version);
    runner.setOutput('uv-path', installed.binary);
    runner.setOutput('uvx-path', exe('uvx'));
    runner.saveState(SETUP_STATE.uvPath, installed.binary);
    runner.saveState(SETUP_STATE.uvVersion, installed.version);
    if (s.uvCacheDir) runner.saveState(SETUP_STATE.uvCacheDir, s.uvCacheDir);
    const from = installed.from === 'tool-cache' ? 'tool cache' : `downloaded from ${installed.from}`;
    return `uv ${installed.version} (${describeRequest(request)}), ${from}`;
  });

function dedupe<T extends { version: string; path: string }>(pythons: T[]): T[] {
  const seen = new Set<string>();
  return pythons.filter((p) => (seen.has(p.version) ? false : (seen.add(p.version), true)));
}

/**
 * Finds (or installs) the interpreter. A `python-version` input is exported as UV_PYTHON (setup-uv's
 * contract); `exportFound` also exports the interpreter found when nothing was requested (no project).
 */
/** The interpreter request, from the inputs and files in setup-uv's then uv's order. */
function pythonRequestOf(s: SetupSession, anyWhenUnset = false): PythonRequest {
  return choosePythonRequest({
    input: s.inputs.pythonVersion,
    uvPythonEnv: s.env.UV_PYTHON,
    toolVersions: s.versionFile?.python,
    pythonVersionFile: s.pythonVersionFile,
    requiresPython: s.pyproject?.requiresPython ?? undefined,
    anyWhenUnset,
  });
}

/**
 * `cache-python`: restores the managed interpreters for this request before the Python step looks for
 * one (setup-uv's input; off by default). The post step saves them.
 */
export const restorePythonCacheStep: SetupStep = async (s) => {
  if (!s.inputs.cachePython) return;
  const settings = readWheelStoreSettings(s.runner, s.env);
  if (!settings.enabled) {
    s.runner.setOutput('python-cache-hit', 'false');
    return;
  }
  await s.recorder.step('Restore Python cache', async () => {
    const located = pythonInstallDir(s.env);
    const dir = located?.dir ?? (await required(s.uv, 'uv').pythonDir(s.workingDir));
    if (located?.export) s.runner.exportVariable('UV_PYTHON_INSTALL_DIR', dir);
    const request = pythonRequestOf(s, s.layout.kind === 'none' || s.layout.kind === 'unmanaged').request;
    const write = decideCacheWrite(settings.write, readEventContext(s.env)).write;
    const { hit, detail } = await restorePythonCache({ runner: s.runner, settings, write, dir, request, env: s.env });
    return { detail: `${detail} (${s.rel(dir)})`, outcome: hit ? 'done' : 'skipped' };
  });
};

export function pythonStep(options: { exportFound?: boolean } = {}): SetupStep {
  return (s) => {
    // Before the first uv child process of this step: the cache library loads meanwhile.
    s.deps.wheelStore.prepare?.(s.runner);
    return s.recorder.step('Python', async () => {
      const { runner, inputs } = s;
      const uv = required(s.uv, 'uv');
      const request = pythonRequestOf(s, options.exportFound);
      s.log(`Python ${request.request} (from ${request.origin})`);
      const first = await uv.pythonFindWithVersion(request.request, s.projectDir);
      let found = first?.path;
      let how = 'found';
      if (!found) {
        s.log(`no installed Python matches ${request.request}; running uv python install ${request.request}`);
        const result = await uv.pythonInstall(request.request, s.projectDir);
        found = result.exitCode === 0 ? await uv.pythonFind(request.request, s.projectDir) : undefined;
        if (!found) {
          const found = dedupe(await uv.pythonListInstalled(s.projectDir));
          // Only propose what the project accepts: a version outside requires-python would fail next.
          const requiresPython = s.pyproject?.requiresPython ?? null;
          const available = requiresPython ? found.filter((p) => allowsPython(p.version, requiresPython)) : found;
          const reason = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ');
          const fromWhere = request.origin === 'input' ? 'the `python-version` input' : request.origin;
          throw new LockstepError(
            `Python ${request.request} (from ${fromWhere}) is not installed and uv could not install it${reason ? `: ${reason}` : ''}.\n` +
              `Interpreters found${requiresPython ? ` that requires-python (${requiresPython}) allows` : ''}: ${available.length ? available.map((p) => `${p.version} (${p.path})`).join(', ') : 'none'}.`,
            {
              file: request.origin === '.python-version' ? s.rel(path.join(s.projectDir, '.python-version')) : undefined,
              hint: available.length
                ? `Set the \`python-version\` input to one of the versions found (e.g. python-version: ${available[0]!.version}), or allow uv to download Python (UV_PYTHON_DOWNLOADS=automatic, network access).`
                : 'Set the `python-version` input to an installed version, or allow uv to download Python (UV_PYTHON_DOWNLOADS=automatic, network access).',
            },
          );
        }
        how = 'installed';
      }
      s.pythonPath = found;
      s.pythonVersion = first?.version ?? (await pythonVersionOf(found, s.deps.runProcess));
      // setup-uv's contract: a `python-version` input (or .tool-versions' python) is exported as
      // UV_PYTHON for later `uv` calls; an inherited UV_PYTHON is left as it is.
      const asked = request.origin === 'input' || request.origin === '.tool-versions' ? request.request : '';
      const exported = asked || (options.exportFound && request.origin !== 'UV_PYTHON' ? s.pythonVersion : '');
      if (exported) runner.exportVariable('UV_PYTHON', exported);
      runner.setOutput('python-version', s.pythonVersion);
      runner.setOutput('python-path', s.pythonPath);
      runner.saveState(SETUP_STATE.pythonVersion, s.pythonVersion);
      return `CPython ${s.pythonVersion} ${how} (${request.request} from ${request.origin})${exported ? `; UV_PYTHON=${exported}` : ''}`;
    });
  };
}

/** What changed between the workspace's pyproject.toml files and uv.lock, with positions. */
async function staleFindings(s: SetupSession): Promise<Finding[]> {
  try {
    const files = readProjectFiles(s.rootDir);
    const lockRel = s.rel(path.join(s.rootDir, 'uv.lock'));
    const lock = parseLock((await readOptional(path.join(s.rootDir, 'uv.lock'), PROJECT_FILE_LIMITS.lock)) ?? '', lockRel);
    const projects = [...(files.pyproject !== null ? [['pyproject.toml', files.pyproject] as const] : []), ...Object.entries(files.members)];
    return projects.flatMap(([file, text]) => {
      const pyproject = parsePyproject(text, s.rel(path.join(s.rootDir, file)));
      // A virtual workspace root has no entry of its own in the lock; its members do.
      if (!pyproject.name) return [];
      return staleLockFindings(pyproject, lock, { pyproject: pyproject.file, lock: lockRel }).filter((f) => f.file);
    });
  } catch {
    return [];
  }
}

/**
 * `uv lock --check`, run where the job runs uv (uv finds the workspace's lock itself). A stale lock
 * is annotated on the lines that changed, in the root's and the members' pyproject.toml files.
 */
export const checkLock: SetupStep = (s) =>
  s.recorder.step('Check uv.lock', async () => {
    const { runner, inputs } = s;
    const uv = required(s.uv, 'uv');
    const lockFile = path.join(s.rootDir, 'uv.lock');
    const pyprojectRel = s.rel(path.join(s.projectDir, 'pyproject.toml'));
    if (!existsSync(lockFile)) {
      s.lockStatus = 'missing';
      runner.setOutput('lock-status', s.lockStatus);
      if (inputs.locked) {
        throw new LockstepError(`uv.lock is missing${s.rootDir !== s.projectDir ? ` at the workspace root ${s.rel(s.rootDir)}` : ''}, so the environment cannot be reproduced`, {
          file: pyprojectRel,
          hint: 'Run `uv lock` and commit uv.lock, or set `locked: false` to let this step create it (not reproducible).',
        });
      }
      runner.warning('uv.lock is missing; `locked: false`, so `uv sync` will resolve and create it (this run is not reproducible: commit a uv.lock).', { file: pyprojectRel });
      s.syncLocked = false;
      return { detail: 'missing: uv sync will create it (locked: false)', outcome: 'done' };
    }
    const check = await (s.pendingLockCheck ?? uv.lockCheck(s.projectDir, required(s.pythonPath, 'the interpreter')));
    const lockRel = s.rel(lockFile);
    if (check.status === 'up-to-date') {
      s.lockStatus = 'up-to-date';
      runner.setOutput('lock-status', s.lockStatus);
      s.log(`uv lock ${await uv.lockCheckFlagSpelling()}: ${lockRel} matches the project`);
      return 'up to date';
    }
    s.lockStatus = 'stale';
    runner.setOutput('lock-status', s.lockStatus);
    // uv says whether the lock is stale; the lock model says which requirement changed, and where.
    const findings = await staleFindings(s);
    const fix = `Run \`uv lock\` in ${s.rel(s.rootDir)} and commit the updated uv.lock.`;
    const annotate = inputs.locked ? runner.error.bind(runner) : runner.warning.bind(runner);
    annotate(`uv.lock is out of date with pyproject.toml${check.message ? `: ${check.message}` : ''}\n${fix}`, { file: lockRel, line: 1, title: 'uv.lock is stale' });
    for (const finding of findings) annotate(finding.message, { file: finding.file, line: finding.line, column: finding.column, title: 'uv.lock is stale' });
    if (inputs.locked) throw new AlreadyReported('stale: run `uv lock` and commit uv.lock');
    s.syncLocked = false;
    return { detail: 'stale: uv sync will update it (locked: false)', outcome: 'done' };
  });

/**
 * The lock matrix check (`targets`), on the workspace's lock. Before the wheel store and uv sync: a
 * broken target is news worth seconds, not minutes. When `fail-on` fails the step, the sync is
 * skipped too: the step fails either way, so a .venv would only cost time.
 */
export const lockMatrix: SetupStep = async (s) => {
  const { runner, inputs } = s;
  const targets = inputs.targets;
  if (targets.kind === 'off') return;
  await s.recorder.step('Check lock matrix', async () => {
    if (s.lockStatus !== 'up-to-date') {
      runner.warning(`targets: the lock matrix check is skipped because uv.lock is ${s.lockStatus}; it judges a committed, up-to-date lock.`, {
        file: s.rel(path.join(s.lockStatus === 'missing' ? s.projectDir : s.rootDir, s.lockStatus === 'missing' ? 'pyproject.toml' : 'uv.lock')),
      });
      return { detail: `skipped: uv.lock is ${s.lockStatus}`, outcome: 'skipped' };
    }
    const outcome = checkLockMatrix(runner, {
      projectDir: s.rootDir,
      targets,
      failOn: inputs.failOn,
      driver: inputs.driver,
      extras: inputs.extras,
      allExtras: inputs.allExtras,
      groups: inputs.groups,
      noDefaultGroups: inputs.noDefaultGroups,
      // The interpreter this step installs with, on this runner: a declared target, always checked.
      thisRun: s.pythonVersion ? { python: s.pythonVersion.split('.').slice(0, 2).join('.'), platform: checkPlatformName(s.deps.platform) } : null,
      rel: (file) => s.rel(path.join(s.rootDir, file)),
      runnerTemp: s.env.RUNNER_TEMP ?? '',
    });
    s.recorder.sections.push(outcome.summary);
    runner.setOutput('check-result', outcome.result);
    runner.setOutput('report-path', outcome.jsonPath);
    if (outcome.fails) throw new AlreadyReported(outcome.detail);
    return outcome.detail;
  });
};

/** The environment uv syncs into: UV_PROJECT_ENVIRONMENT (relative to the workspace root), else `.venv` there. */
export function projectVenv(s: SetupSession): string {
  return path.resolve(s.rootDir, s.env.UV_PROJECT_ENVIRONMENT || '.venv');
}

/** Restores the wheel store (uv's cache) before anything downloads. */
/**
 * Starts `uv lock --check` without waiting for it (no summary row: Check uv.lock reports it). It needs
 * only the interpreter, so it runs beside the wheel-store restore; with its own throw-away cache, as
 * uv must not write into UV_CACHE_DIR while tar extracts the store there.
 */
export const startLockCheck: SetupStep = async (s) => {
  if (!existsSync(path.join(s.rootDir, 'uv.lock'))) return;
  const check = required(s.uv, 'uv').lockCheck(s.projectDir, required(s.pythonPath, 'the interpreter'), { ownCache: s.deps.wheelStore !== noWheelStore });
  check.catch(() => undefined); // a failure is reported by the Check uv.lock step
  s.pendingLockCheck = check;
};

/**
 * The wheel store before the lock check, so the restore (network, tar) and `uv lock --check` (uv)
 * overlap. With `targets`, it waits for the matrix check instead (`restoreWheelStore` after it): a
 * broken target fails the step before any download.
 */
export const restoreWheelStoreEarly: SetupStep = async (s) => {
  if (s.inputs.targets.kind === 'off') await restoreWheelStore(s);
};

export const restoreWheelStore: SetupStep = async (s) => {
  if (s.deps.wheelStore === noWheelStore || s.storeRestored) return;
  s.storeRestored = true;
  const installed = required(s.installed, 'uv');
  await s.recorder.step('Restore wheel store', async () => {
    const restored = (s.restored = await s.deps.wheelStore.restore({
      runner: s.runner,
      uvCacheDir: s.uvCacheDir ?? path.join(os.homedir(), '.cache', 'uv'),
      projectDir: s.rootDir,
      workingDir: s.workingDir,
      lockFile: path.join(s.rootDir, 'uv.lock'),
      uvVersion: installed.version,
      uvPath: installed.binary,
      pythonVersion: required(s.pythonVersion, 'the interpreter'),
      pythonPath: required(s.pythonPath, 'the interpreter'),
      venvPath: projectVenv(s),
      groups: s.inputs.groups,
      extras: s.inputs.extras,
      allExtras: s.inputs.allExtras,
    }));
    return restored?.detail ?? 'nothing restored';
  });
};

/** Puts a venv first on PATH and sets VIRTUAL_ENV for later steps, when `activate-environment` says so. */
export function activate(s: SetupSession, venvPath: string): void {
  s.venvPath = venvPath;
  s.runner.setOutput('venv', venvPath);
  s.runner.saveState(SETUP_STATE.venvPath, venvPath);
  if (!s.activate) return;
  s.runner.addPath(path.join(venvPath, s.deps.platform.os === 'win32' ? 'Scripts' : 'bin'));
  s.runner.exportVariable('VIRTUAL_ENV', venvPath);
}

/** `uv sync` where uv would run it: in the working project (a member syncs itself into the root's .venv). */
export const syncVenv: SetupStep = (s) =>
  s.recorder.step('Sync .venv', async () => {
    const { inputs } = s;
    const venvPath = projectVenv(s);
    const sync = required(s.uv, 'uv').sync({
      projectDir: s.projectDir,
      python: required(s.pythonPath, 'the interpreter'),
      locked: s.syncLocked,
      groups: inputs.groups,
      noDefaultGroups: inputs.noDefaultGroups,
      extras: inputs.extras,
      allExtras: inputs.allExtras,
    });
    // The wheel store's own work (e.g. fingerprinting the restored store) overlaps the sync.
    await Promise.all([sync, s.restored?.whileSyncing?.()]);
    s.runner.saveState(SETUP_STATE.projectDir, s.projectDir);
    s.runner.saveState(SETUP_STATE.lockStatus, s.lockStatus);
    activate(s, venvPath);
    const selection = [
      inputs.noDefaultGroups ? 'no default groups' : '',
      inputs.groups.length ? `groups ${inputs.groups.join(', ')}` : '',
      inputs.allExtras ? 'all extras' : inputs.extras.length ? `extras ${inputs.extras.join(', ')}` : '',
    ].filter(Boolean);
    const from = s.projectDir !== s.rootDir ? ` from ${s.rel(s.projectDir)}` : '';
    return `${s.syncLocked ? 'uv sync --locked' : 'uv sync'}${from} into ${s.rel(venvPath)}${selection.length ? ` (${selection.join('; ')})` : ''}${s.activate ? ', activated' : ''}`;
  });

/**
 * Exports a dotenv file to later steps (expanded like `source .env` against the step's environment
 * plus `expandFrom`), masking secrets and refusing protected names. Shared by every mode.
 */
export async function exportEnvFile(options: {
  runner: Runner;
  env: NodeJS.ProcessEnv;
  /** The folder `env-file` is relative to (the working directory). */
  dir: string;
  inputs: Pick<SetupInputs, 'envFile' | 'envFileAllowIndex'>;
  expandFrom: Record<string, string>;
  rel: (absolute: string) => string;
}): Promise<string | { detail: string; outcome: StepRow['outcome'] }> {
  const { runner, env, inputs } = options;
  const envPath = path.resolve(options.dir, inputs.envFile);
  const shown = options.rel(envPath);
  // A `.env` symlinked (or an env-file input pointing) outside the workspace would load a file the
  // repository does not hold (another secret store, /proc/self/environ) into every later step.
  const workspace = workspaceRoot(env);
  if (lexicallyInside(workspace, envPath) === null || !realPathInside(workspace, envPath)) {
    runner.warning(`${shown} is not loaded: it leads outside the workspace (a symlink or a path with ..); keep the .env file in the repository.`, { title: 'env-file outside the workspace' });
    return { detail: `${shown} leads outside the workspace, not loaded`, outcome: 'skipped' };
  }
  const text = await readOptional(envPath, PROJECT_FILE_LIMITS.small);
  if (text === undefined) {
    // Skipping a missing .env is documented behaviour: a log line. Only a file the workflow named on
    // purpose (not the default `.env`, which the runner passes as the input's value) is worth a warning.
    const named = runner.input('env-file');
    if (named && named !== '.env') runner.warning(`env-file ${shown} does not exist; nothing loaded`);
    else runner.info(`${shown} not found: nothing to load`);
    return { detail: `${shown} not found, skipped`, outcome: 'skipped' };
  }
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
    runner.warning(`${shown} line ${variable.line}: ${variable.name} is not exported: ${why}`, { file: shown, line: variable.line, title: 'protected variable in .env' });
  }
  const exported = contents.variables.filter((v) => !isProtectedVariable(v.name, protection));
  for (const variable of exported) {
    const masks = secretsToMask(variable.name, variable.value);
    for (const mask of masks) runner.setSecret(mask);
    if (masks.length > 0) masked++;
    runner.exportVariable(variable.name, variable.value);
  }
  // Names only: values may be secrets.
  runner.info(`exported ${exported.length} variables from ${shown}: ${exported.map((v) => v.name).join(', ')}`);
  const notes = [masked ? `${masked} masked` : '', blocked.length ? `${blocked.length} protected name(s) not exported` : '', contents.problems.length ? `${contents.problems.length} malformed line(s) skipped` : '']
    .filter(Boolean)
    .join(', ');
  return `${exported.length} variables from ${shown}${notes ? ` (${notes})` : ''}`;
}

/** Exports the dotenv file (relative to `working-directory`); $VIRTUAL_ENV expands to the activated venv. */
export const loadEnvFile: SetupStep = (s) =>
  s.recorder.step('Load .env', () =>
    exportEnvFile({
      runner: s.runner,
      env: s.env,
      dir: s.workingDir,
      inputs: s.inputs,
      expandFrom: s.activate && s.venvPath ? { VIRTUAL_ENV: s.venvPath } : {},
      rel: s.rel,
    }),
  );
