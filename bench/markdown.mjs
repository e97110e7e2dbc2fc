// Rendering a huge lock (issue 13 item 20): --format markdown / the job summary / the review comment on
// a synthetic report of N packages × 15 targets (every 10th builds from source on cp314, every 50th
// cannot install). Prints the median of 3 runs per size and the ratio to the smallest size: linear code
// grows ~10× per 10× packages. The unit test __tests__/core/report/linear.test.ts guards the same
// property without timing.   node bench/markdown.mjs [N ...]   (default 10000 100000)
import { performance } from 'node:perf_hooks';
import { importTs, removeBundles } from './lib/load-ts.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const { renderMarkdown } = await importTs('src/core/report/markdown.ts');
const { renderReviewComment, reviewChange } = await importTs('src/core/review/index.ts');

const PLATFORMS = ['x86_64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-pc-windows-msvc'];
const TARGETS = ['3.10', '3.11', '3.12', '3.13', '3.14'].flatMap((python) =>
  PLATFORMS.map((platform) => ({ id: `cp${python.replace('.', '')}-${platform}`, python, platform, cuda: null })),
);

function report(n, shift) {
  const packages = [];
  const findings = [];
  for (let i = 0; i < n; i++) {
    const name = `pkg-${i}`;
    const version = `1.${i % 7}.${shift}`;
    const verdicts = {};
    for (const t of TARGETS) verdicts[t.id] = i % 50 === 0 ? { status: 'missing' } : i % 10 === 0 && t.python === '3.14' ? { status: 'sdist', file: `${name}.tar.gz` } : { status: 'wheel', file: `${name}.whl` };
    packages.push({ name, version, source: 'registry+https://pypi.org/simple', verdicts });
    if (i % 50 === 0) findings.push({ code: 'no-distribution', severity: 'error', package: `${name}${shift ? '-new' : ''}`, version, message: 'x', file: 'uv.lock' });
    else if (i % 10 === 0) for (const t of TARGETS.slice(12)) findings.push({ code: 'sdist-build', severity: 'warning', package: name, version, target: t.id, message: 'x', file: 'uv.lock' });
  }
  return { schema: 1, project: { name: 'big', version: null, requiresPython: '>=3.10', lockRevision: 3, packageCount: n }, targets: TARGETS, packages, findings };
}

function median(fn) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1];
}

const rows = [];
for (const n of sizes.length ? sizes : [10_000, 100_000]) {
  const base = report(n, 0);
  const head = report(n, 1);
  rows.push({ n, markdown: median(() => renderMarkdown(head)), review: median(() => renderReviewComment(reviewChange(base, head))) });
}
for (const r of rows) {
  const k = r.n / rows[0].n;
  console.log(`${String(r.n).padStart(7)} packages: markdown ${r.markdown.toFixed(0).padStart(5)} ms (×${(r.markdown / rows[0].markdown).toFixed(1)} for ×${k} packages), review comment ${r.review.toFixed(0).padStart(5)} ms (×${(r.review / rows[0].review).toFixed(1)})`);
}
removeBundles();
