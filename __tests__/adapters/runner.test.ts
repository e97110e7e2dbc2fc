import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { actionsRunner } from '../../src/adapters/runner.js';
import { parseWorkflowCommands } from '../support/action-harness.js';

/** What the step wrote to stdout while `fn` ran (where the runner reads workflow commands). */
function captureStdout(fn: () => void): string {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

// A package name / message a pull request controls, smuggling workflow commands onto their own lines.
const HOSTILE = 'Locked evil-pkg 1.0\n::add-mask::ghp_stolen\n  ::error file=x.py::forged annotation\n##[set-output name=result;]pass';

describe('actionsRunner().info', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('the runner would obey commands in raw text (the model this test checks against)', () => {
    const commands = parseWorkflowCommands(`${HOSTILE}\n`);
    expect(commands.masks).toEqual(['ghp_stolen']);
    expect(commands.annotations).toHaveLength(1);
  });

  it('logs untrusted text exactly, without the runner obeying commands inside it', () => {
    const stdout = captureStdout(() => actionsRunner().info(HOSTILE));
    expect(stdout).toContain(HOSTILE);
    const commands = parseWorkflowCommands(stdout);
    expect(commands.masks).toEqual([]);
    expect(commands.annotations).toEqual([]);
  });

  it('leaves ordinary log lines untouched', () => {
    expect(captureStdout(() => actionsRunner().info('Resolved 42 packages\nAudited in 3 ms'))).toBe('Resolved 42 packages\nAudited in 3 ms\n');
  });
});

describe('actionsRunner annotations', () => {
  it('keep a newline in the message or title from starting a command line', () => {
    const stdout = captureStdout(() => actionsRunner().error('bad name\n::add-mask::ghp_stolen', { file: 'uv.lock', line: 3, title: 'evil\n::add-mask::t2' }));
    const commands = parseWorkflowCommands(stdout);
    expect(commands.masks).toEqual([]);
    expect(commands.annotations).toEqual([{ level: 'error', message: 'bad name\n::add-mask::ghp_stolen', file: 'uv.lock', line: 3, title: 'evil ::add-mask::t2' }]);
  });
});

describe('actionsRunner redacts every channel (issue 13)', () => {
  it('takes URL credentials and remembered secrets out of log lines, debug lines, annotations, group titles and outputs', async () => {
    const runner = actionsRunner();
    const stdout = captureStdout(() => {
      runner.setSecret('tok-remembered-1234');
      runner.info('Downloading http://user:pa55@127.0.0.1/files/x.whl with tok-remembered-1234');
      runner.debug('index http://user:pa55@h/simple');
      runner.warning('cannot reach http://user:pa55@h/simple', { title: 'http://user:pa55@h' });
      runner.setOutput('index', 'http://user:pa55@h/simple');
    });
    expect(stdout.replace(/^::add-mask::.*$/m, '')).not.toMatch(/pa55|tok-remembered/);
    expect(stdout).toContain('http://***@127.0.0.1/files/x.whl with ***');
  });
});
