import { describe, expect, it } from '@jest/globals';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import { lookupsNeeded, packageOrigin, withWorkspaceSources } from '../../../src/core/plan/index.js';

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
