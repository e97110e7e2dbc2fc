// The hygiene rules over hand-written facts: which facts raise which code, at which file/line, with
// which severity, and that every message carries its fix.
import { describe, expect, it } from '@jest/globals';
import { hygieneFindings } from '../../../src/core/hygiene/index.js';
import type { ProjectFacts } from '../../../src/core/hygiene/index.js';

/** A project that follows every rule; tests change one fact at a time. */
function cleanFacts(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    hasPyproject: true,
    requiresPython: '>=3.11',
    legacyFiles: [],
    pythonVersionFile: { file: '.python-version', request: '3.11' },
    lockExists: true,
    lockGit: { tracked: true, ignoredBy: null },
    projectEnvironment: [{ source: 'default', value: '.venv', resolved: '/p/.venv', outside: false }],
    ...overrides,
  };
}

describe('hygieneFindings', () => {
  it('finds nothing in a project that follows the rules', () => {
    expect(hygieneFindings(cleanFacts())).toEqual([]);
  });

  describe('legacy-metadata', () => {
    it('names requirements.txt and setup.py with the uv command that replaces them', () => {
      const findings = hygieneFindings(cleanFacts({ legacyFiles: [{ file: 'requirements.txt' }, { file: 'setup.py' }] }));
      expect(findings.map((f) => [f.code, f.severity, f.file])).toEqual([
        ['legacy-metadata', 'notice', 'requirements.txt'],
        ['legacy-metadata', 'notice', 'setup.py'],
      ]);
      expect(findings[0]!.message).toContain('`uv add -r requirements.txt`');
      expect(findings[1]!.message).toMatch(/into \[project\] in pyproject\.toml, then delete it/);
    });

    it('points at the first metadata section of setup.cfg and ignores a tool-only setup.cfg', () => {
      const withMetadata = hygieneFindings(
        cleanFacts({ legacyFiles: [{ file: 'setup.cfg', metadataSections: [{ name: 'metadata', line: 4 }, { name: 'options', line: 9 }] }] }),
      );
      expect(withMetadata).toEqual([expect.objectContaining({ code: 'legacy-metadata', file: 'setup.cfg', line: 4 })]);
      expect(withMetadata[0]!.message).toContain('[metadata], [options]');
      expect(hygieneFindings(cleanFacts({ legacyFiles: [{ file: 'setup.cfg', metadataSections: [] }] }))).toEqual([]);
    });

    it('says nothing about legacy files when there is no pyproject.toml to move them into', () => {
      expect(hygieneFindings(cleanFacts({ hasPyproject: false, legacyFiles: [{ file: 'requirements.txt' }] }))).toEqual([]);
    });
  });

  describe('no-python-version', () => {
    it('suggests pinning the lowest Python requires-python allows', () => {
      const [f] = hygieneFindings(cleanFacts({ pythonVersionFile: null, requiresPython: '>=3.10,<3.13' }));
      expect(f).toMatchObject({ code: 'no-python-version', severity: 'notice' });
      expect(f!.file).toBeUndefined();
      expect(f!.message).toContain('`uv python pin 3.10` writes .python-version');
    });

    it('uses a placeholder when requires-python is missing', () => {
      const [f] = hygieneFindings(cleanFacts({ pythonVersionFile: null, requiresPython: null }));
      expect(f!.message).toContain('`uv python pin 3.X`');
    });

    it('flags a .python-version that holds no version', () => {
      const [f] = hygieneFindings(cleanFacts({ pythonVersionFile: { file: '.python-version', request: null } }));
      expect(f).toMatchObject({ code: 'no-python-version', file: '.python-version' });
      expect(f!.message).toContain('names no Python version');
    });
  });

  describe('lock-untracked', () => {
    it('warns about an untracked lock with `git add uv.lock`', () => {
      const [f] = hygieneFindings(cleanFacts({ lockGit: { tracked: false, ignoredBy: null } }));
      expect(f).toMatchObject({ code: 'lock-untracked', severity: 'warning', file: 'uv.lock' });
      expect(f!.message).toContain('`git add uv.lock`');
    });

    it('points at the .gitignore line that ignores the lock', () => {
      const rule = { file: '.gitignore', source: '.gitignore', line: 3, pattern: '*.lock' };
      const [f] = hygieneFindings(cleanFacts({ lockGit: { tracked: false, ignoredBy: rule } }));
      expect(f).toMatchObject({ code: 'lock-untracked', severity: 'warning', file: '.gitignore', line: 3 });
      expect(f!.message).toContain('.gitignore:3 (`*.lock`)');
      expect(f!.message).toContain('remove that line from .gitignore, then `git add uv.lock`');
    });

    it('still warns when the lock is tracked but a rule ignores it', () => {
      const rule = { file: '../.gitignore', source: '.gitignore', line: 1, pattern: 'uv.lock' };
      const [f] = hygieneFindings(cleanFacts({ lockGit: { tracked: true, ignoredBy: rule } }));
      expect(f).toMatchObject({ code: 'lock-untracked', file: '../.gitignore', line: 1 });
      expect(f!.message).toContain('tracked but ignored');
    });

    it('names a rule outside the work tree in the message and annotates uv.lock', () => {
      const rule = { file: null, source: '/home/me/.config/git/ignore', line: 7, pattern: '*.lock' };
      const [f] = hygieneFindings(cleanFacts({ lockGit: { tracked: false, ignoredBy: rule } }));
      expect(f).toMatchObject({ file: 'uv.lock' });
      expect(f!.line).toBeUndefined();
      expect(f!.message).toContain('/home/me/.config/git/ignore:7');
    });

    it('is not reported outside a git repository or without a lock', () => {
      expect(hygieneFindings(cleanFacts({ lockGit: null, gitUnavailable: 'not a git work tree' }))).toEqual([]);
      expect(hygieneFindings(cleanFacts({ lockExists: false, lockGit: { tracked: false, ignoredBy: null } }))).toEqual([]);
    });
  });

  describe('venv-outside-project', () => {
    it('reports UV_PROJECT_ENVIRONMENT pointing outside, with the fix', () => {
      const [f] = hygieneFindings(
        cleanFacts({ projectEnvironment: [{ source: 'environment', value: '/opt/venv', resolved: '/opt/venv', outside: true }] }),
      );
      expect(f).toMatchObject({ code: 'venv-outside-project', severity: 'notice' });
      expect(f!.message).toContain('UV_PROJECT_ENVIRONMENT=/opt/venv');
      expect(f!.message).toContain('unset UV_PROJECT_ENVIRONMENT or point it inside the project');
    });

    it('points at the .env line, and reports the same path once when the variable came from it', () => {
      const fromFile = { source: 'env-file' as const, value: '../shared-venv', file: '.env', line: 2, resolved: '/shared-venv', outside: true };
      const findings = hygieneFindings(
        cleanFacts({ projectEnvironment: [{ source: 'environment', value: '/shared-venv', resolved: '/shared-venv', outside: true }, fromFile] }),
      );
      expect(findings).toEqual([expect.objectContaining({ code: 'venv-outside-project', file: '.env', line: 2 })]);
    });

    it('reports a .venv symlinked out of the project', () => {
      const [f] = hygieneFindings(
        cleanFacts({ projectEnvironment: [{ source: 'default', value: '.venv', resolved: '/p/.venv', realPath: '/scratch/venv', outside: true }] }),
      );
      expect(f).toMatchObject({ code: 'venv-outside-project', file: '.venv' });
      expect(f!.message).toContain('/scratch/venv');
      expect(f!.message).toContain('`rm .venv && uv sync`');
    });

    it('accepts a setting that stays inside the project', () => {
      expect(
        hygieneFindings(cleanFacts({ projectEnvironment: [{ source: 'environment', value: 'envs/py311', resolved: '/p/envs/py311', outside: false }] })),
      ).toEqual([]);
    });
  });

  it('applies per-code severity overrides like the lock engine', () => {
    const findings = hygieneFindings(cleanFacts({ pythonVersionFile: null, lockGit: { tracked: false, ignoredBy: null } }), {
      'lock-untracked': 'error',
      'no-python-version': 'warning',
      'sdist-build': 'notice',
    });
    expect(Object.fromEntries(findings.map((f) => [f.code, f.severity]))).toEqual({ 'no-python-version': 'warning', 'lock-untracked': 'error' });
  });

  it('keeps every message on one line that ends with its fix', () => {
    const findings = hygieneFindings({
      hasPyproject: true,
      requiresPython: '>=3.12',
      legacyFiles: [{ file: 'requirements.txt' }, { file: 'setup.py' }, { file: 'setup.cfg', metadataSections: [{ name: 'options', line: 1 }] }],
      pythonVersionFile: null,
      lockExists: true,
      lockGit: { tracked: false, ignoredBy: null },
      projectEnvironment: [{ source: 'environment', value: '/x', resolved: '/x', outside: true }],
    });
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(['legacy-metadata', 'no-python-version', 'lock-untracked', 'venv-outside-project']));
    for (const f of findings) {
      expect(f.message).not.toContain('\n');
      expect(f.message).toMatch(/Fix: \S/);
    }
  });
});
