// bench/vs-setup-uv: lockstep's setup + post against astral-sh/setup-uv + a `uv sync --locked` step + its
// post, side by side on one harness, for the three runs a CI pipeline sees:
//   cold     a fresh runner, nothing cached: download every wheel, save the cache
//   warm     the same lock again: exact cache hit
//   changed  one pin bumped (a 7 MB wheel): lockstep falls back to the previous store and saves only
//            what uv sync added (a layer over it), setup-uv misses and saves everything
//   again    the bumped lock once more: both hit their exact key (lockstep's is base + layer)
//
//   node bench/vs-setup-uv.mjs --setup-uv DIR [--runs N] [--json] [--bandwidth 50] [--latency 20]
//
// DIR is a checkout of astral-sh/setup-uv (its bundled dist/ runs as is on node24; never commit it here).
// Both actions run as the runner runs them (node24, the step environment of __tests__/support's
// action-harness, setup then post) with:
//   - the same uv, pre-seeded in RUNNER_TOOL_CACHE under the names both look for (uv/<v>/x64 for
//     lockstep, uv/<v>/x86_64 for setup-uv), as a shim that logs each uv call (start, end, args) so
//     phases are timed the same way for both; github.com is unreachable here, so neither downloads uv;
//   - the same fake Actions cache service (__tests__/support/fake-cache-server.ts; a fresh one per
//     chain cold → warm → changed) and the same local index (__tests__/support/local-index.ts), once
//     at loopback speed ("unlimited") and once limited to --bandwidth MB/s shared + --latency ms per
//     request, like a CDN seen from a runner;
//   - tmpfs (/dev/shm) for workspace, RUNNER_TEMP (where both keep UV_CACHE_DIR) and tool cache.
// Repetitions are interleaved (action order alternates) so machine drift hits both alike; medians with
// min–max. `--json` prints {"scenarios": [{name, bandwidth, lockstep_s, setup_uv_s, ratio, …}]}.
//
// The project: 43 packages (22 exact pins + 21 dependencies of theirs), 115 MB of wheels built here
// (a few large binary-like wheels, many small ones, ~10k files), locked with the real uv.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { ensureNode24, importTs, removeBundles, REPO_ROOT } from './lib/load-ts.mjs';
import { median, printTable, summaryStepTimes } from './lib/stats.mjs';

await ensureNode24();

const { values } = parseArgs({
  options: {
    'setup-uv': { type: 'string' },
    runs: { type: 'string' },
    json: { type: 'boolean' },
    bandwidth: { type: 'string' },
    latency: { type: 'string' },
    verbose: { type: 'boolean' },
    only: { type: 'string' },
  },
});
const usage = 'usage: node bench/vs-setup-uv.mjs --setup-uv DIR [--runs N] [--json] [--bandwidth MB/s] [--latency ms]';
if (!values['setup-uv']) {
  console.error(`${usage}\nDIR: a checkout of astral-sh/setup-uv (e.g. git clone --branch v10.0.1 https://github.com/astral-sh/setup-uv)`);
  process.exit(2);
}
const SETUP_UV = path.resolve(values['setup-uv']);
for (const file of ['action.yml', 'dist/setup/index.cjs', 'dist/save-cache/index.cjs']) {
  if (!existsSync(path.join(SETUP_UV, file))) {
    console.error(`${SETUP_UV} is not a setup-uv checkout with its bundled dist/ (${file} is missing)\n${usage}`);
    process.exit(2);
  }
}
const RUNS = Number(values.runs ?? 5);
const MBPS = Number(values.bandwidth ?? 50);
const LATENCY = Number(values.latency ?? 20);
if (!(RUNS >= 1) || !(MBPS > 0) || !(LATENCY >= 0)) {
  console.error(usage);
  process.exit(2);
}
const log = (line) => process.stderr.write(`[vs-setup-uv] ${line}\n`);

const harness = await importTs('__tests__/support/action-harness.ts');
const { FakeCacheServer } = await importTs('__tests__/support/fake-cache-server.ts');
const { LocalIndex } = await importTs('__tests__/support/local-index.ts');
const { ensureUv, UV_TEST_VERSION } = await importTs('__tests__/support/uv-binary.ts');

const SHM = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
const root = mkdtempSync(path.join(SHM, 'lockstep-vs-setup-uv-'));
const index = await LocalIndex.start();
const BANDWIDTHS = [
  { name: 'unlimited', limits: {} },
  { name: `${MBPS} MB/s + ${LATENCY} ms`, limits: { bytesPerSecond: MBPS * 1e6, latencyMs: LATENCY } },
];

// --- the actions -------------------------------------------------------------------------------
// A snapshot of dist/: a rebuild (rm + write) during the bench must not break a run.
const lockstepDist = path.join(root, 'lockstep-dist');
cpSync(path.join(REPO_ROOT, 'dist'), lockstepDist, { recursive: true });
const lockstepInputNames = Object.keys(parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')).inputs ?? {});
/** setup-uv's inputs with their action.yml defaults (the runner passes defaults; the harness passes what it is given). */
function setupUvInputs(workspace) {
  const inputs = {};
  for (const [name, spec] of Object.entries(parseYaml(readFileSync(path.join(SETUP_UV, 'action.yml'), 'utf8')).inputs ?? {})) {
    if (spec?.default === undefined) continue;
    inputs[name] = String(spec.default).replace('${{ github.workspace }}', workspace).replace('${{ github.token }}', '');
  }
  return { ...inputs, version: UV_TEST_VERSION, 'enable-cache': 'true' };
}
function lockstepInputs() {
  // The uv version input is `version` (setup-uv's name) once issue 14 lands, `uv-version` before.
  return { [lockstepInputNames.includes('version') ? 'version' : 'uv-version']: UV_TEST_VERSION };
}

// --- uv in the tool cache, as a timing shim ----------------------------------------------------
const realUv = await ensureUv((line) => log(line));
const toolCache = path.join(root, 'toolcache');
const shim = `#!/bin/bash\n_s=$EPOCHREALTIME\n${JSON.stringify(realUv)} "$@"\n_rc=$?\n[ -n "$BENCH_UV_LOG" ] && printf '%s %s %s\\n' "$_s" "$EPOCHREALTIME" "$*" >> "$BENCH_UV_LOG"\nexit $_rc\n`;
for (const arch of ['x64', 'x86_64']) {
  const dir = path.join(toolCache, 'uv', UV_TEST_VERSION, arch);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'uv'), shim);
  chmodSync(path.join(dir, 'uv'), 0o755);
  symlinkSync(path.join(path.dirname(realUv), 'uvx'), path.join(dir, 'uvx'));
  writeFileSync(path.join(toolCache, 'uv', UV_TEST_VERSION, `${arch}.complete`), '');
}

// --- the project -------------------------------------------------------------------------------
const MB = 1e6;
// 43 packages, 115 MB: three big binary-like wheels (think torch, a CUDA library, triton), a tail of small ones.
const SIZES_MB = [38, 22, 12, 8, 7, 5, 4, 3, 2.5, 2, 1.5, 1.2];
while (SIZES_MB.length < 43) SIZES_MB.push((115 - 106.2) / 31);
const DIRECT = 22;
const BUMPED = 4; // pkg-04, 7 MB
const pkg = (i) => `pkg-${String(i).padStart(2, '0')}`;
const dependencyOf = (i) => (i < DIRECT - 1 ? [DIRECT + i] : i === DIRECT - 1 ? [42] : []);

/** A wheel of about `bytes` (zipped): binary-like incompressible modules (.so) and a little Python source. */
function addWheel(i, version) {
  const bytes = Math.round(SIZES_MB[i] * MB);
  const files = Math.max(60, Math.min(2000, Math.round(SIZES_MB[i] * 100)));
  const module = pkg(i).replace(/-/g, '_');
  const content = {};
  const binaries = Math.ceil(files * 0.7);
  for (let f = 0; f < files; f++) {
    content[`${module}/m${f}${f < binaries ? '.so' : '.py'}`] = f < binaries ? randomBytes(Math.floor(bytes / binaries)) : `def f${f}(x):\n    return x * ${f}\n`.repeat(20);
  }
  index.addWheel({ name: pkg(i), version, tag: 'py3-none-any', files: content, requiresDist: dependencyOf(i).map((d) => `${pkg(d)}==1.0.0`) });
}
log('building 44 wheels (115 MB) for the local index…');
for (let i = 0; i < 43; i++) addWheel(i, '1.0.0');
addWheel(BUMPED, '1.0.1');
const wheelMB = index.listFiles().filter((f) => f.version === '1.0.0').reduce((s, f) => s + f.data.length, 0) / MB;

const uvEnvFor = (cacheDir) => ({ PATH: process.env.PATH, HOME: process.env.HOME, UV_CACHE_DIR: cacheDir, UV_DEFAULT_INDEX: index.url, UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' });
async function exec(cmd, args, options = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const started = performance.now();
  const code = await new Promise((resolve, reject) => child.once('error', reject).once('close', resolve));
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}`);
  return performance.now() - started;
}
function writeProject(dir, bumped) {
  mkdirSync(dir, { recursive: true });
  const pins = Array.from({ length: DIRECT }, (_, i) => `${pkg(i)}==${i === BUMPED && bumped ? '1.0.1' : '1.0.0'}`);
  writeFileSync(
    path.join(dir, 'pyproject.toml'),
    `[project]\nname = "research"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [\n${pins.map((p) => `  "${p}",`).join('\n')}\n]\n\n[tool.uv]\npackage = false\n`,
  );
  writeFileSync(path.join(dir, 'train.py'), 'print("hello")\n');
}
const templates = { old: path.join(root, 'project-old'), new: path.join(root, 'project-new') };
const lockCache = path.join(root, 'lock-cache');
writeProject(templates.old, false);
await exec(realUv, ['lock'], { cwd: templates.old, env: uvEnvFor(lockCache) });
writeProject(templates.new, true);
cpSync(path.join(templates.old, 'uv.lock'), path.join(templates.new, 'uv.lock'));
await exec(realUv, ['lock'], { cwd: templates.new, env: uvEnvFor(lockCache) });
rmSync(lockCache, { recursive: true, force: true });

const SCENARIOS = ['cold', 'warm', 'changed', 'again'];

// --- one CI job --------------------------------------------------------------------------------
const eventPayload = { repository: { default_branch: 'main' } };

/** uv calls the shim logged: [{ start, end, args }] in ms since the epoch. */
function readUvLog(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [s, e, ...args] = line.split(' ');
      return { start: Number(s) * 1000, end: Number(e) * 1000, args: args.join(' ') };
    });
}
const uvTime = (calls, match) => calls.filter((c) => match.test(c.args)).reduce((sum, c) => sum + (c.end - c.start), 0);

/** ms between the first stdout line matching `from` and the first later line matching `to` (or the end). */
function between(result, from, to) {
  const a = result.lines.find((l) => from.test(l.text));
  if (!a) return undefined;
  const b = result.lines.find((l) => l.atMs >= a.atMs && l !== a && to.test(l.text));
  return (b ? b.atMs : result.durationMs) - a.atMs;
}

async function runJob(action, scenario, server) {
  // The same paths on every run, as on a runner (/home/runner/work/<repo>, …/_temp): the cache
  // service only matches entries saved for the same paths.
  const job = path.join(root, `job-${action}`);
  rmSync(job, { recursive: true, force: true });
  const workspace = path.join(job, 'workspace');
  const runnerTemp = path.join(job, 'runner-temp');
  cpSync(scenario === 'changed' || scenario === 'again' ? templates.new : templates.old, workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const uvLog = path.join(job, 'uv.log');
  const env = { ...server.env(), UV_DEFAULT_INDEX: index.url, UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1', BENCH_UV_LOG: uvLog };
  const actionJob = new harness.ActionJob({ cwd: workspace, workspace, runnerTemp, toolCache, env, event: { name: 'push', payload: eventPayload }, timeoutMs: 600_000 });
  index.reset();
  const cacheBefore = server.blobBytes();
  const check = (step, result) => {
    if (result.exitCode !== 0) throw new Error(`${action} ${step} failed (${scenario}):\n${result.stdout}\n${result.stderr}`);
    if (values.verbose) for (const l of result.lines) log(`${action} ${scenario} ${step} +${l.atMs} ms ${l.text.slice(0, 200)}`);
  };
  const t0 = Date.now();
  let setup;
  let sync = 0;
  let post;
  if (action === 'lockstep') {
    setup = await actionJob.run(path.join(lockstepDist, 'setup.js'), { inputs: lockstepInputs() });
    check('setup', setup);
    post = await actionJob.run(path.join(lockstepDist, 'post.js'));
    check('post', post);
  } else {
    setup = await actionJob.run(path.join(SETUP_UV, 'dist/setup/index.cjs'), { inputs: setupUvInputs(workspace) });
    check('setup', setup);
    // The workflow's next step, in the environment setup-uv left (GITHUB_ENV, GITHUB_PATH).
    const stepEnv = harness.buildStepEnvironment({ cwd: workspace, workspace, runnerTemp, toolCache, env: { ...env, ...actionJob.exportedEnv } }).env;
    stepEnv.PATH = [...actionJob.addedPath, process.env.PATH].join(path.delimiter);
    sync = await exec('uv', ['sync', '--locked'], { cwd: workspace, env: stepEnv });
    post = await actionJob.run(path.join(SETUP_UV, 'dist/save-cache/index.cjs'));
    check('post', post);
  }
  const totalMs = Date.now() - t0;
  const calls = readUvLog(uvLog);
  const cacheAfter = server.blobBytes();
  const setupStart = t0;
  const phases = { setup: setup.durationMs, post: post.durationMs };
  phases.startup = calls.length ? calls[0].start - setupStart : NaN;
  if (action === 'lockstep') {
    const steps = summaryStepTimes(setup.summary);
    Object.assign(phases, { uv: steps['Install uv'], python: steps.Python, lock: steps['Check uv.lock'], restore: steps['Restore wheel store'], sync: steps['Sync .venv'] });
  } else {
    const installed = setup.lines.find((l) => /Found uv in tool-cache|Successfully installed uv/.test(l.text));
    const firstLine = setup.lines[0]?.atMs ?? 0;
    Object.assign(phases, {
      uv: installed ? installed.atMs - firstLine : NaN,
      python: uvTime(calls, /^python find/),
      lock: 0,
      restore: between(setup, /Trying to restore cache/, /cache restored|No GitHub Actions cache found|Failed to restore/i),
      sync,
    });
  }
  phases.save = post.durationMs;
  phases.uvTotal = uvTime(calls, /./);
  const result = {
    totalMs,
    phases,
    hit: setup.outputs['cache-outcome'] ?? setup.outputs['cache-hit'],
    indexMB: index.bytesServed() / MB,
    cacheDownMB: (cacheAfter.downloaded - cacheBefore.downloaded) / MB,
    cacheUpMB: (cacheAfter.uploaded - cacheBefore.uploaded) / MB,
    postLog: post.stdout,
  };
  rmSync(job, { recursive: true, force: true });
  return result;
}

/** cold → warm → changed, one action, on a fresh cache service. */
async function chain(action) {
  const server = await FakeCacheServer.start();
  try {
    const out = {};
    for (const scenario of SCENARIOS) out[scenario] = await runJob(action, scenario, server);
    if (server.violations.length) throw new Error(`cache protocol violations (${action}): ${server.violations.join('; ')}`);
    return out;
  } finally {
    await server.close();
  }
}

// --- run ---------------------------------------------------------------------------------------
// --only lockstep|setup-uv: one side, for profiling (no table; --verbose prints each step's log lines with times).
const ACTIONS = values.only ? [values.only] : ['lockstep', 'setup-uv'];
const samples = {}; // samples[bandwidth][action][scenario] = [result]
try {
  log(`project: 43 packages (22 pins), ${wheelMB.toFixed(0)} MB of wheels; ${RUNS} interleaved runs × 2 bandwidths × 2 actions × ${SCENARIOS.length} scenarios`);
  for (let run = 0; run < RUNS; run++) {
    for (const bw of BANDWIDTHS) {
      index.setLimits(bw.limits);
      const order = run % 2 === 0 ? ACTIONS : [...ACTIONS].reverse();
      for (const action of order) {
        log(`run ${run + 1}/${RUNS}, ${bw.name}, ${action}`);
        const results = await chain(action);
        for (const [scenario, r] of Object.entries(results)) (((samples[bw.name] ??= {})[action] ??= {})[scenario] ??= []).push(r);
      }
    }
  }
} finally {
  await index.close();
  harness.cleanupActionDirs();
  rmSync(root, { recursive: true, force: true });
  removeBundles();
}

// --- report ------------------------------------------------------------------------------------
if (values.only) {
  for (const bw of BANDWIDTHS) for (const scenario of SCENARIOS) log(`${bw.name} ${scenario}: ${JSON.stringify(samples[bw.name][values.only][scenario].map((r) => ({ total: Math.round(r.totalMs), ...Object.fromEntries(Object.entries(r.phases).map(([k, v]) => [k, Math.round(v)])) })))}`);
  process.exit(0);
}
const s = (ms) => (ms / 1000).toFixed(2);
const scenarios = [];
for (const bw of BANDWIDTHS) {
  for (const scenario of SCENARIOS) {
    const a = samples[bw.name].lockstep[scenario].map((r) => r.totalMs);
    const b = samples[bw.name]['setup-uv'][scenario].map((r) => r.totalMs);
    scenarios.push({
      name: scenario,
      bandwidth: bw.name,
      lockstep_s: Number(s(median(a))),
      setup_uv_s: Number(s(median(b))),
      ratio: Number((median(a) / median(b)).toFixed(2)),
      runs: a.length,
      lockstep_min_s: Number(s(Math.min(...a))),
      lockstep_max_s: Number(s(Math.max(...a))),
      setup_uv_min_s: Number(s(Math.min(...b))),
      setup_uv_max_s: Number(s(Math.max(...b))),
    });
  }
}
if (values.json) {
  console.log(JSON.stringify({ scenarios }, null, 2));
} else {
  console.log(`bench/vs-setup-uv: lockstep vs setup-uv (${path.basename(SETUP_UV)}) + \`uv sync --locked\`, uv ${UV_TEST_VERSION} pre-seeded in the tool cache`);
  console.log(`project: 43 packages (22 exact pins), ${wheelMB.toFixed(0)} MB of wheels on the local index; tmpfs; ${RUNS} interleaved runs; Node ${process.versions.node}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('time: the whole job (setup [+ sync step] + post), median (min–max)\n');
  printTable([
    ['scenario', 'index link', 'lockstep', 'setup-uv + uv sync', 'ratio'],
    ...scenarios.map((r) => [r.name, r.bandwidth, `${r.lockstep_s.toFixed(2)} s (${r.lockstep_min_s.toFixed(2)}–${r.lockstep_max_s.toFixed(2)})`, `${r.setup_uv_s.toFixed(2)} s (${r.setup_uv_min_s.toFixed(2)}–${r.setup_uv_max_s.toFixed(2)})`, `${r.ratio.toFixed(2)}×`]),
  ]);
  console.log('\nper phase, median seconds (start = node start → first uv call; uv = find/install uv; lock = uv.lock check; save = the post step)\n');
  const rows = [['scenario', 'index link', 'action', 'start', 'uv', 'python', 'lock', 'restore', 'sync', 'save', 'in uv', 'hit', 'index MB', 'cache ↓ MB', 'cache ↑ MB']];
  for (const bw of BANDWIDTHS) {
    for (const scenario of SCENARIOS) {
      for (const action of ACTIONS) {
        const list = samples[bw.name][action][scenario];
        const p = (k) => {
          const v = list.map((r) => r.phases[k]).filter((x) => typeof x === 'number' && !Number.isNaN(x));
          return v.length ? s(median(v)) : '—';
        };
        const m = (k) => median(list.map((r) => r[k])).toFixed(1);
        rows.push([scenario, bw.name, action, p('startup'), p('uv'), p('python'), action === 'setup-uv' ? '—' : p('lock'), p('restore'), p('sync'), p('save'), p('uvTotal'), String(list[0].hit), m('indexMB'), m('cacheDownMB'), m('cacheUpMB')]);
      }
    }
  }
  printTable(rows);
  console.log('\n(setup-uv checks no lock; its python column is its `uv python find`.)');
}
