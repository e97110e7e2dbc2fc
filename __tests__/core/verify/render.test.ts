// The merged matrix table (verify-report's job summary) and the CLI text.
import { describe, expect, it } from '@jest/globals';
import { renderMatrixMarkdown, renderVerifyText } from '../../../src/core/verify/render.js';
import { parseVerifyResult } from '../../../src/core/verify/verify.js';
import type { VerifyResult } from '../../../src/core/verify/types.js';

function result(target: string, statuses: Record<string, 'pass' | 'fail' | 'skip'>, mismatches: VerifyResult['mismatches'] = []): VerifyResult {
  return { schema: 1, target, checks: Object.entries(statuses).map(([name, status]) => ({ name, status, details: `${name} details for ${target}` })), mismatches };
}

/** Markdown escapes removed, to compare what a reader sees. */
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

const ok = { interpreter: 'pass', packages: 'pass', 'source-builds': 'pass', 'cuda-flavour': 'skip', 'cuda-driver': 'skip' } as const;

describe('renderMatrixMarkdown', () => {
  it('puts every target in a row and every check in a column, failing details below', () => {
    const md = renderMatrixMarkdown([
      result('cp312-x86_64-manylinux_2_28', { ...ok, packages: 'fail' }, [{ name: 'tiny-dep', locked: '2.0.0', installed: '2.1.0' }]),
      result('cp311-aarch64-apple-darwin', ok),
      result('cp311-x86_64-manylinux_2_28-cu124', { ...ok, 'cuda-flavour': 'pass', 'cuda-driver': 'fail' }),
    ]);
    const rows = md.split('\n').filter((l) => l.startsWith('| cp')).map(unescape);
    expect(md).toContain('| Target | interpreter | packages | source-builds | cuda-flavour | cuda-driver |');
    expect(rows).toEqual([
      '| cp311-aarch64-apple-darwin | ✅ | ✅ | ✅ | ⏭ | ⏭ |',
      '| cp311-x86_64-manylinux_2_28-cu124 | ✅ | ✅ | ✅ | ✅ | ❌ |',
      '| cp312-x86_64-manylinux_2_28 | ✅ | ❌ | ✅ | ⏭ | ⏭ |',
    ]);
    expect(md).toContain('2 of 3 targets differ from the lock.');
    expect(unescape(md)).toContain('- **cuda-driver**: cuda-driver details for cp311-x86_64-manylinux_2_28-cu124');
    expect(unescape(md)).toContain('| tiny-dep | 2.0.0 | 2.1.0 |');
    expect(md).not.toContain('interpreter details');
  });

  it('escapes hostile names so they cannot break the table or inject HTML', () => {
    const md = renderMatrixMarkdown([result('t', { packages: 'fail' }, [{ name: 'evil|<img src=x>', locked: null, installed: '1' }])]);
    const row = md.split('\n').find((l) => l.includes('evil'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(5); // | name | locked | installed |: the name's | is escaped
    expect(row).toContain('&lt;img');
    expect(md).not.toContain('<img');
  });

  it('says when there is nothing to report', () => {
    expect(renderMatrixMarkdown([])).toContain('No `lockstep-verify-*` results were found');
  });
});

describe('renderVerifyText and parseVerifyResult', () => {
  it('prints one line per check and the mismatches', () => {
    const text = renderVerifyText(result('cp311-x', { interpreter: 'pass', packages: 'fail' }, [{ name: 'tiny-extra', locked: null, installed: '0.3.0' }]));
    expect(text).toContain('PASS  interpreter');
    expect(text).toContain('FAIL  packages');
    expect(text).toContain('tiny-extra: 0.3.0 installed, not in the lock');
    expect(text).toContain('1 check failed.');
  });

  it('reads the schema-1 contract and refuses anything else, naming the file', () => {
    const r = result('cp311-x', ok);
    expect(parseVerifyResult(JSON.stringify({ ...r, future: true }), 'a.json').target).toBe('cp311-x');
    expect(() => parseVerifyResult('{"schema": 2}', 'b.json')).toThrow('b.json: not a lockstep verify result');
    expect(() => parseVerifyResult('{', 'c.json')).toThrow('c.json: not valid JSON');
  });
});
