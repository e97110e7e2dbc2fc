/** `lockstep verify`: the matrix job's environment check, run locally against a project's venv. */
import path from 'node:path';
import { splitList, UsageError, parseCommandArgs } from '../usage.js';
import type { CliIo, Command } from '../usage.js';

const HELP = `Usage: lockstep verify [PROJECT_DIR] [options]

Check that a venv is the environment uv.lock promises for a target: the interpreter's version and
platform, the installed distributions (read from *.dist-info, nothing imported) equal to the lock's
selection, nothing built from source unless allowed, and the CUDA flavour / NVIDIA driver
(when nvidia-smi is on PATH; otherwise those checks are skipped).

Options:
  --venv PATH            the venv to read (default: $UV_PROJECT_ENVIRONMENT, else PROJECT_DIR/.venv)
  --python X.Y           the CPython minor the target claims (default: the venv's own)
  --platform P           the target platform, uv --python-platform name (default: this machine's)
  --cuda X.Y             the CUDA version the target claims
  --extra X              an extra the venv was synced with (repeatable)
  --all-extras           the venv was synced with --all-extras
  --group G              a dependency group the venv was synced with (repeatable)
  --no-default-groups    the venv was synced with --no-default-groups
  --allow-build NAME     a package that may be built from source (repeatable; 'true' allows all)
  --output-dir DIR       also write lockstep-verify-<target>.json into DIR
  --format F             text (default) or json
  -h, --help             show this help

JSON: { "schema": 1, "target", "checks": [{ "name", "status": "pass|fail|skip", "details" }],
        "mismatches": [{ "name", "locked", "installed" }] }
Exit status: 0 every check passed or was skipped, 1 a check failed, 2 bad input or usage.
`;

const FORMATS = ['text', 'json'] as const;

async function runVerify(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('verify', {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      venv: { type: 'string' },
      python: { type: 'string' },
      platform: { type: 'string' },
      cuda: { type: 'string' },
      extra: { type: 'string', multiple: true },
      'all-extras': { type: 'boolean' },
      group: { type: 'string', multiple: true },
      'no-default-groups': { type: 'boolean' },
      'allow-build': { type: 'string', multiple: true },
      'output-dir': { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`verify takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${format}: expected text or json`);
  if (values.python !== undefined && !/^3\.\d{1,2}$/.test(values.python)) throw new UsageError(`--python ${values.python}: expected a CPython minor like 3.12`);

  // Loaded here, not at the top: the job pulls in @actions/* (artifacts, runner), which every other
  // command (`lockstep check` above all) would otherwise pay for at startup.
  const [{ runProcess }, { hasFailure, parseAllowance, renderVerifyText }, { collectVerifyResult, writeVerifyResult }] = await Promise.all([
    import('../../adapters/process.js'),
    import('../../core/verify/index.js'),
    import('../../jobs/verify.js'),
  ]);
  const projectDir = path.resolve(io.cwd, positionals[0] ?? '.');
  const { result } = await collectVerifyResult(
    {
      projectDir,
      venv: values.venv ? path.resolve(io.cwd, values.venv) : null,
      python: values.python ?? null,
      platform: values.platform ?? null,
      cuda: values.cuda ?? null,
      extras: splitList(values.extra),
      allExtras: values['all-extras'] ?? false,
      groups: splitList(values.group),
      noDefaultGroups: values['no-default-groups'] ?? false,
      allowance: parseAllowance(values['allow-build'] ?? []),
    },
    { run: runProcess, env: process.env },
  );
  if (values['output-dir']) writeVerifyResult(result, path.resolve(io.cwd, values['output-dir']));
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderVerifyText(result));
  return hasFailure(result) ? 1 : 0;
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check that a venv is the environment uv.lock promises for a target',
  help: HELP,
  run: runVerify,
};

