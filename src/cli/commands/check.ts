/** `lockstep check`: the lock engine over a project directory, rendered as text, JSON or Markdown. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LockstepError } from '../../core/errors.js';
import { hygieneFindings, lockGitFinding } from '../../core/hygiene/index.js';
import { checkEnvironmentSelection, checkPixiLock, checkUvLock, locksOf } from '../../core/matrix/check-locks.js';
import { combineReports } from '../../core/matrix/combine.js';
import type { CheckOptions, CheckReport } from '../../core/matrix/types.js';
import { PLATFORM_NAMES } from '../../core/pep/platforms.js';
import { renderGithub, renderJson, renderMarkdown, renderSarif, renderText } from '../../core/report/index.js';
import { gatherProjectFacts, lockGitFacts } from '../../adapters/project-facts.js';
import { uvLockDirFor, readProjectFiles } from '../../adapters/project-files.js';
import { checkReportOnline } from '../../adapters/online-check.js';
import { ONLINE_ARGS, ONLINE_HELP, onlineOptions } from '../online-options.js';
import { checkDriver, checkPlatforms, parseFormat, TARGET_ARGS, targetOptions } from '../target-options.js';
import { splitList, UsageError, parseCommandArgs } from '../usage.js';
import type { CliIo, Command } from '../usage.js';
import { HOMEPAGE, VERSION } from '../version.js';

const FORMATS = ['text', 'json', 'markdown', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: lockstep check [PROJECT_DIR] [options]

Decide, from pyproject.toml + uv.lock alone, whether every locked package installs from a wheel on
each target (Python x platform x CUDA), builds from an sdist, or cannot install; and whether the CUDA
flavours agree. A pixi project (pixi.lock + pixi.toml or pyproject.toml [tool.pixi]) is checked per
environment x platform: conda packages, PyPI wheels/sdists, CUDA agreement across conda and PyPI, and
whether pixi.lock still satisfies the manifest. With both locks, both are checked and each finding
names its lock. Also reports project hygiene: requirements.txt / setup.py / setup.cfg beside
pyproject.toml, no .python-version, a uv.lock git does not track, UV_PROJECT_ENVIRONMENT outside the
project (not a git repository: the uv.lock check is skipped).

Options:
  --python V[,V...]      CPython minors (3.11,3.12); default: every minor inside requires-python
  --platform P[,P...]    uv --python-platform names, or pixi platforms (linux-64, v7 names); default: all
  --environment E[,E...] pixi environments; default: every environment in pixi.lock
  --cuda X.Y             CUDA version the targets provide (12.4)
  --driver X.Y           NVIDIA driver to check the locked CUDA against (550.54)
  --extra X              include an extra (repeatable)
  --all-extras           include every extra
  --group G              include a dependency group (repeatable)
  --no-default-groups    leave out the default groups (like uv sync --no-default-groups)
  --format F             text (default), json, markdown, sarif (SARIF 2.1.0 for code scanning),
                         github (annotations as workflow commands, for a \`run:\` step in Actions)
  --online               also ask each locked file's index whether it is still served with the locked
                         sha256 (Simple API, one request per project; HEAD for direct URLs): adds
                         artifact-missing, artifact-yanked and artifact-unchecked findings (uv.lock only)
${ONLINE_HELP}
  -h, --help             show this help

Exit status: 0 no error findings, 1 error findings (with --online: also a host that could not be
checked), 2 bad input or usage.
Platforms: ${PLATFORM_NAMES.join(', ')}
`;

interface ParsedCheck {
  projectDir: string;
  format: Format;
  options: CheckOptions;
  /** --platform values as given: uv names go to uv.lock, the rest to pixi.lock (checked once we know which locks exist). */
  platforms: string[];
  environments: string[];
  /** Set with --online. */
  online: ReturnType<typeof onlineOptions> | null;
}

export function parseCheckArgs(args: string[], cwd: string, stderr: (text: string) => void = () => {}): ParsedCheck | 'help' {
  const parsed = parseCommandArgs('check', {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      ...TARGET_ARGS,
      driver: { type: 'string' },
      environment: { type: 'string', multiple: true },
      format: { type: 'string' },
      online: { type: 'boolean' },
      ...ONLINE_ARGS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length > 1) throw new UsageError(`check takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(' ')}`);

  const platforms = splitList(values.platform);
  const options: CheckOptions = { ...targetOptions({ ...values, platform: undefined }), driver: checkDriver(values.driver) };
  const format = parseFormat(values.format, FORMATS);
  if (!values.online && (values['online-deadline'] !== undefined || values['no-cache'])) {
    throw new UsageError('--online-deadline and --no-cache only apply with --online');
  }
  // Progress goes to stderr so stdout stays the report.
  const online = values.online ? onlineOptions(values, process.env, (line) => stderr(`${line}\n`)) : null;
  return { projectDir: path.resolve(cwd, positionals[0] ?? '.'), format, options, platforms, environments: splitList(values.environment), online };
}

/** Bad input an engine can name (unknown extra, lock version, environment): the user fixes the input. */
function usageOnLockstepError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof LockstepError) throw new UsageError(error.describe());
    throw error;
  }
}

function render(report: CheckReport, format: Format, projectDir: string, cwd: string): string {
  // SARIF locations and annotations name files from where lockstep ran (the repository root in CI).
  const relative = path.relative(cwd, projectDir).split(path.sep).join('/');
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'sarif':
      return renderSarif(report, { version: VERSION, homepage: HOMEPAGE, projectDir: relative, srcRoot: pathToFileURL(cwd + path.sep).href });
    case 'github':
      return renderGithub(report, relative);
    default:
      return renderText(report);
  }
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCheckArgs(args, io.cwd, io.stderr);
  if (parsed === 'help') {
    io.stdout(HELP);
    return 0;
  }
  // A workspace member is checked with its workspace's uv.lock, as uv locks it (findings on members' lines).
  const lockDir = uvLockDirFor(parsed.projectDir);
  if (lockDir.member) {
    io.stderr(`${path.relative(io.cwd, parsed.projectDir) || '.'} is a member of the uv workspace at ${path.relative(io.cwd, lockDir.dir) || '.'}: checking the workspace's uv.lock\n`);
    parsed.projectDir = lockDir.dir;
  }
  const files = readProjectFiles(parsed.projectDir);
  const locks = locksOf(files);
  usageOnLockstepError(() => checkEnvironmentSelection(files, { environments: parsed.environments }));
  // Project hygiene (issue 8): files and git state beside the lock. Started first so the git processes
  // run on another core while the engines work; awaited only after them.
  const gathering = locks.uv ? gatherProjectFacts(parsed.projectDir) : null;
  gathering?.catch(() => undefined); // a rejection is handled below; the engine may throw first
  const pixiGit = locks.pixi && files.pixi!.lock !== null ? lockGitFacts(parsed.projectDir, undefined, 'pixi.lock') : null;
  pixiGit?.catch(() => undefined);
  const options = { ...parsed.options, platforms: locks.pixi ? parsed.platforms : checkPlatforms(parsed.platforms) };
  const reports: CheckReport[] = [];
  if (locks.uv) {
    let uvReport = usageOnLockstepError(() => checkUvLock(files, options));
    if (parsed.online) uvReport = (await checkReportOnline(files, uvReport, parsed.online)).report;
    reports.push(uvReport);
  }
  if (locks.pixi) reports.push(usageOnLockstepError(() => checkPixiLock(files, options, { environments: parsed.environments })));
  // Hygiene findings get the same severity overrides.
  const hygiene = gathering ? hygieneFindings(await gathering, parsed.options.severities) : [];
  if (pixiGit) {
    const untracked = lockGitFinding('pixi.lock', true, (await pixiGit).lockGit);
    const severity = untracked ? parsed.options.severities?.[untracked.code] : undefined;
    if (untracked) hygiene.push({ ...untracked, ...(severity ? { severity } : {}), ...(locks.uv ? { lock: 'pixi.lock' } : {}) });
  }
  let report = combineReports(reports);
  const online = reports.find((r) => r.online)?.online;
  if (online) report = { ...report, online };
  report = { ...report, findings: [...report.findings, ...hygiene] };
  const output = render(report, parsed.format, parsed.projectDir, io.cwd);
  if (parsed.format === 'github') (io.commands ?? io.stdout)(output);
  else io.stdout(output);
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'which targets install each locked package from a wheel, an sdist build, or not at all',
  help: HELP,
  run: runCheck,
};
