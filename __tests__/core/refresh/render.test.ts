import { describe, expect, it } from '@jest/globals';
import {
  proposedRefresh,
  refreshKey,
  refreshTitle,
  renderRefreshJson,
  renderRefreshMarkdown,
  renderRefreshText,
  type RefreshOutcome,
} from '../../../src/core/refresh/index.js';

const outcome: RefreshOutcome = {
  diff: {
    added: [{ name: 'new-dep', version: '0.3', source: 'registry+https://pypi.org/simple' }],
    removed: [{ name: 'old_dep', version: '2.0', source: 'registry+https://pypi.org/simple' }],
    changed: [
      { name: 'lib-b', from: '1.0', to: '1.1', direction: 'upgraded', fromSource: 'r', toSource: 'r' },
      { name: 'evil|pkg', from: '2.0', to: '1.9', direction: 'downgraded', fromSource: 'r', toSource: 'r' },
    ],
  },
  held: [{ name: 'lib-c', version: '1.0', wanted: '2.0', reason: 'sdist-build: lib-c 2.0 would build from source on cp311-x86_64-manylinux_2_28' }],
  verification: { lockCommands: ['uv lock --upgrade --upgrade-package lib-c==1.0'], targets: [{ target: 'cp311-x86_64-manylinux_2_28', ok: true, detail: 'every package installs from a wheel' }] },
  cooldown: null,
};

describe('refresh renderers', () => {
  it('JSON is exactly schema 1: changes by name (null from = added, null to = removed) and held', () => {
    expect(JSON.parse(renderRefreshJson(outcome))).toEqual({
      schema: 1,
      changes: [
        { name: 'evil|pkg', from: '2.0', to: '1.9' },
        { name: 'lib-b', from: '1.0', to: '1.1' },
        { name: 'new-dep', from: null, to: '0.3' },
        { name: 'old_dep', from: '2.0', to: null },
      ],
      held: [{ name: 'lib-c', version: '1.0', reason: 'sdist-build: lib-c 2.0 would build from source on cp311-x86_64-manylinux_2_28' }],
    });
  });

  it('the PR body has the marker, the diff table (names escaped), the verification and the held packages', () => {
    const md = renderRefreshMarkdown(outcome, { lockFile: 'proj/uv.lock' });
    expect(md.startsWith('<!-- lockstep:refresh -->\n')).toBe(true);
    expect(md).toContain('| Package | Change | From | To |');
    expect(md).toContain('| evil\\|pkg | downgraded | 2\\.0 | 1\\.9 |');
    expect(md).toContain('| new-dep | added | — | 0\\.3 |');
    expect(md).toContain('| old\\_dep | removed | 2\\.0 | — |');
    expect(md).toContain('`proj/uv.lock`');
    expect(md).toContain('| `cp311-x86_64-manylinux_2_28` | ✅ every package installs from a wheel |');
    expect(md).toContain('- **lib-c** stays at 1\\.0 (not 2\\.0): sdist-build\\: lib-c 2\\.0');
    // The proposal is read back from an earlier PR body (a PR closed unmerged is not reopened for it).
    expect(proposedRefresh(md)).toBe(refreshKey(outcome));
    expect(refreshKey(outcome)).toBe('evil|pkg==1.9,lib-b==1.1,new-dep==0.3,old_dep==removed');
  });

  it('says when nothing moved, and titles the PR by what moved', () => {
    const none = { ...outcome, diff: { added: [], removed: [], changed: [] }, held: [] };
    expect(renderRefreshMarkdown(none)).toContain('Every package in `uv.lock` is at its newest allowed version.');
    expect(renderRefreshMarkdown(none)).not.toContain('### Held back');
    expect(refreshTitle(outcome)).toBe('Refresh uv.lock (4 packages)');
    expect(refreshTitle({ diff: { ...none.diff, changed: [outcome.diff.changed[0]!] } })).toBe('Refresh uv.lock (lib-b)');
  });

  it('text lists each move and each held package', () => {
    expect(renderRefreshText(outcome)).toBe(
      [
        'evil|pkg 2.0 -> 1.9  downgraded',
        'lib-b 1.0 -> 1.1  upgraded',
        'new-dep (new) -> 0.3  added',
        'old_dep 2.0 -> (removed)  removed',
        'held: lib-c stays at 1.0 (not 2.0): sdist-build: lib-c 2.0 would build from source on cp311-x86_64-manylinux_2_28',
        '4 locked package(s) change, 1 held back.',
        '',
      ].join('\n'),
    );
  });

  it('renders no HTML, link or extra table cell from a hostile name, reason or target detail', () => {
    const hostile = 'evil|pkg<img src=x onerror=alert(1)>@team](http://x)';
    const md = renderRefreshMarkdown({
      ...outcome,
      diff: { added: [{ name: hostile, version: hostile, source: 'r' }], removed: [], changed: [] },
      held: [{ name: hostile, version: '1.0', wanted: hostile, reason: `uv lock failed:\n${hostile}` }],
      verification: { lockCommands: ['uv lock --upgrade'], targets: [{ target: 'cp311-x86_64-manylinux_2_28', ok: false, detail: hostile }] },
      cooldown: hostile,
    });
    const text = md.replace(/<!-- lockstep:[^\n]*-->/g, '');
    expect(text).not.toMatch(/<[a-z/]/i);
    expect(text).not.toMatch(/(?<!\\)\]\(/);
    expect(text).not.toMatch(/(?<!\\)@team/);
    const escaped = 'evil\\|pkg&lt;img src=x onerror=alert\\(1\\)&gt;\\@team\\]\\(http\\://x\\)';
    const row = md.split('\n').find((l) => l.startsWith('| evil'))!;
    expect(row).toBe(`| ${escaped} | added | — | ${escaped} |`);
    const target = md.split('\n').find((l) => l.startsWith('| `cp311'))!;
    expect(target.match(/(?<!\\)\|/g)).toHaveLength(3);
    expect(md).toContain(`: uv lock failed\\: ${escaped}\n`); // one list item: the newline was flattened
  });
});
