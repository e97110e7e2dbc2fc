/** `lockstep diff BASE HEAD`: what a change introduces and resolves, between two directories or two git revisions. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { readProjectFiles, uvLockDirFor, type ProjectFiles } from '../../adapters/project-files.js';
import { LockstepError } from '../../core/errors.js';
import { checkLocks } from '../../core/matrix/check-locks.js';
import type { CheckOptions, CheckReport } from '../../core/matrix/types.js';
import { renderDiffJson, renderDiffText, renderReviewSummary, reviewChange } from '../../core/review/index.js';
import { parseFormat, TARGET_ARGS, targetOptions } from '../target-options.js';
import { splitList, UsageError, parseCommandArgs } from '../usage.js';
import type { CliIo, Command } from '../usage.js';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: lockstep diff BASE HEAD [options]
       lockstep diff BASE_REV HEAD_REV --project DIR

Check two versions of a project with the lock engine and report what HEAD introduces and resolves
(new source builds, missing distributions, CUDA mismatches, a stale lock; per target), plus the lock
diff (added / removed / upgraded / downgraded packages). BASE and HEAD are project directories, or,
with --project, two git revisions of the project in DIR (files are read with git show; nothing is
checked out or run). uv.lock and pixi.lock are both compared when present (pixi: per environment x
platform; the lock diff per environment).

Options:
  --project DIR          BASE and HEAD are git revisions of the project in DIR
  --python V[,V...]      CPython minors (3.11,3.12); default: every minor inside requires-python
  --platform P[,P...]    uv --python-platform names, or pixi platforms; default: all
  --environment E[,E...] pixi environments; default: all
  --cuda X.Y             CUDA version the targets provide (12.4)
  --extra X              include an extra (repeatable)
  --all-extras           include every extra
  --group G              include a dependency group (repeatable)
  --no-default-groups    leave out the default groups (like uv sync --no-default-groups)
  --format F             text (default), json, markdown
  -h, --help             show this help

JSON: { "schema": 1, "introduced": [finding], "resolved": [finding],
        "lock": { "added": [{ "name", "version", "source" }], "removed": [...],
                  "changed": [{ "name", "from", "to", "direction", "fromSource", "toSource" }] } }
      findings as in \`lockstep check --format json\`.
Exit status: 0 no error introduced, 1 errors introduced, 2 bad input or usage.
`;

interface ParsedDiff {
  base: string;
  head: string;
  project: string | null;
  format: Format;
  options: CheckOptions;
  environments: string[];
}

function parseDiffArgs(args: string[], cwd: string): ParsedDiff | 'help' {
  const parsed = parseCommandArgs('diff', {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      project: { type: 'string' },
      ...TARGET_ARGS,
      environment: { type: 'string', multiple: true },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 2) throw new UsageError(`diff takes BASE and HEAD, got ${positionals.length} argument(s). Run \`lockstep diff --help\`.`);
  // Platforms are checked by the engine that reads them (uv names for uv.lock, pixi names for pixi.lock).
  const options = { ...targetOptions({ ...values, platform: undefined }), platforms: splitList(values.platform) };
  const format = parseFormat(values.format, FORMATS);
  return {
    base: positionals[0]!,
    head: positionals[1]!,
    project: values.project !== undefined ? path.resolve(cwd, values.project) : null,
    format,
    options,
    environments: splitList(values.environment),
  };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

async function readSides(parsed: ParsedDiff, cwd: string): Promise<[ProjectFiles, ProjectFiles]> {
  if (parsed.project === null) {
    // `diff main HEAD` without --project: two revisions, not two directories. Say what to add.
    const notDirs = [parsed.base, parsed.head].filter((p) => !isDirectory(path.resolve(cwd, p)));
    if (notDirs.length > 0) {
      throw new UsageError(
        `${notDirs.map((p) => `\`${p}\``).join(' and ')} ${notDirs.length === 1 ? 'is not a directory' : 'are not directories'}. To compare two git revisions, add \`--project DIR\` (the project's folder in a git checkout): \`lockstep diff ${parsed.base} ${parsed.head} --project .\`.`,
      );
    }
    // A workspace member's folder stands for its workspace: its uv.lock is at the root (as `check` reads it).
    return [readProjectFiles(uvLockDirFor(path.resolve(cwd, parsed.base)).dir), readProjectFiles(uvLockDirFor(path.resolve(cwd, parsed.head)).dir)];
  }
  // Loaded on use: the review job pulls in @actions/* and octokit, which `lockstep check` (this
  // command's neighbour in dist/cli.js) must not pay for at startup.
  const { gitProjectAt, readProjectFilesAtRevision, workspaceRootWith } = await import('../../jobs/review.js');
  const project = await gitProjectAt(parsed.project);
  if (!project) throw new UsageError(`--project ${parsed.project}: not a directory inside a git repository.`);
  for (const rev of [parsed.base, parsed.head]) {
    if ((await project.git.tryRevParse(rev)) === null) throw new UsageError(`${rev}: no such revision in ${parsed.project}.`);
  }
  // A workspace member is compared with its workspace's uv.lock, where the head (else the base) puts the root.
  const start = project.prefix.replace(/\/$/, '');
  const rootAt = (rev: string) => workspaceRootWith((p) => project.git.showFile(rev, p), start);
  const headRoot = await rootAt(parsed.head);
  const { rootPath } = headRoot.member ? headRoot : await rootAt(parsed.base);
  const read = async (rev: string): Promise<ProjectFiles> => {
    const files = await readProjectFilesAtRevision(project, rev, rootPath);
    if (files.pyproject === null && files.lock === null && !files.pixi) throw new UsageError(`${rev}: neither pyproject.toml, uv.lock nor pixi.lock/pixi.toml in ${rootPath || 'the repository root'} at that revision.`);
    return files;
  };
  return [await read(parsed.base), await read(parsed.head)];
}

function check(files: ProjectFiles, options: CheckOptions, environments: string[], side: string): CheckReport {
  try {
    return checkLocks(files, options, { environments });
  } catch (error) {
    if (error instanceof LockstepError) throw new UsageError(`${side}: ${error.describe()}`);
    throw error;
  }
}

async function runDiff(args: string[], io: CliIo): Promise<number> {
  const parsed = parseDiffArgs(args, io.cwd);
  if (parsed === 'help') {
    io.stdout(HELP);
    return 0;
  }
  const [baseFiles, headFiles] = await readSides(parsed, io.cwd);
  const review = reviewChange(check(baseFiles, parsed.options, parsed.environments, `BASE ${parsed.base}`), check(headFiles, parsed.options, parsed.environments, `HEAD ${parsed.head}`));
  const render = parsed.format === 'json' ? renderDiffJson : parsed.format === 'markdown' ? (r: typeof review) => renderReviewSummary(r) : renderDiffText;
  io.stdout(render(review));
  return review.errorsIntroduced > 0 ? 1 : 0;
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what a change (two directories or two git revisions) introduces: source builds, missing wheels, CUDA mismatches',
  help: HELP,
  run: runDiff,
};
