import { describe, expect, it } from '@jest/globals';
import { couldIssueWorkflowCommand, dotnetTrimStart, escapeTerminalText, singleLine } from '../../../src/core/security/neutralise.js';
import { escapeMarkdown, markdownCode } from '../../../src/core/report/markdown-escape.js';

describe('couldIssueWorkflowCommand', () => {
  it('sees a command behind U+0085 and the other .NET spaces, and the legacy form anywhere', () => {
    expect(couldIssueWorkflowCommand('pkg\n\u0085::add-mask::x')).toBe(true);
    expect(couldIssueWorkflowCommand('pkg\n\u3000\u205f::error::x')).toBe(true);
    expect(couldIssueWorkflowCommand('pkg\r::error::x')).toBe(true);
    expect(couldIssueWorkflowCommand('pkg ##[error]x')).toBe(true);
    expect(couldIssueWorkflowCommand('a::b is not a command\nnor c :: d')).toBe(false);
    expect(dotnetTrimStart('\u0085\u00a0 \t::x')).toBe('::x');
  });

  it('singleLine leaves no line break or .NET space that could start a line', () => {
    expect(singleLine('a\nb\rc\u0085d\u2028e\u2029f\vg')).toBe('a b c d e f g');
  });
});

describe('escapeTerminalText', () => {
  it('shows ANSI/OSC escapes, C1 controls and bidi overrides instead of obeying them', () => {
    const hostile = 'evil\x1b[2J\x1b]8;;http://x\x07link\x1b]8;;\x07\x9b31m\u202egpj.exe\r';
    const shown = escapeTerminalText(hostile);
    expect(shown).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
    expect(shown).toBe('evil\\u001b[2J\\u001b]8;;http://x\\u0007link\\u001b]8;;\\u0007\\u009b31m\\u202egpj.exe\\u000d');
    // The escape is valid JSON, so --format json output keeps its meaning.
    expect(JSON.parse(`"${escapeTerminalText('\u009b')}"`)).toBe('\u009b');
    expect(escapeTerminalText('tqdm 4.67.1\twheel\n')).toBe('tqdm 4.67.1\twheel\n');
  });
});

describe('Markdown neutralisation', () => {
  it('shows bidi controls, escapes $ math, HTML and line breaks', () => {
    const out = escapeMarkdown('evil\u202egpj.exe $x^2$ $$y$$ <img src=x>\u2028| row');
    expect(out).not.toMatch(/[\u202e\u2028<>]/);
    expect(out).toContain('U+202E');
    expect(out).not.toMatch(/(^|[^\\])\$/);
    expect(markdownCode('a\u202eb')).toBe('`aU+202Eb`');
  });
});
