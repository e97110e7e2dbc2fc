/**
 * The review core on hand-made projects (see projects.ts) and corpus locks: what a change introduces and
 * resolves, keyed stably; the lock diff; suggestions; the sticky comment's Markdown and its size cap.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkProject } from '../../../src/core/matrix/engine.js';
import type { CheckOptions, CheckReport } from '../../../src/core/matrix/types.js';
import {
  compareFindings,
  diffLocks,
  GITHUB_COMMENT_LIMIT,
  REVIEW_MARKER,
  renderDiffJson,
  renderDiffText,
  renderReviewComment,
  renderReviewSummary,
  requiredEnvironmentsSnippet,
  reviewChange,
} from '../../../src/core/review/index.js';
import { toJsonReport } from '../../../src/core/report/json.js';
import { CORPUS_DIR } from '../../support/fixture-project.js';
import { bumpLockedPackage, CUBLAS_CU11, CUBLAS_CU12, FASTTEXT, FASTTEXT_WHEEL, handMadeProject, LINUX_TARGETS, TORCH_CU124, TQDM, type Dist } from './projects.js';

const check = (dists: Dist[], options: CheckOptions = LINUX_TARGETS): CheckReport => {
  const files = handMadeProject(dists);
  return checkProject({ pyproject: files['pyproject.toml'], lock: files['uv.lock'] }, options);
};
const corpus = (name: string, file: string) => readFileSync(path.join(CORPUS_DIR, name, file), 'utf8');

describe('compareFindings', () => {
  it('a head that adds fasttext (sdist only) introduces one sdist-build error on every target; the base had none', () => {
    const base = check([TQDM]);
    const head = check([TQDM, FASTTEXT]);
    expect(base.findings).toEqual([]);
    const { introduced, resolved } = compareFindings(base, head);
    expect(resolved).toEqual([]);
    expect(introduced).toHaveLength(1);
    expect(introduced[0]).toMatchObject({ code: 'sdist-build', severity: 'error', package: 'fasttext', version: '0.9.3', file: 'uv.lock' });
    // Merged by the engine (no target): it covers both targets.
    expect(introduced[0]!.target).toBeUndefined();
  });

  it('matches by code + package + target, not by version, line or message: an sdist-only bump introduces nothing', () => {
    const base = check([TQDM, FASTTEXT]);
    const head = check([TQDM, { ...FASTTEXT, version: '0.9.4' }, { name: 'aaa-first', version: '1.0', wheels: ['aaa_first-1.0-py3-none-any.whl'] }]);
    // The fasttext entry moved down (aaa-first sorts first) and its message names another version.
    const line = (r: CheckReport) => r.findings.find((f) => f.package === 'fasttext')!.line;
    expect(line(head)).not.toBe(line(base));
    const changes = compareFindings(base, head);
    expect(changes).toMatchObject({ introduced: [], resolved: [], targets: { added: [], removed: [], requiresPython: null } });
    // Still failing, with the version it moved to.
    expect(changes.stillFailing.map((m) => [m.finding.code, m.finding.package, m.from, m.to])).toEqual([['sdist-build', 'fasttext', '0.9.3', '0.9.4']]);
  });

  it('a fix resolves what the base had', () => {
    const base = check([TQDM, FASTTEXT]);
    const head = check([TQDM, FASTTEXT_WHEEL]);
    const { introduced, resolved } = compareFindings(base, head);
    expect(introduced).toEqual([]);
    expect(resolved.map((f) => [f.code, f.package])).toEqual([['sdist-build', 'fasttext']]);
  });

  it('a merged finding that was per-target on the base is introduced only on the new targets', () => {
    // Base: fasttext-like package with a cp311 wheel only (sdist on cp312); head: the wheel is gone (sdist everywhere).
    const partial: Dist = { name: 'fasttext', version: '0.9.3', sdist: true, wheels: ['fasttext-0.9.3-cp311-cp311-manylinux_2_17_x86_64.whl'] };
    const base = check([partial]);
    const head = check([FASTTEXT]);
    expect(base.findings.map((f) => f.target)).toEqual(['cp312-x86_64-manylinux_2_28']);
    const { introduced, resolved } = compareFindings(base, head);
    expect(resolved).toEqual([]);
    expect(introduced.map((f) => [f.code, f.package, f.target])).toEqual([['sdist-build', 'fasttext', 'cp311-x86_64-manylinux_2_28']]);
  });

  it('torch +cu124 with a cu11 package is an introduced cuda-mismatch error per target', () => {
    const base = check([TORCH_CU124, CUBLAS_CU12]);
    const head = check([TORCH_CU124, CUBLAS_CU11]);
    expect(base.findings).toEqual([]);
    const { introduced } = compareFindings(base, head);
    expect(introduced.map((f) => [f.code, f.severity, f.package, f.target])).toEqual([
      ['cuda-mismatch', 'error', 'nvidia-cublas-cu11', 'cp311-x86_64-manylinux_2_28'],
      ['cuda-mismatch', 'error', 'nvidia-cublas-cu11', 'cp312-x86_64-manylinux_2_28'],
    ]);
  });

  it('open-instruct (corpus, torch 2.6.0+cu124): a head whose lock swaps in nvidia-cublas-cu11 introduces exactly that cuda-mismatch', () => {
    const project = 'allenai__open-instruct@b7347d0d4';
    const pyproject = corpus(project, 'pyproject.toml');
    const lock = corpus(project, 'uv.lock');
    const cu11 = lock.replaceAll('nvidia-cublas-cu12', 'nvidia-cublas-cu11').replaceAll('nvidia_cublas_cu12', 'nvidia_cublas_cu11');
    const options = { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] };
    const base = checkProject({ pyproject, lock }, options);
    const head = checkProject({ pyproject, lock: cu11 }, options);
    const review = reviewChange(base, head);
    expect(review.introduced.map((f) => [f.code, f.severity, f.package, f.target])).toEqual([['cuda-mismatch', 'error', 'nvidia-cublas-cu11', 'cp311-x86_64-manylinux_2_28']]);
    expect(review.introduced[0]!.message).toContain('torch 2.6.0+cu124');
    expect(review.rows[0]!.suggestion.text).toContain('depend on `nvidia-cublas-cu12` instead of `nvidia-cublas-cu11`');
    expect(review.resolved).toEqual([]);
    expect(review.lock.added.map((p) => p.name)).toEqual(['nvidia-cublas-cu11']);
    expect(review.lock.removed.map((p) => p.name)).toEqual(['nvidia-cublas-cu12']);
  });

  it('open-instruct@b7347d0d4 → open-instruct (corpus): deepspeed is still failing, version moved; langdetect is neither introduced nor resolved; the target change is said', () => {
    const side = (name: string) => checkProject({ pyproject: corpus(name, 'pyproject.toml'), lock: corpus(name, 'uv.lock') }, {});
    const base = side('allenai__open-instruct@b7347d0d4');
    const head = side('allenai__open-instruct');
    const review = reviewChange(base, head);
    // requires-python moved from >=3.10,<3.12 to ==3.12.*: no target id is on both sides.
    expect(review.targetChanges.requiresPython).toEqual({ base: base.project.requiresPython, head: '==3.12.*' });
    expect(review.targetChanges.added).toHaveLength(head.targets.length);
    const names = (rows: { package: string | null }[]) => rows.map((r) => r.package);
    expect(names(review.rows)).not.toContain('deepspeed');
    expect(names(review.rows)).not.toContain('langdetect');
    expect(names(review.resolvedRows)).not.toContain('deepspeed');
    expect(names(review.resolvedRows)).not.toContain('langdetect');
    expect(review.stillFailing.find((m) => m.finding.package === 'deepspeed')).toMatchObject({ from: '0.15.4', to: '0.18.4' });
    expect(review.errorsIntroduced).toBe(0);
    const text = renderDiffText(review);
    expect(text).toContain('Targets changed because requires-python changed');
    expect(text).toMatch(/Still failing \(version moved[^\n]*\n\s+error\s+sdist-build\s+deepspeed 0\.15\.4 -> 0\.18\.4/);
  });

  it('a pyproject change without re-locking introduces lock-stale (project-wide)', () => {
    const files = handMadeProject([TQDM]);
    const base = checkProject({ pyproject: files['pyproject.toml'], lock: files['uv.lock'] }, LINUX_TARGETS);
    const head = checkProject({ pyproject: files['pyproject.toml'].replace('"tqdm==4.67.1",', '"tqdm==4.67.1",\n    "rich==13.9.4",'), lock: files['uv.lock'] }, LINUX_TARGETS);
    const { introduced } = compareFindings(base, head);
    expect(introduced).toHaveLength(1);
    expect(introduced[0]).toMatchObject({ code: 'lock-stale', package: 'rich', file: 'pyproject.toml' });
  });

  it('unpinned-dependency and other non-reviewed codes are ignored', () => {
    const files = handMadeProject([TQDM]);
    const base = checkProject({ pyproject: files['pyproject.toml'], lock: files['uv.lock'] }, LINUX_TARGETS);
    const head = checkProject({ pyproject: files['pyproject.toml'].replace('tqdm==4.67.1', 'tqdm>=4.67'), lock: files['uv.lock'].replace('specifier = "==4.67.1"', 'specifier = ">=4.67"') }, LINUX_TARGETS);
    expect(head.findings.map((f) => f.code)).toEqual(['unpinned-dependency']);
    expect(compareFindings(base, head).introduced).toEqual([]);
  });
});

describe('diffLocks', () => {
  it('lists added, removed, upgraded and downgraded packages with PEP 440 order', () => {
    const base = check([TQDM, FASTTEXT, { name: 'numpy', version: '2.1.0', wheels: ['numpy-2.1.0-cp311-cp311-manylinux_2_28_x86_64.whl'] }, { name: 'rich', version: '13.10.0', wheels: ['rich-13.10.0-py3-none-any.whl'] }]);
    const head = check([
      { ...TQDM, version: '4.67.10', wheels: ['tqdm-4.67.10-py3-none-any.whl'] },
      FASTTEXT_WHEEL,
      { name: 'numpy', version: '2.1.0', wheels: ['numpy-2.1.0-cp311-cp311-manylinux_2_28_x86_64.whl'] },
      { name: 'rich', version: '13.9.4', wheels: ['rich-13.9.4-py3-none-any.whl'] },
    ]);
    const diff = diffLocks(base, head);
    expect(diff.added.map((p) => [p.name, p.version])).toEqual([['fasttext-wheel', '0.9.2']]);
    expect(diff.removed.map((p) => [p.name, p.version])).toEqual([['fasttext', '0.9.3']]);
    // 4.67.10 > 4.67.1 and 13.9.4 < 13.10.0 by PEP 440 (string order would say the opposite).
    expect(diff.changed.map((c) => [c.name, c.from, c.to, c.direction])).toEqual([
      ['rich', '13.10.0', '13.9.4', 'downgraded'],
      ['tqdm', '4.67.1', '4.67.10', 'upgraded'],
    ]);
  });

  it('a corpus lock with a pure-Python wheel package bumped: one upgrade, nothing introduced', () => {
    const project = 'karpathy__nanochat';
    const pyproject = corpus(project, 'pyproject.toml');
    const lock = corpus(project, 'uv.lock');
    const options = { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28', 'aarch64-apple-darwin'] };
    const base = checkProject({ pyproject, lock }, options);
    const head = checkProject({ pyproject, lock: bumpLockedPackage(lock, 'idna', '3.10', '3.11') }, options);
    const review = reviewChange(base, head);
    expect(review.introduced).toEqual([]);
    expect(review.lock).toEqual({ added: [], removed: [], changed: [expect.objectContaining({ name: 'idna', from: '3.10', to: '3.11', direction: 'upgraded' })] });
  });
});

describe('suggestions', () => {
  it('fasttext: the fasttext-wheel swap with the override-dependencies snippet', () => {
    const review = reviewChange(check([TQDM]), check([TQDM, FASTTEXT]));
    expect(review.rows).toHaveLength(1);
    const row = review.rows[0]!;
    expect(row).toMatchObject({ code: 'sdist-build', package: 'fasttext', everyTarget: true, targets: ['cp311-x86_64-manylinux_2_28', 'cp312-x86_64-manylinux_2_28'] });
    expect(row.problem).toBe('no compatible wheel: uv would build it from source (fasttext-0.9.3.tar.gz)');
    expect(row.suggestion.text).toContain('fasttext-wheel==0.9.2');
    expect(row.suggestion.snippet).toBe('[tool.uv]\noverride-dependencies = ["fasttext ; sys_platform == \'never\'"]');
    expect(review.requiredEnvironments).toBe(`[tool.uv]\nrequired-environments = [\n    "sys_platform == 'linux' and platform_machine == 'x86_64'",\n]`);
  });

  it('flash-attn built from sdist: the release wheel URL for the locked torch, CUDA and Python', () => {
    const flash: Dist = { name: 'flash-attn', version: '2.7.4.post1', sdist: true };
    const review = reviewChange(check([TORCH_CU124], { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] }), check([TORCH_CU124, flash], { pythons: ['3.11'], platforms: ['x86_64-manylinux_2_28'] }));
    const row = review.rows[0]!;
    const url = 'https://github.com/Dao-AILab/flash-attention/releases/download/v2.7.4.post1/flash_attn-2.7.4.post1%2Bcu12torch2.6cxx11abiFALSE-cp311-cp311-linux_x86_64.whl';
    expect(row.suggestion.text).toContain(url);
    expect(row.suggestion.snippet).toContain(`flash-attn = { url = "${url}"`);
  });

  it('an sdist build whose version has wheels for a newer glibc names that, not "no prebuilt alternative"', () => {
    // vllm 0.19.1's shape: manylinux_2_31 wheels only, judged on uv's manylinux_2_28 targets.
    const vllm: Dist = { name: 'vllm', version: '0.19.1', sdist: true, wheels: ['vllm-0.19.1-cp38-abi3-manylinux_2_31_x86_64.whl'] };
    const review = reviewChange(check([TQDM]), check([TQDM, vllm]));
    const row = review.rows[0]!;
    expect(row.suggestion.text).not.toMatch(/No prebuilt alternative/);
    expect(row.suggestion.text).toMatch(/newer glibc.*manylinux_2_31.*`x86_64-manylinux_2_31`/);
  });

  it('cuda-mismatch: the fix names the cu12 package to depend on', () => {
    const review = reviewChange(check([TORCH_CU124, CUBLAS_CU12]), check([TORCH_CU124, CUBLAS_CU11]));
    expect(review.rows).toHaveLength(1);
    expect(review.rows[0]).toMatchObject({ code: 'cuda-mismatch', severity: 'error', package: 'nvidia-cublas-cu11', everyTarget: true });
    expect(review.rows[0]!.suggestion.text).toContain('depend on `nvidia-cublas-cu12` instead of `nvidia-cublas-cu11`');
    expect(review.rows[0]!.problem).toContain('need different CUDA majors');
    expect(review.requiredEnvironments).toBeNull();
  });

  it('required-environments names each OS/machine once', () => {
    const snippet = requiredEnvironmentsSnippet([
      { id: 'a', python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: null },
      { id: 'b', python: '3.12', platform: 'x86_64-manylinux_2_28', cuda: null },
      { id: 'c', python: '3.12', platform: 'aarch64-apple-darwin', cuda: null },
      { id: 'd', python: '3.12', platform: 'x86_64-pc-windows-msvc', cuda: null },
    ]);
    expect(snippet!.split('\n').filter((l) => l.includes('sys_platform'))).toEqual([
      `    "sys_platform == 'linux' and platform_machine == 'x86_64'",`,
      `    "sys_platform == 'darwin' and platform_machine == 'arm64'",`,
      `    "sys_platform == 'win32' and platform_machine == 'AMD64'",`,
    ]);
  });
});

describe('the sticky comment', () => {
  it('has the marker, a verdict, the table, the snippet as TOML and a collapsible lock diff', () => {
    const review = reviewChange(check([TQDM]), check([TQDM, FASTTEXT]));
    const body = renderReviewComment(review, { headSha: 'abcdef0123456789' });
    expect(body.startsWith(`${REVIEW_MARKER}\n`)).toBe(true);
    expect(body).toContain('❌ **This pull request introduces 1 problem** (1 error): source build.');
    // Problem first: severity icon, package, problem, collapsed targets; then one line per advice.
    expect(body).toContain('| | Package | Problem | Targets |');
    const row = body.split('\n').find((l) => l.startsWith('| ❌ | **fasttext**'))!;
    expect(row).toContain('| **fasttext** 0\\.9\\.3 | source build: ');
    expect(row).toMatch(/\| all 2 targets \|$/);
    const advice = body.split('\n').find((l) => l.startsWith('- ❌ **fasttext**: '))!;
    expect(advice).toContain('`fasttext-wheel==0.9.2`');
    expect(body).toContain('  ```toml\n  [tool.uv]\n  override-dependencies = ["fasttext ; sys_platform == \'never\'"]\n  ```');
    expect(body).toContain('required-environments = [');
    expect(body).toContain('<details><summary>Lock diff: 1 added, 0 removed, 0 upgraded, 0 downgraded</summary>');
    expect(body).toContain('| ➕ added | fasttext | | 0\\.9\\.3 |');
    expect(body).toContain('`abcdef0`');
  });

  it('says "All fixed" when nothing is introduced any more and a comment exists; lists what was resolved', () => {
    const review = reviewChange(check([TQDM, FASTTEXT]), check([TQDM, FASTTEXT_WHEEL]));
    const body = renderReviewComment(review, { previouslyReported: true });
    expect(body).toContain('✅ **All fixed**');
    expect(body).not.toContain('| | Package |');
    expect(body).toContain('**Resolved by this pull request**');
    expect(renderReviewComment(review)).toContain('✅ **Nothing introduced**');
  });

  it('escapes a hostile package name and version in the table and the lock diff', () => {
    // A name no index would accept, but a PR author can write into uv.lock (reached through tqdm's dependencies).
    const hostile: Dist = { name: 'evil|</td><img src=x onerror=alert(1)>@team[x](http://e-vil)', version: '1.0', sdist: true, direct: false };
    const base = check([TQDM]);
    const head = check([{ ...TQDM, deps: [hostile.name] }, hostile]);
    const review = reviewChange(base, head);
    expect(review.rows.map((r) => r.package)).toEqual([hostile.name]);
    const body = renderReviewComment(review);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('</td>');
    expect(body).not.toMatch(/(?<!\\)@team/); // no mention
    expect(body).not.toContain('](http');
    const row = body.split('\n').find((l) => l.includes('evil'))!;
    // The name's `|` is escaped, so the row still has exactly the table's 5 unescaped pipes.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    expect(row).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });

  it('is cut under GitHub\'s limit with a note when it would pass it; the summary keeps everything', () => {
    const many: Dist[] = Array.from({ length: 2500 }, (_, i) => ({ name: `sdist-only-package-with-a-long-name-${i}`, version: `1.0.${i}`, sdist: true }));
    const review = reviewChange(check([TQDM]), check([TQDM, ...many]));
    expect(review.rows).toHaveLength(2500);
    const full = renderReviewSummary(review);
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    expect(full).not.toContain(REVIEW_MARKER);
    const body = renderReviewComment(review);
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.startsWith(REVIEW_MARKER)).toBe(true);
    // Rows that say the same thing are one row naming the packages, and the lock diff lists 250 changes.
    expect(body).toMatch(/\*\*sdist-only-package-with-a-long-name-0\*\*, .* and 2492 more \| source build: /);
    expect(body).toContain('…and 2250 more changes.');
    // Forced under a smaller cap, it is cut with a note: the lock diff goes first.
    const cut = renderReviewComment(review, { maxChars: 5000 });
    expect(cut.length).toBeLessThanOrEqual(5000);
    expect(cut).toContain("This comment was cut to fit GitHub's 65536-character limit");
    expect(cut).toContain("Left out to fit GitHub's comment size limit");
  });
});

describe('diff JSON and text', () => {
  it('JSON: schema 1, findings projected as in `lockstep check`, the lock diff', () => {
    const base = check([TQDM]);
    const head = check([TQDM, FASTTEXT]);
    const json = JSON.parse(renderDiffJson(reviewChange(base, head)));
    expect(Object.keys(json)).toEqual(['schema', 'introduced', 'resolved', 'stillFailing', 'targets', 'lock']);
    expect(json.stillFailing).toEqual([]);
    expect(json.targets).toEqual({ added: [], removed: [], requiresPython: null });
    expect(json.schema).toBe(1);
    expect(json.introduced).toEqual(toJsonReport(head).findings);
    expect(Object.keys(json.introduced[0])).toEqual(['code', 'severity', 'package', 'version', 'target', 'message', 'file', 'line', 'provenance', 'related']);
    expect(json.resolved).toEqual([]);
    expect(json.lock).toEqual({ added: [{ name: 'fasttext', version: '0.9.3', source: 'registry+https://pypi.org/simple' }], removed: [], changed: [] });
  });

  it('text names the problem, the targets and the suggestion', () => {
    const text = renderDiffText(reviewChange(check([TORCH_CU124, CUBLAS_CU12]), check([TORCH_CU124, CUBLAS_CU11])));
    expect(text).toContain('Introduces 1 problem (2 error findings) on 2 targets checked.');
    expect(text).toMatch(/error\s+cuda-mismatch\s+nvidia-cublas-cu11 11\.11\.3\.6 \[all 2 targets\]/);
    expect(text).toContain('+ nvidia-cublas-cu11 11.11.3.6');
    expect(text).toContain('- nvidia-cublas-cu12 12.4.5.8');
  });
});
