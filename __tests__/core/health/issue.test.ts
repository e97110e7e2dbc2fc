import { describe, expect, it } from '@jest/globals';
import { planHealthIssue, renderHealthIssue, splitHealthBody, textDigest, type RotItem } from '../../../src/core/health/issue.js';

const item = (file: string, extra: Partial<RotItem> = {}): RotItem => ({
  key: `gone:${file}`,
  package: 'alpha',
  version: '1.0.0',
  file,
  status: 'missing',
  direct: false,
  source: 'https://pypi.org/simple',
  detail: null,
  newestServed: '1.1.0',
  targets: ['cp311-x86_64-manylinux_2_28'],
  ...extra,
});
const now = new Date('2026-12-07T05:00:00Z');
const render = (items: RotItem[]) => renderHealthIssue({ items, unchecked: [], lockPath: 'uv.lock', checkedFiles: 10, targetCount: 1, now, previous: null });

describe('the health issue', () => {
  it("reads back its own state, and a person's edit (GitHub's \\r\\n line endings alone are not one)", () => {
    const { body, state } = render([item('alpha-1.0.0-py3-none-any.whl')]);
    const split = splitHealthBody(body);
    expect(split.state).toEqual(state);
    expect(textDigest(split.visible)).toBe(state.digest);
    expect(textDigest(split.visible.replace(/\n/g, '\r\n'))).toBe(state.digest);
    expect(textDigest(`${split.visible}\nI am on it`)).not.toBe(state.digest);
  });

  it('escapes what the index and the lock control (names, yank reasons)', () => {
    const { body } = render([item('x.whl', { status: 'yanked', detail: '@everyone [click](https://evil.example) <img>', package: 'a|b' })]);
    expect(body).not.toContain('[click](');
    expect(body).not.toContain('<img>');
    expect(body).not.toMatch(/(^|[^\\])@everyone/);
  });

  it('closes only when the check was complete, and only its own open issue', () => {
    const { body, title } = render([item('alpha-1.0.0-py3-none-any.whl')]);
    const ours = { number: 3, state: 'open' as const, title, body, authorIsBot: true };
    expect(planHealthIssue([ours], null, [], true)).toEqual({ kind: 'close', issue: ours });
    expect(planHealthIssue([ours], null, [], false)).toEqual({ kind: 'none' });
    expect(planHealthIssue([{ ...ours, authorIsBot: false }], null, [], true)).toEqual({ kind: 'none' });
  });
});

describe('a lock where everything rotted', () => {
  it('stays far below GitHub\'s 65,536-character body limit, and says how many rows it left out', () => {
    const items = Array.from({ length: 2000 }, (_, i) => item(`package_number_${i}-1.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl`, { package: `package-number-${i}`, key: `gone:${i}` }));
    const { body } = render(items);
    expect(body.length).toBeLessThan(50_000);
    expect(body).toContain('…and 1900 more locked file(s)');
  });
});
