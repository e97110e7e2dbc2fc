// One name per concept across every action.yml, and setup-uv's names where setup-uv has the concept:
// each action is compared with the shared vocabulary (action-vocabulary.yml), both ways.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './support/uv-binary.js';

interface Term {
  concept: string;
  jobs: string[];
  'setup-uv'?: 'same';
}
interface MigrationRow {
  lockstep?: string;
  unsupported?: string;
  test: string;
}
interface Vocabulary {
  inputs: Record<string, Term>;
  outputs: Record<string, Term>;
  'setup-uv': { inputs: Record<string, MigrationRow>; outputs: Record<string, MigrationRow> };
  retired: { inputs: Record<string, string>; outputs: Record<string, string> };
}

const ACTIONS: Record<string, string> = {
  setup: 'action.yml',
  review: 'review/action.yml',
  bump: 'bump/action.yml',
  refresh: 'refresh/action.yml',
  verify: 'verify/action.yml',
  'verify-report': 'verify-report/action.yml',
  'save-cache': 'save-cache/action.yml',
  health: 'health/action.yml',
};
// astral-sh/setup-uv's action.yml (v10 line, read with the search tool): the names lockstep may share.
const SETUP_UV = {
  inputs: [
    'version', 'version-file', 'python-version', 'activate-environment', 'venv-path', 'no-project', 'working-directory', 'checksum',
    'github-token', 'enable-cache', 'cache-dependency-glob', 'restore-cache', 'save-cache', 'cache-suffix', 'cache-local-path',
    'prune-cache', 'cache-python', 'ignore-nothing-to-cache', 'ignore-empty-workdir', 'tool-dir', 'tool-bin-dir', 'manifest-file',
    'download-from-astral-mirror', 'add-problem-matchers', 'quiet', 'resolution-strategy',
  ],
  outputs: ['uv-version', 'uv-path', 'uvx-path', 'cache-hit', 'cache-key', 'venv', 'python-version', 'python-cache-hit'],
};

const vocabulary = parse(readFileSync(path.join(REPO_ROOT, 'action-vocabulary.yml'), 'utf8')) as Vocabulary;
const actions = Object.fromEntries(
  Object.entries(ACTIONS).map(([job, file]) => {
    const yml = parse(readFileSync(path.join(REPO_ROOT, file), 'utf8')) as { inputs?: object; outputs?: object };
    return [job, { inputs: Object.keys(yml.inputs ?? {}), outputs: Object.keys(yml.outputs ?? {}) }];
  }),
) as Record<string, { inputs: string[]; outputs: string[] }>;

describe.each(['inputs', 'outputs'] as const)('action %s against action-vocabulary.yml', (kind) => {
  it.each(Object.keys(ACTIONS))('%s declares exactly the names the vocabulary lists for it', (job) => {
    const listed = Object.entries(vocabulary[kind]).filter(([, term]) => term.jobs.includes(job)).map(([name]) => name).sort();
    expect([...actions[job]![kind]].sort()).toEqual(listed);
  });

  it('no retired name is declared anywhere, and each points at a current name', () => {
    for (const [old, replacement] of Object.entries(vocabulary.retired[kind])) {
      for (const [job, declared] of Object.entries(actions)) expect({ job, declares: declared[kind].includes(old) }).toEqual({ job, declares: false });
      expect(vocabulary[kind][replacement]).toBeDefined();
    }
  });

  it('one name per concept: no concept appears under two names', () => {
    const concepts = Object.values(vocabulary[kind]).map((term) => term.concept);
    expect(new Set(concepts).size).toBe(concepts.length);
  });

  it('a name marked `setup-uv: same` is one of setup-uv\'s, and the setup action declares it', () => {
    for (const [name, term] of Object.entries(vocabulary[kind])) {
      if (term['setup-uv'] !== 'same') continue;
      expect(SETUP_UV[kind]).toContain(name);
      if (name !== 'venv-path') expect(actions.setup![kind]).toContain(name);
    }
  });

  it('no action uses a setup-uv name for anything but setup-uv\'s concept', () => {
    for (const name of SETUP_UV[kind]) {
      const term = vocabulary[kind][name];
      if (term) expect({ name, 'setup-uv': term['setup-uv'] }).toEqual({ name, 'setup-uv': 'same' });
    }
  });
});

it('an input and an output with the same name mean the same thing', () => {
  const both = Object.keys(vocabulary.inputs).filter((name) => vocabulary.outputs[name]);
  // python-version: the request in, the interpreter's version out; uv-path: the binary bump/refresh use
  // is the one setup installed; targets: the targets setup checks, the targets verify-report saw;
  // pixi-version: like python-version, the request in, the installed version out.
  expect(both.sort()).toEqual(['pixi-version', 'python-version', 'targets', 'uv-path']);
  expect(vocabulary.inputs['uv-path']!.concept).toBe(vocabulary.outputs['uv-path']!.concept);
});

describe('the "Migrating from setup-uv" table (setup-uv section of action-vocabulary.yml)', () => {
  it.each(['inputs', 'outputs'] as const)('has one row per setup-uv %s, in setup-uv\'s order', (kind) => {
    expect(Object.keys(vocabulary['setup-uv'][kind])).toEqual(SETUP_UV[kind]);
  });

  it('every row is backed by a test that exists', () => {
    for (const kind of ['inputs', 'outputs'] as const) {
      for (const [name, row] of Object.entries(vocabulary['setup-uv'][kind])) {
        const [file, title] = row.test.split(' > ') as [string, string];
        const source = readFileSync(path.join(REPO_ROOT, file), 'utf8');
        expect({ name, found: source.includes(`it('${title}`) || source.includes(`it.each`) && source.includes(title) || source.includes(`'${title}`) }).toEqual({ name, found: true });
        expect({ name, says: Boolean(row.lockstep) !== Boolean(row.unsupported) }).toEqual({ name, says: true });
      }
    }
  });

  it('the test a supported row names is about that input or output: it names it in its title or body', () => {
    for (const kind of ['inputs', 'outputs'] as const) {
      for (const [name, row] of Object.entries(vocabulary['setup-uv'][kind])) {
        if (row.unsupported) continue;
        const [file, title] = row.test.split(' > ') as [string, string];
        const source = readFileSync(path.join(REPO_ROOT, file), 'utf8');
        const start = source.indexOf(title);
        const next = source.slice(start + title.length).search(/\n\s*it(\.each\(.*?\))?\(/s);
        const block = source.slice(start, next < 0 ? undefined : start + title.length + next);
        const mentions = new RegExp(`(^|[^\\w-])${name.replace(/-/g, '\\-')}($|[^\\w-])`).test(block);
        expect({ kind, name, mentions }).toEqual({ kind, name, mentions: true });
      }
    }
  });

  it('no action declares a setup-uv input lockstep does not support, and every supported one is declared', () => {
    for (const [name, row] of Object.entries(vocabulary['setup-uv'].inputs)) {
      if (row.unsupported) expect({ name, declared: actions.setup!.inputs.includes(name) }).toEqual({ name, declared: false });
      else expect({ name, declared: actions.setup!.inputs.includes(name) }).toEqual({ name, declared: true });
    }
    for (const [name] of Object.entries(vocabulary['setup-uv'].outputs)) expect(actions.setup!.outputs).toContain(name);
  });
});
