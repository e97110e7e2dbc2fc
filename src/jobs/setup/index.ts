/**
 * The setup job: plan → run steps → report. It looks at the working directory once, picks the mode
 * that handles it (modes/, in SETUP_MODES order), runs that mode's steps (each a log group and a row
 * of the job summary) and writes the summary, whatever happened.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { LockstepError } from '../../core/errors.js';
import { renderSetupSummary } from '../../core/setup/summary.js';
import { runProcess as defaultRunProcess } from '../../adapters/process.js';
import { locateUvProject } from '../../adapters/project-files.js';
import { actionsRunner, type Runner } from '../../adapters/runner.js';
import { noWheelStore } from '../../adapters/wheel-store.js';
import { registerPythonProblemMatchers } from '../../adapters/problem-matchers.js';
import { resolveInsideWorkspace } from '../../adapters/workspace-paths.js';
import { readSetupInputs } from './inputs.js';
import { mirrorCacheState } from '../cache-state.js';
import type { SetupMode, WorkingDirectoryFacts } from './mode.js';
import { noProjectMode } from './modes/no-project.js';
import { pixiProjectMode } from './modes/pixi-project.js';
import { unlockedProjectMode } from './modes/unlocked-project.js';
import { uvProjectMode } from './modes/uv-project.js';
import { workspaceMemberMode } from './modes/workspace-member.js';
import { currentPlatform } from '../../adapters/runner-platform.js';
import { AlreadyReported, relativeToWorkspace, StepRecorder, workspaceRoot, type SetupDependencies, type SetupSession } from './session.js';

export { type SetupDependencies } from './session.js';
export { readSetupInputs, splitList, type SetupInputs } from './inputs.js';

/** Asked in this order; the first that applies runs. A new project kind adds its module here. */
export const SETUP_MODES: readonly SetupMode[] = [pixiProjectMode, noProjectMode, workspaceMemberMode, uvProjectMode, unlockedProjectMode];

export async function run(overrides: Partial<SetupDependencies> = {}): Promise<void> {
  // Cache state also goes to the job's env, for the save-cache sub-action (saving after a failed job).
  const runner = mirrorCacheState(overrides.runner ?? actionsRunner());
  const env = overrides.env ?? process.env;
  const recorder = new StepRecorder(runner);
  let modeLine = '';
  try {
    // Inside the try: an unsupported platform is reported like any other setup error.
    const deps: SetupDependencies = {
      runner,
      runProcess: overrides.runProcess ?? defaultRunProcess,
      wheelStore: overrides.wheelStore ?? noWheelStore,
      platform: overrides.platform ?? currentPlatform(),
      env,
    };
    const session = openSession(deps, recorder);
    const facts = workingDirectoryFacts(session);
    const mode = chooseSetupMode(facts);
    session.activate = session.inputs.activateEnvironment ?? mode.activatesByDefault;
    modeLine = `**Mode**: ${mode.name}: ${mode.describe(facts)}`;
    runner.info(`lockstep setup: ${mode.name} (${mode.describe(facts)})`);
    const notice = mode.notice?.(facts);
    if (notice) runner.notice(notice, { title: 'lockstep setup' });
    for (const step of mode.plan()) await step(session);
    // Last, as setup-uv does: tracebacks of later steps become annotations on their file and line.
    if (session.inputs.addProblemMatchers) runner.debug(`problem matchers for Python tracebacks: ${registerPythonProblemMatchers(runner, env)}`);
  } catch (error) {
    reportFailure(runner, error, workspaceRoot(env));
  } finally {
    const summary = [renderSetupSummary(recorder.rows), ...(modeLine ? [modeLine, ''] : []), ...recorder.sections].join('\n');
    await runner.appendSummary(summary).catch((error: unknown) => {
      runner.warning(`could not write the job summary: ${String(error)}`);
    });
  }
}

export function chooseSetupMode(facts: WorkingDirectoryFacts): SetupMode {
  const mode = SETUP_MODES.find((m) => m.applies(facts));
  // Every layout kind has a mode; reaching this is a bug in SETUP_MODES, not in the user's project.
  if (!mode) throw new Error(`no setup mode handles a ${facts.layout.kind} layout`);
  return mode;
}

function openSession(deps: SetupDependencies, recorder: StepRecorder): SetupSession {
  const { runner, env } = deps;
  const inputs = readSetupInputs(runner);
  if (inputs.githubToken) runner.setSecret(inputs.githubToken);
  const workspace = workspaceRoot(env);
  const workingDir = resolveInsideWorkspace(workspace, inputs.workingDirectory, 'working-directory');
  if (!existsSync(workingDir) || !statSync(workingDir).isDirectory()) {
    throw new LockstepError(`working-directory ${inputs.workingDirectory} does not exist`, { hint: 'Set `working-directory` to the folder that holds pyproject.toml.' });
  }
  // uv walks up from the working directory, but never out of the checkout.
  const { layout, projectDir, rootDir } = locateUvProject(workingDir, workspace);
  const rel = (absolute: string) => relativeToWorkspace(workspace, absolute);
  return {
    deps,
    runner,
    env,
    inputs,
    recorder,
    workspace,
    workingDir,
    layout,
    projectDir,
    rootDir,
    rel,
    log: (message) => runner.info(message),
    lockStatus: 'missing',
    syncLocked: inputs.locked,
    activate: inputs.activateEnvironment ?? true,
  };
}

function workingDirectoryFacts(s: SetupSession): WorkingDirectoryFacts {
  return {
    dir: s.workingDir,
    layout: s.layout,
    has: (relativePath) => existsSync(path.join(s.workingDir, relativePath)),
    hasLock: existsSync(path.join(s.rootDir, 'uv.lock')),
  };
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
