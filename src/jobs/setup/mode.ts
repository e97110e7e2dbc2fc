/**
 * The seam between "what the working directory holds" and "what setup does about it". Each mode is
 * one small module in modes/: it says whether it applies (`applies`), then what it will do (`plan`:
 * the steps, in order). index.ts chooses the mode ONCE, runs its steps and writes the report; no
 * step asks which mode it is in. A new kind of project (pixi, issue 17) is a new module added to
 * SETUP_MODES, not an `if` in the existing ones. See README.md next to this file.
 */
import type { ProjectLayout } from '../../core/lock/workspace.js';
import type { SetupStep } from './steps.js';

/** What setup knows about the working directory before choosing (cheap: existence checks only). */
export interface WorkingDirectoryFacts {
  /** The working directory, absolute. */
  dir: string;
  /** uv's view of the project and workspace (core/lock/workspace.ts). */
  layout: ProjectLayout;
  /** Whether a file exists, relative to the working directory (`pixi.toml`, `uv.lock`, ...). */
  has(relativePath: string): boolean;
  /** Whether uv.lock exists at the workspace root. */
  hasLock: boolean;
}

export interface SetupMode {
  /** Short name for the log and the summary (`uv project`, `workspace member`, ...). */
  readonly name: string;
  /** True when this mode handles the working directory; modes are asked in SETUP_MODES order. */
  applies(facts: WorkingDirectoryFacts): boolean;
  /** Why it was chosen, for the log and the job summary: one line. */
  describe(facts: WorkingDirectoryFacts): string;
  /**
   * Whether the environment is activated when the workflow leaves `activate-environment` unset: true
   * where setup builds the project's environment (its job), false without a project (setup-uv's
   * default: a workflow written for setup-uv gets no .venv it did not ask for).
   */
  readonly activatesByDefault: boolean;
  /** The steps, in order. */
  plan(): readonly SetupStep[];
  /** Said once as a notice when the mode runs (e.g. "no project: only uv and Python"); optional. */
  notice?(facts: WorkingDirectoryFacts): string | undefined;
}
