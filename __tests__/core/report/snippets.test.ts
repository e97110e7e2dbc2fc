/**
 * Every ```toml block the renderers can emit parses as TOML (prose stays outside the block): each
 * package's build advice in every context shape, the required-environments snippet, and every block in
 * the rendered check report and review comment of every corpus project.
 */
import { describe, expect, it } from '@jest/globals';
import { parse } from 'smol-toml';
import { checkProject } from '../../../src/core/matrix/engine.js';
import { ADVISED_PACKAGES, sdistBuildAdvice } from '../../../src/core/matrix/knowledge.js';
import { renderMarkdown } from '../../../src/core/report/markdown.js';
import { splitAdvice } from '../../../src/core/report/problems.js';
import { renderReviewComment, requiredEnvironmentsSnippet, reviewChange } from '../../../src/core/review/index.js';
import { corpusProjects, readCorpus } from '../lock/corpus-files.js';

const PLATFORMS = ['x86_64-manylinux_2_28', 'aarch64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-pc-windows-msvc'];
const TORCHES = [null, '2.5.1', '2.6.0+cu124', '2.6.0+cu126', '2.8.0+cpu'];

/** The bodies of every ```toml fenced block (fences may be indented inside list items). */
function tomlBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const re = /^( *)(`{3,})toml\n([\s\S]*?)\n\1\2$/gm;
  for (const m of markdown.matchAll(re)) blocks.push(m[3]!.split('\n').map((l) => l.slice(m[1]!.length)).join('\n'));
  return blocks;
}

describe('TOML snippets', () => {
  it('every build-advice snippet parses, for every advised package, platform, torch and CUDA', () => {
    let snippets = 0;
    for (const name of ADVISED_PACKAGES) {
      for (const platform of PLATFORMS) {
        for (const torch of TORCHES) {
          for (const cuda of [null, '12.4', '11.8']) {
            const advice = sdistBuildAdvice(name, { python: '3.11', platform, torch, cuda, version: '2.7.4.post1' });
            const { snippet } = splitAdvice(advice.suggestion ?? '');
            if (snippet === undefined) continue;
            snippets++;
            expect(() => parse(snippet)).not.toThrow();
          }
        }
      }
    }
    expect(snippets).toBeGreaterThan(20);
  });

  it('the required-environments snippet parses and lists each OS/machine', () => {
    const targets = PLATFORMS.map((platform) => ({ id: platform, python: '3.12', platform, cuda: null }));
    const doc = parse(requiredEnvironmentsSnippet(targets)!) as { tool: { uv: { 'required-environments': string[] } } };
    expect(doc.tool.uv['required-environments']).toHaveLength(4);
  });

  it('every ```toml block of the check report and the review comment of every corpus project parses', () => {
    let blocks = 0;
    for (const name of corpusProjects()) {
      const report = checkProject({ pyproject: readCorpus(name, 'pyproject.toml'), lock: readCorpus(name, 'uv.lock') }, {});
      // The review of adding the whole lock to a project that had nothing: every problem is introduced.
      const empty = { ...report, findings: [] };
      for (const markdown of [renderMarkdown(report), renderReviewComment(reviewChange(empty, report))]) {
        for (const block of tomlBlocks(markdown)) {
          blocks++;
          expect(() => parse(block)).not.toThrow();
        }
      }
    }
    expect(blocks).toBeGreaterThan(5);
  });
});
