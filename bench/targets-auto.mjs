// How many corpus projects fail the setup step's `targets: auto` check, and why (issue 12).
// Runs the engine as the setup step does on a GitHub Ubuntu runner: default targets + the step's own
// target (the Python it installs: python-version input empty, so .python-version, else the lowest
// requires-python allows; × x86_64-manylinux_2_39, ubuntu-24.04's glibc), lock-stale left to `uv lock --check`, fail-on: error.
//   node bench/targets-auto.mjs [CORPUS_DIR]      (default /work/shared/corpus, else ../shared/corpus)
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { importTs, removeBundles } from './lib/load-ts.mjs';

const corpus = process.argv[2] ?? ['/work/shared/corpus', path.resolve('../shared/corpus')].find((d) => existsSync(d));
if (!corpus) throw new Error('pass the corpus directory');
const { checkProject } = await importTs('src/core/matrix/engine.ts');
const { readProjectFiles } = await importTs('src/adapters/project-files.ts');
const { choosePythonRequest } = await importTs('src/core/setup/python-version.ts');

let failing = 0;
let total = 0;
for (const name of readdirSync(corpus).sort()) {
  const dir = path.join(corpus, name);
  if (!statSync(dir).isDirectory() || !existsSync(path.join(dir, 'uv.lock'))) continue;
  total++;
  const files = readProjectFiles(dir);
  const requiresPython = /^requires-python\s*=\s*"([^"]*)"/m.exec(files.pyproject ?? '')?.[1];
  const request = choosePythonRequest({ input: '', pythonVersionFile: files.pythonVersion ?? undefined, requiresPython });
  const python = /3\.\d+/.exec(request.request)[0];
  const report = checkProject(files, { thisRun: [{ python, platform: 'x86_64-manylinux_2_39' }] });
  const errors = report.findings.filter((f) => f.severity === 'error' && f.code !== 'lock-stale');
  const declared = report.targets.filter((t) => t.provenance?.kind === 'declared').map((t) => t.id);
  if (errors.length > 0) failing++;
  console.log(`${errors.length ? 'FAIL' : 'pass'} ${name} (Python ${python}; ${report.targets.length} targets, declared: ${declared.join(', ')})`);
  for (const f of errors) console.log(`     ${f.code} ${f.package ?? ''} ${f.version ?? ''} [${f.target ?? 'every target'}]: ${f.message.slice(0, 160)}`);
}
console.log(`\n${failing} of ${total} corpus projects fail targets: auto`);
removeBundles();
