// bench/cache: what the wheel store buys, measured with every real part.
//
//   node bench/cache.mjs                 (re-runs itself on Node 24 from node_modules/.bin when needed)
//   BENCH_RUNS=5 BENCH_LARGE_MB=800 node bench/cache.mjs
//
// For two projects, the example's pins (attrs, tqdm, colorama, iniconfig, tabulate at their real
// sizes) and a larger lock (BENCH_LARGE_PACKAGES packages, BENCH_LARGE_MB in total, shaped like a
// CUDA research lock: a few huge binary wheels and many small ones), with wheels the bench builds and
// serves from the local index (tests' LocalIndex), real uv, the wheel store's cache client (on Linux
// the streaming one, src/adapters/cache/stream-v2.ts; LOCKSTEP_CACHE_STREAMING=false: @actions/cache) and the fake
// Actions cache service (both on 127.0.0.1), it times one CI job = restore + `uv sync --locked` + save:
//   cold      empty store, nothing cached: downloads everything, saves the store
//   exact     store restored from this lock's key: downloads nothing
//   fallback  one pin bumped: the previous store restored, only the bumped package downloaded
//   floor     bare `uv sync --locked` on a warm store already on disk (no cache service at all)
//   exact, pruned store   an exact hit on a store saved after `uv cache prune --ci`
// (the first four with `prune-cache: false`, so the whole store is saved), and reports the store size, the archive size, and both again after `uv cache prune --ci`.
// Everything is loopback: downloads here are faster than from a CDN, restores are faster than from
// the Actions cache, so read the per-GB columns as lower bounds for both.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureNode24, importTs } from './lib/load-ts.mjs';
import { formatMs, median, printTable } from './lib/stats.mjs';

await ensureNode24();

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LARGE_MB = Number(process.env.BENCH_LARGE_MB ?? 400);
const LARGE_PACKAGES = Number(process.env.BENCH_LARGE_PACKAGES ?? 40);

const { FakeCacheServer } = await importTs('__tests__/support/fake-cache-server.ts');
const { LocalIndex } = await importTs('__tests__/support/local-index.ts');
const { ensureUv, UV_TEST_VERSION } = await importTs('__tests__/support/uv-binary.ts');
const wheelStore = await importTs('src/jobs/wheel-store.ts');
const { runProcess } = await importTs('src/adapters/process.ts');
const { fingerprintDirs } = await importTs('src/adapters/cache/fs-tree.ts');

const uvPath = await ensureUv((line) => console.error(`[bench] ${line}`));
const server = await FakeCacheServer.start();
const index = await LocalIndex.start();
const root = path.join(tmpdir(), `lockstep-bench-cache-${process.pid}`);
mkdirSync(root, { recursive: true });
Object.assign(process.env, server.env(), { RUNNER_TEMP: path.join(root, 'runner-temp'), RUNNER_OS: 'Linux' });
delete process.env.GITHUB_SERVER_URL;
mkdirSync(process.env.RUNNER_TEMP, { recursive: true });
const eventPath = path.join(root, 'event.json');
writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: 'main' } }));

/** @actions/core logs to stdout; keep the bench's own output readable. */
async function quiet(fn) {
  const write = process.stdout.write.bind(process.stdout);
  const t0 = performance.now();
  process.stdout.write = process.env.BENCH_VERBOSE
    ? (chunk) => process.stderr.write(`[+${(performance.now() - t0).toFixed(0)} ms] ${String(chunk).trim().slice(0, 120)}\n`)
    : () => true;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

function silentRunner(state = {}, inputs = {}) {
  const outputs = {};
  return {
    outputs,
    state,
    runner: {
      input: (name) => inputs[name] ?? '',
      booleanInput: (_n, f) => f,
      setOutput: (n, v) => (outputs[n] = v),
      exportVariable() {},
      addPath() {},
      setSecret() {},
      saveState: (n, v) => (state[n] = v),
      getState: (n) => state[n] ?? '',
      info() {},
      debug() {},
      notice() {},
      warning: (m) => console.error(`[bench] warning: ${m}`),
      error: (m) => console.error(`[bench] error: ${m}`),
      group: (_n, fn) => fn(),
      appendSummary: async () => {},
      setFailed: (m) => console.error(`[bench] failed: ${m}`),
    },
  };
}

// uv links its wheels-v8 entries to archive-v0 with symlinks: count what the job's cache-size counts
// (lstat, not following links; Node's recursive readdir follows them and counts every wheel twice).
const dirBytes = async (dir) => (await fingerprintDirs([dir])).bytes;

/** uv, asynchronously: the local index and cache service answer from this same process. */
async function uvRun(args, options) {
  const started = performance.now();
  const r = await runProcess(uvPath, args, options);
  if (r.exitCode !== 0) throw new Error(`uv ${args.join(' ')} exited ${r.exitCode}\n${r.stderr}`);
  return { ms: performance.now() - started };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const uvEnv = (storeDir) => ({ PATH: process.env.PATH, HOME: process.env.HOME, UV_CACHE_DIR: storeDir, UV_DEFAULT_INDEX: index.url, UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' });

/** A wheel whose payload is `bytes` long: 70% incompressible (like .so files), 30% Python source. */
function addSizedWheel(name, version, bytes) {
  const binary = Math.floor(bytes * 0.7);
  const source = 'def f(x):\n    return x * 2  # padding\n'.repeat(Math.max(1, Math.floor((bytes - binary) / 40)));
  index.addWheel({ name, version, tag: 'py3-none-any', files: { [`${name.replace(/-/g, '_')}/_native.bin`]: randomBytes(binary), [`${name.replace(/-/g, '_')}/__init__.py`]: source } });
}

const pyproject = (name, pins) => `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [${pins.map((p) => JSON.stringify(p)).join(', ')}]\n\n[tool.uv]\npackage = false\n`;

async function makeProject(name, pins) {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'pyproject.toml'), pyproject(name, pins));
  await uvRun(['lock'], { cwd: dir, env: uvEnv(path.join(root, 'lock-cache')) });
  return dir;
}

/** One CI job on a fresh runner: returns times (ms), hit, downloads. */
async function ciJob(project, storeDir, inputs = { 'prune-cache': 'false' }) {
  rmSync(storeDir, { recursive: true, force: true });
  rmSync(path.join(project, '.venv'), { recursive: true, force: true });
  mkdirSync(storeDir, { recursive: true });
  index.reset();
  process.env.GITHUB_WORKSPACE = project;
  const setup = silentRunner({}, inputs);
  const env = { ...process.env, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: eventPath, GITHUB_JOB: 'bench' };
  const t0 = performance.now();
  const restored = await quiet(() =>
    wheelStore.actionsWheelStore({ env }).restore({
      runner: setup.runner,
      uvCacheDir: storeDir,
      projectDir: project,
      lockFile: path.join(project, 'uv.lock'),
      uvVersion: UV_TEST_VERSION,
      uvPath,
      pythonVersion: '3.11.7',
      pythonPath: 'python3',
      venvPath: path.join(project, '.venv'),
      groups: [],
      extras: [],
      allExtras: false,
    }),
  );
  const t1 = performance.now();
  await uvRun(['sync', '--locked'], { cwd: project, env: uvEnv(storeDir) });
  const t2 = performance.now();
  const downloads = index.totalDownloads();
  const post = silentRunner(setup.state, inputs);
  const saved = await quiet(() => wheelStore.saveWheelStore(post.runner, { runProcess }));
  const t3 = performance.now();
  return { hit: setup.outputs['cache-outcome'], restore: t1 - t0, sync: t2 - t1, save: t3 - t2, total: t3 - t0, downloads, saved, detail: restored.detail };
}

async function floorSync(project, storeDir) {
  rmSync(path.join(project, '.venv'), { recursive: true, force: true });
  return (await uvRun(['sync', '--locked'], { cwd: project, env: uvEnv(storeDir) })).ms;
}

async function benchProject(slug, label, packages, bump) {
  for (const [name, version, bytes] of packages) addSizedWheel(name, version, bytes);
  addSizedWheel(bump[0], bump[2], bump[3]);
  const wheelBytes = index.listFiles().filter((f) => packages.some(([n, v]) => f.project === n && f.version === v)).reduce((s, f) => s + f.data.length, 0);
  const rows = { cold: [], exact: [], fallback: [], floor: [], 'exact, pruned store': [] };
  let sizes;
  for (let run = 0; run < RUNS; run++) {
    const name = `${slug}-${run}`;
    const pins = packages.map(([n, v]) => `${n}==${v}`);
    const project = await makeProject(name, pins);
    const storeDir = path.join(root, `${name}-store`);
    const cold = await ciJob(project, storeDir);
    rows.cold.push(cold);
    if (run === 0) {
      const storeBytes = await dirBytes(storeDir);
      const archiveBytes = server.listEntries().at(-1).sizeBytes;
      const pruned = path.join(root, `${name}-pruned`);
      cpSync(storeDir, pruned, { recursive: true });
      const prune = await uvRun(['cache', 'prune', '--ci'], { env: uvEnv(pruned) });
      sizes = { wheelBytes, storeBytes, archiveBytes, prunedBytes: await dirBytes(pruned), pruneMs: prune.ms };
      rmSync(pruned, { recursive: true, force: true });
    }
    rows.exact.push(await ciJob(project, storeDir));
    rows.floor.push({ total: await floorSync(project, storeDir), sync: 0, restore: 0, save: 0, downloads: 0, hit: 'warm disk' });
    // What `prune-cache: true` (and `auto` for stores of 1 GiB or more) gives the next run: a small archive,
    // every downloaded wheel fetched again.
    const pruned = { 'prune-cache': 'true', 'cache-suffix': 'pruned' };
    await ciJob(project, storeDir, pruned);
    rows['exact, pruned store'].push(await ciJob(project, storeDir, pruned));
    writeFileSync(path.join(project, 'pyproject.toml'), pyproject(name, pins.map((p) => (p.startsWith(`${bump[0]}==`) ? `${bump[0]}==${bump[2]}` : p))));
    await uvRun(['lock'], { cwd: project, env: uvEnv(path.join(root, 'lock-cache')) });
    rows.fallback.push(await ciJob(project, storeDir));
    rmSync(storeDir, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  }
  console.log(`\n## ${label}: ${packages.length} packages, wheels ${mb(sizes.wheelBytes)} (median of ${RUNS} runs)\n`);
  const table = [['scenario', 'cache-outcome', 'wheels downloaded', 'restore', 'uv sync', 'save', 'job total']];
  for (const [scenario, list] of Object.entries(rows)) {
    const m = (k) => median(list.map((r) => r[k]));
    table.push([scenario === 'floor' ? 'floor (bare uv sync)' : scenario, list[0].hit, String(list[0].downloads), formatMs(m('restore')), formatMs(scenario === 'floor' ? m('total') : m('sync')), formatMs(m('save')), formatMs(m('total'))]);
  }
  printTable(table);
  const coldDownloadPerGb = (median(rows.cold.map((r) => r.sync)) / sizes.wheelBytes) * 1024 ** 3;
  const restorePerGb = (median(rows.exact.map((r) => r.restore)) / sizes.archiveBytes) * 1024 ** 3;
  console.log('');
  printTable([
    ['store (UV_CACHE_DIR)', 'cache archive', 'store after prune --ci', 'prune time', 'restore per GB of archive', 'cold sync per GB of wheels'],
    [mb(sizes.storeBytes), mb(sizes.archiveBytes), mb(sizes.prunedBytes), formatMs(sizes.pruneMs), formatMs(restorePerGb), formatMs(coldDownloadPerGb)],
  ]);
}

const KB = 1024;
const MB = 1024 * 1024;
try {
  // The example project's pins at their real wheel sizes (PyPI, 2025).
  await benchProject(
    'example',
    'example (examples/research-project pins)',
    [
      ['attrs', '25.3.0', 63 * KB],
      ['tqdm', '4.67.1', 78 * KB],
      ['colorama', '0.4.6', 25 * KB],
      ['iniconfig', '2.1.0', 6 * KB],
      ['tabulate', '0.9.0', 35 * KB],
    ],
    ['tqdm', '4.67.1', '4.67.2', 78 * KB],
  );
  // A larger lock: three big binary wheels (think torch, nvidia-cudnn, triton) hold most of the bytes.
  const large = [];
  const big = [0.35, 0.2, 0.12];
  const rest = (1 - big.reduce((a, b) => a + b, 0)) / (LARGE_PACKAGES - big.length);
  for (let i = 0; i < LARGE_PACKAGES; i++) large.push([`pkg-${String(i).padStart(2, '0')}`, '1.0.0', Math.floor(LARGE_MB * MB * (big[i] ?? rest))]);
  await benchProject('large', `larger lock (${LARGE_MB} MB)`, large, ['pkg-10', '1.0.0', '1.0.1', Math.floor(LARGE_MB * MB * rest)]);
  if (server.violations.length) console.log(`\nprotocol violations: ${server.violations.join('; ')}`);
} finally {
  await server.close();
  await index.close();
  rmSync(root, { recursive: true, force: true });
}
