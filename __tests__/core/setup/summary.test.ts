import { describe, expect, it } from '@jest/globals';
import { escapeMarkdownCell, formatDuration, renderSetupSummary } from '../../../src/core/setup/summary.js';

describe('renderSetupSummary', () => {
  it('renders one row per step with its outcome, detail and duration, and a total', () => {
    const markdown = renderSetupSummary([
      { step: 'Install uv', detail: 'uv 0.13.9, tool cache', durationMs: 120, outcome: 'done' },
      { step: 'Load .env', detail: '.env not found, skipped', durationMs: 0, outcome: 'skipped' },
      { step: 'Check uv.lock', detail: 'stale', durationMs: 61_000, outcome: 'failed' },
    ]);
    expect(markdown.split('\n')).toEqual([
      '### lockstep setup',
      '',
      '| Step | Result | Time |',
      '| --- | --- | ---: |',
      '| ✅ Install uv | uv 0.13.9, tool cache | 0.12 s |',
      '| ⏭️ Load .env | .env not found, skipped | 0.00 s |',
      '| ❌ Check uv.lock | stale | 1 min 1 s |',
      '| **Total** | | 1 min 1 s |',
      '',
    ]);
  });

  it('keeps a hostile step detail inside its cell: no HTML, no link, no extra row or cell', () => {
    const hostile = 'evil|pkg<img src=x onerror=alert(1)>@team](http://x)';
    const lines = renderSetupSummary([{ step: 'Sync .venv', detail: `failed for ${hostile}\n| forged | row |`, durationMs: 10, outcome: 'failed' }]).split('\n');
    const row = lines[4]!;
    expect(lines[5]).toMatch(/^\| \*\*Total\*\*/); // the newline did not start a row of its own
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(4);
    expect(row).not.toContain('<img');
    expect(row).not.toMatch(/(?<!\\)\]\(/);
    expect(row).toContain('evil\\|pkg&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes names that would break the table or inject markup', () => {
    expect(escapeMarkdownCell('a|b <script> *x* [l](u)\nnext')).toBe('a\\|b &lt;script&gt; \\*x\\* \\[l\\](u)<br>next');
  });

  it('formats durations at a readable precision', () => {
    expect(formatDuration(5)).toBe('0.01 s');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });
});
