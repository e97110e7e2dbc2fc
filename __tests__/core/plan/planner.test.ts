import { describe, expect, it } from '@jest/globals';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import { chooseVersion, lookupsNeeded, oldestPython, packageOrigin, withWorkspaceSources, workspaceRequiresPython } from '../../../src/core/plan/index.js';

const ROOT = parsePyproject(
  `[project]
name = "mono"
requires-python = ">=3.11"

[tool.uv.workspace]
members = ["packages/*"]

[[tool.uv.index]]
name = "pytorch-cu124"
url = "https://download.pytorch.org/whl/cu124"
explicit = true

[tool.uv.sources]
torch = { index = "pytorch-cu124" }
Numpy = { index = "pytorch-cu124" }
`,
  'pyproject.toml',
);

const member = (sources: string) =>
  parsePyproject(`[project]\nname = "app"\nrequires-python = ">=3.11"\ndependencies = ["torch==2.5.1", "numpy==2.1.0"]\n${sources}`, 'packages/app/pyproject.toml');

describe('withWorkspaceSources: a member pin is looked up where uv resolves it', () => {
  it("inherits the root's [tool.uv.sources] and [[tool.uv.index]]", () => {
    const view = withWorkspaceSources(member(''), ROOT);
    expect(packageOrigin(view, 'torch')).toEqual({ chains: [[{ url: 'https://download.pytorch.org/whl/cu124', name: 'pytorch-cu124' }]] });
    // Without the root's sources the member would look torch up on PyPI.
    expect(packageOrigin(member(''), 'torch')).toEqual({ chains: [[{ url: 'https://pypi.org/simple' }]] });
    // The pins keep their own file and line.
    expect(lookupsNeeded(view).pins.map((p) => [p.name, p.line])).toEqual([
      ['torch', 4],
      ['numpy', 4],
    ]);
    expect(view.file).toBe('packages/app/pyproject.toml');
  });

  it("a member's own source for a package wins, however the name is spelled", () => {
    const view = withWorkspaceSources(member('[tool.uv.sources]\nnumpy = { git = "https://github.com/numpy/numpy" }\n'), ROOT);
    expect(packageOrigin(view, 'numpy')).toEqual({ notFromIndex: 'comes from a git source in [tool.uv.sources]' });
    expect(packageOrigin(view, 'torch')).toMatchObject({ chains: [[{ name: 'pytorch-cu124' }]] });
  });

  it('the root is its own view', () => {
    expect(withWorkspaceSources(ROOT, ROOT)).toBe(ROOT);
  });
});

describe('workspaceRequiresPython: the Pythons uv locks a workspace for', () => {
  const py = (requiresPython: string | null) => parsePyproject(`[project]\nname = "x"\n${requiresPython ? `requires-python = "${requiresPython}"\n` : ''}`, 'pyproject.toml');

  it('intersects the root and the members (the oldest Python is the highest floor)', () => {
    const ws = workspaceRequiresPython([py('>=3.10'), py('>=3.12'), py(null), py('>=3.10')]);
    expect(ws).toBe('>=3.10,>=3.12');
    expect(oldestPython(ws)).toBe('3.12.0');
    expect(workspaceRequiresPython([py(null)])).toBeNull();
  });

  it('a release that needs a newer Python than one member declares is usable when the workspace needs it anyway', () => {
    const app = member('');
    const pin = lookupsNeeded(app).pins[0]!;
    const listings = [{ indexUrl: 'https://pypi.org/simple', files: [
      { filename: 'torch-2.5.1-py3-none-any.whl', yanked: false },
      { filename: 'torch-2.6.0-py3-none-any.whl', yanked: false, requiresPython: '>=3.12' },
    ] }];
    const choose = (requiresPython: string | null) => chooseVersion(pin, listings, { requiresPython, now: new Date('2025-06-01'), minReleaseAgeMs: 0 }).to;
    expect(choose(app.requiresPython)).toBeNull(); // alone, the member (>=3.11) cannot take 2.6.0
    expect(choose(workspaceRequiresPython([app, py('>=3.12')]))).toBe('2.6.0');
  });
});
