// The pixi engine on the real corpus: per project, the CUDA and staleness verdicts established by
// reading each lock and manifest (see the comments), then rule-by-rule cases on edited copies.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LockstepError } from '../../../src/core/errors.js';
import { checkPixiProject, type PixiCheckOptions, type PixiProjectFiles } from '../../../src/core/matrix/pixi-engine.js';
import { PIXI_CORPUS_DIR } from '../../support/fixture-project.js';

function corpusFiles(project: string): PixiProjectFiles {
  const dir = path.join(PIXI_CORPUS_DIR, project);
  const manifestPath = existsSync(path.join(dir, 'pixi.toml')) ? 'pixi.toml' : 'pyproject.toml';
  return { manifest: readFileSync(path.join(dir, manifestPath), 'utf8'), manifestPath, lock: readFileSync(path.join(dir, 'pixi.lock'), 'utf8') };
}

const check = (project: string, options: PixiCheckOptions = {}) => checkPixiProject(corpusFiles(project), options);

/**
 * What each lock says, read by hand:
 * - st_gcn: unpinned cuda-nvcc resolved to 12.6.20 while pytorch is py3.12_cuda12.4 (linux 2.4.0, win 2.5.0).
 * - numba-cuda: pixi.toml [package] says 0.30.4, the lock's source records say 0.28.2 (stale); in
 *   cu-12-9-py312 on win-64 pytorch-gpu is cuda128 beside cuda-nvcc 12.9.86.
 * - array-api-extra: on p2 (win-64, __cuda=12.9) tests-cuda, tests-cuda-py311 and dev-cuda get a cpu_mkl pytorch.
 * - pixi-sample: the cu121 envs lock pytorch 2.3.0 py3.x_cuda12.1 with cuda-nvcc 12.6.20 from the unlabeled nvidia channel.
 * - b3d: env gpu on linux-64: cuda-nvcc 12.6.68 beside pytorch 2.3.0 cuda120.
 * - Agreement cases, no finding: gausstwin (cuda-version 12.4 + torch +cu124), wilor-nano (nvcc 12.8.93 +
 *   torch +cu128), nerfstudio/mini-dpvo (pytorch cuda11.8 + nvcc 11.8.89), monoprior (cuda118 userland on a
 *   declared CUDA 12 driver: valid), numba-cuda's other envs (nvcc = cuda-version = pytorch's CUDA or no torch),
 *   genjax (jaxlib cuda129 with cuda-version 12.9), scipy (pytorch-gpu cuda129 with cuda-version 12.9),
 *   cupy-example, combined-build-example (13.1 only in the source packages' build sets).
 * - Not stale anywhere else: later manifest edits touched tasks only (gausstwin, nerfstudio) or
 *   target-specific overrides the lock follows (mini-dust3r's osx-arm64 torch >=2.5.1 from whl/cpu).
 */
const EXPECTED: Record<string, { targets: number; cuda: string[]; stale: string[]; sdist: string[] }> = {
  '218OSCAR__adaptive_compliance_policy': { targets: 3, cuda: [], stale: [], sdist: ['antlr4-python3-runtime', 'asciitree', 'atomic', 'iopath', 'toppra'] },
  '2986002971__st_gcn': { targets: 2, cuda: ['warning default-linux-64 cuda-nvcc', 'warning default-win-64 cuda-nvcc'], stale: [], sdist: [] },
  '6cyc6__gausstwin': { targets: 1, cuda: [], stale: [], sdist: [] },
  'NVIDIA__numba-cuda': { targets: 48, cuda: ['warning cu-12-9-py312-win-64 cuda-nvcc'], stale: ['pixi.toml:286 numba-cuda'], sdist: [] },
  'data-apis__array-api-extra': { targets: 90, cuda: ['warning dev-cuda-p2 pytorch', 'warning tests-cuda-p2 pytorch', 'warning tests-cuda-py311-p2 pytorch'], stale: [], sdist: [] },
  'intMinsu__pixi-sample': { targets: 13, cuda: ['warning py310cu121-linux-64 cuda-nvcc', 'warning py38cu121-linux-64 cuda-nvcc', 'warning py39cu121-linux-64 cuda-nvcc'], stale: [], sdist: [] },
  'matthewfeickert-talks__reproducible-cuda-workflows-with-pixi-scipy-2026__book_code_combined-build-example': { targets: 2, cuda: [], stale: [], sdist: [] },
  'matthewfeickert-talks__reproducible-cuda-workflows-with-pixi-scipy-2026__book_code_cupy-example': { targets: 2, cuda: [], stale: [], sdist: [] },
  'matthewfeickert__nvidia-gpu-ml-library-test': { targets: 12, cuda: [], stale: [], sdist: [] },
  'nerfstudio-project__nerfstudio': { targets: 1, cuda: [], stale: [], sdist: ['fire', 'pycollada', 'pyliblzfse'] },
  'pablovela5620__mini-dpvo': { targets: 2, cuda: [], stale: [], sdist: [] },
  'pablovela5620__mini-dust3r': { targets: 6, cuda: [], stale: [], sdist: [] },
  'pablovela5620__monoprior': { targets: 3, cuda: [], stale: [], sdist: ['pyperclip'] },
  'pablovela5620__wilor-nano': { targets: 2, cuda: [], stale: [], sdist: [] },
  'prefix-dev__pixi__examples_detectron2-from-source': { targets: 3, cuda: [], stale: [], sdist: ['antlr4-python3-runtime', 'fvcore'] },
  'prefix-dev__pixi__examples_pypi-source-deps': { targets: 4, cuda: [], stale: [], sdist: [] },
  'probcomp__b3d': { targets: 6, cuda: ['warning gpu-linux-64 cuda-nvcc'], stale: [], sdist: ['typing'] },
  'probcomp__genjax': { targets: 32, cuda: [], stale: [], sdist: ['dm-tree', 'ptitprince'] },
  'scipy__scipy': { targets: 134, cuda: [], stale: [], sdist: [] },
};

const projects = readdirSync(PIXI_CORPUS_DIR).filter((d) => existsSync(path.join(PIXI_CORPUS_DIR, d, 'pixi.lock'))).sort();

describe('checkPixiProject on the pixi corpus', () => {
  it('pins every corpus project', () => expect(projects).toEqual(Object.keys(EXPECTED).sort()));

  it.each(projects)('%s', (project) => {
    const report = check(project);
    const expected = EXPECTED[project]!;
    expect(report.findings.filter((f) => f.code === 'parse-error')).toEqual([]);
    expect(report.targets).toHaveLength(expected.targets);
    expect(report.findings.filter((f) => f.code === 'cuda-mismatch').map((f) => `${f.severity} ${f.target} ${f.package}`).sort()).toEqual(expected.cuda);
    expect(report.findings.filter((f) => f.code === 'lock-stale').map((f) => `${f.file}:${f.line} ${f.package ?? ''}`).sort()).toEqual(expected.stale);
    expect([...new Set(report.findings.filter((f) => f.code === 'sdist-build').map((f) => f.package))].sort()).toEqual(expected.sdist);
    // Every record an environment installs has a verdict on its target; conda packages are never "missing".
    for (const t of report.targets) {
      const statuses = report.packages.map((p) => p.verdicts[t.id]?.status).filter((s) => s !== undefined);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses).not.toContain('missing');
    }
  });

  it('targets are values: environment × platform, with the declared CUDA and the locked Python', () => {
    const report = check('scipy__scipy', { environments: ['torch-cuda'] });
    // torch-cuda's features limit it to the CUDA 12.9 platform (p1 = linux-64 + __cuda=12.9).
    expect(report.targets.map((t) => t.id)).toEqual(['torch-cuda-p1']);
    expect(report.targets.find((t) => t.id === 'torch-cuda-p1')).toMatchObject({ environment: 'torch-cuda', platform: 'p1', cuda: '12.9', lock: 'pixi.lock' });
    expect(report.targets[0]!.python).toMatch(/^3\.\d+$/);
    const torch = report.packages.find((p) => p.name === 'pytorch' && p.verdicts['torch-cuda-p1']);
    expect(torch?.verdicts['torch-cuda-p1']).toMatchObject({ status: 'conda', file: expect.stringMatching(/^pytorch-2\.10\.0-cuda129_/) });
  });

  it('--platform selects by pixi platform name or subdir; unknown names are errors listing what exists', () => {
    expect(check('pablovela5620__mini-dust3r', { platforms: ['osx-arm64'] }).targets.map((t) => t.id).sort()).toEqual(['default-osx-arm64', 'spaces-osx-arm64']);
    expect(() => check('pablovela5620__mini-dust3r', { platforms: ['linux-32'] })).toThrow(LockstepError);
    expect(() => check('pablovela5620__mini-dust3r', { environments: ['gpu'] })).toThrow(/environment `gpu` not in pixi\.lock/);
  });

  it('verdicts: PyPI wheel, sdist, git and path sources', () => {
    const report = check('prefix-dev__pixi__examples_pypi-source-deps', { platforms: ['linux-64'] });
    const status = (name: string) => report.packages.find((p) => p.name === name)?.verdicts['default-linux-64']?.status;
    expect(status('flask')).toBe('source'); // git dependency
    expect(status('minimal-project')).toBe('source'); // local path
    expect(status('click')).toBe('wheel'); // direct wheel URL
    expect(status('python')).toBe('conda');
  });
});

describe('staleness, the way pixi decides it', () => {
  const base = corpusFiles('6cyc6__gausstwin');
  const edited = (edit: (m: string) => string) => checkPixiProject({ ...base, manifest: edit(base.manifest!) }).findings.filter((f) => f.code === 'lock-stale');

  it('the unedited project is not stale', () => expect(edited((m) => m)).toEqual([]));

  it('a new dependency the lock lacks points at its manifest line', () => {
    const stale = edited((m) => m.replace('[dependencies]', '[dependencies]\nlibfoo-not-locked = "==1.0"'));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ file: 'pixi.toml', package: 'libfoo-not-locked', severity: 'error' });
    expect(base.manifest!.split('\n').findIndex((l) => l.startsWith('[dependencies]')) + 2).toBe(stale[0]!.line);
    expect(stale[0]!.message).toMatch(/is not in pixi\.lock .* Run `pixi lock`/);
  });

  it('a version the locked record does not satisfy (conda spec), a platform and an environment the lock lacks, other channels', () => {
    const python = /^python = .*$/m.exec(base.manifest!)?.[0];
    expect(python).toBeDefined();
    expect(edited((m) => m.replace(python!, 'python = ">=3.13"')).map((f) => f.package)).toEqual(['python']);
    expect(edited((m) => m.replace(/platforms = \[[^\]]*\]/, 'platforms = ["linux-64", "osx-arm64"]'))[0]!.message).toMatch(/needs platform osx-arm64/);
    expect(edited((m) => `${m}\n[feature.extra.dependencies]\nzlib = "*"\n\n[environments]\nextra = ["extra"]\n`)[0]!.message).toMatch(/environment `extra` is in pixi\.toml but not in pixi\.lock/);
    expect(edited((m) => m.replace(/channels = \[[^\]]*\]/, 'channels = ["conda-forge", "nvidia"]'))[0]!.message).toMatch(/resolves from .*nvidia/);
  });

  it('a PyPI requirement the locked wheel does not satisfy (PEP 440)', () => {
    const stale = edited((m) => m.replace(/^torch = .*$/m, 'torch = { version = "==2.7.0", index = "https://download.pytorch.org/whl/cu124" }'));
    expect(stale.map((f) => f.package)).toEqual(['torch']);
    expect(stale[0]!.message).toMatch(/not satisfied by the locked torch 2\.6\.0\+cu124/);
  });
});

describe('hygiene', () => {
  it('no lock is an error on the manifest; unpinned dependencies are warnings with the locked version', () => {
    const base = corpusFiles('6cyc6__gausstwin');
    const nolock = checkPixiProject({ ...base, lock: null });
    expect(nolock.findings.find((f) => f.code === 'lock-stale')).toMatchObject({ severity: 'error', file: 'pixi.toml', message: expect.stringMatching(/no pixi\.lock .* run `pixi lock`/) });
    const unpinned = checkPixiProject(base).findings.filter((f) => f.code === 'unpinned-dependency');
    expect(unpinned.length).toBeGreaterThan(0);
    expect(unpinned.every((f) => f.file === 'pixi.toml' && typeof f.line === 'number')).toBe(true);
    // One finding per manifest section (as for uv.lock); each dependency's own advice is in `related`.
    expect(unpinned.flatMap((f) => [f, ...(f.related ?? [])]).some((f) => /Pin what pixi\.lock resolved: `\S+ = "==[^"]+"`/.test(f.message))).toBe(true);
  });

  it('a malformed lock is one parse-error finding with the line', () => {
    const base = corpusFiles('6cyc6__gausstwin');
    const report = checkPixiProject({ ...base, lock: base.lock!.replace('packages:\n', 'packages:\n\t- x\n') });
    expect(report.findings).toEqual([expect.objectContaining({ code: 'parse-error', file: 'pixi.lock', line: expect.any(Number) })]);
  });
});
