// bench/setup: how much the setup action costs on top of what it drives, and how it compares with pip.
//
//   node bench/setup.mjs            (re-runs itself on Node 24 from node_modules/.bin when needed)
//   BENCH_RUNS=7 node bench/setup.mjs
//
// The action is a snapshot of dist/ taken at start (dist/ may be rebuilt meanwhile).
// Runs, all in this one process, interleaved so drift hits every variant alike, BENCH_RUNS times each
// (default 5), and prints medians and ratios:
//   warm: the action (dist/setup.js, in the runner environment the test harness builds) on a fresh
//         copy of examples/research-project, uv already in the tool cache, warm UV_CACHE_DIR
//     vs  bare `uv sync --locked` (same uv, same warm cache, fresh copy)             → ratio action/uv
//   cold: the action with an empty UV_CACHE_DIR and an empty tool cache (so it also fetches uv)
//     vs  `python -m venv .venv` + `pip install --no-cache-dir` of the same pins     → ratio action/pip
// Packages come from PyPI (benches may use the network; tests never do). uv itself comes from PyPI
// too (`uv-source: pypi`, override with BENCH_UV_SOURCE): github.com is unreachable on the dev machine,
// and timing a refused connection would measure the network, not the action.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureNode24, importTs, removeBundles, REPO_ROOT } from './lib/load-ts.mjs';
import { formatMs, median, printTable, summaryStepTimes, timed } from './lib/stats.mjs';

await ensureNode24();

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const UV_SOURCE = process.env.BENCH_UV_SOURCE ?? 'pypi';
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'research-project');
const PYTHON = process.env.BENCH_PYTHON ?? 'python3.11';
const harness = await importTs('__tests__/support/action-harness.ts');
const fixtures = await importTs('__tests__/support/fixture-project.ts');

const inputs = { 'uv-source': UV_SOURCE, 'enable-cache': 'false' };

// A snapshot of dist/: other people rebuild dist/ (rm + write) while a bench runs; time one build.
const distSnapshot = fixtures.makeTempDir('bench-dist');
cpSync(path.join(REPO_ROOT, 'dist'), distSnapshot, { recursive: true });
const SETUP_ENTRY = path.join(distSnapshot, 'setup.js');

/** One action run on a fresh copy of the example; throws with its log when it fails. */
async function actionRun({ toolCache, uvCacheDir }) {
  const project = fixtures.copyProject(EXAMPLE, 'bench-setup');
  const result = await harness.runAction(SETUP_ENTRY, {
    inputs,
    cwd: project,
    toolCache,
    env: { UV_CACHE_DIR: uvCacheDir, UV_NO_PROGRESS: '1' },
    timeoutMs: 600_000,
  });
  if (result.exitCode !== 0) throw new Error(`the action failed (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
  return { ms: result.durationMs, result, project };
}

const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(UV_|VIRTUAL_ENV$|PIP_)/.test(k)));

// Warm-up: puts uv into a shared tool cache and fills a shared uv cache; its outputs name the uv binary.
const warmToolCache = harness.makeToolCache();
const warmUvCache = fixtures.makeTempDir('bench-uv-cache');
const first = await actionRun({ toolCache: warmToolCache, uvCacheDir: warmUvCache });
const uv = first.result.outputs['uv-path'];
const uvVersion = first.result.outputs['uv-version'];
if (!uv) throw new Error(`the action set no uv-path output:\n${first.result.stdout}`);

// The same pins the action installs (uv's default groups), for pip.
const requirements = path.join(fixtures.makeTempDir('bench-reqs'), 'requirements.txt');
timed(uv, ['export', '--frozen', '--no-hashes', '--no-emit-project', '--no-header', '--no-annotate', '--format', 'requirements-txt', '-o', requirements], {
  cwd: first.project,
  env: { ...cleanEnv(), UV_CACHE_DIR: warmUvCache },
});
const pins = readFileSync(requirements, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

const samples = { actionWarm: [], uvWarm: [], actionCold: [], pipCold: [] };
const warmSteps = {};
for (let i = 0; i < RUNS; i++) {
  process.stderr.write(`run ${i + 1}/${RUNS}\r`);
  const warm = await actionRun({ toolCache: warmToolCache, uvCacheDir: warmUvCache });
  samples.actionWarm.push(warm.ms);
  for (const [step, ms] of Object.entries(summaryStepTimes(warm.result.summary))) (warmSteps[step] ??= []).push(ms);

  const bare = fixtures.copyProject(EXAMPLE, 'bench-uv');
  samples.uvWarm.push(timed(uv, ['sync', '--locked'], { cwd: bare, env: { ...cleanEnv(), UV_CACHE_DIR: warmUvCache, UV_NO_PROGRESS: '1' } }).ms);

  const coldCache = fixtures.makeTempDir('bench-uv-cold');
  samples.actionCold.push((await actionRun({ toolCache: harness.makeToolCache(), uvCacheDir: coldCache })).ms);
  rmSync(coldCache, { recursive: true, force: true });

  const pipProject = fixtures.makeTempDir('bench-pip');
  const started = process.hrtime.bigint();
  timed(PYTHON, ['-m', 'venv', path.join(pipProject, '.venv')]);
  timed(path.join(pipProject, '.venv', 'bin', 'pip'), ['install', '--no-cache-dir', '--disable-pip-version-check', '-q', '-r', requirements], { env: cleanEnv() });
  samples.pipCold.push(Number(process.hrtime.bigint() - started) / 1e6);

  harness.cleanupActionDirs();
}

const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
console.log(`lockstep bench/setup: examples/research-project (${pins.length} pins: ${pins.join(', ')})`);
console.log(`uv ${uvVersion} (${UV_SOURCE}), ${PYTHON}, Node ${process.versions.node}, ${RUNS} runs each, medians\n`);
printTable([
  ['case', 'lockstep setup', 'baseline', 'baseline is', 'ratio'],
  ['warm uv cache', formatMs(m.actionWarm), formatMs(m.uvWarm), 'uv sync --locked', `${(m.actionWarm / m.uvWarm).toFixed(2)}x`],
  ['cold (empty caches)', formatMs(m.actionCold), formatMs(m.pipCold), 'python -m venv + pip install', `${(m.actionCold / m.pipCold).toFixed(2)}x`],
]);
const steps = Object.entries(warmSteps).map(([step, v]) => `${step} ${formatMs(median(v))}`);
if (steps.length) console.log(`\nwarm action, median per step (from its job summary): ${steps.join(', ')}`);
console.log(`\nall samples (ms): ${JSON.stringify(Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map(Math.round)])))}`);

harness.cleanupActionDirs();
fixtures.cleanupTempDirs();
removeBundles();
