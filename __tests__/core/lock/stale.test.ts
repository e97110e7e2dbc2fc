import { describe, expect, it } from '@jest/globals';
import { parseLock } from '../../../src/core/lock/uvlock.js';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import { staleLockFindings } from '../../../src/core/lock/stale.js';
import { corpusProjects, readCorpus } from './corpus-files.js';

const projects = corpusProjects();
const read = readCorpus;
const stale = (pyproject: string, lock: string) => staleLockFindings(parsePyproject(pyproject), parseLock(lock));

// Two corpus locks really are behind their pyproject.toml (checked by hand: `jaxarc` appears nowhere in
// Stoix's uv.lock; mujoco_playground locks warp-lang 1.11.0 with `>=1.11` while pyproject asks >=1.15.0).
const KNOWN_STALE: Record<string, { line: number; package: string }[]> = {
  EdanToledo__Stoix: [{ line: 144, package: 'jaxarc' }],
  'google-deepmind__mujoco_playground': [{ line: 35, package: 'warp-lang' }],
};

describe('staleLockFindings on the corpus', () => {
  it.each(projects)('%s: up-to-date locks give no lock-stale, the known stale ones exactly theirs', (project) => {
    const findings = stale(read(project, 'pyproject.toml'), read(project, 'uv.lock'));
    expect(findings.map((f) => ({ line: f.line, package: f.package }))).toEqual(KNOWN_STALE[project] ?? []);
    for (const f of findings) {
      expect(f.code).toBe('lock-stale');
      expect(f.file).toBe('pyproject.toml');
      expect(f.message).toContain('uv lock');
    }
  });
});

describe('staleLockFindings after an edit', () => {
  const project = 'fishaudio__fish-speech';
  const pyproject = read(project, 'pyproject.toml');
  const lock = read(project, 'uv.lock');
  const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('a changed pin gives exactly one finding, on the line of that requirement', () => {
    const edited = pyproject.replace('"datasets==2.18.0"', '"datasets==2.19.0"');
    const findings = stale(edited, lock);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'lock-stale', severity: 'error', package: 'datasets', file: 'pyproject.toml', line: lineOf(edited, 'datasets==2.19.0') });
    expect(findings[0]!.message).toContain('==2.19.0');
    expect(findings[0]!.message).toContain('==2.18.0');
  });

  it('reformatting (spacing, specifier order, name spelling, marker spelling) is not staleness', () => {
    const edited = pyproject
      .replace('"datasets==2.18.0"', '"Datasets == 2.18.0"')
      .replace('"transformers<=4.57.3"', '"transformers <= 4.57.3"')
      .replace('"pydantic==2.9.2"', '"pydantic==2.9.2 ; python_version >= \'3.10\'"');
    expect(stale(edited, lock)).toEqual([]);
  });

  it('an added requirement points at its line; a removed one at the lock root package', () => {
    const added = pyproject.replace('"safetensors"\n]', '"safetensors",\n    "tqdm==4.66.0"\n]');
    const addedFindings = stale(added, lock);
    expect(addedFindings).toHaveLength(1);
    expect(addedFindings[0]).toMatchObject({ package: 'tqdm', line: lineOf(added, 'tqdm==4.66.0'), file: 'pyproject.toml' });

    const removed = pyproject.replace('    "zstandard>=0.22.0",\n', '');
    const removedFindings = stale(removed, lock);
    expect(removedFindings).toHaveLength(1);
    const rootLine = lock.split('\n').findIndex((l) => l === 'name = "fish-speech"');
    expect(removedFindings[0]).toMatchObject({ package: 'zstandard', file: 'uv.lock', line: rootLine });
  });

  it('a changed marker and a changed optional dependency are found', () => {
    const marker = pyproject.replace('"pyaudio",', '"pyaudio; sys_platform == \'linux\'",');
    expect(stale(marker, lock).map((f) => f.package)).toEqual(['pyaudio']);
    const optional = pyproject.replace('stable = [\n    "torch==2.8.0",\n    "torchaudio",', 'stable = [\n    "torch==2.8.0",\n    "torchaudio==2.8.0",');
    const findings = stale(optional, lock);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('optional dependency `stable`');
  });

  it('an added empty extra is reported on its line; a renamed project has no lock entry', () => {
    const edited = pyproject.replace('[project.optional-dependencies]\n', '[project.optional-dependencies]\nnew-extra = []\n');
    const findings = stale(edited, lock);
    expect(findings).toEqual([expect.objectContaining({ line: lineOf(edited, 'new-extra = []'), file: 'pyproject.toml' })]);
    expect(findings[0]!.message).toContain('extra `new-extra` was added');
    const renamed = stale(pyproject.replace('name = "fish-speech"', 'name = "fish-talk"'), lock);
    expect(renamed).toEqual([expect.objectContaining({ code: 'lock-stale', line: 2 })]);
    expect(renamed[0]!.message).toContain('no entry for the project `fish-talk`');
  });

  it('a removed extra is reported through its requirements, on the lock root line', () => {
    const edited = pyproject.replace(/stable = \[\n    "torch==2.8.0",\n    "torchaudio",\n\]\n/, '');
    expect(edited).not.toBe(pyproject);
    const findings = stale(edited, lock);
    expect(findings.map((f) => f.package).sort()).toEqual(['torch', 'torchaudio']);
    for (const f of findings) expect(f).toMatchObject({ file: 'uv.lock', line: lock.split('\n').indexOf('name = "fish-speech"') });
  });

  it('requires-python spelled differently but meaning the same is not staleness', () => {
    expect(stale(pyproject.replace('requires-python = ">=3.10"', 'requires-python = ">= 3.10.0"'), lock)).toEqual([]);
  });

  it('requires-python drift is reported on its line', () => {
    const edited = pyproject.replace('requires-python = ">=3.10"', 'requires-python = ">=3.11"');
    const findings = stale(edited, lock);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: lineOf(edited, 'requires-python'), file: 'pyproject.toml' });
  });

  it('a dependency group change is found (nari-labs__dia dev group)', () => {
    const dia = read('nari-labs__dia', 'pyproject.toml');
    const diaLock = read('nari-labs__dia', 'uv.lock');
    expect(stale(dia, diaLock)).toEqual([]);
    const m = /\[dependency-groups\]\ndev = \[\s*"([^"]+)"/.exec(dia)!;
    const edited = dia.replace(`"${m[1]}"`, `"${m[1]}, <99"`);
    const findings = stale(edited, diaLock);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('dependency group `dev`');
  });
});

describe('staleLockFindings on a project with no requirements', () => {
  // Written by real uv 0.13.9 (`uv lock` on this pyproject): no [package.metadata] at all for the root.
  const pyproject = '[project]\nname = "empty-proj"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = []\n';
  const lock = 'version = 1\nrevision = 5\nrequires-python = ">=3.11"\n\n[[package]]\nname = "empty-proj"\nversion = "0.1.0"\nsource = { virtual = "." }\n';

  it('is up to date (uv omits the metadata table when there is nothing to record)', () => {
    expect(stale(pyproject, lock)).toEqual([]);
  });

  it('still notices a requirement added afterwards, on its line', () => {
    const edited = pyproject.replace('dependencies = []', 'dependencies = [\n  "attrs==25.3.0",\n]');
    expect(stale(edited, lock).map((f) => [f.package, f.line])).toEqual([['attrs', 6]]);
  });
});
