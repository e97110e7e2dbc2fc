#!/usr/bin/env node
// bench/bump: plan time of `lockstep bump` for a project with 50 exact pins against the loopback index
// (lookups + choice, median of N runs; target ≤ 3 s), and, for one --write-style apply with the real
// uv, the number of `uv lock` invocations: one per group, not one per package.
//
//   node bench/bump.mjs [--runs 5] [--pins 50] [--delay-ms 20]
//
// --delay-ms delays every index response (default 20 ms, a nearby mirror) so the concurrency of the
// lookups shows; the 50 pins fall into 8 groups (pytorch + 7 configured in [tool.lockstep.bump.groups]).
import { parseArgs } from 'node:util';
import os from 'node:os';
import { formatMs, median } from './lib/stats.mjs';
import { ensureNode24, importTs, removeBundles } from './lib/load-ts.mjs';

await ensureNode24();
const { values } = parseArgs({ options: { runs: { type: 'string' }, pins: { type: 'string' }, 'delay-ms': { type: 'string' } } });
const runs = Number(values.runs ?? 5);
const pinCount = Number(values.pins ?? 50);
const delayMs = Number(values['delay-ms'] ?? 20);

const [{ LocalIndex }, fixtures, uvSupport, job, process_] = await Promise.all([
  importTs('__tests__/support/local-index.ts'),
  importTs('__tests__/support/fixture-project.ts'),
  importTs('__tests__/support/uv-binary.ts'),
  importTs('src/jobs/bump.ts'),
  importTs('src/adapters/process.ts'),
]);

const index = await LocalIndex.start();
const old = { uploadTime: '2025-01-01T00:00:00Z' };
const names = ['torch', 'torchvision', ...Array.from({ length: pinCount - 2 }, (_, i) => `pkg${String(i).padStart(2, '0')}`)];
for (const name of names) {
  // Three releases each, the newest a pre-release the planner must skip.
  index.addWheel({ name, version: '1.0.0' }, old);
  index.addWheel({ name, version: '1.1.0' });
  index.addWheel({ name, version: '1.2.0rc1' });
}
const groups = Array.from({ length: 7 }, (_, g) => `g${g} = [${names.slice(2).filter((_, i) => i % 7 === g).map((n) => JSON.stringify(n)).join(', ')}]`);
const pyproject = [
  '[project]',
  'name = "bench"',
  'version = "0.1.0"',
  'requires-python = ">=3.11"',
  'dependencies = [',
  ...names.map((n) => `    "${n}==1.0.0",`),
  ']',
  '',
  '[tool.lockstep.bump.groups]',
  ...groups,
  '',
].join('\n');
const cacheDir = fixtures.makeTempDir('bench-bump-uv-cache');
const dir = fixtures.makeProject({ 'pyproject.toml': pyproject }, 'bench-bump');
await uvSupport.runUv(['lock'], { cwd: dir, indexUrl: index.url, cacheDir });
const env = { ...uvSupport.uvTestEnv({ cwd: dir, cacheDir, indexUrl: index.url }) };

index.setDelay(delayMs);
const times = [];
let planned;
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  planned = await job.planProject(dir, { env });
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
index.setDelay(0);
const moving = planned.plan.bumps.filter((b) => b.status === 'planned').length;

let lockCalls = 0;
const counting = (command, args, options) => {
  if (args[0] === 'lock') lockCalls++;
  return process_.runProcess(command, args, options);
};
const started = process.hrtime.bigint();
const result = await job.applyAndVerify(planned, { check: { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] }, uv: { binary: uvSupport.uvBinaryPath(), run: counting, env } });
const applyMs = Number(process.hrtime.bigint() - started) / 1e6;
const groupCount = new Set(result.plan.bumps.filter((b) => b.status === 'applied').map((b) => b.group)).size;

await index.close();
fixtures.cleanupTempDirs();
removeBundles();

const med = median(times);
console.log(`${pinCount} pins, ${moving} to bump, index delay ${delayMs} ms per response, ${os.cpus().length} CPUs, Node ${process.version}`);
console.log(`plan (lookups + choice): median ${formatMs(med)} over ${runs} runs (min ${formatMs(Math.min(...times))}, max ${formatMs(Math.max(...times))}) ${med <= 3000 ? '✓ ≤ 3 s' : '✗ > 3 s target'}`);
console.log(`apply + verify: ${formatMs(applyMs)}, uv lock invocations: ${lockCalls} for ${groupCount} groups / ${moving} packages ${lockCalls === groupCount ? '✓ one per group' : '✗ not one per group'}`);
