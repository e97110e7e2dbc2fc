/**
 * The engine on real corpus projects. Spot checks were verified by hand against the lock text (the
 * edge markers and wheel lists quoted in each test) and uv's documented behaviour; see the comments.
 */
import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import { checkProject, type ProjectFiles } from '../../../src/core/matrix/engine.js';
import type { CheckOptions, CheckReport } from '../../../src/core/matrix/types.js';
import { corpusProjects, lineOf, readCorpus } from '../lock/corpus-files.js';

const files = (project: string): ProjectFiles => ({ pyproject: readCorpus(project, 'pyproject.toml'), lock: readCorpus(project, 'uv.lock') });
/** Line of the `[[package]]` header of `name` in a lock text. */
const headerLine = (lock: string, name: string): number => lock.split('\n').indexOf(`name = "${name}"`);
const check = (project: string, options: CheckOptions = {}): CheckReport => checkProject(files(project), options);

/** The verdict for `name` (optionally `version`) on target `id`; the entry must be unique. */
function verdict(report: CheckReport, name: string, id: string, version?: string) {
  const rows = report.packages.filter((p) => p.name === name && (version === undefined || p.version === version));
  const needed = rows.filter((p) => p.verdicts[id]?.status !== 'not-needed');
  if (needed.length > 1) throw new Error(`${name} is needed in ${needed.length} versions on ${id}`);
  const row = needed[0] ?? rows[0]!;
  return { version: row.version, source: row.source, ...row.verdicts[id]! };
}

describe('checkProject over the whole corpus', () => {
  it.each(corpusProjects())('%s: no parse error, a verdict for every package × target, findings with file and line', (project) => {
    const report = check(project);
    expect(report.schema).toBe(1);
    expect(report.findings.filter((f) => f.code === 'parse-error')).toEqual([]);
    expect(report.targets.length).toBeGreaterThan(0);
    expect(report.packages.length).toBe(report.project.packageCount);
    const lockLines = readCorpus(project, 'uv.lock').split('\n');
    for (const pkg of report.packages) {
      expect(Object.keys(pkg.verdicts).sort()).toEqual(report.targets.map((t) => t.id).sort());
      expect(lockLines[pkg.line! - 1]).toBe('[[package]]');
    }
    for (const f of report.findings) {
      expect(f.file).toMatch(/^(uv\.lock|pyproject\.toml)$/);
      expect(f.line).toBeGreaterThan(0);
      if (f.file === 'uv.lock' && f.code !== 'lock-stale') expect(lockLines[f.line! - 1]).toBe('[[package]]');
    }
    // The project's own entry is never judged as something to download.
    const own = report.packages.find((p) => p.name === report.project.name);
    if (own) for (const v of Object.values(own.verdicts)) expect(['source', 'not-needed']).toContain(v.status);
  });
});

describe('spot checks, verified by hand', () => {
  it('nari-labs/dia: torch on cp310 Linux x86_64 is the cu126 index wheel; on macOS the PyPI wheel', () => {
    // uv.lock: dia depends on torch 2.6.0+cu126 (registry download.pytorch.org/whl/cu126) with marker
    // "sys_platform == 'linux' or sys_platform == 'win32'", and on torch 2.6.0 (PyPI) for darwin.
    const report = check('nari-labs__dia');
    expect(verdict(report, 'torch', 'cp310-x86_64-manylinux_2_28')).toEqual({
      version: '2.6.0+cu126',
      source: 'registry+https://download.pytorch.org/whl/cu126',
      status: 'wheel',
      file: 'torch-2.6.0+cu126-cp310-cp310-manylinux_2_28_x86_64.whl',
    });
    expect(verdict(report, 'torch', 'cp311-aarch64-apple-darwin')).toMatchObject({ version: '2.6.0', source: 'registry+https://pypi.org/simple', status: 'wheel' });
    expect(verdict(report, 'torch', 'cp311-aarch64-apple-darwin').file).toMatch(/^torch-2\.6\.0-cp311-none-macosx_\d+_\d+_arm64\.whl$/);
  });

  it('julius 0.2.7 (sdist only on PyPI) is `sdist` on every target, reported once as a warning', () => {
    const text = readCorpus('nari-labs__dia', 'uv.lock');
    const report = check('nari-labs__dia');
    const row = report.packages.find((p) => p.name === 'julius')!;
    for (const t of report.targets) expect(row.verdicts[t.id]).toEqual({ status: 'sdist', file: 'julius-0.2.7.tar.gz' });
    const findings = report.findings.filter((f) => f.code === 'sdist-build' && f.package === 'julius');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', version: '0.2.7', file: 'uv.lock', line: headerLine(text, 'julius') });
    expect(findings[0]!.target).toBeUndefined();
    expect(findings[0]!.message).toContain('on any target');
  });

  it('fish-speech: extra cu129 selects torch +cu129 and not +cpu / PyPI; no extra selects PyPI torch', () => {
    // The root's edges carry conflict markers: torch 2.8.0+cu129 holds when
    // "extra != 'extra-11-fish-speech-cu128' and extra == 'extra-11-fish-speech-cu129'".
    const cu129 = check('fishaudio__fish-speech', { extras: ['cu129'], pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] });
    const id = 'cp311-x86_64-manylinux_2_28';
    expect(verdict(cu129, 'torch', id)).toEqual({
      version: '2.8.0+cu129',
      source: 'registry+https://download.pytorch.org/whl/cu129',
      status: 'wheel',
      file: 'torch-2.8.0+cu129-cp311-cp311-manylinux_2_28_x86_64.whl',
    });
    expect(verdict(cu129, 'torch', id, '2.8.0+cpu').status).toBe('not-needed');
    const needed = cu129.packages.filter((p) => p.name === 'torch' && p.verdicts[id]!.status !== 'not-needed');
    expect(needed.map((p) => p.version)).toEqual(['2.8.0+cu129']);
    expect(verdict(cu129, 'torchaudio', id).version).toBe('2.8.0+cu129');

    const plain = check('fishaudio__fish-speech', { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] });
    expect(verdict(plain, 'torch', id)).toMatchObject({ version: '2.8.0', source: 'registry+https://pypi.org/simple', status: 'wheel' });
    const cpu = check('fishaudio__fish-speech', { extras: ['cpu'], pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] });
    expect(verdict(cpu, 'torch', id).version).toBe('2.8.0+cpu');
  });

  it('openpi: jax-cuda12-plugin has only manylinux2014 wheels and is needed everywhere, so it is `missing` on macOS and Windows', () => {
    // pyproject: "jax[cuda12]==0.5.3" (no marker); jax's cuda12 extra → jax-cuda12-plugin[with-cuda] with no marker.
    const text = readCorpus('Physical-Intelligence__openpi', 'uv.lock');
    const report = check('Physical-Intelligence__openpi', { pythons: ['3.11'] });
    expect(verdict(report, 'jax-cuda12-plugin', 'cp311-x86_64-manylinux_2_28')).toMatchObject({ status: 'wheel', file: 'jax_cuda12_plugin-0.5.3-cp311-cp311-manylinux2014_x86_64.whl' });
    expect(verdict(report, 'jax-cuda12-plugin', 'cp311-aarch64-apple-darwin').status).toBe('missing');
    expect(verdict(report, 'jax-cuda12-plugin', 'cp311-x86_64-pc-windows-msvc').status).toBe('missing');
    const findings = report.findings.filter((f) => f.code === 'no-distribution' && f.package === 'jax-cuda12-plugin');
    expect(findings.map((f) => f.target).sort()).toEqual(['cp311-aarch64-apple-darwin', 'cp311-x86_64-pc-windows-msvc']);
    // macOS and Windows are only the default platform set (openpi declares no platforms): a warning
    // naming the fix; on a declared platform the same gap is an error.
    expect(findings[0]).toMatchObject({ severity: 'warning', provenance: 'implied', line: headerLine(text, 'jax-cuda12-plugin') });
    expect(findings[0]!.message).toMatch(/only implied: the project declares no platforms.*\[tool\.uv\] environments/);
    const declared = check('Physical-Intelligence__openpi', { pythons: ['3.11'], platforms: ['aarch64-apple-darwin'] });
    expect(declared.findings.find((f) => f.code === 'no-distribution' && f.package === 'jax-cuda12-plugin')).toMatchObject({ severity: 'error', provenance: 'declared' });
  });

  it('mjlab: tensordict 0.9.1 ships macosx_14_0 wheels only, so it is `missing` for uv\'s default macOS 13 target', () => {
    const report = check('mujocolab__mjlab', { pythons: ['3.12'] });
    expect(verdict(report, 'tensordict', 'cp312-aarch64-apple-darwin').status).toBe('missing');
    expect(verdict(report, 'tensordict', 'cp312-x86_64-manylinux_2_28')).toMatchObject({ status: 'wheel', file: 'tensordict-0.9.1-cp312-cp312-manylinux_2_28_x86_64.whl' });
  });

  it('open-instruct: default groups (dev, cuda12) pick torch +cu128; --group cuda13 without defaults picks +cu130', () => {
    const id = 'cp312-x86_64-manylinux_2_28';
    const byDefault = check('allenai__open-instruct', { platforms: ['x86_64-manylinux_2_28'] });
    expect(verdict(byDefault, 'torch', id)).toMatchObject({ version: '2.10.0+cu128', status: 'wheel' });
    expect(verdict(byDefault, 'flash-attn', id).file).toBe('flash_attn-2.8.3+cu128torch2.10-cp312-cp312-linux_x86_64.whl');
    const cu13 = check('allenai__open-instruct', { platforms: ['x86_64-manylinux_2_28'], noDefaultGroups: true, groups: ['dev', 'cuda13'] });
    expect(verdict(cu13, 'torch', id)).toMatchObject({ version: '2.10.0+cu130', status: 'wheel' });
  });

  it('Megatron-LM: torch overridden to "sys_platform == \'never\'" is never needed, so its artifact-less entry is no finding', () => {
    const report = check('NVIDIA__Megatron-LM');
    for (const v of Object.values(report.packages.find((p) => p.name === 'torch')!.verdicts)) expect(v.status).toBe('not-needed');
    expect(report.findings.filter((f) => f.package === 'torch' && f.file === 'uv.lock')).toEqual([]);
  });

  it('git and local sources get `source`; the editable root too', () => {
    const report = check('EdanToledo__Stoix', { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] });
    const id = 'cp311-x86_64-manylinux_2_28';
    expect(verdict(report, 'flashbax', id)).toMatchObject({ status: 'source', file: expect.stringContaining('github.com/instadeepai/flashbax') });
    expect(verdict(report, 'stoix', id).status).toBe('source');
  });
});

describe('agreement with uv itself', () => {
  // Recorded on 2026-11-25 with uv 0.13.9: `uv export --frozen --no-hashes --no-emit-project`, keep the
  // PyPI-hosted `name==version` lines, then repeat `uv pip install --dry-run --no-deps --no-build
  // --python-platform P --python-version V -r req.txt`, dropping each package uv reports as "has no
  // usable wheels" until it succeeds. These are the packages uv could not install from a wheel.
  const UV_NO_BUILD_FAILURES: [string, string, string, string[]][] = [
    ['astral-sh__uv-fastapi-example', '3.13', 'x86_64-manylinux_2_28', ['httptools', 'markupsafe', 'uvloop']],
    ['astral-sh__uv-fastapi-example', '3.14', 'aarch64-apple-darwin', ['httptools', 'markupsafe', 'pydantic-core', 'pyyaml', 'uvloop', 'watchfiles']],
    ['astral-sh__uv-fastapi-example', '3.14', 'x86_64-pc-windows-msvc', ['httptools', 'markupsafe', 'pydantic-core', 'pyyaml', 'watchfiles']],
    ['astral-sh__uv-fastapi-example', '3.12', 'x86_64-pc-windows-msvc', []],
    ['stanford-cs336__assignment1-basics', '3.14', 'aarch64-apple-darwin', ['markupsafe', 'numpy', 'pydantic-core', 'pyyaml', 'regex', 'setproctitle', 'tiktoken', 'torch']],
    ['stanford-crfm__levanter', '3.13', 'x86_64-pc-windows-msvc', ['ray']],
    ['fishaudio__fish-speech', '3.12', 'x86_64-manylinux_2_28', ['antlr4-python3-runtime', 'argbind', 'julius', 'pyaudio', 'randomname']],
    ['nari-labs__dia', '3.13', 'aarch64-apple-darwin', ['argbind', 'fire', 'julius', 'randomname']],
    ['OpenPipe__ART', '3.10', 'x86_64-manylinux_2_28', []],
    [
      'Physical-Intelligence__openpi', '3.11', 'aarch64-apple-darwin',
      ['antlr4-python3-runtime', 'av', 'jax-cuda12-pjrt', 'jax-cuda12-plugin', 'nvidia-cublas-cu12', 'nvidia-cuda-cupti-cu12', 'nvidia-cuda-nvcc-cu12', 'nvidia-cuda-runtime-cu12', 'nvidia-cudnn-cu12', 'nvidia-cufft-cu12', 'nvidia-cusolver-cu12', 'nvidia-cusparse-cu12', 'nvidia-nccl-cu12', 'nvidia-nvjitlink-cu12'],
    ],
  ];
  it.each(UV_NO_BUILD_FAILURES)('%s on CPython %s / %s: sdist + missing = what uv --no-build rejects', (project, python, platform, expected) => {
    const report = check(project, { pythons: [python], platforms: [platform] });
    const id = report.targets[0]!.id;
    const rejected = report.packages
      .filter((p) => p.source === 'registry+https://pypi.org/simple' && ['sdist', 'missing'].includes(p.verdicts[id]!.status))
      .map((p) => p.name);
    expect(rejected.sort()).toEqual(expected);
  });
});

describe('graph walk semantics (synthetic locks)', () => {
  // A root whose default group activates its own conflicting extra: uv evaluates conflict markers
  // against extras activated anywhere in the graph, so only the +cpu torch is installed.
  const LOCK = `version = 1
revision = 3
requires-python = ">=3.11"
conflicts = [[{ package = "proj", extra = "cpu" }, { package = "proj", extra = "gpu" }]]

[[package]]
name = "proj"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "torch", version = "2.5.1", source = { registry = "https://pypi.org/simple" }, marker = "extra != 'extra-4-proj-cpu'" },
    { name = "torch", version = "2.5.1+cpu", source = { registry = "https://download.pytorch.org/whl/cpu" }, marker = "extra == 'extra-4-proj-cpu'" },
]

[package.optional-dependencies]
cpu = [{ name = "torch", version = "2.5.1+cpu", source = { registry = "https://download.pytorch.org/whl/cpu" } }]

[package.dev-dependencies]
dev = [{ name = "proj", extra = ["cpu"] }]

[[package]]
name = "torch"
version = "2.5.1"
source = { registry = "https://pypi.org/simple" }
wheels = [{ url = "https://files.pythonhosted.org/torch-2.5.1-cp311-cp311-manylinux1_x86_64.whl" }]

[[package]]
name = "torch"
version = "2.5.1+cpu"
source = { registry = "https://download.pytorch.org/whl/cpu" }
wheels = [{ url = "https://download.pytorch.org/whl/cpu/torch-2.5.1%2Bcpu-cp311-cp311-linux_x86_64.whl" }]
`;
  const options = { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] };
  const id = 'cp311-x86_64-manylinux_2_28';

  it('a conflicting extra activated through a dependency group selects its variant', () => {
    const report = checkProject({ pyproject: null, lock: LOCK }, options);
    expect(report.packages.map((p) => [p.version, p.verdicts[id]!.status])).toEqual([
      ['0.1.0', 'source'],
      ['2.5.1', 'not-needed'],
      ['2.5.1+cpu', 'wheel'], // linux_x86_64 wheels install on manylinux targets too (as uv and pip do)
    ]);
    const noDev = checkProject({ pyproject: null, lock: LOCK }, { ...options, noDefaultGroups: true });
    expect(noDev.packages.map((p) => p.verdicts[id]!.status)).toEqual(['source', 'wheel', 'not-needed']);
  });
});

describe('findings', () => {
  it('unpinned-dependency: one warning per manifest section, each requirement on its own line; exact pins, URL and self-references are exempt', () => {
    const py = readCorpus('fishaudio__fish-speech', 'pyproject.toml');
    const report = check('fishaudio__fish-speech', { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] });
    const unpinned = report.findings.filter((f) => f.code === 'unpinned-dependency');
    // [project] dependencies: 27 unpinned names in one finding; each extra's single torchaudio is its own (5 extras).
    expect(unpinned).toHaveLength(6);
    const section = unpinned.find((f) => f.related !== undefined)!;
    expect(section.message).toMatch(/^27 requirements in `\[project\] dependencies` are not pinned with `==`: `numpy`/);
    const numpy = section.related!.find((r) => r.package === 'numpy')!;
    expect(numpy).toMatchObject({ line: lineOf(py, '"numpy",') });
    expect(numpy.message).toMatch(/numpy==\d/);
    expect(section).toMatchObject({ severity: 'warning', file: 'pyproject.toml', line: section.related![0]!.line });
    expect(unpinned.find((f) => f.package === 'torchaudio')).toMatchObject({ line: expect.any(Number) });
    expect(section.related!.find((r) => r.package === 'datasets')).toBeUndefined(); // datasets==2.18.0
    // NeMo RL: 77 unpinned requirements (80 of its 82 warnings were these, per line), a few findings now.
    const nemoUnpinned = check('NVIDIA-NeMo__RL').findings.filter((f) => f.code === 'unpinned-dependency');
    expect(nemoUnpinned.length).toBeLessThan(10);
    expect(nemoUnpinned.reduce((n, f) => n + (f.related?.length ?? 1), 0)).toBe(77);
    const nemo = check('NVIDIA-NeMo__RL');
    // "flash-attn @ https://…whl ; …" lines are URL requirements; "flash-attn==2.8.1 ; …" is pinned.
    const names = nemo.findings.filter((f) => f.code === 'unpinned-dependency').flatMap((f) => (f.related ?? [f]).map((r) => r.package));
    expect(names).not.toContain('flash-attn');
  });

  it('severities can be overridden per code', () => {
    const report = check('nari-labs__dia', { pythons: ['3.11'], severities: { 'unpinned-dependency': 'notice', 'sdist-build': 'error' } });
    expect(new Set(report.findings.filter((f) => f.code === 'unpinned-dependency').map((f) => f.severity))).toEqual(new Set(['notice']));
    expect(new Set(report.findings.filter((f) => f.code === 'sdist-build').map((f) => f.severity))).toEqual(new Set(['error']));
  });

  it('lock-stale findings come through (mujoco_playground locks warp-lang for >=1.11, pyproject asks >=1.15.0)', () => {
    const stale = check('google-deepmind__mujoco_playground').findings.filter((f) => f.code === 'lock-stale');
    expect(stale).toEqual([expect.objectContaining({ package: 'warp-lang', file: 'pyproject.toml', line: 35, severity: 'error' })]);
  });

  it('compile-heavy sdists are errors with a suggestion (index-tts: flash-attn 2.8.3.post1 sdist)', () => {
    const report = check('index-tts__index-tts', { extras: ['accel'], pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] });
    expect(verdict(report, 'flash-attn', 'cp311-x86_64-manylinux_2_28')).toMatchObject({ status: 'sdist', file: 'flash_attn-2.8.3.post1.tar.gz' });
    const finding = report.findings.find((f) => f.code === 'sdist-build' && f.package === 'flash-attn')!;
    expect(finding.severity).toBe('error');
    expect(finding.target).toBe('cp311-x86_64-manylinux_2_28'); // a single target is named, not merged
  });
});

describe('bad input', () => {
  it('conflicting extras or groups are refused like uv does', () => {
    expect(() => check('fishaudio__fish-speech', { extras: ['cpu', 'cu129'] })).toThrow(/extra `cpu` and extra `cu129` are declared as conflicting/);
    // open-instruct's default groups include cuda12, which conflicts with cuda13.
    let error: unknown;
    try {
      check('allenai__open-instruct', { groups: ['cuda13'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).message).toMatch(/group `cuda12` and group `cuda13`/);
    expect((error as LockstepError).hint).toMatch(/--no-default-groups/);
  });

  it('an extra or group the project does not define is a usage error listing the defined ones', () => {
    expect(() => check('fishaudio__fish-speech', { extras: ['cu130'] })).toThrow(/extra `cu130` not defined by fish-speech/);
    expect(() => check('nari-labs__dia', { groups: ['docs'] })).toThrow(LockstepError);
  });

  it('workspace member pyprojects are checked too (openpi-client)', () => {
    const member = readCorpus('Physical-Intelligence__openpi', 'packages/openpi-client/pyproject.toml');
    const report = checkProject({ ...files('Physical-Intelligence__openpi'), members: { 'packages/openpi-client/pyproject.toml': member } }, { pythons: ['3.11'] });
    expect(report.findings.filter((f) => f.code === 'lock-stale')).toEqual([]);
    const edited = member.replace(/"(numpy|msgpack)[^"]*"/, '"$1==0.0.1"');
    expect(edited).not.toBe(member);
    const stale = checkProject({ ...files('Physical-Intelligence__openpi'), members: { 'packages/openpi-client/pyproject.toml': edited } }, { pythons: ['3.11'] });
    expect(stale.findings.filter((f) => f.code === 'lock-stale')).toEqual([expect.objectContaining({ file: 'packages/openpi-client/pyproject.toml' })]);
  });

  it('a malformed uv.lock gives a report with one parse-error finding on the line', () => {
    const report = checkProject({ pyproject: null, lock: 'version = 1\n\n[[package]]\nname = "x\n' }, {});
    expect(report.findings).toEqual([expect.objectContaining({ code: 'parse-error', severity: 'error', file: 'uv.lock', line: 4 })]);
    expect(report.packages).toEqual([]);
  });

  it('lock version 2 and a bad pyproject requirement are parse errors that say what to do', () => {
    const v2 = checkProject({ pyproject: null, lock: 'version = 2\n', lockPath: 'sub/uv.lock' }, {});
    expect(v2.findings).toEqual([expect.objectContaining({ code: 'parse-error', file: 'sub/uv.lock', line: 1 })]);
    expect(v2.findings[0]!.message).toMatch(/version 2.*Update lockstep/s);
    const badReq = checkProject({ pyproject: '[project]\nname = "x"\ndependencies = ["torch >= = 1"]\n', lock: null }, {});
    expect(badReq.findings.filter((f) => f.code === 'parse-error')).toEqual([expect.objectContaining({ file: 'pyproject.toml', line: 3, column: 17 })]);
  });

  it('without a lock: pyproject findings plus the missing lock, no verdicts', () => {
    const report = checkProject({ pyproject: '[project]\nname = "x"\nrequires-python = ">=3.11"\ndependencies = ["numpy>=2"]\n', lock: null }, {});
    expect(report.packages).toEqual([]);
    expect(report.findings.map((f) => [f.code, f.line])).toEqual([['unpinned-dependency', 4], ['lock-stale', 1]]);
  });
});

describe('speed', () => {
  it('checks the biggest corpus lock (fish-speech, 1.2 MB) on 12 targets well under the CLI budget', () => {
    const input = files('fishaudio__fish-speech');
    const options = { pythons: ['3.10', '3.11', '3.12', '3.13'], platforms: ['x86_64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-pc-windows-msvc'] };
    expect(checkProject(input, options).targets).toHaveLength(12);
    // CPU time, not wall time: other test workers share the machine.
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = process.cpuUsage();
      checkProject(input, options);
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    // ~60 ms median in a bundled CLI on an idle machine; jest's module sandbox is slower, hence the margin.
    console.log(`checkProject fish-speech × 12 targets: median ${times[2]!.toFixed(0)} ms CPU`);
    expect(times[2]).toBeLessThan(400);
  });
});

describe('a project without uv.lock', () => {
  it('is an error finding on pyproject.toml that says to lock, not an empty pass', () => {
    const pyproject = '# comment\n[project]\nname = "x"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ["attrs==25.3.0"]\n';
    const report = checkProject({ pyproject, lock: null }, {});
    expect(report.targets).toEqual([]);
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'lock-stale', severity: 'error', file: 'pyproject.toml', line: 2, message: expect.stringContaining('run `uv lock`') }),
    ]);
  });
});

describe('targets outside the lock (issue 11)', () => {
  it('says once that the lock does not support a target, and judges nothing else there', () => {
    // NeMo RL locks for Linux x86_64/aarch64 only (`tool.uv.environments`); uv sync refuses Windows outright.
    const report = checkProject(files('NVIDIA-NeMo__RL'), { pythons: ['3.13'], platforms: ['x86_64-pc-windows-msvc', 'x86_64-manylinux_2_28'] });
    const windows = report.findings.filter((f) => f.target === 'cp313-x86_64-pc-windows-msvc');
    expect(windows).toEqual([expect.objectContaining({ code: 'target-unsupported', severity: 'error', file: 'pyproject.toml', line: expect.any(Number) })]);
    expect(windows[0]!.message).toMatch(/\[tool\.uv\] environments/);
    expect(report.packages.every((p) => p.verdicts['cp313-x86_64-pc-windows-msvc'] === undefined)).toBe(true);
    expect(report.packages.some((p) => p.verdicts['cp313-x86_64-manylinux_2_28']?.status === 'wheel')).toBe(true);
  });
});
