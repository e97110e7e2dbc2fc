#!/usr/bin/env node
// bench/check: whole-process time of `node dist/cli.js check` on the largest corpus lock (by bytes)
// with 12 targets, median of N runs, against the same matrix checked by uv (`uv export --frozen` once,
// then `uv pip install --dry-run --no-build` per target: the oracle) as the baseline.
// Also the largest pixi lock (corpus-pixi, every environment × platform), timed in the same loop
// (runs interleaved, so both see the same machine load): its median must stay under 3× the uv.lock one.
// Then scaling: synthetic locks of 1k–100k packages (bench/lib/synthetic-lock.mjs), 8 targets, time
// and peak memory per package for each size. Time is the check process's CPU time (user + system:
// on a shared machine wall time measures the neighbours; wall time is printed beside it); "marginal"
// subtracts a 10-package lock's run (Node start-up, module loading), so it shows how the cost per
// package itself grows with the size of the lock.
//
//   npm run build && node bench/check.mjs [--runs 15] [--uv-runs 3] [--sizes 1000,4000,…] [--scale-runs 3] [--no-scale] [--no-corpus]
import { parseArgs } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeSyntheticProject } from './lib/synthetic-lock.mjs';
import { CLI, CORPUS, REPO_ROOT, corpusProjects, exportPypiRequirements, findUv, median, run, uvDryRun } from './oracle-lib.mjs';
import { printTable } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    'uv-runs': { type: 'string' },
    sizes: { type: 'string' },
    'scale-runs': { type: 'string' },
    'no-scale': { type: 'boolean' },
    'no-corpus': { type: 'boolean' },
  },
});
const runs = Number(values.runs ?? 15);
const uvRuns = Number(values['uv-runs'] ?? 3);
const sizes = (values.sizes ?? '1000,4000,16000,32000,64000,100000').split(',').map(Number);
const scaleRuns = Number(values['scale-runs'] ?? 3);

// Time the CLI on Node 24 (what GitHub runs and what `npm ci` installs into node_modules/.bin) even
// when this script was started with an older `node`: Node 20 is ~80 ms slower here and lacks the
// compile cache the CLI enables.
const node24 = path.join(REPO_ROOT, 'node_modules', '.bin', 'node');
const NODE = Number(process.versions.node.split('.')[0]) < 24 && existsSync(node24) ? node24 : process.execPath;
const nodeVersion = run(NODE, ['--version']).stdout.trim();

if (!values['no-corpus']) {
  const largest = corpusProjects().sort((a, b) => b.bytes - a.bytes)[0];
  const pythons = ['3.10', '3.11', '3.12'];
  const platforms = ['x86_64-manylinux_2_28', 'aarch64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-pc-windows-msvc'];
  const args = [CLI, 'check', largest.dir, '--python', pythons.join(','), '--platform', platforms.join(','), '--format', 'json'];

  const first = run(NODE, args);
  if (first.code !== 0 && first.code !== 1) throw new Error(`lockstep check failed (${first.code}): ${first.stderr}`);
  const targets = JSON.parse(first.stdout).targets.length;
  const PIXI_CORPUS = process.env.LOCKSTEP_PIXI_CORPUS ?? path.join(path.dirname(CORPUS), 'corpus-pixi');
  const pixiLargest = readdirSync(PIXI_CORPUS)
    .filter((d) => existsSync(path.join(PIXI_CORPUS, d, 'pixi.lock')))
    .map((d) => ({ name: d, dir: path.join(PIXI_CORPUS, d), bytes: statSync(path.join(PIXI_CORPUS, d, 'pixi.lock')).size }))
    .sort((a, b) => b.bytes - a.bytes)[0];
  const pixiArgs = [CLI, 'check', pixiLargest.dir, '--format', 'json'];
  const pixiFirst = run(NODE, pixiArgs);
  if (pixiFirst.code !== 0 && pixiFirst.code !== 1) throw new Error(`lockstep check (pixi) failed (${pixiFirst.code}): ${pixiFirst.stderr}`);
  const pixiTargets = JSON.parse(pixiFirst.stdout).targets.length;
  // Both checks also report their CPU time (bench/lib/report-usage.mjs): on a shared, loaded machine
  // the wall-time ratio swings with the load, the CPU-time ratio much less.
  const usageHookPath = path.join(REPO_ROOT, 'bench', 'lib', 'report-usage.mjs');
  const timed = (cliArgs) => {
    const r = run(NODE, ['--import', usageHookPath, ...cliArgs]);
    const usage = JSON.parse(/lockstep-bench-usage (\{.*\})/.exec(r.stderr)?.[1] ?? '{"cpuMs":null}');
    return { ms: r.ms, cpuMs: usage.cpuMs ?? NaN };
  };
  const times = [];
  const pixiTimes = [];
  const cpu = [];
  const pixiCpu = [];
  for (let i = 0; i < runs; i++) {
    const uvRun = timed(args);
    const pixiRun = timed(pixiArgs);
    times.push(uvRun.ms);
    cpu.push(uvRun.cpuMs);
    pixiTimes.push(pixiRun.ms);
    pixiCpu.push(pixiRun.cpuMs);
  }
  const ours = median(times);
  const pixiOurs = median(pixiTimes);

  // uv baseline: export once per run, then one dry run per target (warm uv cache: the first pass fills it).
  const uv = findUv();
  const uvTimes = [];
  for (let i = 0; i <= uvRuns; i++) {
    const started = process.hrtime.bigint();
    const exported = exportPypiRequirements(largest.dir, uv);
    const target = mkdtempSync(path.join(os.tmpdir(), 'lockstep-bench-'));
    for (const py of pythons) for (const p of platforms) uvDryRun(uv, exported.file, p, py, target);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (i > 0) uvTimes.push(ms); // run 0 warms the uv cache
  }
  const theirs = median(uvTimes);

  console.log(`project: ${largest.name} (uv.lock ${largest.bytes} bytes), ${targets} targets, ${os.cpus().length} CPUs, Node ${nodeVersion}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`lockstep check: median ${ours.toFixed(1)} ms over ${runs} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}) ${ours <= 150 ? '✓ ≤ 150 ms' : '✗ > 150 ms target'}`);
  console.log(`uv oracle (export + ${targets} dry runs): median ${theirs.toFixed(1)} ms over ${uvRuns} runs`);
  console.log(`ratio uv / lockstep: ${(theirs / ours).toFixed(1)}×`);
  console.log(`pixi: ${pixiLargest.name} (pixi.lock ${pixiLargest.bytes} bytes), ${pixiTargets} targets (every environment × platform), --format json`);
  console.log(`lockstep check (pixi): median ${pixiOurs.toFixed(1)} ms over ${runs} runs (min ${Math.min(...pixiTimes).toFixed(1)}, max ${Math.max(...pixiTimes).toFixed(1)})`);
  console.log(`ratio pixi / uv.lock check: ${(pixiOurs / ours).toFixed(2)}× wall ${pixiOurs / ours < 3 ? '✓ < 3×' : '✗ ≥ 3× target'}; CPU ${median(pixiCpu).toFixed(0)} ms / ${median(cpu).toFixed(0)} ms = ${(median(pixiCpu) / median(cpu)).toFixed(2)}× ${median(pixiCpu) / median(cpu) < 3 ? '✓ < 3×' : '✗ ≥ 3× target'}`);
}

// --- scaling: synthetic locks ---------------------------------------------------------------------
if (!values['no-scale']) {
  const root = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'lockstep-bench-scale-'));
  const scalePythons = ['3.11', '3.12'];
  const scalePlatforms = ['x86_64-manylinux_2_28', 'aarch64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-pc-windows-msvc'];
  const usageHook = path.join(REPO_ROOT, 'bench', 'lib', 'report-usage.mjs');
  /** One whole-process check: wall ms, CPU ms and peak RSS (MB). */
  const checkOnce = (dir) => {
    const r = run(NODE, ['--import', usageHook, CLI, 'check', dir, '--python', scalePythons.join(','), '--platform', scalePlatforms.join(','), '--format', 'json'], {
      stdio: ['ignore', 'ignore', 'pipe'], // the report (150 MB of JSON at 100k packages) is not needed here
    });
    if (r.code !== 0 && r.code !== 1) throw new Error(`lockstep check failed on ${dir} (${r.code}): ${r.stderr.slice(0, 2000)}`);
    const usage = JSON.parse(/lockstep-bench-usage (\{.*\})/.exec(r.stderr)?.[1] ?? 'null');
    if (!usage) throw new Error(`no usage line from lockstep check on ${dir}: ${r.stderr.slice(-2000)}`);
    return { wall: r.ms, ms: usage.cpuMs, mb: usage.maxRssKb / 1024 };
  };
  const measure = (n) => {
    const dir = path.join(root, String(n));
    const lockBytes = writeSyntheticProject(dir, n);
    const samples = Array.from({ length: scaleRuns }, () => checkOnce(dir));
    rmSync(dir, { recursive: true, force: true });
    return { n, lockBytes, wall: median(samples.map((x) => x.wall)), ms: median(samples.map((x) => x.ms)), mb: median(samples.map((x) => x.mb)) };
  };
  try {
    const base = measure(10);
    const rows = sizes.map((n) => {
      process.stderr.write(`scaling: ${n} packages…\r`);
      return measure(n);
    });
    const perPkg = (r) => (r.ms - base.ms) / r.n;
    const first = rows[0];
    console.log(`\nscaling: synthetic locks, ${scalePythons.length * scalePlatforms.length} targets (${scalePythons.join(', ')} × ${scalePlatforms.join(', ')}), median of ${scaleRuns} runs; a 10-package lock takes ${base.ms.toFixed(0)} ms CPU, ${base.mb.toFixed(0)} MB`);
    printTable([
      ['packages', 'uv.lock', 'CPU time', '(wall)', 'ms/package', 'marginal ms/package', 'vs smallest', 'peak memory', 'MB/package'],
      ...rows.map((r) => [
        String(r.n),
        `${(r.lockBytes / 1e6).toFixed(1)} MB`,
        `${(r.ms / 1000).toFixed(2)} s`,
        `(${(r.wall / 1000).toFixed(2)} s)`,
        (r.ms / r.n).toFixed(3),
        perPkg(r).toFixed(3),
        `${(perPkg(r) / perPkg(first)).toFixed(2)}×`,
        `${r.mb.toFixed(0)} MB`,
        ((r.mb - base.mb) / r.n).toFixed(4),
      ]),
    ]);
    const worst = Math.max(...rows.map((r) => perPkg(r) / perPkg(first)));
    console.log(`marginal CPU time per package, worst size over the smallest: ${worst.toFixed(2)}× ${worst <= 1.5 ? '✓ within 1.5×' : '✗ over 1.5×'}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
