import { describe, expect, it } from '@jest/globals';
import { escapeMarkdown, markdownCode, renderJson, renderMarkdown, renderText } from '../../../src/core/report/index.js';
import type { CheckReport } from '../../../src/core/matrix/types.js';

const T1 = 'cp311-x86_64-manylinux_2_28';
const T2 = 'cp311-aarch64-apple-darwin';

function sampleReport(): CheckReport {
  return {
    schema: 1,
    project: { name: 'demo', version: '0.1.0', requiresPython: '>=3.11', lockRevision: 3, packageCount: 3 },
    targets: [
      { id: T1, python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: null },
      { id: T2, python: '3.11', platform: 'aarch64-apple-darwin', cuda: null },
    ],
    packages: [
      { name: 'numpy', version: '2.2.6', source: 'registry+https://pypi.org/simple', line: 10,
        verdicts: { [T1]: { status: 'wheel', file: 'numpy-2.2.6-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl' }, [T2]: { status: 'wheel', file: 'numpy-2.2.6-cp311-cp311-macosx_14_0_arm64.whl' } } },
      { name: 'fasttext', version: '0.9.3', source: 'registry+https://pypi.org/simple', line: 20,
        verdicts: { [T1]: { status: 'sdist', file: 'fasttext-0.9.3.tar.gz' }, [T2]: { status: 'sdist', file: 'fasttext-0.9.3.tar.gz' } } },
      { name: 'evil|pkg<script>', version: '1.0`', source: 'registry+https://pypi.org/simple', line: 30,
        verdicts: { [T1]: { status: 'missing' } } },
    ],
    findings: [
      { code: 'sdist-build', severity: 'error', package: 'fasttext', version: '0.9.3', target: T1, message: 'fasttext would build from fasttext-0.9.3.tar.gz\n[tool.uv]\noverride-dependencies = ["fasttext ; sys_platform == \'never\'"]', file: 'uv.lock', line: 20 },
      { code: 'sdist-build', severity: 'error', package: 'fasttext', version: '0.9.3', target: T2, message: 'fasttext would build from fasttext-0.9.3.tar.gz\n[tool.uv]\noverride-dependencies = ["fasttext ; sys_platform == \'never\'"]', file: 'uv.lock', line: 20 },
      { code: 'no-distribution', severity: 'error', package: 'evil|pkg<script>', version: '1.0`', target: T1, message: 'no wheel for <img src=x onerror=alert(1)> | [link](https://evil.example) @someone', file: 'uv.lock', line: 30 },
      { code: 'unpinned-dependency', severity: 'warning', package: 'numpy', message: 'numpy>=2 is not pinned', file: 'pyproject.toml', line: 7 },
    ],
  };
}

describe('renderJson', () => {
  it('emits exactly the schema-1 contract, every key present', () => {
    const json = JSON.parse(renderJson(sampleReport()));
    expect(Object.keys(json)).toEqual(['schema', 'project', 'targets', 'packages', 'findings']);
    expect(json.schema).toBe(1);
    expect(json.targets[0]).toEqual({ id: T1, python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: null });
    expect(Object.keys(json.packages[0])).toEqual(['name', 'version', 'source', 'verdicts']);
    expect(json.packages[2].verdicts).toEqual({ [T1]: { status: 'missing', file: null }, [T2]: { status: 'not-needed', file: null } });
    expect(json.packages[1].verdicts[T1]).toEqual({ status: 'sdist', file: 'fasttext-0.9.3.tar.gz' });
    for (const f of json.findings) expect(Object.keys(f)).toEqual(['code', 'severity', 'package', 'version', 'target', 'message', 'file', 'line']);
    expect(json.findings[3]).toMatchObject({ package: 'numpy', version: null, target: null, file: 'pyproject.toml', line: 7 });
  });
});

describe('renderText', () => {
  it('prints per-target counts and compiler-style finding lines, errors first', () => {
    const text = renderText(sampleReport());
    expect(text).toContain(`${T1}: 1 wheel, 1 sdist, 1 missing, 0 source, 0 not needed`);
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('uv.lock:'));
    expect(lines[first]).toMatch(/^uv\.lock:30: error no-distribution/);
    expect(text).toContain('pyproject.toml:7: warning unpinned-dependency numpy: numpy>=2 is not pinned');
    expect(text).toContain('3 error(s), 1 warning(s)');
  });
});

describe('escapeMarkdown', () => {
  it('neutralises HTML, table pipes, links and mentions', () => {
    const out = escapeMarkdown('evil|pkg<script>[x](y) @me');
    expect(out).not.toMatch(/<|(?<!\\)\||(?<!\\)\[|(?<!\\)@/);
    expect(out).toContain('&lt;script&gt;');
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });
  it('builds code spans that a backtick cannot close early', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('x|y')).toBe('`x\\|y`');
  });
});

describe('renderMarkdown', () => {
  it('puts problem rows first, escapes hostile names and groups findings by code', () => {
    const md = renderMarkdown(sampleReport());
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Package'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('evil\\|pkg&lt;script&gt;');
    expect(rows[0]).toContain('❌');
    expect(rows[1]).toMatch(/^\| fasttext \|.*🔨 \| 🔨 \|$/);
    expect(rows[2]).toMatch(/^\| numpy /);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/[^\\]\[link\]\(/);
    // Every table row has the same number of cells as the header (no cell was split by a `|`).
    const cells = (l: string) => l.split(/(?<!\\)\|/).length;
    const header = md.split('\n').find((l) => l.startsWith('| Package'))!;
    for (const r of rows) expect(cells(r)).toBe(cells(header));
    // One entry for the same finding on two targets, with its snippet in a code block.
    expect(md).toContain('#### `sdist-build` (1)');
    expect(md).toMatch(new RegExp(`on \`${T1}\`, \`${T2}\``));
    expect(md).toContain('```\n  [tool.uv]');
    expect(md.indexOf('no-distribution')).toBeLessThan(md.indexOf('unpinned-dependency'));
  });

  it('caps the table with an "N more" note', () => {
    const report = sampleReport();
    for (let i = 0; i < 50; i++) {
      report.packages.push({ name: `pkg${i}`, version: '1', source: 'registry+https://pypi.org/simple', verdicts: { [T1]: { status: 'wheel' } } });
    }
    const md = renderMarkdown(report, { maxRows: 10 });
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Package'))).toHaveLength(10);
    expect(md).toContain('…and 43 more package(s)');
    expect(md).toContain('❌ **3 error(s)**');
  });
});
