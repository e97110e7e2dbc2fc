/**
 * Real venvs for the verify tests: a loopback index with small wheels (and one sdist that only an
 * in-tree build backend can build), projects locked and synced by the real uv (offline:
 * UV_PYTHON_DOWNLOADS=never, a fresh UV_CACHE_DIR, every URL on 127.0.0.1).
 *
 *   const world = await VerifyWorld.start();
 *   const project = await world.syncedProject(['tiny-app==1.0.0']);   // pyproject + uv.lock + .venv
 *   await world.uv(project, ['pip', 'install', 'tiny-dep==2.1.0']);    // change the env behind the lock's back
 */
import { execFile } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeTarGz } from './archives.js';
import { makeProject, makeTempDir } from './fixture-project.js';
import { LocalIndex } from './local-index.js';
import { REPO_ROOT, uvBinaryPath } from './uv-binary.js';

const run = promisify(execFile);

/** An sdist whose pyproject names an in-tree backend (backend-path = ["."]) with no requirements: uv can build it offline. */
function inTreeSdist(name: string, version: string): { filename: string; data: Buffer } {
  const module = name.replace(/-/g, '_');
  const stem = `${module}-${version}`;
  const backend = String.raw`
import base64, hashlib, os, tarfile, zipfile
NAME, VERSION, MODULE = ${JSON.stringify(name)}, ${JSON.stringify(version)}, ${JSON.stringify(module)}
def _record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"
def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    dist_info = f"{MODULE}-{VERSION}.dist-info"
    files = {
        f"{MODULE}/__init__.py": b"built = True\n",
        f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n".encode(),
        f"{dist_info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: in-tree-backend 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    filename = f"{MODULE}-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w") as zf:
        lines = []
        for path, data in files.items():
            zf.writestr(path, data)
            lines.append(_record_line(path, data))
        lines.append(f"{dist_info}/RECORD,,")
        zf.writestr(f"{dist_info}/RECORD", "\n".join(lines) + "\n")
    return filename
def build_sdist(sdist_directory, config_settings=None):
    raise NotImplementedError
`;
  const pyproject = `[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["."]\n\n[project]\nname = "${name}"\nversion = "${version}"\n`;
  const data = writeTarGz([
    { path: `${stem}/PKG-INFO`, data: `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n` },
    { path: `${stem}/pyproject.toml`, data: pyproject },
    { path: `${stem}/backend.py`, data: backend },
    { path: `${stem}/${module}/__init__.py`, data: 'built = True\n' },
  ]);
  return { filename: `${stem}.tar.gz`, data };
}

/** A PEP 517/660 backend with no requirements, for the packaged project: its editable wheel is a `.pth` to src/. */
const EDITABLE_BACKEND = (dependencies: string[]): string => String.raw`
import os, zipfile
REQUIRES = ${JSON.stringify(dependencies)}
def _wheel(directory, editable):
    dist_info = "verify_demo-0.1.0.dist-info"
    filename = "verify_demo-0.1.0-py3-none-any.whl"
    metadata = "Metadata-Version: 2.1\nName: verify-demo\nVersion: 0.1.0\n" + "".join("Requires-Dist: %s\n" % r for r in REQUIRES)
    with zipfile.ZipFile(os.path.join(directory, filename), "w") as zf:
        if editable:
            zf.writestr("verify_demo.pth", os.path.abspath("src") + "\n")
        else:
            zf.writestr("verify_demo/__init__.py", "")
        zf.writestr(dist_info + "/METADATA", metadata)
        zf.writestr(dist_info + "/WHEEL", "Wheel-Version: 1.0\nGenerator: in-tree-backend 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        zf.writestr(dist_info + "/RECORD", "")
    return filename
def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _wheel(wheel_directory, False)
def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    return _wheel(wheel_directory, True)
`;

export class VerifyWorld {
  private constructor(
    readonly index: LocalIndex,
    private readonly cacheDir: string,
  ) {}

  /** The index serves: tiny-app 1.0.0 (→ tiny-dep==2.0.0), tiny-dep 2.0.0 / 2.1.0, tiny-extra 0.3.0, torch 2.5.1+cu124, tiny-src 0.1.0 (sdist only). */
  static async start(): Promise<VerifyWorld> {
    const index = await LocalIndex.start();
    index.addWheel({ name: 'tiny-app', version: '1.0.0', requiresDist: ['tiny-dep==2.0.0'] });
    index.addWheel({ name: 'tiny-dep', version: '2.0.0' });
    index.addWheel({ name: 'tiny-dep', version: '2.1.0' });
    index.addWheel({ name: 'tiny-extra', version: '0.3.0' });
    index.addWheel({ name: 'torch', version: '2.5.1+cu124' });
    index.addWheel({ name: 'torch', version: '2.5.1+cpu' });
    const sdist = inTreeSdist('tiny-src', '0.1.0');
    index.addFile(sdist.data, { filename: sdist.filename });
    return new VerifyWorld(index, makeTempDir('uv-cache'));
  }

  /** uv's environment: this index only, no downloads, no user config, the world's own cache. */
  env(): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      UV_DEFAULT_INDEX: this.index.url,
      UV_CACHE_DIR: this.cacheDir,
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_CONFIG: '1',
      UV_PYTHON: '3.11',
    };
  }

  async uv(cwd: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
    return run(uvBinaryPath(), args, { cwd, env: this.env() });
  }

  /**
   * A project depending on `dependencies`, locked and synced into `.venv`. Virtual (no build system: uv
   * does not install it) unless `packaged`, then uv installs it editable through an in-tree PEP 660 backend.
   */
  async syncedProject(
    dependencies: string[],
    options: { syncArgs?: string[]; packaged?: boolean; extras?: Record<string, string[]> } = {},
  ): Promise<string> {
    const list = (reqs: string[]) => `[\n${reqs.map((d) => `  ${JSON.stringify(d)},`).join('\n')}\n]`;
    const extras = Object.entries(options.extras ?? {}).map(([name, reqs]) => `${name} = ${list(reqs)}\n`).join('');
    const files: Record<string, string> = {
      'pyproject.toml':
        `[project]\nname = "verify-demo"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ${list(dependencies)}\n` +
        (extras ? `\n[project.optional-dependencies]\n${extras}` : ''),
    };
    if (options.packaged) {
      files['pyproject.toml'] += '\n[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["."]\n';
      files['backend.py'] = EDITABLE_BACKEND(dependencies);
      files['src/verify_demo/__init__.py'] = '';
    }
    const project = makeProject(files, 'verify');
    await this.uv(project, ['lock']);
    await this.uv(project, ['sync', '--frozen', ...(options.syncArgs ?? [])]);
    return project;
  }

  async close(): Promise<void> {
    await this.index.close();
  }
}

/**
 * A directory holding an executable `nvidia-smi` that prints `stdout` and exits with `exitCode`: put it
 * first on PATH to stand in for NVIDIA's tool (the format tests pass is the real one, see the tests).
 */
export function fakeNvidiaSmi(stdout: string, exitCode = 0): string {
  const dir = makeTempDir('nvidia-smi');
  const file = path.join(dir, 'nvidia-smi');
  const script = [
    '#!/bin/sh',
    '# Stand-in for nvidia-smi: answers only the query lockstep must ask, with what the real tool prints.',
    'if [ "$1" != "--query-gpu=driver_version,name" ] || [ "$2" != "--format=csv,noheader" ]; then',
    '  echo "fake nvidia-smi: unexpected arguments: $*" >&2',
    '  exit 2',
    'fi',
    "cat <<'LOCKSTEP_EOF'",
    stdout,
    'LOCKSTEP_EOF',
    `exit ${exitCode}`,
    '',
  ].join('\n');
  writeFileSync(file, script);
  chmodSync(file, 0o755);
  return dir;
}

/**
 * Bundles `src/entries/<name>.ts` like scripts/build.mjs does, into a temp dir, so a test runs exactly the
 * action code of this working tree without rebuilding the shared dist/ other tests read.
 */
export async function bundleEntry(name: string): Promise<string> {
  const { build } = await import('esbuild');
  const outdir = makeTempDir(`bundle-${name}`);
  await build({
    entryPoints: [path.join(REPO_ROOT, 'src', 'entries', `${name}.ts`)],
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);" },
  });
  return path.join(outdir, `${name}.js`);
}
