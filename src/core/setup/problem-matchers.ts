/**
 * Problem matchers for Python tracebacks (setup-uv's `add-problem-matchers`): registered with the
 * runner (`::add-matcher::FILE`), they turn a traceback printed by any later step into an error
 * annotation on the innermost frame's file and line, with the exception line as its message:
 *
 *     Traceback (most recent call last):
 *       File "/home/runner/work/repo/repo/train.py", line 12, in <module>     ← file, line
 *         main()
 *       File "/home/runner/work/repo/repo/train.py", line 9, in main
 *         raise ValueError("bad learning rate")
 *     ValueError: bad learning rate                                          ← message
 *
 * setup-uv's own matcher pairs a `File ...` line with a `raise X('...')` source line (single quotes
 * only) and reports the quoted text; these report what Python actually raised, whatever the frame's
 * source line is.
 *
 * The runner (actions/runner IssueMatcher) matches each pattern of a matcher against CONSECUTIVE
 * lines, so a matcher has a fixed number of lines. The innermost frame is followed by 0, 1 or 2 lines
 * before the exception line (no source available; the source line; the source line and a caret line,
 * `~~^~~`, that Python 3.11+ adds when the error is part of the line): one matcher per shape. The
 * shapes exclude each other (a source line is indented, an exception line is not; a caret line holds
 * only `~`, `^` and spaces), so one traceback gives one annotation.
 *
 * The regexes are read by .NET with RegexOptions.ECMAScript: ASCII `\s` `\w` `\d`, no lookbehind,
 * no named groups. Each property is set by one pattern only (the runner rejects a matcher otherwise).
 */

export interface ProblemPattern {
  regexp: string;
  file?: number;
  line?: number;
  message?: number;
}

export interface ProblemMatcher {
  owner: string;
  pattern: ProblemPattern[];
}

/** `  File "path", line 12, in main` (`, in ...` is absent for a SyntaxError). */
const FRAME: ProblemPattern = { regexp: '^\\s*File "(.+)", line (\\d+)(, in .+)?$', file: 1, line: 2 };
/** The frame's source line, as Python prints it: stripped, then indented by four spaces. */
const SOURCE: ProblemPattern = { regexp: '^    \\S.*$' };
/** Python 3.11+'s position markers under the source line. */
const CARETS: ProblemPattern = { regexp: '^\\s+[~^]+[~^\\s]*$' };
/** `ValueError: message`, `json.decoder.JSONDecodeError: ...`, or a bare `KeyboardInterrupt`, unindented. */
const EXCEPTION: ProblemPattern = { regexp: '^([A-Za-z_][\\w.]*(: .*)?)$', message: 1 };

export const PYTHON_PROBLEM_MATCHERS: { problemMatcher: ProblemMatcher[] } = {
  problemMatcher: [
    { owner: 'lockstep-python-traceback', pattern: [FRAME, SOURCE, EXCEPTION] },
    { owner: 'lockstep-python-traceback-carets', pattern: [FRAME, SOURCE, CARETS, EXCEPTION] },
    { owner: 'lockstep-python-traceback-no-source', pattern: [FRAME, EXCEPTION] },
  ],
};
