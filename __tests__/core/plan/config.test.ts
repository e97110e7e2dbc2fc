// [tool.lockstep.bump] schema, index origins, the planner and the renderers (pure).
import { describe, expect, it } from '@jest/globals';
import { ParseError } from '../../../src/core/errors.js';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import {
  groupOf,
  lookupsNeeded,
  packageOrigin,
  parseDuration,
  planBumps,
  plannedGroups,
  proposedVersions,
  readBumpConfig,
  renderPlanJson,
  renderPlanMarkdown,
  withOutcome,
  type ChainListing,
} from '../../../src/core/plan/index.js';

const project = (body: string) => parsePyproject(`[project]\nname = "x"\nrequires-python = ">=3.11"\n${body}`);

describe('readBumpConfig', () => {
  it('defaults: torch/torchvision/torchaudio and jax/jaxlib move together, no cooldown', () => {
    const config = readBumpConfig(project(''));
    expect(groupOf(config, 'torchvision')).toBe('pytorch');
    expect(groupOf(config, 'jaxlib')).toBe('jax');
    expect(groupOf(config, 'numpy')).toBe('numpy');
    expect(config.minReleaseAgeMs).toBe(0);
  });

  it('reads groups, ignores and the cooldown', () => {
    const config = readBumpConfig(
      project('[tool.lockstep.bump]\nignore = ["NumPy", "torch>=2.7"]\nmin-release-age = "3d"\n[tool.lockstep.bump.groups]\nhf = ["transformers", "Tokenizers", "torchaudio"]\n'),
    );
    expect(groupOf(config, 'tokenizers')).toBe('hf');
    expect(groupOf(config, 'torchaudio')).toBe('hf'); // a user group wins over the built-in family
    expect(groupOf(config, 'torch')).toBe('pytorch');
    expect([...config.ignore]).toEqual([['numpy', ''], ['torch', '>=2.7']]);
    expect(config.minReleaseAgeMs).toBe(3 * 86_400_000);
    expect(groupOf(readBumpConfig(project('[tool.lockstep.bump]\ndefault-groups = false\n')), 'torch')).toBe('torch');
  });

  it('points at the line of a bad setting', () => {
    const bad = (toml: string) => {
      try {
        readBumpConfig(project(toml));
      } catch (error) {
        return error as ParseError;
      }
      throw new Error('no error');
    };
    expect(bad('[tool.lockstep.bump]\nmin-release-age = "soon"\n')).toMatchObject({ line: 5, message: expect.stringContaining('min-release-age') });
    expect(bad('[tool.lockstep.bump]\nignores = []\n')).toMatchObject({ line: 5, message: expect.stringContaining('not a lockstep bump setting') });
    expect(bad('[tool.lockstep.bump.groups]\na = ["x"]\nb = ["x"]\n').message).toContain('already in group a');
  });

  it('parses durations', () => {
    expect(parseDuration(2)).toBe(2 * 86_400_000);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
    expect(parseDuration('7')).toBe(7 * 86_400_000); // a bare number (input or flag) means days
    expect(parseDuration('1.5')).toBe(1.5 * 86_400_000);
    expect(parseDuration('30 minutes')).toBe(30 * 60_000);
    expect(parseDuration('later')).toBeNull();
  });
});

describe('packageOrigin', () => {
  const toml = `dependencies = ["torch==2.5.1", "numpy==2.1.0", "lib==1.0", "tool==1.0"]
[tool.uv]
sources.torch = [
  { index = "pytorch-cu124", marker = "sys_platform == 'linux'" },
  { index = "pytorch-cpu", marker = "sys_platform != 'linux'" },
]
sources.lib = { git = "https://github.com/o/lib" }
[[tool.uv.index]]
name = "pytorch-cu124"
url = "https://download.pytorch.org/whl/cu124"
explicit = true
[[tool.uv.index]]
name = "pytorch-cpu"
url = "https://download.pytorch.org/whl/cpu/"
explicit = true
[[tool.uv.index]]
name = "mirror"
url = "https://mirror.example/simple"
`;

  it('follows the list form with markers to every index, and the implicit chain otherwise', () => {
    const py = project(toml);
    expect(packageOrigin(py, 'torch')).toEqual({
      chains: [[{ url: 'https://download.pytorch.org/whl/cu124', name: 'pytorch-cu124' }], [{ url: 'https://download.pytorch.org/whl/cpu', name: 'pytorch-cpu' }]],
    });
    expect(packageOrigin(py, 'numpy', { defaultIndexUrl: 'http://127.0.0.1:9/simple/' })).toEqual({
      chains: [[{ url: 'https://mirror.example/simple', name: 'mirror' }, { url: 'http://127.0.0.1:9/simple' }]],
    });
    expect(packageOrigin(py, 'lib')).toEqual({ notFromIndex: 'comes from a git source in [tool.uv.sources]' });
    expect(packageOrigin(py, 'torch', { indexUrlOverrides: { 'pytorch-cpu': 'http://local/cpu' } })).toMatchObject({ chains: [[{ name: 'pytorch-cu124' }], [{ url: 'http://local/cpu' }]] });
  });

  it('names an index that no [[tool.uv.index]] defines', () => {
    expect(() => packageOrigin(project('[tool.uv.sources]\ntorch = { index = "nope" }\n'), 'torch')).toThrow(/names index "nope"/);
  });
});

describe('planBumps and the renderers', () => {
  const py = project('dependencies = ["torch==2.5.1", "torchvision==0.20.1", "numpy==2.1.0", "lib==1.0", "rich==13.0"]\n[tool.uv.sources]\nlib = { path = "../lib" }\n[tool.lockstep.bump]\nignore = ["rich"]\n');
  const file = (name: string, version: string) => ({ filename: `${name}-${version}-py3-none-any.whl`, yanked: false, uploadTime: '2026-01-02T03:04:05Z' });
  const pypi = (...files: ReturnType<typeof file>[]): ChainListing[] => [{ indexUrl: 'https://pypi.org/simple', files }];
  const { pins, origins } = lookupsNeeded(py);
  const listings = new Map([
    ['torch', pypi(file('torch', '2.6.0'))],
    ['torchvision', pypi(file('torchvision', '0.21.0'))],
    ['numpy', pypi(file('numpy', '2.1.0'))],
    ['rich', pypi(file('rich', '14.0'))],
  ]);
  const plan = planBumps({ pyproject: py, pins, config: readBumpConfig(py), origins, listings, now: new Date('2026-06-01T00:00:00Z') });

  it('plans, groups and explains', () => {
    expect(origins.has('lib')).toBe(true);
    expect(plan.bumps.map((b) => [b.name, b.to, b.status, b.group, b.reason])).toEqual([
      ['torch', '2.6.0', 'planned', 'pytorch', null],
      ['torchvision', '0.21.0', 'planned', 'pytorch', null],
      ['numpy', '2.1.0', 'current', 'numpy', null],
      ['lib', '1.0', 'current', 'lib', 'comes from a path source in [tool.uv.sources]'],
      ['rich', '14.0', 'dropped', 'rich', 'ignored by [tool.lockstep.bump] ignore'],
    ]);
    expect(plannedGroups(plan).map((g) => [g.group, g.bumps.length])).toEqual([['pytorch', 2]]);
  });

  it('prints the schema-1 JSON contract', () => {
    const json = JSON.parse(renderPlanJson(withOutcome(plan, new Set(['pytorch']), new Map())));
    expect(json.schema).toBe(1);
    expect(json.bumps[0]).toEqual({ name: 'torch', from: '2.5.1', to: '2.6.0', group: 'pytorch', file: 'pyproject.toml', line: 4, status: 'applied', reason: null });
    for (const b of json.bumps) expect(Object.keys(b)).toEqual(['name', 'from', 'to', 'group', 'file', 'line', 'status', 'reason']);
  });

  it('renders the PR body: table, verification, release notes, dropped bumps, hidden markers', () => {
    const outcome = withOutcome(plan, new Set(), new Map([['pytorch', 'verification found sdist-build: torch 2.6.0 would build from source']]));
    const body = renderPlanMarkdown(outcome, { verification: { lockCommands: ['uv lock --upgrade-package torch'], targets: [{ target: 'cp311-x86_64-manylinux_2_28', ok: true, detail: 'every package installs from a wheel' }] } });
    expect(body.startsWith('<!-- lockstep:bump -->\n')).toBe(true);
    expect(body).toContain('### Dropped');
    expect(body).toContain('- **torch** 2\\.5\\.1 → 2\\.6\\.0 (group pytorch): verification found sdist-build\\: torch 2\\.6\\.0 would build from source');
    expect(body).toContain('| `cp311-x86_64-manylinux_2_28` | ✅ every package installs from a wheel |');
    const applied = renderPlanMarkdown(withOutcome(plan, new Set(['pytorch']), new Map()));
    expect(applied).toContain('| torch | 2\\.5\\.1 | 2\\.6\\.0 | pytorch | 2026-01-02 | [release notes](https://github.com/pytorch/pytorch/releases/tag/v2.6.0) |');
    expect(proposedVersions(applied)).toBe('torch==2.6.0,torchvision==0.21.0');
    expect(applied).toContain('- **rich** 13\\.0 → 14\\.0 (group rich): ignored by \\[tool\\.lockstep\\.bump\\] ignore');
  });
});
