/**
 * Differential test against pypa/packaging: every version, specifier, requirement and wheel filename in
 * the corpus locks and pyproject files, plus generated edge cases, go to both lockstep's PEP layer and
 * packaging (scripts/packaging-oracle.py); any disagreement not listed, with its reason and the spec
 * text, in packaging-allowlist.json fails the test (and so does a listed one that no longer differs).
 * Where uv and packaging differ, lockstep follows uv, and the allow-list says so.
 *
 * packaging comes from PyPI (pinned) into `.cache/packaging-venv`, made by the jest global setup on the
 * first run (LOCKSTEP_PACKAGING_PYTHON names another python that has it). Without it the suite fails:
 * an oracle that is not there is not a pass.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRequirement } from '../../../src/core/pep/requirement.js';
import { compareVersions, isPrerelease, isValidSpecifier, isValidVersion, normalizeName, versionSatisfies } from '../../../src/core/pep/version.js';
import { lastPathSegment, parseWheelFilename } from '../../../src/core/pep/wheel.js';
import { REPO_ROOT } from '../../support/uv-binary.js';
import { corpusLocks, corpusRequirementStrings, wheelsIn } from './corpus.js';

const PYTHON = process.env.LOCKSTEP_PACKAGING_PYTHON ?? path.join(REPO_ROOT, '.cache/packaging-venv/bin/python');

interface Allowed {
  kind: 'version' | 'compare' | 'specifier' | 'contains' | 'requirement' | 'wheel';
  input: string;
  reason: string;
  spec: string;
}

// --- inputs --------------------------------------------------------------------------------------

const EDGE_VERSIONS = [
  '0', '1', '1.0', '1.0.0', '1.0.0.0', '01.02', '1!0', '1!1.0', '1!1.7', '1.7', '1.7.0', '1.7.1', '1.7.post1', '1.7.post2',
  '1.7rc1', '1.7.dev0', '1.7+local', '1.7+local.7', '1.7+7', '1.7.0+abc', '1.0a1', '1.0a1.dev1', '1.0b2', '1.0b2.post3',
  '1.0rc1', '1.0c1', '1.0.dev0', '1.0.dev456', '1.0.post1.dev1', '1.0-1', '1.0_post1', '1.0.alpha1', '1.0-preview2',
  '1.0rev3', '1.0r', '1.0RC1', '1.0-dev', 'v1.0', ' 1.0 ', '\t2.0\n', '2.0.dev0', '2.0a1', '2.0', '3.13.0rc1', '3.13.0',
  '3.13.1', '3.12.8', '2.5.1+cu124', '2.5.1+cu12.torch2.5', '1.0+ab c', '1..0', 'foobar', '1.0+', '1.0-', '', '1.0.*',
];
const OPERATORS = ['==', '!=', '<=', '>=', '<', '>', '~=', '==='];
const EDGE_SPECIFIERS = [
  '>1.0a1', '>3.13.0rc1', '>1.0.dev0', '<1.7.post2', '<1.0rc1', '<2.0a1', '>1.7', '<1!0', '==1.7.0.*', '===foobar',
  '==1.7.*', '!=1.7.*', '==1.*', '~=1.7', '~=1.7.0', '~=1', '>=1.0,<2', '>=1.0,', ',', '', ' >= 1.0 ', '== 1 .0', '>=1.0 2',
  '==1.0a1.*', '>=1.0+local', '==1.0+local', '<=1.*', '>=3.10,<3.13', '>=3.13.14, <3.14', '==v1.0', '==1.0.post1.*',
];

function corpusInputs(): { versions: Set<string>; specifiers: Set<string>; wheels: Set<string>; requirements: Set<string> } {
  const versions = new Set<string>();
  const specifiers = new Set<string>();
  const wheels = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && (key === 'specifier' || key === 'requires-python')) specifiers.add(v);
        else if (typeof v === 'string' && key === 'version') versions.add(v);
        else walk(v);
      }
    }
  };
  for (const { lock } of corpusLocks()) {
    walk(lock);
    for (const w of wheelsIn(lock)) wheels.add(lastPathSegment(w.url));
  }
  const requirements = new Set(corpusRequirementStrings().map((r) => r.text));
  return { versions, specifiers, wheels, requirements };
}

// --- lockstep's answers, in the oracle's shape ----------------------------------------------------

function ourRequirement(text: string): unknown {
  try {
    const r = parseRequirement(text);
    return {
      name: r.name,
      extras: [...r.extras].sort(),
      specifier: r.specifier.split(',').filter((c) => c !== '').sort().join(','),
      url: r.url,
      marker: r.marker === null ? null : 'present',
    };
  } catch {
    return null;
  }
}

function ourWheel(filename: string): unknown {
  try {
    const w = parseWheelFilename(filename);
    const tags = w.pythonTags.flatMap((py) => w.abiTags.flatMap((abi) => w.platformTags.map((plat) => `${py}-${abi}-${plat}`)));
    return { name: normalizeName(w.name), version: w.version, build: w.build, tags: [...new Set(tags)].sort() };
  } catch {
    return null;
  }
}

describe.each([PYTHON])('lockstep agrees with pypa/packaging (%s)', (python) => {
  it('on every corpus version, specifier, requirement and wheel name, and the edge cases', () => {
    const corpus = corpusInputs();
    const versions = [...new Set([...corpus.versions, ...EDGE_VERSIONS])];
    const validEdge = EDGE_VERSIONS.filter(isValidVersion);
    const compare: [string, string][] = validEdge.flatMap((a) => validEdge.map((b) => [a, b] as [string, string]));
    const sortedCorpus = [...corpus.versions].filter(isValidVersion).sort(compareVersions);
    for (let i = 1; i < sortedCorpus.length; i++) compare.push([sortedCorpus[i - 1]!, sortedCorpus[i]!]);
    const generated = OPERATORS.flatMap((op) => validEdge.map((v) => `${op}${v.trim()}`));
    const specifiers = [...new Set([...corpus.specifiers, ...EDGE_SPECIFIERS, ...generated])];
    const contains: [string, string][] = [];
    for (const spec of [...EDGE_SPECIFIERS, ...generated]) for (const v of validEdge) contains.push([v, spec]);
    for (const spec of corpus.specifiers) for (const v of ['3.10.0', '3.11.7', '3.12.0', '3.13.0rc1', '3.13.0', '1.0', '2.5.1+cu124']) contains.push([v, spec]);
    const requirements = [...new Set([
      ...corpus.requirements,
      "name @ git+https://host/repo@rev; sys_platform == 'linux'", 'name @ ./local', 'name @ /abs/path', 'pandas==2 .3.2',
      'flash-attn<=2.8.3 7', 'foo>=1.0,', 'foo >= 1.0 , < 2 ; python_version >= "3.10"', 'name[extra1, extra2] (>=1,<2)',
    ])];
    const wheels = [...corpus.wheels, 'a-1.0-1x-py3-none-any.whl', 'a-1.0-py3-none-any.whl', 'A_b-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', 'bad.whl'];

    const run = spawnSync(python, [path.join(REPO_ROOT, 'scripts/packaging-oracle.py')], {
      input: JSON.stringify({ versions, compare, specifiers, contains, requirements, wheels }),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    const theirs = JSON.parse(run.stdout) as Record<string, unknown[]>;

    const disagreements: { kind: Allowed['kind']; input: string; ours: unknown; theirs: unknown }[] = [];
    const differ = (kind: Allowed['kind'], input: string, ours: unknown, other: unknown): void => {
      if (JSON.stringify(ours) !== JSON.stringify(other)) disagreements.push({ kind, input, ours, theirs: other });
    };
    versions.forEach((v, i) => differ('version', v, isValidVersion(v) ? { prerelease: isPrerelease(v) } : null, theirs.versions![i]));
    compare.forEach(([a, b], i) => differ('compare', `${a} <=> ${b}`, compareVersions(a, b), theirs.compare![i]));
    specifiers.forEach((s, i) => differ('specifier', s, isValidSpecifier(s), theirs.specifiers![i]));
    contains.forEach(([v, s], i) => {
      if (theirs.contains![i] === null || !isValidSpecifier(s)) return; // validity is the `specifier` check's business
      differ('contains', `${v} in ${s}`, versionSatisfies(v, s, { prereleases: true }), theirs.contains![i]);
    });
    requirements.forEach((r, i) => {
      const other = theirs.requirements![i] as Record<string, unknown> | null;
      differ('requirement', r, ourRequirement(r), other && { ...other, marker: other.marker === null ? null : 'present' });
    });
    wheels.forEach((w, i) => {
      const ours = ourWheel(w) as { version: string } | null;
      const other = theirs.wheels![i] as { version: string } | null;
      // Versions are compared by meaning (packaging prints them normalised).
      const same = ours && other && compareVersions(ours.version, other.version) === 0 ? { ...ours, version: other.version } : ours;
      differ('wheel', w, same, other);
    });

    const allowList = JSON.parse(readFileSync(new URL('./packaging-allowlist.json', import.meta.url), 'utf8')) as { entries: Allowed[] };
    const allowed = new Set(allowList.entries.map((e) => `${e.kind}\0${e.input}`));
    for (const e of allowList.entries) {
      expect(e.reason.length).toBeGreaterThan(20);
      expect(e.spec).toMatch(/^https:\/\//);
    }
    const unexplained = disagreements.filter((d) => !allowed.has(`${d.kind}\0${d.input}`));
    expect(unexplained).toEqual([]);
    const stillDiffering = new Set(disagreements.map((d) => `${d.kind}\0${d.input}`));
    expect(allowList.entries.filter((e) => !stillDiffering.has(`${e.kind}\0${e.input}`)).map((e) => e.input)).toEqual([]);
    // It really compared something: thousands of inputs from the corpus.
    expect(versions.length + specifiers.length + contains.length + requirements.length + wheels.length).toBeGreaterThan(5000);
  }, 180_000);
});
