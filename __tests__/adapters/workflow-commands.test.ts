import { describe, expect, it } from '@jest/globals';
import { inertLogText, inertOutputChunk } from '../../src/adapters/workflow-commands.js';
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
