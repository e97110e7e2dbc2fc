import { afterAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ActionJob, cleanupActionDirs, inputEnvName, parseKeyValueFile, runAction } from '../support/action-harness.js';
import { cleanupTempDirs, makeProject } from '../support/fixture-project.js';
import { REPO_ROOT } from '../support/uv-binary.js';

/** A tiny action written against the real @actions/core, so the harness is tested on the real file formats. */
const coreUrl = pathToFileURL(join(REPO_ROOT, 'node_modules/@actions/core/lib/core.js')).href;
const scripts = makeProject({
  'main.mjs': `
import * as core from ${JSON.stringify(coreUrl)};
const version = core.getInput('uv-version', { required: true });
core.setOutput('uv-version', version);
core.setOutput('notes', 'line one\\nline two');
core.exportVariable('VIRTUAL_ENV', '/tmp/project/.venv');
core.exportVariable('MULTI', 'a=1\\nb=2');
core.addPath('/tmp/project/.venv/bin');
core.setSecret('s3cr3t');
core.startGroup('Install uv');
core.info('installing');
core.endGroup();
core.error('uv.lock is stale, run: uv lock', { file: 'uv.lock', startLine: 3, startColumn: 7, title: 'Stale lock' });
core.warning('.env line 2: no "="', { file: '.env', startLine: 2 });
core.notice('100% done, a:b');
core.saveState('cache-key', 'linux-x64-abc');
await core.summary.addHeading('Setup').addTable([[{ data: 'Step', header: true }], ['uv']]).write();
if (process.cwd() !== process.env.GITHUB_WORKSPACE) core.setFailed('cwd is not the workspace');
if (core.getInput('fail') === 'true') core.setFailed('asked to fail');
`,
  'post.mjs': `
import * as core from ${JSON.stringify(coreUrl)};
core.setOutput('saved-key', core.getState('cache-key'));
core.setOutput('seen-venv', process.env.VIRTUAL_ENV ?? '');
core.setOutput('path-head', process.env.PATH.split(':')[0]);
core.setOutput('input-again', core.getInput('uv-version'));
`,
  'hang.mjs': 'setInterval(() => {}, 1000);\n',
  'echo-args.mjs': 'console.log(JSON.stringify(process.argv.slice(2)));\n',
  'slow-lines.mjs': "process.stdout.write('first\\nsecond');\nsetTimeout(() => console.log(' half'), 300);\n",
});

afterAll(() => {
  cleanupActionDirs();
  cleanupTempDirs();
});

describe('runAction', () => {
  test('parses outputs, env (heredoc form), path, summary, state and annotations written by @actions/core', async () => {
    const result = await runAction(join(scripts, 'main.mjs'), { inputs: { 'uv-version': '0.13.9' } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ 'uv-version': '0.13.9', notes: 'line one\nline two' });
    expect(result.env).toEqual({ VIRTUAL_ENV: '/tmp/project/.venv', MULTI: 'a=1\nb=2' });
    expect(result.path).toEqual(['/tmp/project/.venv/bin']);
    expect(result.state).toEqual({ 'cache-key': 'linux-x64-abc' });
    expect(result.summary).toContain('<h1>Setup</h1>');
    expect(result.summary).toContain('<th>Step</th>');
    expect(result.masks).toEqual(['s3cr3t']);
    expect(result.groups).toEqual(['Install uv']);
    expect(result.annotations).toEqual([
      { level: 'error', message: 'uv.lock is stale, run: uv lock', file: 'uv.lock', line: 3, col: 7, title: 'Stale lock' },
      { level: 'warning', message: '.env line 2: no "="', file: '.env', line: 2 },
      { level: 'notice', message: '100% done, a:b' },
    ]);
  });

  test('a failing step reports its exit code and the error annotation', async () => {
    const result = await runAction(join(scripts, 'main.mjs'), { inputs: { 'uv-version': '1', fail: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)).toEqual({ level: 'error', message: 'asked to fail' });
    const missing = await runAction(join(scripts, 'main.mjs'), { inputs: {} });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toMatch(/Input required and not supplied: uv-version/); // thrown, uncaught
  });

  test('passes command-line args (for the CLI entry)', async () => {
    const result = await runAction(join(scripts, 'echo-args.mjs'), { args: ['verify', '--format', 'json'] });
    expect(JSON.parse(result.stdout)).toEqual(['verify', '--format', 'json']);
  });

  test('lines: each stdout line with when it arrived, a line split across writes joined', async () => {
    const result = await runAction(join(scripts, 'slow-lines.mjs'));
    expect(result.lines.map((l) => l.text)).toEqual(['first', 'second half']);
    expect(result.lines[1]!.atMs - result.lines[0]!.atMs).toBeGreaterThanOrEqual(250);
  });

  test('a hung step is killed at timeoutMs', async () => {
    const result = await runAction(join(scripts, 'hang.mjs'), { timeoutMs: 500 });
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' });
  });

  test('the outer runner environment does not leak into the step', async () => {
    process.env.INPUT_LEAK = 'x';
    process.env.GITHUB_OUTPUT = '/dev/full';
    try {
      const result = await runAction(join(scripts, 'main.mjs'), { inputs: { 'uv-version': '1' } });
      expect(result.exitCode).toBe(0);
      expect(result.outputs['uv-version']).toBe('1');
    } finally {
      delete process.env.INPUT_LEAK;
      delete process.env.GITHUB_OUTPUT;
    }
  });
});

describe('ActionJob', () => {
  test('post sees the state, exported env, PATH and inputs of setup, in the same workspace', async () => {
    const job = new ActionJob();
    const setup = await job.run(join(scripts, 'main.mjs'), { inputs: { 'uv-version': '0.13.9' } });
    expect(setup.exitCode).toBe(0);
    const post = await job.run(join(scripts, 'post.mjs'));
    expect(post.exitCode).toBe(0);
    expect(post.outputs).toEqual({
      'saved-key': 'linux-x64-abc',
      'seen-venv': '/tmp/project/.venv',
      'path-head': '/tmp/project/.venv/bin',
      'input-again': '0.13.9',
    });
    expect(post.dirs).toEqual(setup.dirs);
  });
});

describe('file formats', () => {
  test('inputEnvName keeps hyphens, upper-cases, and turns spaces into underscores', () => {
    expect(inputEnvName('uv-version')).toBe('INPUT_UV-VERSION');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  test('parseKeyValueFile reads both forms and rejects an unterminated heredoc', () => {
    expect(parseKeyValueFile('a=1\nb<<EOF\nx\ny=z\nEOF\nc=\n')).toEqual({ a: '1', b: 'x\ny=z', c: '' });
    expect(() => parseKeyValueFile('b<<EOF\nx\n')).toThrow(/unterminated/);
  });
});
