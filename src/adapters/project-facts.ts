/**
 * Gathers the ProjectFacts the hygiene rules read (src/core/hygiene): which files exist, what git thinks
 * of uv.lock, where UV_PROJECT_ENVIRONMENT puts the environment. All file-system and git work for those
 * rules is here; git runs with argument arrays through the process adapter.
 */
import { realpathSync, statSync } from 'node:fs';
import { PROJECT_FILE_LIMITS, readProjectFile } from './project-file.js';
import path from 'node:path';
import { Git } from './git.js';
import { runProcess, type RunProcess } from './process.js';
import type { IgnoreRuleFact, LegacyFileFact, LegacyMetadataFile, LockGitFact, ProjectEnvironmentFact, ProjectFacts } from '../core/hygiene/facts.js';
import { parseEnvFile } from '../core/setup/env-file.js';
import { readPythonVersionFile } from '../core/setup/python-version.js';
import { parseToml } from '../core/toml.js';

export interface GatherFactsOptions {
  /** Where UV_PROJECT_ENVIRONMENT is read from (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** The project's dotenv file, relative to the project directory (default `.env`, as the setup job's `env-file`). */
  envFile?: string;
  run?: RunProcess;
}

const LEGACY_FILES: readonly LegacyMetadataFile[] = ['requirements.txt', 'setup.py', 'setup.cfg'];
/** uv reads `.python-version` first, then `.python-versions`, and never above the project root. */
const PYTHON_VERSION_FILES = ['.python-version', '.python-versions'] as const;
const LOCK = 'uv.lock';

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Bounded, regular files only (a FIFO in a pull request must not hang the hygiene check). */
function readText(file: string): string | null {
  try {
    return readProjectFile(file, { maxBytes: PROJECT_FILE_LIMITS.lock });
  } catch {
    return null;
  }
}

/** `[metadata]` and `[options]`/`[options.*]` headers: what setuptools reads as package metadata. */
function setupCfgMetadataSections(text: string): { name: string; line: number }[] {
  const sections: { name: string; line: number }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = /^\[\s*([^\]]+?)\s*\]/.exec(raw);
    const name = m?.[1];
    if (name && (name === 'metadata' || name === 'options' || name.startsWith('options.'))) sections.push({ name, line: i + 1 });
  });
  return sections;
}

function legacyFiles(dir: string): LegacyFileFact[] {
  const facts: LegacyFileFact[] = [];
  for (const file of LEGACY_FILES) {
    const full = path.join(dir, file);
    if (!isFile(full)) continue;
    facts.push(file === 'setup.cfg' ? { file, metadataSections: setupCfgMetadataSections(readText(full) ?? '') } : { file });
  }
  return facts;
}

function requiresPython(dir: string): string | null {
  const text = readText(path.join(dir, 'pyproject.toml'));
  if (text === null) return null;
  try {
    const project = parseToml(text, 'pyproject.toml').project as Record<string, unknown> | undefined;
    const value = project?.['requires-python'];
    return typeof value === 'string' ? value : null;
  } catch {
    return null; // the engine reports the parse error
  }
}

function pythonVersionFile(dir: string): ProjectFacts['pythonVersionFile'] {
  for (const file of PYTHON_VERSION_FILES) {
    const text = isFile(path.join(dir, file)) ? readText(path.join(dir, file)) : null;
    if (text !== null) return { file, request: readPythonVersionFile(text) ?? null };
  }
  return null;
}

/** `source:line:pattern<TAB>path` from `git check-ignore -v`; the source is relative to the repository root. */
function parseIgnoreRule(output: string, topLevel: string, projectDir: string): IgnoreRuleFact | null {
  const m = /^(.*?):(\d+):(.*)\t/.exec(output.split('\n')[0] ?? '');
  if (!m) return null;
  const [, source = '', line = '0', pattern = ''] = m;
  const absolute = path.isAbsolute(source) ? source : path.join(topLevel, source);
  const relToRepo = path.relative(topLevel, absolute);
  // A rule in .git/info/exclude or a global excludes file is not something a PR annotation can point at.
  const inWorkTree = isInside(absolute, topLevel) && !relToRepo.split(path.sep).includes('.git');
  return {
    file: inWorkTree ? path.relative(projectDir, absolute).split(path.sep).join('/') : null,
    source,
    line: Number(line),
    pattern,
  };
}

/** Whether git tracks (and does not ignore) `lock` in `dir`; null with a reason where git cannot tell. */
export async function lockGitFacts(dir: string, run: RunProcess = runProcess, lock: string = LOCK): Promise<{ lockGit: LockGitFact | null; gitUnavailable?: string }> {
  const git = new Git(dir, run, 30_000);
  let top;
  try {
    top = await git.exec(['rev-parse', '--show-toplevel'], { allowFailure: true });
  } catch (error) {
    return { lockGit: null, gitUnavailable: `git could not run (${(error as Error).message}); lock-untracked not checked` };
  }
  if (top.exitCode !== 0) {
    const why = top.stderr.trim().split('\n')[0] || `exit ${top.exitCode}`;
    return { lockGit: null, gitUnavailable: `not a git work tree (${why}); lock-untracked not checked` };
  }
  const topLevel = top.stdout.trim();
  const realDir = realpathSync(dir);
  const tracked = (await git.exec(['ls-files', '--error-unmatch', '--', lock], { allowFailure: true })).exitCode === 0;
  // --no-index: also see rules that match a lock git already tracks. -q decides (a `!uv.lock` rule
  // matches too, but un-ignores); -v only says where the deciding rule is.
  const ignored = (await git.exec(['check-ignore', '-q', '--no-index', '--', lock], { allowFailure: true })).exitCode === 0;
  let ignoredBy: IgnoreRuleFact | null = null;
  if (ignored) {
    const verbose = await git.exec(['check-ignore', '-v', '--no-index', '--', lock], { allowFailure: true });
    ignoredBy = parseIgnoreRule(verbose.stdout, topLevel, realDir) ?? { file: null, source: 'git ignore rules', line: 0, pattern: lock };
  }
  return { lockGit: { tracked, ignoredBy } };
}

/** The real path of `p`, resolving symlinks in its nearest existing ancestor when `p` does not exist yet. */
function realPathOf(p: string): string {
  const missing: string[] = [];
  let current = p;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return p;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

function isInside(child: string, root: string): boolean {
  const rel = path.relative(root, child);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function environmentFact(dir: string, realDir: string, base: Pick<ProjectEnvironmentFact, 'source' | 'value' | 'file' | 'line'>): ProjectEnvironmentFact {
  // uv: an absolute value is used as is, a relative one is joined to the project (workspace) root.
  const resolved = path.isAbsolute(base.value) ? path.normalize(base.value) : path.resolve(dir, base.value);
  const real = realPathOf(resolved);
  const fact: ProjectEnvironmentFact = { ...base, resolved, outside: !isInside(resolved, dir) || !isInside(real, realDir) };
  if (fact.file === undefined) delete fact.file;
  if (fact.line === undefined) delete fact.line;
  if (real !== resolved) fact.realPath = real;
  return fact;
}

function projectEnvironment(dir: string, env: NodeJS.ProcessEnv, envFile: string): ProjectEnvironmentFact[] {
  const realDir = realpathSync(dir);
  const facts: ProjectEnvironmentFact[] = [];
  const fromEnv = env.UV_PROJECT_ENVIRONMENT;
  // uv ignores an empty value.
  if (fromEnv) facts.push(environmentFact(dir, realDir, { source: 'environment', value: fromEnv }));
  const dotenv = readText(path.join(dir, envFile));
  if (dotenv !== null) {
    // The last assignment wins, as when the setup job exports the file line by line.
    const assignment = parseEnvFile(dotenv).variables.filter((v) => v.name === 'UV_PROJECT_ENVIRONMENT').at(-1);
    if (assignment?.value) {
      facts.push(environmentFact(dir, realDir, { source: 'env-file', value: assignment.value, file: envFile.split(path.sep).join('/'), line: assignment.line }));
    }
  }
  if (!fromEnv) facts.push(environmentFact(dir, realDir, { source: 'default', value: '.venv' }));
  return facts;
}

/** Everything the hygiene rules need about `projectDir`. Never throws for a missing git: lockGit is then null. */
export async function gatherProjectFacts(projectDir: string, options: GatherFactsOptions = {}): Promise<ProjectFacts> {
  const dir = path.resolve(projectDir);
  const lockExists = isFile(path.join(dir, LOCK));
  const git = lockExists ? await lockGitFacts(dir, options.run ?? runProcess) : { lockGit: null };
  const facts: ProjectFacts = {
    hasPyproject: isFile(path.join(dir, 'pyproject.toml')),
    requiresPython: requiresPython(dir),
    legacyFiles: legacyFiles(dir),
    pythonVersionFile: pythonVersionFile(dir),
    lockExists,
    lockGit: git.lockGit,
    projectEnvironment: projectEnvironment(dir, options.env ?? process.env, options.envFile ?? '.env'),
  };
  if (git.gitUnavailable) facts.gitUnavailable = git.gitUnavailable;
  return facts;
}
