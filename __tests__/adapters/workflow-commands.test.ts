import { describe, expect, it } from '@jest/globals';
import { inertLogText, inertOutputChunk, workflowCommand } from '../../src/adapters/workflow-commands.js';
import { parseWorkflowCommands } from '../support/action-harness.js';

const HOSTILE = 'evil-pkg 1.0\n::add-mask::ghp_stolen\n::error file=x.py::forged';

describe('inertLogText', () => {
  it('wraps text with a command line in stop-commands with a fresh token, the text unchanged', () => {
    expect(inertLogText('a\n::add-mask::x', () => 'T0K3N')).toBe('::stop-commands::T0K3N\na\n::add-mask::x\n::T0K3N::');
    const first = inertLogText('::x::');
    const second = inertLogText('::x::');
    expect(first.split('\n')[0]).not.toBe(second.split('\n')[0]);
  });

  it('leaves text without a command line alone', () => {
    expect(inertLogText('Resolved 42 packages: a::b is not a command')).toBe('Resolved 42 packages: a::b is not a command');
  });
});

describe('workflowCommand', () => {
  it('keeps a value with %, CR and LF on one command line; the runner reads the value back unchanged', () => {
    const file = '/tmp/50%\r\n::add-mask::x\n::error::injected/matchers.json';
    const line = workflowCommand('add-matcher', file);
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
    const parsed = parseWorkflowCommands(`${line}\n`);
    expect(parsed.matchers).toEqual([file]);
    expect(parsed.masks).toEqual([]);
    expect(parsed.annotations).toEqual([]);
  });
});

describe('inertOutputChunk', () => {
  it('keeps commands off for the chunk only: output after it is processed again', () => {
    const stdout = inertOutputChunk(`${HOSTILE}\n`) + '::add-mask::our-own-later-command\n';
    expect(stdout).toContain(HOSTILE);
    expect(parseWorkflowCommands(stdout)).toMatchObject({ masks: ['our-own-later-command'], annotations: [] });
  });

  it('puts the resume line on its own line when the chunk has no final newline', () => {
    const stdout = inertOutputChunk(HOSTILE) + '::add-mask::later\n';
    expect(parseWorkflowCommands(stdout).masks).toEqual(['later']);
  });

  it('passes ordinary chunks through byte for byte', () => {
    expect(inertOutputChunk('tqdm 4.67.1  wheel\n')).toBe('tqdm 4.67.1  wheel\n');
  });
});

/** Every character .NET's Char.IsWhiteSpace accepts (the runner's TrimStart strips them before `::`). */
const DOTNET_SPACES = ['\t', '\v', '\f', ' ', '\u0085', '\u00a0', '\u1680', ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)), '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];

describe('the runner\'s parsing rules (.NET TrimStart, \\r line breaks, legacy ##[)', () => {
  it('the harness, like the runner, obeys a command behind NEL or any other .NET whitespace (JS trimStart keeps U+0085)', () => {
    expect('\u0085::add-mask::x'.trimStart().startsWith('::')).toBe(false);
    for (const space of DOTNET_SPACES) {
      expect(parseWorkflowCommands(`evil 1.0\n${space}::add-mask::stolen-${space.charCodeAt(0)}\n`).masks).toEqual([`stolen-${space.charCodeAt(0)}`]);
    }
    expect(parseWorkflowCommands('evil\r::add-mask::cr\n').masks).toEqual(['cr']);
    expect(parseWorkflowCommands('evil ##[add-mask]legacy\n').masks).toEqual(['legacy']);
  });

  it('makes every such line inert: no annotation, mask or group reaches the runner', () => {
    const attacks = [
      ...DOTNET_SPACES.map((space) => `evil-pkg\n${space}${space}::add-mask::stolen\n${space}::error file=x.py::forged`),
      'evil-pkg\r::add-mask::stolen',
      'evil-pkg ##[error]forged',
      'evil-pkg\n::add-matcher::/tmp/evil-matcher.json',
      'evil-pkg\n\u0085::stop-commands::abc\n::abc::\n::error::forged',
    ];
    for (const attack of attacks) {
      const stdout = `${inertLogText(attack)}\n` + inertOutputChunk(`${attack}\n`) + '::add-mask::ours\n';
      expect(parseWorkflowCommands(stdout)).toEqual({ annotations: [], masks: ['ours'], groups: [], debug: [], matchers: [] });
    }
  });
});
