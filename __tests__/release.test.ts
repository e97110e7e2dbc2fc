// Release engineering: the release workflow's shape (tag trigger, least privilege per job, no
// `${{ }}` inside scripts), release notes from CHANGELOG.md, and the Marketplace's rules for the root
// action's metadata.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './support/uv-binary.js';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
// @ts-expect-error: a plain .mjs script without type declarations
const { releaseNotes } = (await import('../scripts/changelog.mjs')) as { releaseNotes(changelog: string, version: string): string | null };

interface Step { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> }
interface Job { needs?: string | string[]; permissions?: Record<string, string>; steps: Step[] }

describe('the release workflow', () => {
  const workflow = parse(read('.github/workflows/release.yml')) as { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: Record<string, Job> };
  const jobs = workflow.jobs;

  it('runs on vX.Y.Z tags only, read-only by default', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('checks tag, changelog, dist/ and the tests before anything is published', () => {
    const scripts = jobs.build!.steps.map((s) => s.run ?? '').join('\n');
    expect(scripts).toContain('node scripts/changelog.mjs');
    expect(scripts).toContain('bash .ci/run'); // dist/ freshness, tests, package installs
    expect(jobs.build!.permissions).toBeUndefined();
    expect(jobs.npm!.needs).toBe('build');
    expect(jobs.pypi!.needs).toBe('build');
    expect(jobs['github-release']!.needs).toEqual(['npm', 'pypi']);
  });

  it('gives each job only the token it needs: secrets only where packages are published', () => {
    expect(jobs.pypi!.permissions).toEqual({ 'id-token': 'write' }); // trusted publishing
    expect(jobs.pypi!.steps.some((s) => s.uses?.startsWith('pypa/gh-action-pypi-publish@'))).toBe(true);
    expect(jobs.npm!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(jobs['github-release']!.permissions).toEqual({ contents: 'write' });
    for (const [name, job] of Object.entries(jobs)) {
      const usesSecrets = JSON.stringify(job).includes('secrets.');
      expect([name, usesSecrets]).toEqual([name, name === 'npm']);
    }
  });

  it('never expands an expression inside a script (values reach scripts through env)', () => {
    for (const job of Object.values(jobs)) for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('moves the major tag and releases with the changelog section', () => {
    const scripts = jobs['github-release']!.steps.map((s) => s.run ?? '').join('\n');
    expect(scripts).toContain('--notes-file release-notes.md');
    expect(scripts).toMatch(/git tag --force "\$major"/);
  });
});

describe('release notes from CHANGELOG.md', () => {
  const changelog = ['# Changelog', '', '## [Unreleased]', '', '## [1.1.0] - 2026-12-01', '### Fixed', '- a', '', '## [1.0.0] - 2026-11-01', '### Added', '- b', '', '[1.1.0]: https://x'].join('\n');

  it('is the section of the version, without its heading or the link references', () => {
    expect(releaseNotes(changelog, '1.1.0')).toBe('### Fixed\n- a\n');
    expect(releaseNotes(changelog, '1.0.0')).toBe('### Added\n- b\n');
  });

  it('is missing for a version without a section, or with an empty one', () => {
    expect(releaseNotes(changelog, '1.2.0')).toBeNull();
    expect(releaseNotes(changelog, '1.0')).toBeNull();
    expect(releaseNotes(changelog, 'Unreleased')).toBeNull();
  });

  it('the real changelog keeps a Keep a Changelog Unreleased section', () => {
    expect(releaseNotes(read('CHANGELOG.md'), 'Unreleased')).toMatch(/^### Added\n/);
  });
});

describe('Marketplace metadata and licence', () => {
  const action = parse(read('action.yml')) as { name: string; description: string; author: string; branding: { icon: string; color: string } };

  it('the root action has a description within 125 characters, an author and branding', () => {
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.author.length).toBeGreaterThan(0);
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(action.branding.color);
    expect(action.branding.icon).toBe('lock');
  });

  it('LICENSE is the MIT licence package.json declares', () => {
    expect(JSON.parse(read('package.json')).license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });
});
