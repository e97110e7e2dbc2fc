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
    // Fields added compatibly (issue 12): provenance and origin; the original four keep their values.
    expect(json.targets[0]).toEqual({ id: T1, python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: null, provenance: 'declared', origin: { python: 'option', platform: 'option' } });
    expect(Object.keys(json.packages[0])).toEqual(['name', 'version', 'source', 'verdicts']);
    expect(json.packages[2].verdicts).toEqual({ [T1]: { status: 'missing', file: null }, [T2]: { status: 'not-needed', file: null } });
    expect(json.packages[1].verdicts[T1]).toEqual({ status: 'sdist', file: 'fasttext-0.9.3.tar.gz' });
    for (const f of json.findings) expect(Object.keys(f)).toEqual(['code', 'severity', 'package', 'version', 'target', 'message', 'file', 'line', 'provenance', 'related']);
    expect(json.findings[3]).toMatchObject({ package: 'numpy', version: null, target: null, file: 'pyproject.toml', line: 7 });
  });
});

describe('renderText', () => {
  it('prints per-target counts, then one compiler-style block per problem, errors first', () => {
    const text = renderText(sampleReport());
    expect(text).toContain(`${T1}: 1 wheel, 1 sdist, 1 missing, 0 source, 0 not needed`);
    const lines = text.split('\n');
    const heads = lines.filter((l) => /^(uv\.lock|pyproject\.toml):\d+: /.test(l));
    expect(heads).toEqual([
      'uv.lock:30: error no-distribution: evil|pkg<script> 1.0`',
      'uv.lock:20: error sdist-build: fasttext 0.9.3',
      'pyproject.toml:7: warning unpinned-dependency numpy: numpy>=2 is not pinned',
    ]);
    // fasttext fails on both targets: one block naming both, its TOML fix once.
    expect(text).toContain('    on all 2 targets\n');
    expect(text.split('override-dependencies').length).toBe(2);
    expect(text).toContain('3 error(s), 1 warning(s) in 3 problem(s)');
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
  const lines = (md: string) => md.split('\n');
  const cells = (l: string) => l.split(/(?<!\\)\|/).length;

  it('leads with one row per problem, severity icon first, escapes hostile names, keeps every row\'s cells', () => {
    const md = renderMarkdown(sampleReport());
    const problemHeader = lines(md).findIndex((l) => l === '| | Package | Problem | Targets |');
    const tableHeader = lines(md).findIndex((l) => l.startsWith('| Package |'));
    expect(problemHeader).toBeGreaterThan(0);
    expect(problemHeader).toBeLessThan(tableHeader);
    const rows = lines(md).slice(problemHeader + 2).filter((l, i, all) => l.startsWith('| ') && all.slice(0, i).every((x) => x.startsWith('| ')));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| ❌', '| ❌', '| ⚠️']);
    expect(rows[0]).toContain('**evil\\|pkg&lt;script&gt;**');
    // fasttext on both targets: one row, targets collapsed.
    expect(rows[1]).toMatch(/\*\*fasttext\*\* 0\\\.9\\\.3 \| source build: .* \| all 2 targets \|$/);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/[^\\]\[link\]\(/);
    for (const table of [problemHeader, tableHeader]) {
      const header = lines(md)[table]!;
      const body = lines(md).slice(table + 2);
      const end = body.findIndex((l) => !l.startsWith('| '));
      for (const r of body.slice(0, end)) expect(cells(r)).toBe(cells(header));
    }
    // The snippet of fasttext's advice is a TOML block, said once.
    expect(md.split('override-dependencies').length).toBe(2);
    expect(md).toContain('  ```toml\n  [tool.uv]');
  });

  it('renders `code` in messages as code, not as escaped backticks', () => {
    const report = sampleReport();
    report.findings.push({ code: 'no-python-version', severity: 'notice', message: 'no .python-version: the interpreter drifts. Fix: `uv python pin 3.11` writes .python-version' });
    const md = renderMarkdown(report);
    const row = md.split('\n').find((l) => l.includes('no \\.python-version'))!;
    expect(row).toContain('`uv python pin 3.11`');
    expect(row).not.toContain('\\`');
  });

  it('says one line per distinct advice, naming the packages it applies to', () => {
    const report = sampleReport();
    for (const name of ['aaa', 'bbb', 'ccc']) {
      report.packages.push({ name, version: '1.0', source: 'registry+https://pypi.org/simple', verdicts: { [T1]: { status: 'sdist', file: `${name}-1.0.tar.gz` } } });
      report.findings.push({ code: 'sdist-build', severity: 'warning', package: name, version: '1.0', target: T1, message: `${name} builds`, file: 'uv.lock' });
    }
    const md = renderMarkdown(report);
    const advice = lines(md).filter((l) => l.includes('No prebuilt alternative is known'));
    expect(advice).toEqual([expect.stringMatching(/^- ⚠️ \*\*aaa\*\*, \*\*bbb\*\*, \*\*ccc\*\*: /)]);
  });

  it('fits GitHub\'s width: at most 6 target columns, grouped by Python; the full table in <details>', () => {
    const pythons = ['3.10', '3.11', '3.12', '3.13', '3.14'];
    const platforms = ['x86_64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-pc-windows-msvc'];
    const targets = pythons.flatMap((python) => platforms.map((platform) => ({ id: `cp${python.replace('.', '')}-${platform}`, python, platform, cuda: null })));
    const verdicts = (bad: (id: string) => boolean) => Object.fromEntries(targets.map((t) => [t.id, { status: bad(t.id) ? ('missing' as const) : ('wheel' as const) }]));
    const report: CheckReport = {
      schema: 1,
      project: { name: 'wide', version: null, requiresPython: '>=3.10', lockRevision: 3, packageCount: 8 },
      targets,
      packages: [
        { name: 'torch', version: '2.6.0', source: 'registry+https://pypi.org/simple', verdicts: verdicts((id) => id.startsWith('cp314')) },
        ...Array.from({ length: 7 }, (_, i) => ({ name: `ok${i}`, version: '1', source: 'registry+https://pypi.org/simple', verdicts: verdicts(() => false) })),
      ],
      findings: targets.filter((t) => t.id.startsWith('cp314')).map((t) => ({ code: 'no-distribution' as const, severity: 'error' as const, package: 'torch', version: '2.6.0', target: t.id, message: 'no wheel', file: 'uv.lock' })),
    };
    const md = renderMarkdown(report);
    expect(md).toContain('| ❌ | **torch** 2\\.6\\.0 | cannot install: no compatible wheel and no sdist\\: the install fails | cp314 \\(all platforms\\) |');
    const before = md.slice(0, md.indexOf('<details>'));
    // Fewer packages with a problem (1) than targets (15): transposed, only the failing targets as rows.
    expect(before).toContain('| Target | **torch** 2\\.6\\.0 |');
    expect(before).toContain('The other 12 targets: no problem for these packages.');
    for (const l of lines(before).filter((x) => x.startsWith('|'))) expect(cells(l) - 2).toBeLessThanOrEqual(1 + 6);
    // With many packages with a problem: columns per Python, a cell per platform.
    for (let i = 0; i < 7; i++) report.findings.push({ code: 'sdist-build', severity: 'warning', package: `ok${i}`, version: '1', target: targets[0]!.id, message: 'x', file: 'uv.lock' });
    const grouped = renderMarkdown(report);
    const compact = grouped.slice(0, grouped.indexOf('<details>'));
    expect(compact).toContain('| Package | cp310 | cp311 | cp312 | cp313 | cp314 |');
    expect(compact).toContain('| **torch** 2\\.6\\.0 | ✅ ✅ ✅ | ✅ ✅ ✅ | ✅ ✅ ✅ | ✅ ✅ ✅ | ❌ ❌ ❌ |');
    expect(compact).toContain('Each cell: Linux x86\\_64 · macOS arm64 · Windows x86\\_64.');
    // The full table (every target a column) is collapsed.
    const full = grouped.slice(grouped.indexOf('<details>'));
    expect(full).toContain('`cp314-x86_64-pc-windows-msvc` |');
    expect(full).toContain('</details>');
  });

  it('caps the full table with an "N more" note', () => {
    const report = sampleReport();
    for (let i = 0; i < 50; i++) {
      report.packages.push({ name: `pkg${i}`, version: '1', source: 'registry+https://pypi.org/simple', verdicts: { [T1]: { status: 'wheel' } } });
    }
    const md = renderMarkdown(report, { maxRows: 10 });
    const full = md.slice(md.indexOf('<details>'));
    expect(full.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Package'))).toHaveLength(10);
    expect(full).toContain('…and 43 more package(s)');
    expect(md).toContain('❌ **3 error(s)**');
  });

  it('says which targets were declared and which implied', () => {
    const report = sampleReport();
    report.targets[0]!.provenance = { kind: 'declared', python: '.python-version', platform: 'environments' };
    report.targets[1]!.provenance = { kind: 'implied', python: '.python-version', platform: 'default-platforms' };
    const md = renderMarkdown(report);
    expect(md).toContain('**Declared** (`.python-version`, `[tool.uv] environments`): cp311 Linux x86\\_64');
    expect(md).toContain('**Implied** (no platforms declared; problems only there are warnings): cp311 macOS arm64');
  });
});
