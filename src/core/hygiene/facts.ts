/**
 * What `lockstep check` needs to know about a project beyond pyproject.toml and uv.lock, as plain data.
 * src/adapters/project-facts.ts gathers it with fs and git; the rules in ./findings.ts only read it, so
 * they stay pure and are tested without a file system.
 */

/** The legacy metadata files the essay tells people to fold into pyproject.toml. */
export type LegacyMetadataFile = 'requirements.txt' | 'setup.py' | 'setup.cfg';

export interface LegacyFileFact {
  file: LegacyMetadataFile;
  /**
   * setup.cfg only: its `[metadata]` / `[options...]` section headers with 1-based lines. A setup.cfg
   * without them holds only tool settings (flake8, isort, ...) and is not legacy metadata.
   */
  metadataSections?: { name: string; line: number }[];
}

/** A `.gitignore`-style rule that matches uv.lock, from `git check-ignore -v`. */
export interface IgnoreRuleFact {
  /** The rule's file relative to the project directory (`.gitignore`, `../.gitignore`); null outside the repository (global excludes). */
  file: string | null;
  /** The file as git names it (repository-relative, or absolute for a global excludes file). */
  source: string;
  line: number;
  pattern: string;
}

export interface LockGitFact {
  /** `git ls-files --error-unmatch uv.lock` succeeds. */
  tracked: boolean;
  /** The rule that ignores uv.lock (checked without the index, so a tracked-but-ignored lock shows too), or null. */
  ignoredBy: IgnoreRuleFact | null;
}

/** Where the project environment would go, and from which setting. */
export interface ProjectEnvironmentFact {
  /**
   * `environment`: UV_PROJECT_ENVIRONMENT in the process environment. `env-file`: set in the project's
   * .env, which lockstep's setup exports to later steps. `default`: no setting, uv's `.venv`.
   */
  source: 'environment' | 'env-file' | 'default';
  /** The value as written (`.venv` for the default). */
  value: string;
  /** For `env-file`: the file relative to the project directory, and the line of the assignment. */
  file?: string;
  line?: number;
  /** Absolute path uv would use (relative values resolve against the project directory, as uv does). */
  resolved: string;
  /** When the path exists and is (or runs through) a symlink: where it really is. */
  realPath?: string;
  /** True when `resolved`, or `realPath`, lies outside the project directory. */
  outside: boolean;
}

export interface ProjectFacts {
  /** pyproject.toml exists (legacy metadata is only a finding beside one). */
  hasPyproject: boolean;
  /** `[project] requires-python`, for the suggested `uv python pin` version; null when absent or unreadable. */
  requiresPython: string | null;
  legacyFiles: LegacyFileFact[];
  /** `.python-version` (or `.python-versions`) in the project directory and its first request; null when neither exists. */
  pythonVersionFile: { file: string; request: string | null } | null;
  lockExists: boolean;
  /** null when the project is not in a git work tree or git cannot run: lock-untracked is then not reported. */
  lockGit: LockGitFact | null;
  /** Why lockGit is null (shown nowhere as a finding; callers may log it). */
  gitUnavailable?: string;
  /** Every setting that places the project environment, highest precedence first. */
  projectEnvironment: ProjectEnvironmentFact[];
}
