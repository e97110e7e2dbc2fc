import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readProjectFiles } from '../../src/adapters/project-files.js';
import { resolveInsideWorkspace } from '../../src/adapters/workspace-paths.js';
import { LockstepError } from '../../src/core/errors.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';

afterAll(() => cleanupTempDirs());

describe('resolveInsideWorkspace (issue 13)', () => {
  it('refuses ../ paths and symlinks that lead outside the workspace, with the input named', () => {
    const ws = makeTempDir('ws');
    const outside = makeTempDir('outside');
    mkdirSync(path.join(ws, 'ml'));
    symlinkSync(outside, path.join(ws, 'escape'));
    expect(resolveInsideWorkspace(ws, 'ml', 'working-directory')).toBe(path.join(ws, 'ml'));
    for (const p of ['../../etc', './../etc', 'escape', 'escape/sub']) {
      expect(() => resolveInsideWorkspace(ws, p, 'working-directory')).toThrow(LockstepError);
    }
    expect(() => resolveInsideWorkspace(ws, '../../etc', 'working-directory')).toThrow('working-directory "../../etc" leaves the workspace');
  });
});

describe('workspace member globs (issue 13)', () => {
  it('reads no member outside the workspace: neither a ../ glob nor a member symlinked elsewhere', () => {
    const root = makeTempDir('root');
    const ws = path.join(root, 'ws');
    const outside = path.join(root, 'secret-project');
    mkdirSync(path.join(ws, 'packages', 'a'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'pyproject.toml'), '[project]\nname = "outside"\n');
    writeFileSync(path.join(ws, 'packages', 'a', 'pyproject.toml'), '[project]\nname = "a"\n');
    symlinkSync(outside, path.join(ws, 'packages', 'linked'));
    writeFileSync(path.join(ws, 'pyproject.toml'), '[project]\nname = "ws"\n\n[tool.uv.workspace]\nmembers = ["packages/*", "../secret-project", "../*"]\n');
    writeFileSync(path.join(ws, 'uv.lock'), 'version = 1\n');
    expect(Object.keys(readProjectFiles(ws).members)).toEqual(['packages/a/pyproject.toml']);
  });
});
