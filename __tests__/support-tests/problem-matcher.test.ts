// The runner's problem-matcher rules, as support/problem-matcher.ts applies them (the cases follow
// actions/runner's IssueMatcherL0 / OutputManagerL0 behaviour and its problem-matchers.md examples).
import { describe, expect, it } from '@jest/globals';
import { MatcherLog } from '../support/problem-matcher.js';

const TWO_LINES = {
  problemMatcher: [{ owner: 'two', pattern: [{ regexp: '^file: (.+)$', file: 1 }, { regexp: '^error: (.+)$', message: 1 }] }],
};

describe('MatcherLog', () => {
  it('advances a multi-line matcher only on consecutive lines', () => {
    const log = new MatcherLog();
    log.register(TWO_LINES);
    expect(log.feed('file: a.py\nerror: one')).toEqual([{ owner: 'two', severity: 'error', file: 'a.py', message: 'one' }]);
    expect(log.feed('file: a.py\nsomething else\nerror: two')).toEqual([]);
  });

  it('a loop pattern reports every following match with the first lines\' values (eslint-stylish shape)', () => {
    const log = new MatcherLog();
    log.register({
      problemMatcher: [
        { owner: 'stylish', pattern: [{ regexp: '^([^\\s].*)$', file: 1 }, { regexp: '^\\s+(\\d+):\\d+\\s+(.+)$', line: 1, message: 2, loop: true }] },
      ],
    });
    const issues = log.feed('test.js\n  1:0   Missing semicolon\n  5:10  Unexpected space\n\nother');
    expect(issues.map((i) => [i.file, i.line, i.message])).toEqual([
      ['test.js', 1, 'Missing semicolon'],
      ['test.js', 5, 'Unexpected space'],
    ]);
  });

  it('strips colour codes, drops an empty message, and the default severity applies', () => {
    const log = new MatcherLog();
    log.register({ problemMatcher: [{ owner: 'one', severity: 'warning', pattern: [{ regexp: '^warn:(.*)$', message: 1 }] }] });
    expect(log.feed('\x1b[33mwarn: careful\x1b[0m\nwarn:   ')).toEqual([{ owner: 'one', severity: 'warning', message: ' careful' }]);
  });

  it('the first matcher that matches wins; a file registered later comes first, same owner replaced', () => {
    const log = new MatcherLog();
    log.register({ problemMatcher: [{ owner: 'old', pattern: [{ regexp: '^E (.+)$', message: 1 }] }] });
    log.register({ problemMatcher: [{ owner: 'new', pattern: [{ regexp: '^E (.+)$', message: 1 }] }] });
    expect(log.feed('E x').map((i) => i.owner)).toEqual(['new']);
    log.register({ problemMatcher: [{ owner: 'NEW', pattern: [{ regexp: '^F (.+)$', message: 1 }] }] });
    expect(log.feed('E x').map((i) => i.owner)).toEqual(['old']);
  });

  it.each([
    ['a duplicate owner', { problemMatcher: [{ owner: 'a', pattern: [{ regexp: '(x)', message: 1 }] }, { owner: 'A', pattern: [{ regexp: '(x)', message: 1 }] }] }, /Duplicate owner/],
    ['a property set twice', { problemMatcher: [{ owner: 'a', pattern: [{ regexp: '(x)', file: 1 }, { regexp: '(y)', file: 1, message: 1 }] }] }, /set twice/],
    ['no message', { problemMatcher: [{ owner: 'a', pattern: [{ regexp: '(x)', file: 1 }] }] }, /must set 'message'/],
    ['a group that does not exist', { problemMatcher: [{ owner: 'a', pattern: [{ regexp: '(x)', message: 2 }] }] }, /out of range/],
    ['loop on a single pattern', { problemMatcher: [{ owner: 'a', pattern: [{ regexp: '(x)', message: 1, loop: true }] }] }, /loop/],
    ['a named group (.NET ECMAScript mode)', { problemMatcher: [{ owner: 'a', pattern: [{ regexp: '(?<m>x)', message: 1 }] }] }, /ECMAScript/],
  ])('rejects %s, as the runner does', (_name, config, error) => {
    expect(() => new MatcherLog().register(config)).toThrow(error);
  });
});
