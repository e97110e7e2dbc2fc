#!/usr/bin/env node
// bench/oracle: cross-checks `lockstep check` against uv itself. For every PyPI-hosted package of a
// corpus project, `uv pip install --dry-run --no-build --no-deps` (real PyPI metadata) must fail exactly
// for the packages lockstep calls `sdist` or `missing` on that target.
//
//   node bench/oracle.mjs [PROJECT ...] [--python 3.11,3.12] [--platform x86_64-manylinux_2_28,...]
//
// Needs network (PyPI), uv (.cache/uv from the test setup, or PATH) and `npm run build`.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { CLI, CORPUS, corpusProjects, exportPypiRequirements, findUv, run, uvFailures } from './oracle-lib.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { python: { type: 'string' }, platform: { type: 'string' } },
});
const platforms = (values.platform ?? 'x86_64-manylinux_2_28,aarch64-apple-darwin,x86_64-pc-windows-msvc').split(',');
const defaultProjects = ['stanford-cs336__assignment5-alignment', 'index-tts__index-tts', 'nari-labs__dia', 'kyutai-labs__moshi__rust_moshi-server'];
const projects = (positionals.length ? positionals : defaultProjects).map((p) => (p.includes('/') ? p : path.join(CORPUS, p)));
const uv = findUv();
const info = new Map(corpusProjects().map((p) => [p.dir, p]));

/** Lowest CPython minor allowed by a requires-python like `>=3.11, <3.13` or `==3.12.8`. */
function defaultPython(requiresPython) {
  const m = /(?:>=|==|~=)\s*3\.(\d+)/.exec(requiresPython ?? '');
  return m ? `3.${m[1]}` : '3.12';
}

let totalPairs = 0;
let totalAgree = 0;
for (const dir of projects) {
  const pythons = (values.python ?? defaultPython(info.get(dir)?.requiresPython)).split(',');
  const exported = exportPypiRequirements(dir, uv);
  const cli = run(process.execPath, [CLI, 'check', dir, '--python', pythons.join(','), '--platform', platforms.join(','), '--format', 'json']);
  if (cli.code !== 0 && cli.code !== 1) {
    console.log(`${path.basename(dir)}: lockstep exit ${cli.code}: ${cli.stderr.trim()}`);
    continue;
  }
  const report = JSON.parse(cli.stdout);
  let pairs = 0;
  let agree = 0;
  const disagreements = [];
  for (const target of report.targets) {
    const engineBad = new Set(
      report.packages
        .filter((p) => exported.names.has(p.name) && ['sdist', 'missing'].includes(p.verdicts[target.id]?.status))
        .map((p) => p.name),
    );
    const oracle = uvFailures(uv, exported.file, target.platform, target.python);
    if (oracle.error) disagreements.push(`${target.id}: uv stopped on an unparsed error: ${oracle.error}`);
    for (const name of exported.names) {
      const a = engineBad.has(name);
      const b = oracle.failing.has(name);
      pairs++;
      if (a === b) agree++;
      else disagreements.push(`${target.id}: ${name} lockstep=${report.packages.find((p) => p.name === name)?.verdicts[target.id]?.status ?? 'absent'} uv=${b ? 'fails' : 'ok'}`);
    }
  }
  rmSync(exported.work, { recursive: true, force: true });
  totalPairs += pairs;
  totalAgree += agree;
  console.log(`${path.basename(dir)}: ${exported.names.size} PyPI packages × ${report.targets.length} targets: agreement ${agree}/${pairs} = ${((100 * agree) / Math.max(1, pairs)).toFixed(2)}%`);
  for (const d of disagreements.slice(0, 20)) console.log(`  - ${d}`);
  if (disagreements.length > 20) console.log(`  - ... ${disagreements.length - 20} more`);
}
console.log(`overall: ${totalAgree}/${totalPairs} = ${((100 * totalAgree) / Math.max(1, totalPairs)).toFixed(2)}%`);
