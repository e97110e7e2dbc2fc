/**
 * `--format markdown`, the job summary and the review comment render in time linear in the lock's size
 * (issue 13, item 20: a 100k-package lock). Not a timed test: it counts every property read the
 * renderers make on the report (a counting Proxy) for a lock of n and of 4n packages; linear code reads
 * about 4× as much, a quadratic step (a `find` over packages per row) 16×.
 */
import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../../src/core/findings.js';
import type { CheckReport, PackageReport, Target } from '../../../src/core/matrix/types.js';
import { renderMarkdown } from '../../../src/core/report/markdown.js';
import { renderText } from '../../../src/core/report/text.js';
import { renderReviewComment, renderReviewSummary, reviewChange } from '../../../src/core/review/index.js';

const PLATFORMS = ['x86_64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-pc-windows-msvc'];
const TARGETS: Target[] = ['3.10', '3.11', '3.12', '3.13', '3.14'].flatMap((python) =>
  PLATFORMS.map((platform) => ({ id: `cp${python.replace('.', '')}-${platform}`, python, platform, cuda: null, provenance: { kind: python === '3.14' ? 'implied' : 'declared', python: python === '3.14' ? 'requires-python-open' : 'requires-python', platform: 'environments' } as const })),
);

/** A lock of n packages; every 10th builds from source on cp314, every 50th cannot install anywhere. */
function syntheticReport(n: number, versionShift = 0): CheckReport {
  const packages: PackageReport[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const name = `pkg-${i}`;
    const version = `1.${i % 7}.${versionShift}`;
    const sdist314 = i % 10 === 0;
    const missing = i % 50 === 0;
    const verdicts = Object.fromEntries(
      TARGETS.map((t) => [t.id, missing ? { status: 'missing' as const } : sdist314 && t.python === '3.14' ? { status: 'sdist' as const, file: `${name}-${version}.tar.gz` } : { status: 'wheel' as const, file: `${name}.whl` }]),
    );
    packages.push({ name, version, source: 'registry+https://pypi.org/simple', line: i * 10 + 1, verdicts });
    if (missing) findings.push({ code: 'no-distribution', severity: 'error', package: name, version, message: `${name} cannot install`, file: 'uv.lock', line: i * 10 + 1, provenance: 'declared' });
    else if (sdist314) {
      for (const t of TARGETS.filter((x) => x.python === '3.14')) {
        findings.push({ code: 'sdist-build', severity: 'warning', package: name, version, target: t.id, message: `${name} builds`, file: 'uv.lock', line: i * 10 + 1, provenance: 'implied' });
      }
    }
  }
  return { schema: 1, project: { name: 'big', version: null, requiresPython: '>=3.10', lockRevision: 3, packageCount: n }, targets: TARGETS, packages, findings };
}

/** Wraps `value` so every property read anywhere inside it increments `counter.reads`. */
function counting<T extends object>(value: T, counter: { reads: number }): T {
  const proxies = new WeakMap<object, object>();
  const wrap = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    let proxy = proxies.get(v);
    if (!proxy) {
      proxy = new Proxy(v, {
        get(target, key, receiver) {
          counter.reads++;
          return wrap(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(v, proxy);
    }
    return proxy;
  };
  return wrap(value) as T;
}

/** The head with a second, new problem for every problem of the base (so the review has rows). */
function withNewProblems(head: CheckReport): CheckReport {
  return { ...head, findings: [...head.findings, ...head.findings.map((f) => ({ ...f, package: `${f.package}-new` }))] };
}

function reads(n: number, render: (base: CheckReport, head: CheckReport) => string): number {
  const counter = { reads: 0 };
  const out = render(counting(syntheticReport(n, 0), counter), counting(syntheticReport(n, 1), counter));
  expect(out.length).toBeGreaterThan(0);
  return counter.reads;
}

describe('renderers are linear in the lock size', () => {
  const cases: [string, (base: CheckReport, head: CheckReport) => string][] = [
    ['check markdown (job summary, --format markdown)', (_b, head) => renderMarkdown(head, { maxRows: 1e9, maxProblems: 1e9 })],
    ['check text', (_b, head) => renderText(head)],
    ['review comment', (base, head) => renderReviewComment(reviewChange(base, withNewProblems(head)), { maxChars: 1e9 })],
    // Cut to GitHub's size at both sizes: the cut takes a constant number of renders.
    ['review comment, cut to size', (base, head) => renderReviewComment(reviewChange(base, withNewProblems(head)), { maxChars: 20_000 })],
    ['review summary', (base, head) => renderReviewSummary(reviewChange(base, head))],
  ];
  it.each(cases)('%s: 4× the packages costs about 4× the reads, not 16×', (_name, render) => {
    const small = reads(1500, render);
    const large = reads(6000, render);
    const ratio = large / small;
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(6);
  });

  it('would catch a quadratic renderer (the counter sees a find-per-row)', () => {
    const quadratic = (_b: CheckReport, head: CheckReport) => head.findings.map((f) => head.packages.find((p) => p.name === f.package)?.version ?? '').join(',');
    expect(reads(1200, quadratic) / reads(300, quadratic)).toBeGreaterThan(10);
  });
});
