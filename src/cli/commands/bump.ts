/** `lockstep bump`: the bump bot's plan, printed (--dry-run) or applied to the working tree (--write). */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runProcess } from '../../adapters/process.js';
import { parseDuration, renderPlanJson, renderPlanMarkdown, renderPlanText } from '../../core/plan/index.js';
import type { CheckOptions } from '../../core/matrix/types.js';
import { checkPlatforms } from '../target-options.js';
import { splitList, UsageError } from '../usage.js';
import type { CliIo, Command } from '../usage.js';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: lockstep bump [PROJECT_DIR] (--dry-run | --write) [options]

Move every exact pin (==) in pyproject.toml to its newest usable release on the index it comes from
([tool.uv.sources] / [[tool.uv.index]]), skipping yanked files, pre-releases (unless pinned to one),
files whose requires-python excludes the project, other local-label flavours (+cu124 stays +cu124),
and releases inside the cooldown.

  --dry-run               print the plan; change nothing (the default)
  --write                 rewrite pyproject.toml (only the changed versions), re-lock with uv (one
                          uv lock --upgrade-package ... per group), verify with the lock engine and drop
                          the groups that fail; the working tree keeps the result
  --format F              text (default), json, markdown
  --min-release-age D     only releases at least this old: 7 (days), 12h, 7d, 2w
  --default-index URL     index for packages without a source (default: UV_DEFAULT_INDEX, else PyPI)
  --index NAME=URL        use URL for the [[tool.uv.index]] named NAME (repeatable)
  --uv PATH               the uv binary for --write (default: uv on PATH)
  --python V[,V...]       verification targets, as in lockstep check (default: every minor inside requires-python)
  --platform P[,P...]     verification platforms (default: the lock's)
  --cuda X.Y              CUDA version of the targets
  -h, --help              show this help

JSON (--format json), schema 1:
  { "schema": 1, "bumps": [{ "name", "from", "to", "group", "file", "line",
                             "status": "applied|planned|dropped|current", "reason" }] }

[tool.lockstep.bump] in pyproject.toml:
  ignore = ["numpy", "torch>=2.7"]   never bump numpy; never bump torch into >=2.7
  min-release-age = "7d"             cooldown
  default-groups = true              torch/torchvision/torchaudio and jax/jaxlib move together
  [tool.lockstep.bump.groups]
  hf = ["transformers", "tokenizers"]

Exit status: 0 done (also when nothing is newer), 1 a bump was dropped by verification (--write),
2 bad input or an index that does not answer.
`;

async function runBump(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean' },
        write: { type: 'boolean' },
        format: { type: 'string' },
        'min-release-age': { type: 'string' },
        'default-index': { type: 'string' },
        index: { type: 'string', multiple: true },
        uv: { type: 'string' },
        python: { type: 'string', multiple: true },
        platform: { type: 'string', multiple: true },
        cuda: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun \`lockstep bump --help\` for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values['dry-run'] && values.write) throw new UsageError('--dry-run and --write exclude each other');
  if (positionals.length > 1) throw new UsageError(`bump takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: expected one of ${FORMATS.join(', ')}`);
  let minReleaseAgeMs: number | null = null;
  if (values['min-release-age'] !== undefined) {
    const raw = values['min-release-age'];
    minReleaseAgeMs = parseDuration(/^\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw);
    if (minReleaseAgeMs === null) throw new UsageError(`--min-release-age ${raw}: expected days (7) or a duration like 12h, 7d, 2w`);
  }
  const platforms = splitList(values.platform);
  checkPlatforms(platforms);
  // Loaded on use: the bump job pulls in @actions/* and octokit, which `lockstep check` (this
  // command's neighbour in dist/cli.js) must not pay for at startup.
  const { applyAndVerify, parseIndexOverrides, planProject } = await import('../../jobs/bump.js');
  let indexUrlOverrides: Record<string, string>;
  try {
    indexUrlOverrides = parseIndexOverrides((values.index ?? []).join('\n'));
  } catch (error) {
    throw new UsageError(`--index: ${(error as Error).message}`);
  }
  const projectDir = path.resolve(io.cwd, positionals[0] ?? '.');
  const planned = await planProject(projectDir, {
    defaultIndexUrl: values['default-index'] ?? null,
    indexUrlOverrides,
    minReleaseAgeMs,
    lookup: { log: (m) => io.stderr(`${m}\n`) },
  });
  let plan = planned.plan;
  let verification = null;
  if (values.write) {
    const check: CheckOptions = { pythons: splitList(values.python), platforms, cuda: values.cuda ?? null };
    const result = await applyAndVerify(planned, {
      check,
      uv: { binary: values.uv ?? 'uv', run: runProcess, env: process.env, extraArgs: values['default-index'] ? ['--default-index', values['default-index']] : [] },
      keep: true,
      log: (m) => io.stderr(`${m}\n`),
    });
    plan = result.plan;
    verification = result.verification;
  }
  if (format === 'json') io.stdout(renderPlanJson(plan));
  else if (format === 'markdown') io.stdout(renderPlanMarkdown(plan, { verification, dryRun: !values.write }));
  else io.stdout(renderPlanText(plan));
  return values.write && plan.bumps.some((b) => b.status === 'dropped' && !(b.reason ?? '').startsWith('ignored')) ? 1 : 0;
}

export const bumpCommand: Command = {
  name: 'bump',
  summary: 'move exact pins to their newest usable releases (plan, or apply + re-lock + verify)',
  help: HELP,
  run: runBump,
};
