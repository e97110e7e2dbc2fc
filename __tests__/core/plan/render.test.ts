import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { renderPlanMarkdown } from '../../../src/core/plan/render.js';
import type { BumpPlan, PlannedBump } from '../../../src/core/plan/types.js';

// A name / message that tries every injection a PR body or job summary could suffer: a table cell
// break, raw HTML, a mention and a link.
const HOSTILE = 'evil|pkg<img src=x onerror=alert(1)>@team](http://x)';

function bump(overrides: Partial<PlannedBump>): PlannedBump {
  return {
    name: 'evil-pkg',
    normalizedName: 'evil-pkg', // no known changelog: the only link would come from the name
    from: '2.1.0',
    to: '2.2.0',
    group: 'numpy',
    file: 'pyproject.toml',
    line: 4,
    section: 'project.dependencies',
    status: 'planned',
    reason: null,
    released: '2025-01-29',
    notes: [],
    indexes: [],
    pin: {} as PlannedBump['pin'],
    ...overrides,
  };
}

/** The Markdown with its own, intended HTML (details/summary/br and the hidden markers) taken out. */
function withoutOwnHtml(markdown: string): string {
  return markdown.replace(/<!-- lockstep:[^>]*-->|<\/?details>|<\/?summary>|<br>/g, '');
}

describe('renderPlanMarkdown with hostile names', () => {
  const plan: BumpPlan = {
    file: 'pyproject.toml',
    bumps: [
      bump({ name: HOSTILE, group: HOSTILE, notes: [`3.0.0rc1: ${HOSTILE}`], released: HOSTILE }),
      bump({ name: `${HOSTILE}-dropped`, status: 'dropped', reason: `uv lock failed:\n${HOSTILE}` }),
      bump({ name: `${HOSTILE}-current`, status: 'current', to: '2.1.0', reason: HOSTILE }),
    ],
  };
  const markdown = renderPlanMarkdown(plan, { verification: { lockCommands: ['uv lock'], targets: [{ target: 'cp311-x86_64-manylinux_2_28', ok: false, detail: HOSTILE }] } });

  it('renders no HTML, link or mention from the names, and keeps each table row one row', () => {
    const text = withoutOwnHtml(markdown);
    expect(text).not.toMatch(/<[a-z/]/i);
    expect(text).not.toContain('](http');
    expect(text).not.toMatch(/(?<!\\)@team/);
    const packageRow = markdown.split('\n').find((l) => l.startsWith('| evil'))!;
    expect(packageRow.match(/(?<!\\)\|/g)).toHaveLength(7); // six cells, as the header has
    const targetRow = markdown.split('\n').find((l) => l.startsWith('| `cp311'))!;
    expect(targetRow.match(/(?<!\\)\|/g)).toHaveLength(3);
  });

  it('still shows the names, escaped', () => {
    expect(markdown).toContain('evil\\|pkg&lt;img src=x onerror=alert\\(1\\)&gt;\\@team\\]\\(http\\://x\\)');
    expect(markdown).toContain('uv lock failed\\: evil'); // the newline in the reason did not end the list item
  });
});

describe('renderPlanMarkdown for a uv workspace', () => {
  const plan = (files: string[]): BumpPlan => ({ file: 'pyproject.toml', bumps: files.map((file, i) => bump({ name: `pkg-${i}`, normalizedName: `pkg-${i}`, file, line: 5 + i })) });

  it("names every member file the pins move in, and each pin's file and line under its name", () => {
    const markdown = renderPlanMarkdown(plan(['packages/app/pyproject.toml', 'packages/lib/pyproject.toml']));
    expect(markdown).toContain('2 pin(s) in `packages/app/pyproject.toml` and `packages/lib/pyproject.toml` move');
    expect(markdown).toContain('| pkg-1<br><sub>`packages/lib/pyproject.toml:6`</sub> | 2\\.1\\.0 | 2\\.2\\.0 |');
    // Same six columns as for a lone project: the table keeps fitting GitHub's width.
    expect(markdown).toContain('| Package | From | To | Group | Released | Notes |');
  });

  it('a lone project (or pins in the root file only) keeps the plain table', () => {
    const markdown = renderPlanMarkdown(plan(['pyproject.toml', 'pyproject.toml']));
    expect(markdown).toContain('2 pin(s) in `pyproject.toml` move');
    expect(markdown).not.toContain('<sub>');
  });

  it('a member folder name cannot break out of its code span (rendered as GitHub-flavoured Markdown)', () => {
    const html = new MarkdownIt({ html: true }).render(renderPlanMarkdown(plan(['pkgs/a`b|<img src=x>/pyproject.toml', 'pyproject.toml'])));
    expect(html).not.toContain('<img');
    expect(html).toContain('<code>pkgs/a`b|&lt;img src=x&gt;/pyproject.toml:5</code>');
    const row = html.split('<tr>').find((r) => r.includes('pkg-0<br>'))!;
    expect(row.match(/<td\b/g)).toHaveLength(6);
  });
});
