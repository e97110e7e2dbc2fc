import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { ParseError } from '../../../src/core/errors.js';
import { isGroupInclude, parsePyproject } from '../../../src/core/lock/pyproject.js';
import { CORPUS_DIR } from '../../support/fixture-project.js';
import { corpusProjects, lineOf, readCorpus } from './corpus-files.js';

/** Every pyproject.toml in the corpus, workspace members included. */
function corpusPyprojects(): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${rel}${entry.name}/`);
      else if (entry.name === 'pyproject.toml') out.push(`${rel}${entry.name}`);
    }
  };
  if (existsSync(CORPUS_DIR)) walk(CORPUS_DIR, '');
  return out.sort();
}

function parseError(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return e as ParseError;
  }
  throw new Error('expected a ParseError');
}

describe('parsePyproject on the corpus', () => {
  it.each(corpusPyprojects())('%s parses and every requirement line holds that requirement', (path) => {
    const [project, ...rest] = path.split('/');
    const text = readCorpus(project!, rest.join('/'));
    const pyproject = parsePyproject(text, rest.join('/'));
    const lines = text.split('\n');
    const all = [
      ...pyproject.dependencies,
      ...Object.values(pyproject.optionalDependencies).flat(),
      ...Object.values(pyproject.dependencyGroups).flat().filter((r) => !isGroupInclude(r)),
      ...pyproject.tool.uv.devDependencies,
      ...pyproject.tool.uv.overrideDependencies,
      ...pyproject.tool.uv.constraintDependencies,
    ] as { raw: string; line: number; column: number; span: { start: number; end: number } }[];
    for (const req of all) {
      // The span covers the quoted literal; its first line is the reported line, at the reported column.
      const literal = text.slice(req.span.start, req.span.end);
      expect(parse(`v = ${literal}`).v).toBe(req.raw);
      expect(lines[req.line - 1]!.slice(req.column - 1).startsWith(literal.split('\n')[0]!)).toBe(true);
    }
  });
});

describe('parsePyproject model', () => {
  it('reads fish-speech: requirements, list-form sources with extras, explicit indexes, conflicts, overrides', () => {
    const text = readCorpus('fishaudio__fish-speech', 'pyproject.toml');
    const p = parsePyproject(text);
    expect(p.name).toBe('fish-speech');
    expect(p.requiresPython).toBe('>=3.10');
    expect(p.requiresPythonLine).toBe(lineOf(text, 'requires-python'));
    const torch = p.dependencies.find((r) => r.req.normalizedName === 'torch')!;
    expect(torch.req.specifier).toBe('==2.8.0');
    expect(torch.line).toBe(lineOf(text, '"torch==2.8.0"'));
    expect(Object.keys(p.optionalDependencies)).toEqual(['stable', 'cpu', 'cu126', 'cu128', 'cu129']);
    expect(p.tool.uv.sources.torch).toEqual([
      { index: 'pytorch-cpu', extra: 'cpu' },
      { index: 'pytorch-cu126', extra: 'cu126' },
      { index: 'pytorch-cu128', extra: 'cu128' },
      { index: 'pytorch-cu129', extra: 'cu129' },
    ]);
    expect(p.tool.uv.indexes[3]).toEqual({ name: 'pytorch-cu129', url: 'https://download.pytorch.org/whl/cu129', explicit: true, default: false });
    expect(p.tool.uv.conflicts).toEqual([[{ extra: 'cpu' }, { extra: 'cu126' }, { extra: 'cu128' }, { extra: 'cu129' }]]);
    expect(p.tool.uv.overrideDependencies.map((r) => r.raw)).toEqual(['protobuf>=3.20.0,<6.0.0']);
    expect(p.tool.uv.defaultGroups).toBeNull();
  });

  it('reads workspaces, default groups, environments and legacy dev-dependencies', () => {
    const nemo = parsePyproject(readCorpus('NVIDIA-NeMo__RL', 'pyproject.toml'));
    expect(nemo.tool.uv.workspaceMembers).toContain('3rdparty/Gym-workspace/Gym');
    expect(nemo.tool.uv.defaultGroups).toEqual(['dev', 'build']);
    expect(nemo.tool.uv.environments).toHaveLength(2);
    const instruct = parsePyproject(readCorpus('allenai__open-instruct', 'pyproject.toml'));
    expect(instruct.tool.uv.defaultGroups).toEqual(['dev', 'cuda12']);
    expect(instruct.tool.uv.conflicts).toEqual([[{ group: 'cuda12' }, { group: 'cuda13' }]]);
    const art = parsePyproject(readCorpus('OpenPipe__ART', 'pyproject.toml'));
    expect(art.tool.uv.devDependencies.length).toBeGreaterThan(0);
    const nanochat = parsePyproject(readCorpus('karpathy__nanochat', 'pyproject.toml'));
    expect(nanochat.tool.uv.defaultGroups).toEqual([]);
  });

  it('reads include-group entries and a virtual workspace root without [project]', () => {
    const p = parsePyproject('[dependency-groups]\ntest = ["pytest==8.0.0"]\ndev = [{ include-group = "test" }, "ruff==0.6.0"]\n\n[tool.uv.workspace]\nmembers = ["packages/*"]\n');
    expect(p.name).toBeNull();
    expect(p.dependencyGroups.dev![0]).toEqual({ includeGroup: 'test', line: 3 });
    expect(p.tool.uv.workspaceMembers).toEqual(['packages/*']);
  });

  it('keeps [tool.lockstep] raw', () => {
    expect(parsePyproject('[project]\nname = "x"\n[tool.lockstep]\ntargets = ["cp311-x86_64-manylinux_2_28"]\n').tool.lockstep).toEqual({ targets: ['cp311-x86_64-manylinux_2_28'] });
  });
});

describe('parsePyproject errors', () => {
  it('malformed TOML → ParseError with line and column', () => {
    const err = parseError(() => parsePyproject('[project]\nname = "x"\ndependencies = ["a",\n', 'sub/pyproject.toml'));
    expect(err.file).toBe('sub/pyproject.toml');
    expect(err.line).toBeGreaterThanOrEqual(3);
    expect(err.column).toBeGreaterThan(0);
  });

  it('a malformed requirement → a ParseError on its line and column, the other requirements kept', () => {
    const parsed = parsePyproject('[project]\nname = "x"\ndependencies = [\n  "numpy==2.1",\n  "torch ==",\n]\n');
    expect(parsed.dependencies.map((r) => r.req.name)).toEqual(['numpy']);
    expect(parsed.problems).toHaveLength(1);
    const err = parsed.problems[0]!;
    expect(err.line).toBe(5);
    expect(err.column).toBe(3);
    expect(err.message).toMatch(/torch ==/);
  });

  it('a value of the wrong type → ParseError naming the key and line', () => {
    const err = parseError(() => parsePyproject('[project]\nname = "x"\n\ndependencies = "numpy"\n'));
    expect(err.message).toContain('project.dependencies');
    expect(err.message).toContain('array');
    expect(err.line).toBe(4);
    const err2 = parsePyproject('[project]\nname = "x"\n[project.optional-dependencies]\ngpu = ["a", 3]\n').problems[0]!;
    expect(err2.message).toContain('project.optional-dependencies.gpu[1]');
    expect(err2.line).toBe(4);
  });
});

it('covers every corpus project with a lock', () => {
  expect(corpusProjects().length).toBeGreaterThanOrEqual(22);
});

describe('path requirements as uv reads pyproject.toml (issue 11)', () => {
  it('an absolute path is a requirement; a relative one is refused on its line, as uv does', () => {
    const parsed = parsePyproject('[project]\nname = "x"\ndependencies = [\n  "abs @ /abs/path",\n  "rel @ ./local",\n]\n');
    expect(parsed.dependencies.map((r) => r.req.url)).toEqual(['/abs/path']);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ line: 5, message: expect.stringContaining('relative path without a working directory') });
    expect(parsed.problems[0]!.hint).toContain('rel = { path = "./local" }');
  });
});
