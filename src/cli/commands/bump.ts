/** `lockstep bump`: the bump bot's plan, printed (--dry-run) or applied to the working tree (--write). */
import { runProcess } from '../../adapters/process.js';
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from '../../core/plan/index.js';
import { parseMaintenanceArgs } from '../maintenance-options.js';
import { UsageError } from '../usage.js';
import type { CliIo, Command } from '../usage.js';

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
  const parsed = parseMaintenanceArgs('bump', args, io.cwd, { index: { type: 'string', multiple: true } });
  if (parsed === 'help') {
    io.stdout(HELP);
    return 0;
  }
  // Loaded on use: the bump job pulls in @actions/* and octokit, which `lockstep check` (this
  // command's neighbour in dist/cli.js) must not pay for at startup.
  const { applyAndVerify, parseIndexOverrides, planProject } = await import('../../jobs/bump.js');
  let indexUrlOverrides: Record<string, string>;
  try {
    indexUrlOverrides = parseIndexOverrides(((parsed.extra.index as string[] | undefined) ?? []).join('\n'));
  } catch (error) {
    throw new UsageError(`--index: ${(error as Error).message}`);
  }
  const planned = await planProject(parsed.projectDir, {
    defaultIndexUrl: parsed.defaultIndex,
    indexUrlOverrides,
    minReleaseAgeMs: parsed.minReleaseAgeMs,
    lookup: { log: (m) => io.stderr(`${m}\n`) },
  });
  let plan = planned.plan;
  let verification = null;
  if (parsed.write) {
    const result = await applyAndVerify(planned, {
      check: parsed.check,
      uv: { binary: parsed.uvBinary, run: runProcess, env: process.env, extraArgs: parsed.uvIndexArgs },
      keep: true,
      log: (m) => io.stderr(`${m}\n`),
    });
    plan = result.plan;
    verification = result.verification;
  }
  if (parsed.format === 'json') io.stdout(renderPlanJson(plan));
  else if (parsed.format === 'markdown') io.stdout(renderPlanMarkdown(plan, { verification, dryRun: !parsed.write }));
  else io.stdout(renderPlanText(plan));
  return parsed.write && plan.bumps.some((b) => b.status === 'dropped' && !(b.reason ?? '').startsWith('ignored')) ? 1 : 0;
}

export const bumpCommand: Command = {
  name: 'bump',
  summary: 'move exact pins to their newest usable releases (plan, or apply + re-lock + verify)',
  help: HELP,
  run: runBump,
};
