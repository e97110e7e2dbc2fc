#!/usr/bin/env node
// bench/online: `lockstep check --online --no-cache` against the REAL indexes (PyPI, download.pytorch.org,
// GitHub...) on corpus projects, whole-process wall time, median of N runs, beside the offline
// `lockstep check` of the same project measured in the same loop (the baseline: what --online adds).
// The largest corpus lock (by bytes) is always included and must finish in under 10 s. Needs the
// network, so it is not part of the test suite or CI; hosts that cannot be reached show up as
// "could not be checked", never as missing.
//
//   npm run build && node bench/online.mjs [--runs 3] [--project NAME]...
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CLI, REPO_ROOT, corpusProjects, median, run } from './oracle-lib.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' }, project: { type: 'string', multiple: true } } });
const runs = Number(values.runs ?? 3);
const projects = corpusProjects();
const largest = projects.sort((a, b) => b.bytes - a.bytes)[0];
const wanted = values.project ?? ['astral-sh__uv-fastapi-example', 'Tetraslam__neuromonster', 'allenai__open-instruct', 'mujocolab__mjlab', 'NVIDIA-NeMo__RL'];
const chosen = [largest, ...projects.filter((p) => wanted.includes(p.name) && p.name !== largest.name)];

const node24 = path.join(REPO_ROOT, 'node_modules', '.bin', 'node');
const NODE = Number(process.versions.node.split('.')[0]) < 24 && existsSync(node24) ? node24 : process.execPath;
const LIMIT_MS = 10_000;

const rows = [['project', 'lock', 'offline', 'online', 'ratio', 'files', 'requests', 'served', 'yanked', 'missing', 'unchecked (hosts)']];
let failed = false;
for (const project of chosen) {
  const offline = [];
  const online = [];
  let last;
  for (let i = 0; i < runs; i++) {
    offline.push(run(NODE, [CLI, 'check', project.dir, '--format', 'json']).ms);
    const r = run(NODE, [CLI, 'check', project.dir, '--online', '--no-cache', '--format', 'json']);
    online.push(r.ms);
    last = JSON.parse(r.stdout);
  }
  const o = last.online;
  const unchecked = [...new Set(o.problems.filter((p) => p.status === 'unchecked').map((p) => new URL(p.source).host))];
  const ms = median(online);
  if (project === largest && ms >= LIMIT_MS) failed = true;
  rows.push([
    project.name + (project === largest ? ' (largest)' : ''),
    `${Math.round(project.bytes / 1024)} KB`,
    `${(median(offline) / 1000).toFixed(2)} s`,
    `${(ms / 1000).toFixed(2)} s`,
    `${(ms / median(offline)).toFixed(1)}x`,
    o.artifacts,
    o.requests,
    o.served,
    o.yanked,
    o.missing,
    `${o.unchecked}${unchecked.length ? ` (${unchecked.join(', ')})` : ''}`,
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const [n, row] of rows.entries()) {
  console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd());
  if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\nmedian of ${runs} run(s), whole process, --no-cache; the largest lock must check online in under ${LIMIT_MS / 1000} s: ${failed ? 'FAILED' : 'ok'}`);
process.exitCode = failed ? 1 : 0;
