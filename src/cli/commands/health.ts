/** `lockstep health`: the health job on a laptop — check --online, then print (or, with --repo, keep) the issue. */
import path from 'node:path';
import { UsageError, parseCommandArgs } from '../usage.js';
import type { CliIo, Command } from '../usage.js';
import { ONLINE_ARGS, ONLINE_HELP, onlineOptions } from '../online-options.js';
import { TARGET_ARGS, targetOptions } from '../target-options.js';

const HELP = `Usage: lockstep health [PROJECT_DIR] [options]

Will this lock still install today? Checks every locked file the targets install against its index
(like \`lockstep check --online\`) and prints the lock-health issue the weekly health job would keep
(what is gone, since when, the targets hit, the fix). With --repo it keeps that issue itself: opens it
on rot, edits it in place, closes it with a comment when fixed.

Options:
  --python V[,V...]      CPython minors; default every minor inside requires-python
  --platform P[,P...]    uv --python-platform names; default the lock's supported platforms
  --cuda X.Y             CUDA version the targets provide
  --extra X / --all-extras / --group G / --no-default-groups   what is installed (as uv sync)
${ONLINE_HELP}
  --repo OWNER/REPO      keep the issue in this repository (token from GITHUB_TOKEN or GH_TOKEN,
                         API from GITHUB_API_URL); without it nothing is written
  --label L              label(s) of the issue (repeatable; default lockstep-health)
  --format F             markdown (default: the issue as it would read) or json (the check --online report)
  -h, --help             show this help

Exit status: 0 every locked file served (a yanked release is only a warning), 1 a locked file is
gone or changed, or a host could not be checked, 2 bad input.
`;

async function runHealth(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('health', {
    args,
    allowPositionals: true,
    strict: true,
    options: { ...TARGET_ARGS, ...ONLINE_ARGS, repo: { type: 'string' }, label: { type: 'string', multiple: true }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`health takes one PROJECT_DIR, got ${positionals.length}`);
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format ${format}: expected markdown or json`);
  const repo = values.repo;
  if (repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError(`--repo ${repo}: expected OWNER/REPO`);
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || '';
  if (repo && !token) throw new UsageError('--repo needs a token in GITHUB_TOKEN or GH_TOKEN (with issues: write)');
  const check = targetOptions(values);
  const online = onlineOptions(values, process.env, (line) => io.stderr(`${line}\n`));
  const projectDir = path.resolve(io.cwd, positionals[0] ?? '.');

  // The job's modules load only here, so `lockstep check` never pays for them.
  const { checkHealth } = await import('../../jobs/health.js');
  const health = await checkHealth(projectDir, { check, env: process.env, deadlineMs: online.deadlineMs!, cache: online.cache !== null, projectPath: '', progress: (line) => io.stderr(`${line}\n`) });
  const now = new Date();
  if (format === 'json') {
    const { renderJson } = await import('../../core/report/json.js');
    io.stdout(renderJson(health.online.report));
  } else if (health.items.length > 0) {
    const { title, body } = health.render(null, now);
    io.stdout(`# ${title}\n\n${body}`);
  } else {
    io.stdout(`Every locked file is served (${health.online.summary.artifacts} file(s) on ${health.online.summary.hosts.join(', ') || 'no hosts'}).\n`);
  }
  for (const u of health.unchecked) io.stderr(`lockstep health: could not check ${u.files} file(s) on ${u.host}: ${u.reason}\n`);
  if (repo) {
    const [owner, name] = repo.split('/') as [string, string];
    const { createGitHubApi } = await import('../../adapters/github.js');
    const { keepHealthIssue } = await import('../../adapters/health-issue.js');
    const api = createGitHubApi({ token, owner, repo: name, log: (m) => io.stderr(`${m}\n`) });
    const outcome = await keepHealthIssue(api, {
      items: health.items,
      complete: health.unchecked.length === 0,
      render: (previous) => health.render(previous, now),
      labels: values.label ?? [],
      now,
      checkedFiles: health.online.summary.artifacts,
    });
    io.stderr(`lockstep health: ${repo}: ${outcome.message}${outcome.issue ? ` (${outcome.issue.htmlUrl})` : ''}\n`);
  }
  return health.items.some((i) => i.status !== 'yanked') || health.unchecked.length > 0 ? 1 : 0;
}

export const healthCommand: Command = {
  name: 'health',
  summary: 'will the lock still install today: locked files checked against their indexes, the lock-health issue',
  help: HELP,
  run: runHealth,
};
