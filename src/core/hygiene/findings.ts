/**
 * Project-hygiene rules from the essay users follow (issue 8): dependencies only in pyproject.toml, a
 * pinned interpreter, a committed uv.lock, the environment inside the project. Each finding's message
 * ends with the one-line fix.
 */
import type { Finding, FindingCode, Severity } from '../findings.js';
import { lowestAllowedPython } from '../setup/python-version.js';
import type { IgnoreRuleFact, LegacyFileFact, LockGitFact, ProjectEnvironmentFact, ProjectFacts } from './facts.js';

/** The codes these rules emit, with their default severity. */
export const HYGIENE_SEVERITY = {
  'legacy-metadata': 'notice',
  'no-python-version': 'notice',
  'lock-untracked': 'warning',
  'venv-outside-project': 'notice',
} as const satisfies Partial<Record<FindingCode, Severity>>;

export type HygieneCode = keyof typeof HYGIENE_SEVERITY;

function finding(code: HygieneCode, message: string, where: { file?: string; line?: number } = {}): Finding {
  const f: Finding = { code, severity: HYGIENE_SEVERITY[code], message };
  if (where.file !== undefined) f.file = where.file;
  if (where.line !== undefined) f.line = where.line;
  return f;
}

function legacyFinding(fact: LegacyFileFact): Finding | null {
  switch (fact.file) {
    case 'requirements.txt':
      return finding(
        'legacy-metadata',
        'requirements.txt beside pyproject.toml: two dependency lists that drift apart. Fix: move its pins into [project] dependencies with `uv add -r requirements.txt`, then delete it',
        { file: fact.file },
      );
    case 'setup.py':
      return finding(
        'legacy-metadata',
        'setup.py beside pyproject.toml: metadata in two places, and installers may run it. Fix: move its name, version and install_requires into [project] in pyproject.toml, then delete it (keep it only if your build backend needs it for extension modules)',
        { file: fact.file },
      );
    case 'setup.cfg': {
      const first = fact.metadataSections?.[0];
      // A setup.cfg with only tool sections ([flake8], [isort]) is configuration, not metadata.
      if (!first) return null;
      const names = (fact.metadataSections ?? []).map((s) => `[${s.name}]`).join(', ');
      return finding(
        'legacy-metadata',
        `setup.cfg declares package metadata (${names}) beside pyproject.toml. Fix: move it into [project] in pyproject.toml, then delete those sections (tool sections may stay)`,
        { file: fact.file, line: first.line },
      );
    }
  }
}

/** `3.11` for `>=3.11`; a placeholder when requires-python names no single minor. */
function pinSuggestion(requiresPython: string | null): string {
  const lowest = requiresPython ? lowestAllowedPython(requiresPython) : undefined;
  return lowest && /^\d+\.\d+$/.test(lowest) ? lowest : '3.X';
}

function pythonVersionFinding(facts: ProjectFacts): Finding | null {
  const pin = `\`uv python pin ${pinSuggestion(facts.requiresPython)}\` writes .python-version (commit it)`;
  if (facts.pythonVersionFile === null) {
    return finding('no-python-version', `no .python-version: each machine uses whichever Python uv finds first, so the interpreter drifts. Fix: ${pin}`);
  }
  if (facts.pythonVersionFile.request === null) {
    return finding('no-python-version', `${facts.pythonVersionFile.file} names no Python version, so uv ignores it. Fix: ${pin}`, {
      file: facts.pythonVersionFile.file,
    });
  }
  return null;
}

function ruleLocation(rule: IgnoreRuleFact): string {
  return `${rule.source}:${rule.line} (\`${rule.pattern}\`)`;
}

/** `lock-untracked` for a lock file (`uv.lock`, `pixi.lock`) git does not track or ignores. */
export function lockGitFinding(lock: string, exists: boolean, git: LockGitFact | null): Finding | null {
  if (!exists || git === null) return null;
  const rule = git.ignoredBy;
  if (rule) {
    // Point at the ignore rule when it is a file in the repository: that line is what the user edits.
    const where = rule.file !== null ? { file: rule.file, line: rule.line } : { file: lock };
    const fix = rule.file !== null ? `remove that line from ${rule.file}` : `remove the pattern from ${rule.source}`;
    return git.tracked
      ? finding(
          'lock-untracked',
          `${lock} is tracked but ignored by ${ruleLocation(rule)}, so a re-created lock is silently left out of commits. Fix: ${fix} (or add \`!${lock}\` after it)`,
          where,
        )
      : finding(
          'lock-untracked',
          `${lock} is ignored by ${ruleLocation(rule)}, so others and CI re-resolve and get different versions. Fix: ${fix}, then \`git add ${lock}\``,
          where,
        );
  }
  if (!git.tracked) {
    return finding(
      'lock-untracked',
      `${lock} is not tracked by git, so others and CI re-resolve and get different versions. Fix: \`git add ${lock}\` and commit it`,
      { file: lock },
    );
  }
  return null;
}

function environmentFinding(env: ProjectEnvironmentFact): Finding {
  const where = env.realPath && env.realPath !== env.resolved ? `${env.resolved} (really ${env.realPath})` : env.resolved;
  switch (env.source) {
    case 'environment':
      return finding(
        'venv-outside-project',
        `UV_PROJECT_ENVIRONMENT=${env.value} puts the project environment at ${where}, outside the project, where editors and collaborators do not look. Fix: unset UV_PROJECT_ENVIRONMENT or point it inside the project (e.g. \`.venv\`)`,
      );
    case 'env-file':
      return finding(
        'venv-outside-project',
        `${env.file ?? '.env'} sets UV_PROJECT_ENVIRONMENT=${env.value}, which puts the project environment at ${where}, outside the project. Fix: remove that line or point it inside the project (e.g. \`.venv\`)`,
        { file: env.file ?? '.env', ...(env.line !== undefined ? { line: env.line } : {}) },
      );
    case 'default':
      return finding(
        'venv-outside-project',
        `${env.value} is a link to ${env.realPath ?? env.resolved}, outside the project, so the environment lives apart from the code. Fix: \`rm ${env.value} && uv sync\` rebuilds it inside the project`,
        { file: env.value },
      );
  }
}

function environmentFindings(facts: ProjectFacts): Finding[] {
  const outside = facts.projectEnvironment.filter((e) => e.outside);
  // In CI after setup exported .env, the variable and the file say the same thing: keep the one with a line.
  const fromFiles = new Set(outside.filter((e) => e.source === 'env-file').map((e) => e.resolved));
  return outside.filter((e) => !(e.source === 'environment' && fromFiles.has(e.resolved))).map(environmentFinding);
}

/**
 * Hygiene findings for a project, with the same per-code severity overrides as the lock engine
 * (`CheckOptions.severities`).
 */
export function hygieneFindings(facts: ProjectFacts, severities?: Partial<Record<FindingCode, Severity>>): Finding[] {
  const findings: Finding[] = [];
  if (facts.hasPyproject) {
    for (const legacy of facts.legacyFiles) {
      const f = legacyFinding(legacy);
      if (f) findings.push(f);
    }
  }
  const python = pythonVersionFinding(facts);
  if (python) findings.push(python);
  const lock = lockGitFinding('uv.lock', facts.lockExists, facts.lockGit);
  if (lock) findings.push(lock);
  findings.push(...environmentFindings(facts));
  return findings.map((f) => {
    const override = severities?.[f.code];
    return override ? { ...f, severity: override } : f;
  });
}
