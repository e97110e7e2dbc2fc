import { describe, expect, it } from '@jest/globals';
import { filenameFromUrl, parseLock, resolveDependency, sourceLabel } from '../../../src/core/lock/uvlock.js';
import { corpusProjects, readCorpus } from './corpus-files.js';
import { ParseError } from '../../../src/core/errors.js';

const projects = corpusProjects();

describe('parseLock on the corpus', () => {
  it.each(projects)('%s parses, every [[package]] line holds its header, and every edge resolves', (project) => {
    const text = readCorpus(project, 'uv.lock');
    const lock = parseLock(text);
    const lines = text.split('\n');
    expect(lock.packages.length).toBeGreaterThan(0);
    for (const pkg of lock.packages) {
      expect(lines[pkg.line! - 1]).toBe('[[package]]');
      expect(lines[pkg.line!]).toBe(`name = "${pkg.name}"`);
      for (const dep of [...pkg.dependencies, ...Object.values(pkg.optionalDependencies).flat(), ...Object.values(pkg.devDependencies).flat()]) {
        expect(resolveDependency(lock, dep)).toBeDefined();
      }
    }
    expect(lock.version).toBe(1);
  });
});

describe('parseLock errors', () => {
  it('rejects lock version 2 with a clear message on the version line', () => {
    const err = (() => {
      try {
        parseLock('# comment\nversion = 2\nrevision = 3\n');
      } catch (e) {
        return e;
      }
      return undefined;
    })() as ParseError;
    expect(err).toBeInstanceOf(ParseError);
    expect(err.message).toMatch(/unsupported uv\.lock version 2/);
    expect(err.line).toBe(2);
    expect(err.file).toBe('uv.lock');
  });

  it('reports malformed TOML with line and column', () => {
    expect(() => parseLock('version = 1\n[[package]]\nname = "a\n')).toThrow(ParseError);
    try {
      parseLock('version = 1\n[[package]]\nname = "a\n', 'sub/uv.lock');
    } catch (e) {
      const err = e as ParseError;
      expect(err.file).toBe('sub/uv.lock');
      expect(err.line).toBe(3);
      expect(err.column).toBeGreaterThan(0);
    }
  });

  it('names the key and line of a value with the wrong type', () => {
    const text = 'version = 1\n\n[[package]]\nname = "a"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\n\n[[package]]\nname = "b"\nversion = 2\nsource = { registry = "https://pypi.org/simple" }\n';
    try {
      parseLock(text);
      throw new Error('expected a ParseError');
    } catch (e) {
      const err = e as ParseError;
      expect(err).toBeInstanceOf(ParseError);
      expect(err.message).toContain('package[1].version');
      expect(err.message).toContain('string');
      expect(err.line).toBe(10);
    }
  });

  it('ignores unknown keys of newer revisions', () => {
    const lock = parseLock('version = 1\nrevision = 9\nfuture-key = 3\n\n[[package]]\nname = "a"\nversion = "1"\nsource = { registry = "https://pypi.org/simple" }\nnew-thing = true\n');
    expect(lock.revision).toBe(9);
    expect(lock.packages[0]!.name).toBe('a');
    expect(sourceLabel(lock.packages[0]!.source)).toBe('registry+https://pypi.org/simple');
  });
});

describe('filenameFromUrl', () => {
  it('takes the URL-decoded last segment without query or fragment', () => {
    expect(filenameFromUrl('https://download.pytorch.org/whl/cu124/torch-2.5.1%2Bcu124-cp311-cp311-linux_x86_64.whl#sha256=abc')).toBe('torch-2.5.1+cu124-cp311-cp311-linux_x86_64.whl');
    expect(filenameFromUrl('https://x/y/flash_attn-2.7.3+cu12torch2.5cxx11abiFALSE-cp311-cp311-linux_x86_64.whl?raw=true')).toBe('flash_attn-2.7.3+cu12torch2.5cxx11abiFALSE-cp311-cp311-linux_x86_64.whl');
    expect(filenameFromUrl('pkg-1.0.tar.gz')).toBe('pkg-1.0.tar.gz');
    expect(filenameFromUrl('https://x/bad%zz.whl')).toBe('bad%zz.whl');
  });
});

describe('[[package]] lines in unusual spellings', () => {
  it('finds headers written with quotes, spaces, comments, or after a multi-line string', () => {
    const text = [
      'version = 1',
      'note = """',
      '[[package]]',
      '"""',
      '',
      '[["package"]] # quoted',
      'name = "a"',
      'source = { registry = "https://pypi.org/simple" }',
      '',
      '  [[ package ]]',
      'name = "b"',
      'source = { registry = "https://pypi.org/simple" }',
      '',
    ].join('\n');
    expect(parseLock(text).packages.map((p) => [p.name, p.line])).toEqual([['a', 6], ['b', 10]]);
    const noMultiline = text.replace('note = """\n[[package]]\n"""', 'note = "x"\n\n');
    expect(parseLock(noMultiline).packages.map((p) => [p.name, p.line])).toEqual([['a', 6], ['b', 10]]);
  });
});
