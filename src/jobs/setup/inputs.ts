/** Every input of action.yml, read once and typed (setup-uv's `loadInputs` shape). */
import { LockstepError } from '../../core/errors.js';
import { parseChecksumInput } from '../../core/setup/known-checksums.js';
import { parseFailOn, type FailOn } from '../../core/matrix/gate.js';
import { parseTargetSelection, type TargetSelection } from '../../core/matrix/target-list.js';
import { DEFAULT_GITHUB_URL } from '../../adapters/install/github-release.js';
import { DEFAULT_INDEX_URL } from '../../adapters/package-index.js';
import type { Runner } from '../../adapters/runner.js';

export interface SetupInputs {
  workingDirectory: string;
  uvVersion: string;
  /** `version-file`: a file to read the uv (and .tool-versions' Python) version from ('' = none). */
  versionFile: string;
  uvSource: string;
  /** `checksum`: the sha256 the uv download must have ('' = none). */
  checksum: string;
  githubUrl: string;
  githubToken: string;
  indexUrl: string;
  pythonVersion: string;
  locked: boolean;
  groups: string[];
  extras: string[];
  allExtras: boolean;
  noDefaultGroups: boolean;
  /**
   * `activate-environment`; null when the workflow did not set it: the mode decides
   * (`SetupMode.activatesByDefault`, resolved once into `SetupSession.activate`).
   */
  activateEnvironment: boolean | null;
  /** `cache-local-path`: where UV_CACHE_DIR points ('' = the default). */
  cacheLocalPath: string;
  /** `cache-python`: cache the interpreters uv installs. */
  cachePython: boolean;
  /** `tool-dir` / `tool-bin-dir`: UV_TOOL_DIR / UV_TOOL_BIN_DIR for later steps ('' = uv's default). */
  toolDir: string;
  toolBinDir: string;
  envFile: string;
  /** `add-problem-matchers`: annotate Python tracebacks of later steps (setup-uv's input). */
  addProblemMatchers: boolean;
  /** `env-file-allow-index`: the .env may redirect uv/pip to another index. */
  envFileAllowIndex: boolean;
  /** The lock matrix check: off (default), the engine's default targets, or explicit pairs. */
  targets: TargetSelection;
  failOn: FailOn;
  /** NVIDIA driver version to check the locked CUDA against; null = not checked. */
  driver: string | null;
}

/** `a, b` / `a b` / one per line: the list inputs accept all three. */
export function splitList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter(Boolean);
}

export function readSetupInputs(runner: Runner): SetupInputs {
  return {
    workingDirectory: runner.input('working-directory') || '.',
    uvVersion: runner.input('version'),
    versionFile: runner.input('version-file'),
    uvSource: runner.input('uv-source') || 'auto',
    checksum: parseChecksum(runner.input('checksum')),
    githubUrl: runner.input('github-url') || DEFAULT_GITHUB_URL,
    githubToken: runner.input('github-token'),
    indexUrl: runner.input('index-url') || DEFAULT_INDEX_URL,
    pythonVersion: runner.input('python-version'),
    locked: runner.booleanInput('locked', true),
    groups: splitList(runner.input('groups')),
    extras: splitList(runner.input('extras')),
    allExtras: runner.booleanInput('all-extras', false),
    noDefaultGroups: runner.booleanInput('no-default-groups', false),
    activateEnvironment: runner.input('activate-environment') ? runner.booleanInput('activate-environment', true) : null,
    cacheLocalPath: runner.input('cache-local-path'),
    cachePython: runner.booleanInput('cache-python', false),
    toolDir: runner.input('tool-dir'),
    toolBinDir: runner.input('tool-bin-dir'),
    envFile: runner.input('env-file') || '.env',
    addProblemMatchers: runner.booleanInput('add-problem-matchers', true),
    envFileAllowIndex: runner.booleanInput('env-file-allow-index', false),
    targets: parseTargetSelection(runner.input('targets')),
    failOn: parseFailOn(runner.input('fail-on')),
    driver: parseDriver(runner.input('driver')),
  };
}

function parseChecksum(value: string): string {
  const checksum = parseChecksumInput(value);
  if (checksum === null) {
    throw new LockstepError(`checksum: \`${value}\` is not a sha256`, { hint: 'Give the 64 hex digits of the uv file this job downloads (`sha256sum` prints them), or leave `checksum` empty.' });
  }
  return checksum;
}

function parseDriver(value: string): string | null {
  if (!value) return null;
  if (!/^\d{3}(\.\d+){0,2}$/.test(value)) {
    throw new LockstepError(`driver: \`${value}\` is not an NVIDIA driver version.`, {
      hint: 'Give the version nvidia-smi reports on the GPU runners, like 550.54.15 (or leave `driver` empty).',
    });
  }
  return value;
}
