/**
 * The Python traceback matchers against real tracebacks: python3 runs each script and prints its
 * traceback; the matchers are applied to that output the way the runner applies them (line by line,
 * consecutive lines per pattern sequence: support/problem-matcher.ts). The oracle is Python's own
 * traceback module: the same script run under try/except gives, for each exception of the chain,
 * the innermost frame's file and line and `format_exception_only`'s last line.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PYTHON_PROBLEM_MATCHERS } from '../../../src/core/setup/problem-matchers.js';
import { cleanupTempDirs, makeTempDir } from '../../support/fixture-project.js';
import { MatcherLog, type MatchedIssue } from '../../support/problem-matcher.js';

afterAll(() => cleanupTempDirs());

/** For each exception python3 prints (causes first): where its innermost frame is and its last line. */
const ORACLE = `
import json, runpy, sys, traceback
try:
    runpy.run_path(sys.argv[1], run_name="__main__")
except BaseException as error:
    chain = []
    e = error
    while e is not None:
        chain.insert(0, e)
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    out = []
    for e in chain:
        if isinstance(e, SyntaxError):
            file, line = e.filename, e.lineno
        else:
            frame = traceback.extract_tb(e.__traceback__)[-1]
            file, line = frame.filename, frame.lineno
        out.append({"file": file, "line": line, "message": traceback.format_exception_only(type(e), e)[-1].rstrip("\\n")})
    print(json.dumps(out))
`;

const SCRIPTS: Record<string, Record<string, string>> = {
  'a raise two frames deep, in an imported module': {
    'train.py': 'def fit(rate):\n    if rate > 1:\n        raise ValueError(f"learning rate {rate} > 1")\n    return rate\n',
    'main.py': 'import train\n\ndef main():\n    train.fit(3)\n\nmain()\n',
  },
  'an error inside an expression (Python 3.11+ prints a caret line)': {
    'main.py': 'def mean(total, count):\n    return 1 + total / count\n\nprint(mean(10, 0))\n',
  },
  'a KeyError with a quoted message': {
    'main.py': 'config = {"lr": 0.1}\nbatch = config["batch_size"]\n',
  },
  'an exception raised from the standard library (a qualified name)': {
    'main.py': 'import json\n\njson.loads("{")\n',
  },
  'a chained exception: one annotation per traceback': {
    'main.py': 'def load(d):\n    try:\n        return d["path"]\n    except KeyError as e:\n        raise RuntimeError("no path configured") from e\n\nload({})\n',
  },
  'an exception without a message': {
    'main.py': 'class Interrupted(Exception):\n    pass\n\nraise Interrupted\n',
  },
  'a SyntaxError (no ", in" part, a caret line)': {
    'main.py': 'def f(:\n    pass\n',
  },
};

function runPython(dir: string, args: string[]): { stderr: string; stdout: string } {
  const result = spawnSync('python3', args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', PYTHONDONTWRITEBYTECODE: '1' } });
  return { stderr: result.stderr, stdout: result.stdout };
}

function matcherLog(): MatcherLog {
  const log = new MatcherLog();
  log.register(JSON.parse(JSON.stringify(PYTHON_PROBLEM_MATCHERS)));
  return log;
}

describe('Python traceback problem matchers on tracebacks python3 prints', () => {
  it.each(Object.keys(SCRIPTS))('%s: file, line and message of the innermost frame, as Python\'s traceback module gives them', (name) => {
    const dir = makeTempDir('traceback');
    for (const [file, text] of Object.entries(SCRIPTS[name]!)) writeFileSync(path.join(dir, file), text);
    writeFileSync(path.join(dir, 'oracle.py'), ORACLE);
    const printed = runPython(dir, [path.join(dir, 'main.py')]).stderr;
    expect(printed).toMatch(/^  File "/m);
    const expected = JSON.parse(runPython(dir, ['oracle.py', path.join(dir, 'main.py')]).stdout) as { file: string; line: number; message: string }[];
    expect(expected.length).toBeGreaterThan(0);

    const issues = matcherLog().feed(printed);
    expect(issues.map(({ file, line, message, severity }) => ({ file, line, message, severity }))).toEqual(
      expected.map((e) => ({ file: e.file, line: e.line, message: e.message, severity: 'error' })),
    );
  });

  it('shows the cases cover every shape: plain, with carets, and without a source line', () => {
    const dir = makeTempDir('traceback');
    writeFileSync(path.join(dir, 'main.py'), SCRIPTS['an error inside an expression (Python 3.11+ prints a caret line)']!['main.py']!);
    const owners = (output: string) => matcherLog().feed(output).map((i: MatchedIssue) => i.owner);
    expect(owners(runPython(dir, ['main.py']).stderr)).toEqual(['lockstep-python-traceback-carets']);
    // No source line to show: `python -c`.
    const inline = runPython(dir, ['-c', 'raise ValueError("from -c")']).stderr;
    expect(matcherLog().feed(inline)).toEqual([{ owner: 'lockstep-python-traceback-no-source', severity: 'error', file: '<string>', line: 1, message: 'ValueError: from -c' }]);
    writeFileSync(path.join(dir, 'plain.py'), 'raise TypeError("plain")\n');
    expect(owners(runPython(dir, ['plain.py']).stderr)).toEqual(['lockstep-python-traceback']);
  });

  it('ordinary output gives no annotation', () => {
    const output = [
      'Traceback files written to logs/',
      '  File "a.py", line 1, in <module>',
      '    x = 1',
      '    still indented',
      'Done',
      'ValueError: without a frame before it',
      '============ 3 passed in 0.12s ============',
    ].join('\n');
    expect(matcherLog().feed(output)).toEqual([]);
  });
});
