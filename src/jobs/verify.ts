/**
 * The `verify` job (run in each matrix job after setup): proves the venv is the environment the lock
 * promises for this target, writes `lockstep-verify-<target>.json` and uploads it as an artifact for the
 * `verify-report` job. `collectVerifyResult` is the same flow for `lockstep verify`.
 */
import { parseFailOn } from '../core/matrix/gate.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionsArtifactStore, type ArtifactStore } from '../adapters/artifact.js';
import { redact } from '../adapters/outgoing.js';
import { queryGpus } from '../adapters/nvidia-smi.js';
import { runProcess, type RunProcess } from '../adapters/process.js';
import { actionsRunner, type Runner } from '../adapters/runner.js';
import { readVenv } from '../adapters/venv.js';
import { readProjectFiles } from '../adapters/project-files.js';
import { LockstepError } from '../core/errors.js';
import { minimumDriver } from '../core/matrix/cuda.js';
import { checkProject } from '../core/matrix/engine.js';
import type { CheckReport, Target } from '../core/matrix/types.js';
import {
  detectPlatform,
  hasFailure,
  lockSelection,
  parseAllowance,
  pythonMinor,
  renderMatrixMarkdown,
  verifyArtifactName,
  verifyEnvironment,
  type SourceBuildAllowance,
  type VerifyResult,
} from '../core/verify/index.js';
import { failStep } from './fail-step.js';
import { resolveInsideWorkspace } from '../adapters/workspace-paths.js';

export interface VerifyOptions {
  projectDir: string;
  /** The venv to read; default: UV_PROJECT_ENVIRONMENT, else `<projectDir>/.venv` (where uv sync puts it). */
  venv?: string | null;
  /** Claimed CPython minor; default: the venv interpreter's. */
  python?: string | null;
  /** Claimed uv platform name; default: the one this interpreter is (see detectPlatform). */
  platform?: string | null;
  cuda?: string | null;
  extras?: string[];
  allExtras?: boolean;
  groups?: string[];
  noDefaultGroups?: boolean;
  allowance?: SourceBuildAllowance;
}

export interface VerifyEffects {
  run: RunProcess;
  env: NodeJS.ProcessEnv;
}

export interface CollectedVerify {
  result: VerifyResult;
  target: Target;
  report: CheckReport;
  venv: string;
}

export function defaultVenv(projectDir: string, env: NodeJS.ProcessEnv): string {
  const fromUv = env.UV_PROJECT_ENVIRONMENT;
  return fromUv ? path.resolve(projectDir, fromUv) : path.join(projectDir, '.venv');
}

/** Reads the venv and the lock, runs every check, and returns the schema-1 result. */
export async function collectVerifyResult(options: VerifyOptions, effects: VerifyEffects): Promise<CollectedVerify> {
  const projectDir = path.resolve(options.projectDir);
  const venv = path.resolve(projectDir, options.venv || defaultVenv(projectDir, effects.env));
  const contents = await readVenv(venv, effects.run);
  const python = options.python || pythonMinor(contents.interpreter.version);
  const platform = options.platform || detectPlatform(contents.interpreter);
  if (!platform) {
    throw new LockstepError(`Cannot tell which uv platform ${contents.interpreter.sysconfigPlatform} is`, {
      hint: 'Name the target platform explicitly (input `platform` / --platform), e.g. x86_64-manylinux_2_28.',
    });
  }
  const files = readProjectFiles(projectDir);
  if (files.lock === null) {
    throw new LockstepError('uv.lock not found: there is no lock to verify the environment against', {
      file: path.join(projectDir, 'uv.lock'),
      hint: 'Run `uv lock` and commit uv.lock (the setup job builds the venv from it).',
    });
  }
  const report = checkProject(files, {
    pythons: [python],
    platforms: [platform],
    cuda: options.cuda ?? null,
    extras: options.extras ?? [],
    allExtras: options.allExtras ?? false,
    groups: options.groups ?? [],
    noDefaultGroups: options.noDefaultGroups ?? false,
  });
  const parseError = report.findings.find((f) => f.code === 'parse-error');
  if (parseError) {
    throw new LockstepError(parseError.message, { file: parseError.file, line: parseError.line, column: parseError.column });
  }
  const target: Target = report.targets[0] ?? { id: `cp${python.replace('.', '')}-${platform}`, python, platform, cuda: options.cuda ?? null };
  const selection = lockSelection(report, target.id);
  const gpu = await queryGpus(effects.env, effects.run);
  const result = verifyEnvironment({
    target,
    interpreter: contents.interpreter,
    installed: contents.installed,
    selection,
    allowance: options.allowance ?? { all: false, names: new Set() },
    gpu,
    minimumDriver,
  });
  return { result, target, report, venv };
}

/** Writes the result as `<dir>/lockstep-verify-<target>.json`; returns the path. */
export function writeVerifyResult(result: VerifyResult, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${verifyArtifactName(result.target)}.json`);
  // An artifact leaves the process like a log line does: redacted.
  writeFileSync(file, redact(`${JSON.stringify(result, null, 2)}\n`));
  return file;
}

export interface VerifyJobDependencies {
  runner: Runner;
  run: RunProcess;
  env: NodeJS.ProcessEnv;
  /** Built on first use, so a run that uploads nothing never loads the artifact client. */
  artifacts: () => ArtifactStore;
}

function list(value: string): string[] {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}

export async function run(overrides: Partial<VerifyJobDependencies> = {}): Promise<void> {
  const deps: VerifyJobDependencies = {
    runner: overrides.runner ?? actionsRunner(),
    run: overrides.run ?? runProcess,
    env: overrides.env ?? process.env,
    artifacts: overrides.artifacts ?? (() => actionsArtifactStore()),
  };
  const { runner, env } = deps;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  // Errors name files from the workspace until the working directory is known to be inside it.
  let projectDir = path.resolve(workspace);
  try {
    projectDir = resolveInsideWorkspace(workspace, runner.input('working-directory') || '.', 'working-directory');
    const failOn = parseFailOn(runner.input('fail-on'), ['error', 'never']);
    const collected = await runner.group('Verify the environment against uv.lock', () =>
      collectVerifyResult(
        {
          projectDir,
          venv: runner.input('venv-path') || null,
          python: runner.input('python-version') || null,
          platform: runner.input('platform') || null,
          cuda: runner.input('cuda') || null,
          extras: list(runner.input('extras')),
          allExtras: runner.booleanInput('all-extras', false),
          groups: list(runner.input('groups')),
          noDefaultGroups: runner.booleanInput('no-default-groups', false),
          allowance: parseAllowance([runner.input('allow-source-builds')]),
        },
        { run: deps.run, env },
      ),
    );
    const { result } = collected;
    for (const check of result.checks) runner.info(`${check.status.toUpperCase().padEnd(4)} ${check.name}: ${check.details}`);
    annotate(runner, collected, projectDir, workspace);

    const outputDir = path.resolve(workspace, runner.input('output-dir') || path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'lockstep-verify'));
    const file = writeVerifyResult(result, outputDir);
    const artifactName = verifyArtifactName(result.target);
    runner.setOutput('target', result.target);
    runner.setOutput('result', hasFailure(result) ? 'fail' : 'pass');
    runner.setOutput('report-path', file);
    runner.setOutput('artifact-name', artifactName);
    await runner.appendSummary(renderMatrixMarkdown([result]));

    if (runner.booleanInput('upload', true)) {
      if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        runner.warning('The Actions artifact service is not available here (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL): the result was not uploaded, so verify-report will not see this target.');
      } else {
        const uploaded = await runner.group(`Upload ${artifactName}`, () => deps.artifacts().upload(artifactName, file, { overwrite: runner.booleanInput('overwrite', true) }));
        runner.info(`Uploaded artifact ${artifactName}${uploaded.id !== null ? ` (id ${uploaded.id})` : ''}`);
      }
    }
    if (hasFailure(result) && failOn === 'error') {
      const failed = result.checks.filter((c) => c.status === 'fail').map((c) => c.name);
      runner.setFailed(`The environment differs from the lock for ${result.target}: ${failed.join(', ')} failed.`);
    }
  } catch (error) {
    failStep(runner, error, 'verify', { workspace, projectDir });
  }
}

/** Failing checks as error annotations; each mismatched package on its `[[package]]` line in uv.lock. */
function annotate(runner: Runner, collected: CollectedVerify, projectDir: string, workspace: string): void {
  const { result, report } = collected;
  const lockFile = path.relative(workspace, path.join(projectDir, 'uv.lock')) || 'uv.lock';
  const lines = new Map(report.packages.map((p) => [p.name, p.line]));
  for (const check of result.checks) {
    if (check.status === 'fail' && check.name !== 'packages') runner.error(check.details, { title: `lockstep verify: ${check.name}` });
    if (check.status === 'skip' && check.name === 'cuda-driver') runner.notice(check.details, { title: 'lockstep verify: CUDA checks skipped' });
  }
  for (const m of result.mismatches) {
    const message =
      m.installed === null ? `${m.name} ${m.locked} is locked but not installed` : m.locked === null ? `${m.name} ${m.installed} is installed but not in the lock` : `${m.name} ${m.installed} is installed, the lock has ${m.locked}`;
    const line = lines.get(m.name);
    runner.error(`${message} (target ${result.target}).`, { file: m.locked !== null ? lockFile : undefined, line: m.locked !== null ? line : undefined, title: 'lockstep verify: packages' });
  }
}
