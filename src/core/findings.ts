/** Stable finding codes: other tools match on them, so never rename one (add new ones instead). */
export type FindingCode =
  | 'sdist-build'
  | 'no-distribution'
  | 'target-unsupported'
  | 'cuda-mismatch'
  | 'driver-floor'
  | 'lock-stale'
  | 'unpinned-dependency'
  | 'parse-error'
  | 'legacy-metadata'
  | 'no-python-version'
  | 'lock-untracked'
  | 'venv-outside-project'
  /** `check --online`: a locked file the index no longer serves, or serves with another hash. */
  | 'artifact-missing'
  /** `check --online`: a locked release yanked on its index (PEP 592). */
  | 'artifact-yanked'
  /** `check --online`: a host that could not be asked; its files are neither served nor missing. */
  | 'artifact-unchecked';

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  package?: string;
  version?: string;
  /** Target id (see matrix/targets), absent for findings that hold on every target. */
  target?: string;
  message: string;
  /** The lock the finding is about (`uv.lock`, `pixi.lock`), set when a project has both. */
  lock?: string;
  /** Path relative to the project directory (`uv.lock`, `pyproject.toml`). */
  file?: string;
  line?: number;
  column?: number;
  /**
   * For per-target problems: `declared` when it holds on at least one declared target, `implied` when
   * only on targets the project never named (then it is at most a warning). See matrix/provenance.
   */
  provenance?: 'declared' | 'implied';
  /** Set when provenance lowered the severity (an error only on implied targets); not part of the JSON. */
  downgradedFrom?: Severity;
  /** Further places the same finding points at (e.g. each unpinned requirement of one manifest section). */
  related?: { package?: string; message: string; line?: number; column?: number }[];
}
