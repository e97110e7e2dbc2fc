// `npm run demo`: runs the bundled action (dist/setup.js, the file GitHub runs) on
// examples/research-project with a runner environment made of temp files, then prints the outputs,
// the exported variables and the job summary, and checks the .venv it built.
// uv-source is `auto`: where github.com cannot be reached (as on this machine) it falls back to PyPI.
// The tool cache and uv's cache live under .cache/demo/ so a second run is warm; `--cold` wipes them.
// Works on Node 20 and 24 (no flags, no dependencies beyond node:*).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const project = path.join(root, 'examples', 'research-project');
const entry = path.join(root, 'dist', 'setup.js');
const cold = process.argv.includes('--cold');
const demoCache = path.join(root, '.cache', 'demo');

if (!existsSync(entry)) {
  console.error('dist/setup.js is missing: run `npm run build` (dist/ is normally committed).');
  process.exit(1);
}
if (cold) {
  rmSync(demoCache, { recursive: true, force: true });
  rmSync(path.join(project, '.venv'), { recursive: true, force: true });
}
const toolCache = path.join(demoCache, 'tool-cache');
const uvCache = path.join(demoCache, 'uv-cache');
mkdirSync(toolCache, { recursive: true });

const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-demo-'));
const files = {
  GITHUB_OUTPUT: path.join(runnerDir, 'output'),
  GITHUB_ENV: path.join(runnerDir, 'env'),
  GITHUB_PATH: path.join(runnerDir, 'path'),
  GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary.md'),
  GITHUB_STATE: path.join(runnerDir, 'state'),
};
for (const file of Object.values(files)) writeFileSync(file, '');
const runnerTemp = path.join(runnerDir, 'temp');
mkdirSync(runnerTemp);

const inputs = {
  'working-directory': 'examples/research-project',
  'uv-source': process.env.DEMO_UV_SOURCE ?? 'auto',
  'env-file': '.env',
  groups: 'dev',
  extras: 'report',
  // The lock engine on every target the lock supports, before anything is installed (summary table).
  targets: 'auto',
};
const env = {
  ...process.env,
  ...files,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: root,
  RUNNER_TEMP: runnerTemp,
  RUNNER_TOOL_CACHE: toolCache,
  UV_CACHE_DIR: uvCache,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
};

console.log(`> node dist/setup.js   (working-directory: ${inputs['working-directory']}, uv-source: ${inputs['uv-source']}${cold ? ', cold' : ''})\n`);
const started = Date.now();
// The runner hides `::debug::` lines unless step debugging is on (ACTIONS_STEP_DEBUG); so does the demo
// (`npm run demo -- --debug` shows them).
const showDebug = process.argv.includes('--debug') || process.env.ACTIONS_STEP_DEBUG === 'true';
const result = spawnSync(process.execPath, [entry], { cwd: root, env, stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28 });
process.stdout.write((result.stdout ?? '').split('\n').filter((line) => showDebug || !line.startsWith('::debug::')).join('\n'));
const seconds = ((Date.now() - started) / 1000).toFixed(2);

/** GITHUB_OUTPUT / GITHUB_ENV use `name<<delimiter` blocks. */
function readCommandFile(file) {
  const values = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const body = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i]);
    values[m[1]] = body.join('\n');
  }
  return values;
}

console.log('\n--- outputs ---');
for (const [name, value] of Object.entries(readCommandFile(files.GITHUB_OUTPUT))) console.log(`${name}: ${value}`);
console.log('\n--- exported to later steps (names only; values may be secrets) ---');
console.log(Object.keys(readCommandFile(files.GITHUB_ENV)).join(', ') || '(none)');
console.log('\n--- added to PATH ---');
console.log(readFileSync(files.GITHUB_PATH, 'utf8').trim() || '(none)');
console.log('\n--- job summary ---');
console.log(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8').trim());
rmSync(runnerDir, { recursive: true, force: true });

if (result.status !== 0) {
  console.error(`\nthe action failed (exit ${result.status}) after ${seconds} s`);
  process.exit(result.status ?? 1);
}
const python = path.join(project, '.venv', process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
const check = spawnSync(python, ['-c', 'import attrs, tqdm, tabulate, iniconfig; print("attrs", attrs.__version__, "| tqdm", tqdm.__version__)'], {
  encoding: 'utf8',
});
console.log(`\n--- ${path.relative(root, python)} ---`);
console.log((check.stdout || check.stderr).trim());
console.log(`\naction wall time: ${seconds} s`);
process.exit(check.status ?? 1);
