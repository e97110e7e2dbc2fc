/**
 * Runs a bundled action entry (`dist/<entry>.js`) as a child process with the environment a GitHub
 * runner gives a step, then parses what the step wrote back: outputs, exported env, PATH additions, job
 * summary, saved state, and workflow commands (annotations, masks, groups) from stdout.
 *
 *   const result = await runAction('setup', { inputs: { version: '0.13.9' }, cwd: projectDir });
 *   expect(result.outputs['lock-status']).toBe('up-to-date');
 *
 *   const job = new ActionJob({ cwd: projectDir });            // several steps of one job:
 *   await job.run('setup', { inputs });                        //   state, GITHUB_ENV and GITHUB_PATH
 *   const post = await job.run('post');                        //   carry over, like on a runner
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { REPO_ROOT } from './uv-binary.js';

/** A workflow-command annotation (`::error file=…,line=…::message`). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface RunActionOptions {
  /** Action inputs by their action.yml name (`uv-version`); become `INPUT_UV-VERSION`. */
  inputs?: Record<string, string>;
  /** Extra environment; `undefined` removes a variable. Applied last, so it can override anything. */
  env?: Record<string, string | undefined>;
  /** Working directory of the step; default: the workspace. */
  cwd?: string;
  /** `GITHUB_WORKSPACE`; default: `cwd`, else a fresh temp dir. */
  workspace?: string;
  /** State saved by an earlier step of the same action (`core.saveState`), passed as `STATE_<name>`. */
  state?: Record<string, string>;
  /** `RUNNER_TOOL_CACHE`; pass the same dir to several calls to share a tool cache. Default: fresh. */
  toolCache?: string;
  /** `RUNNER_TEMP`; default: fresh. */
  runnerTemp?: string;
  /** `GITHUB_EVENT_NAME` and the event payload written to `GITHUB_EVENT_PATH`. Default: `push`, `{}`. */
  event?: { name: string; payload?: unknown };
  /** Kill the step after this long (default 300 000 ms); the result then has `timedOut: true`. */
  timeoutMs?: number;
  /** Feed this to the step's stdin (default: nothing, stdin closed). */
  stdin?: string;
  /** Command-line arguments after the script (for `dist/cli.js`: `['verify', '--format', 'json']`). */
  args?: string[];
}

export interface ActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** stdout lines with when each arrived (ms after the step started), for per-phase timings in benches. */
  lines: { atMs: number; text: string }[];
  /** `core.setOutput` values (GITHUB_OUTPUT). */
  outputs: Record<string, string>;
  /** `core.exportVariable` values (GITHUB_ENV), multi-line values included. */
  env: Record<string, string>;
  /** `core.addPath` entries (GITHUB_PATH), in the order written. */
  path: string[];
  /** Markdown written to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** `core.saveState` values (GITHUB_STATE): pass to the post step as `state`. */
  state: Record<string, string>;
  annotations: Annotation[];
  /** `::add-mask::` values. */
  masks: string[];
  /** `::group::` titles, in order. */
  groups: string[];
  /** `::debug::` messages. */
  debug: string[];
  /** `::add-matcher::` files (problem matchers registered for the rest of the job). */
  matchers: string[];
  /** The dirs the step ran with. */
  dirs: { workspace: string; runnerTemp: string; toolCache: string; cwd: string };
}

const created = new Set<string>();

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `lockstep-${prefix}-`));
  created.add(dir);
  return dir;
}

/** Removes the temp dirs the harness created (workspaces, runner temp, tool caches). Call in afterAll. */
export function cleanupActionDirs(): void {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  created.clear();
}

/** A fresh tool-cache dir to share between several `runAction` calls. */
export function makeToolCache(): string {
  return tempDir('toolcache');
}

/** The env var @actions/core reads an input from: `INPUT_` + name upper-cased, spaces → `_` (hyphens kept). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Resolves `setup` / `post` to `<repo>/dist/<entry>.js`; a path (relative to the repo, or absolute) is used as is. */
export function resolveEntry(entry: string): string {
  if (/^[\w-]+$/.test(entry)) return join(REPO_ROOT, 'dist', `${entry}.js`);
  return isAbsolute(entry) ? entry : resolve(REPO_ROOT, entry);
}

/** Variables a step inherits from the outer process minus anything runner-, action- or uv-specific. */
function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    // The outer process may itself be a GitHub job (CI): never let the step write to its files or read its inputs.
    if (/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_|UV_|VIRTUAL_ENV$|CONDA_PREFIX$|PYTHONHOME$)/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

export interface StepEnvironment {
  env: Record<string, string>;
  files: { output: string; env: string; path: string; summary: string; state: string };
  dirs: ActionResult['dirs'];
}

/**
 * Builds the environment a runner gives one step (files created empty). Used by {@link runAction}; exported
 * for benches and tests that launch the step themselves.
 */
export function buildStepEnvironment(options: RunActionOptions = {}): StepEnvironment {
  const stepDir = tempDir('step');
  const workspace = options.workspace ?? options.cwd ?? tempDir('workspace');
  const runnerTemp = options.runnerTemp ?? tempDir('runner-temp');
  const toolCache = options.toolCache ?? tempDir('toolcache');
  const cwd = options.cwd ?? workspace;
  const files = {
    output: join(stepDir, 'output'),
    env: join(stepDir, 'env'),
    path: join(stepDir, 'path'),
    summary: join(stepDir, 'step_summary'),
    state: join(stepDir, 'state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const eventPath = join(stepDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event?.payload ?? {}));
  mkdirSync(runnerTemp, { recursive: true });
  mkdirSync(toolCache, { recursive: true });

  const env: Record<string, string> = {
    ...inheritedEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: 'lockstep',
    GITHUB_ACTION_PATH: REPO_ROOT,
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: 'test',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REPOSITORY: 'octo-org/research',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_OS: 'Linux',
    RUNNER_NAME: 'lockstep-test-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputEnvName(name)] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return { env, files, dirs: { workspace, runnerTemp, toolCache, cwd } };
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name=value` lines and the heredoc form
 * `name<<DELIMITER\n…\nDELIMITER` that @actions/core writes. Later values win.
 */
export function parseKeyValueFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '') continue;
    const heredoc = line.match(/^([^=]+?)<<(.+)$/);
    if (heredoc && (!line.includes('=') || line.indexOf('<<') < line.indexOf('='))) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i]!.replace(/\r$/, '') !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated ${name}<<${delimiter} block`);
      result[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed line: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text.replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

/**
 * What .NET's `Char.IsWhiteSpace` accepts, written out from its documentation (not shared with src/, so the
 * harness stays an independent oracle): the runner's `TrimStart()` strips these before looking for `::`.
 */
const DOTNET_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/**
 * Workflow commands found in a step's stdout, read the way the runner reads them: lines split as .NET's
 * `StreamReader.ReadLine` does (`\r\n`, `\r`, `\n`), each trimmed with .NET's `TrimStart()` (JavaScript's
 * `trimStart()` keeps U+0085) before looking for `::name props::message`, the legacy `##[name props]message`
 * anywhere in a line, and `::stop-commands::TOKEN` ignoring every command until one named TOKEN.
 */
export function parseWorkflowCommands(stdout: string): Pick<ActionResult, 'annotations' | 'masks' | 'groups' | 'debug' | 'matchers'> {
  const parsed: Pick<ActionResult, 'annotations' | 'masks' | 'groups' | 'debug' | 'matchers'> = { annotations: [], masks: [], groups: [], debug: [], matchers: [] };
  let stoppedUntil: string | null = null;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.replace(DOTNET_WHITESPACE, '');
    // As the runner: the command info runs to the next `::`, its name to the first space.
    const v2 = line.match(/^::([^ ]*?)(?: (.*?))?::(.*)$/s);
    const legacy = v2 ? null : raw.match(/##\[([^\]\s]+)(?: ([^\]]*))?\](.*)$/s);
    const match = v2 ?? legacy;
    if (!match) continue;
    const [, command = '', props = '', data = ''] = match;
    if (stoppedUntil !== null) {
      if (v2 && command === stoppedUntil) stoppedUntil = null;
      continue;
    }
    const message = unescapeData(data);
    if (command === 'error' || command === 'warning' || command === 'notice') {
      const annotation: Annotation = { level: command, message };
      for (const pair of props.split(legacy ? ';' : ',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        const key = pair.slice(0, eq).trim();
        const value = unescapeProperty(pair.slice(eq + 1));
        if (key === 'file' || key === 'title') annotation[key] = value;
        else if (key === 'line' || key === 'endLine' || key === 'endColumn') annotation[key] = Number(value);
        else if (key === 'col') annotation.col = Number(value);
      }
      parsed.annotations.push(annotation);
    } else if (command === 'add-mask') parsed.masks.push(message);
    else if (command === 'group') parsed.groups.push(message);
    else if (command === 'debug') parsed.debug.push(message);
    else if (command === 'add-matcher') parsed.matchers.push(message);
    else if (command === 'stop-commands' && data) stoppedUntil = data;
  }
  return parsed;
}

function readIfExists(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Runs one step of the action (see the module comment). Never throws for a failing step: check `exitCode`. */
export async function runAction(entry: 'setup' | 'post' | (string & {}), options: RunActionOptions = {}): Promise<ActionResult> {
  const script = resolveEntry(entry);
  if (!existsSync(script)) throw new Error(`${script} does not exist; run \`npm run build\` first`);
  const step = buildStepEnvironment(options);
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...(options.args ?? [])], { cwd: step.dirs.cwd, env: step.env, stdio: ['pipe', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const lines: ActionResult['lines'] = [];
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout.push(chunk);
    const atMs = Date.now() - started;
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    for (const text of parts) lines.push({ atMs, text });
  });
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.end(options.stdin ?? '');
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 300_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (code, sig) => resolvePromise([code, sig]));
  }).finally(() => clearTimeout(timer));
  const out = Buffer.concat(stdout).toString('utf8');
  return {
    exitCode,
    signal,
    timedOut,
    durationMs: Date.now() - started,
    stdout: out,
    stderr: Buffer.concat(stderr).toString('utf8'),
    lines: partial ? [...lines, { atMs: Date.now() - started, text: partial }] : lines,
    outputs: parseKeyValueFile(readIfExists(step.files.output)),
    env: parseKeyValueFile(readIfExists(step.files.env)),
    path: readIfExists(step.files.path).split('\n').map((l) => l.replace(/\r$/, '')).filter(Boolean),
    summary: readIfExists(step.files.summary),
    state: parseKeyValueFile(readIfExists(step.files.state)),
    ...parseWorkflowCommands(out),
    dirs: step.dirs,
  };
}

/**
 * Several steps of one job, the way a runner chains them: one workspace, RUNNER_TEMP and tool cache;
 * each step sees the env and PATH earlier steps exported, and a step of the action sees the state its
 * earlier steps saved (so `post` gets setup's `STATE_*`). `run('post')` reuses the last inputs, as the
 * runner passes the same `with:` to the post step.
 */
export class ActionJob {
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly toolCache: string;
  readonly cwd: string;
  /** Env exported so far (GITHUB_ENV of all steps). */
  readonly exportedEnv: Record<string, string> = {};
  /** PATH entries added so far, most recent first (as the runner prepends them). */
  readonly addedPath: string[] = [];
  /** State saved so far by the action's steps. */
  readonly state: Record<string, string> = {};
  readonly steps: ActionResult[] = [];
  private lastInputs: Record<string, string> = {};

  constructor(private readonly defaults: Omit<RunActionOptions, 'inputs' | 'state'> = {}) {
    this.workspace = defaults.workspace ?? defaults.cwd ?? tempDir('workspace');
    this.runnerTemp = defaults.runnerTemp ?? tempDir('runner-temp');
    this.toolCache = defaults.toolCache ?? tempDir('toolcache');
    this.cwd = defaults.cwd ?? this.workspace;
  }

  /** Runs the next step; `options` override the job defaults for this step only. */
  async run(entry: 'setup' | 'post' | (string & {}), options: RunActionOptions = {}): Promise<ActionResult> {
    const inputs = options.inputs ?? this.lastInputs;
    this.lastInputs = inputs;
    const basePath = options.env?.PATH ?? this.defaults.env?.PATH ?? process.env.PATH ?? '';
    const env = {
      ...this.exportedEnv,
      ...this.defaults.env,
      ...options.env,
      PATH: [...this.addedPath, basePath].filter(Boolean).join(delimiter),
    };
    const result = await runAction(entry, {
      ...this.defaults,
      ...options,
      workspace: this.workspace,
      runnerTemp: this.runnerTemp,
      toolCache: this.toolCache,
      cwd: options.cwd ?? this.cwd,
      inputs,
      state: { ...this.state, ...options.state },
      env,
    });
    Object.assign(this.exportedEnv, result.env);
    Object.assign(this.state, result.state);
    this.addedPath.unshift(...[...result.path].reverse());
    this.steps.push(result);
    return result;
  }
}
