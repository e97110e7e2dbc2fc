// pixi.lock reader: the YAML subset against the `yaml` package on every corpus lock (the oracle), and
// the v4–v7 record models on small excerpts.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { LockstepError, ParseError } from '../../../src/core/errors.js';
import { parsePixiLock } from '../../../src/core/lock/pixilock.js';
import { lineOf, parseYamlBlock } from '../../../src/core/lock/yaml-block.js';
import { PIXI_CORPUS_DIR } from '../../support/fixture-project.js';

const projects = readdirSync(PIXI_CORPUS_DIR).filter((d) => existsSync(path.join(PIXI_CORPUS_DIR, d, 'pixi.lock'))).sort();
const lockText = (p: string): string => readFileSync(path.join(PIXI_CORPUS_DIR, p, 'pixi.lock'), 'utf8');

/** Scalars as strings, so our reader (which keeps `'0.1'` and `0.1` apart as text) compares with YAML's failsafe schema. */
const asText = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(asText) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asText(x)])) : v === null ? null : String(v);

describe('parseYamlBlock', () => {
  it('finds the pixi corpus', () => expect(projects.length).toBeGreaterThanOrEqual(19));

  it.each(projects)('reads %s exactly as the yaml package does', (project) => {
    const text = lockText(project);
    expect(asText(parseYamlBlock(text, 'pixi.lock'))).toEqual(asText(YAML.parse(text, { schema: 'failsafe' })));
  });

  it('records the line of each mapping, quoted scalars and empty collections', () => {
    const doc = parseYamlBlock("a:\n- name: x\n  version: '0.1'\n  q: \"a\\tb\"\n  e: []\n- name: y\n", 'f') as { a: object[] };
    expect(doc.a).toEqual([{ name: 'x', version: '0.1', q: 'a\tb', e: [] }, { name: 'y' }]);
    expect(doc.a.map((m) => lineOf(m as never))).toEqual([2, 6]);
  });

  it('refuses what pixi never writes, with the line', () => {
    expect(() => parseYamlBlock('a: &x 1\nb: *x\n', 'pixi.lock')).toThrow(ParseError);
    const error = (() => {
      try {
        parseYamlBlock('a:\n  b: 1\n c: 2\n', 'pixi.lock');
      } catch (e) {
        return e as ParseError;
      }
      return null;
    })();
    expect(error?.line).toBe(3);
  });
});

const V4 = `version: 4
environments:
  default:
    channels:
    - url: https://conda.anaconda.org/conda-forge/
    packages:
      linux-64:
      - conda: https://conda.anaconda.org/conda-forge/linux-64/python-3.11.9-hb806964_0_cpython.conda
      - pypi: https://files.pythonhosted.org/packages/x/fire-0.6.0.tar.gz
      - pypi: ./local-pkg
packages:
- kind: conda
  name: python
  version: 3.11.9
  build: hb806964_0_cpython
  subdir: linux-64
  url: https://conda.anaconda.org/conda-forge/linux-64/python-3.11.9-hb806964_0_cpython.conda
  purls: []
- kind: pypi
  name: fire
  version: 0.6.0
  url: https://files.pythonhosted.org/packages/x/fire-0.6.0.tar.gz
- kind: pypi
  name: local_pkg
  version: 0.1.0
  path: ./local-pkg
  editable: true
`;

const V7 = `version: 7
platforms:
- name: linux-64
  virtual-packages:
  - __glibc=2.28
- name: gpu
  subdir: linux-64
  virtual-packages:
  - __cuda=12.9
  - __glibc=2.28
environments:
  default:
    channels:
    - url: https://prefix.dev/conda-forge/
    packages:
      linux-64:
      - conda: https://prefix.dev/conda-forge/linux-64/pytorch-2.10.0-cpu_mkl_py312_h1_100.conda
      gpu:
      - conda: https://prefix.dev/conda-forge/linux-64/pytorch-2.10.0-cuda129_mkl_py312_h2_300.conda
      - conda_source: mypkg[abc123] @ .
packages:
- conda: https://prefix.dev/conda-forge/linux-64/pytorch-2.10.0-cpu_mkl_py312_h1_100.conda
  sha256: 00
- conda: https://prefix.dev/conda-forge/linux-64/pytorch-2.10.0-cuda129_mkl_py312_h2_300.conda
  sha256: 01
- conda_source: mypkg[abc123] @ .
  version: 1.0.0
`;

describe('parsePixiLock', () => {
  it.each(projects)('reads %s: every environment lists records that exist', (project) => {
    const lock = parsePixiLock(lockText(project));
    expect([4, 5, 6, 7]).toContain(lock.version);
    expect(lock.environments.length).toBeGreaterThan(0);
    const all = new Set(lock.records);
    for (const env of lock.environments) for (const records of env.packages.values()) for (const r of records) if (!all.has(r)) throw new Error(`${env.name}: ${r.location} is not a record`);
  });

  it('v4: kind/url/path records, editable PyPI sources', () => {
    const lock = parsePixiLock(V4);
    const records = lock.environments[0]!.packages.get('linux-64')!;
    expect(records.map((r) => [r.kind, r.name, r.version])).toEqual([['conda', 'python', '3.11.9'], ['pypi', 'fire', '0.6.0'], ['pypi', 'local-pkg', '0.1.0']]);
    expect(records[2]).toMatchObject({ editable: true, location: './local-pkg', line: 23 });
    expect(lock.platforms).toEqual([{ name: 'linux-64', subdir: 'linux-64', virtualPackages: [], cuda: null }]);
  });

  it('v7: named platforms with __cuda, names and builds from the archive name, conda_source records', () => {
    const lock = parsePixiLock(V7);
    expect(lock.platforms.find((p) => p.name === 'gpu')).toMatchObject({ subdir: 'linux-64', cuda: '12.9' });
    const gpu = lock.environments[0]!.packages.get('gpu')!;
    expect(gpu[0]).toMatchObject({ kind: 'conda', name: 'pytorch', version: '2.10.0', build: 'cuda129_mkl_py312_h2_300', subdir: 'linux-64', source: false });
    expect(gpu[1]).toMatchObject({ kind: 'conda', name: 'mypkg', version: '1.0.0', source: true });
  });

  it('an unknown newer version is a clear error, not a guess', () => {
    const error = (() => {
      try {
        parsePixiLock('version: 8\nenvironments: {}\npackages: []\n');
      } catch (e) {
        return e as LockstepError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(LockstepError);
    expect(error?.message).toBe('pixi.lock is lock format version 8, but lockstep reads versions 4 to 7.');
    expect(error?.hint).toMatch(/Upgrade lockstep/);
  });

  it('an environment entry without a record is a parse error naming it', () => {
    expect(() => parsePixiLock(V4.replace('fire-0.6.0.tar.gz\n- kind', 'fire-0.7.0.tar.gz\n- kind'))).toThrow(/refers to a package that does not exist: .*fire-0\.6\.0\.tar\.gz/);
  });
});
