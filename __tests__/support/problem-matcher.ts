/**
 * Problem matchers applied to a log the way the Actions runner applies them (actions/runner
 * `IssueMatcher.cs` + `OutputManager.cs`, read with the search tool; our own code):
 *
 *   const log = new MatcherLog({ workspace });                // workspace: optional, see below
 *   log.register(JSON.parse(readFileSync(file, 'utf8')));   // what `::add-matcher::FILE` does
 *   const issues = log.feed(stderrOfALaterStep);              // [{ owner, file, line, message, severity }]
 *
 * - `register` validates like the runner (owner set and unique, at most one pattern sets each
 *   property, group numbers exist, `loop` only on the last pattern, `message` set) and puts the
 *   file's matchers FIRST, in reverse file order, replacing any matcher with the same owner.
 * - Each line: ANSI colour codes stripped; matchers tried in order; a multi-line matcher advances
 *   only on CONSECUTIVE lines (a line that fails pattern i drops the partial match); the first
 *   matcher that yields an issue wins and the others are reset.
 * - An issue with an empty message is dropped.
 * - With `workspace` (GITHUB_WORKSPACE), `file` is what the annotation gets: a relative path is
 *   rooted at the workspace, the file must exist and lie inside it (the runner looks for the
 *   repository's .git/config above it), and it is shown relative with `/`; otherwise it is dropped.
 *   Without `workspace`, `file` is the matched text.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

interface PatternConfig {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  code?: number;
  message?: number;
  fromPath?: number;
  loop?: boolean;
}
interface MatcherConfig {
  owner: string;
  severity?: string;
  pattern: PatternConfig[];
}

export interface MatchedIssue {
  owner: string;
  severity: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  code?: string;
}

const PROPERTIES = ['file', 'line', 'column', 'severity', 'code', 'message', 'fromPath'] as const;
type Property = (typeof PROPERTIES)[number];
type Captured = Record<Property, string | undefined>;

class Matcher {
  private readonly regexes: RegExp[];
  private state: (Captured | null)[] = [];

  constructor(readonly config: MatcherConfig) {
    this.regexes = config.pattern.map((p) => new RegExp(p.regexp));
    this.reset();
  }

  reset(): void {
    this.state = new Array(Math.max(this.config.pattern.length - 1, 0)).fill(null);
  }

  /** One line; a complete match returns its properties (the earlier lines' values win, as in the runner). */
  match(line: string): Captured | null {
    const patterns = this.config.pattern;
    const last = patterns.length - 1;
    if (last === 0) {
      const groups = this.regexes[0]!.exec(line);
      return groups ? capture(null, patterns[0]!, groups) : null;
    }
    for (let i = last; i >= 0; i--) {
      const running = i > 0 ? this.state[i - 1]! : null;
      if (i > 0 && running === null) continue;
      const groups = this.regexes[i]!.exec(line);
      if (groups) {
        const combined = capture(running, patterns[i]!, groups);
        if (i < last) {
          this.state[i] = combined;
          continue;
        }
        this.reset();
        if (patterns[i]!.loop) this.state[i - 1] = running;
        return combined;
      }
      if (i === last) this.state[i - 1] = null;
      else this.state[i] = null;
    }
    return null;
  }
}

function capture(running: Captured | null, pattern: PatternConfig, groups: RegExpExecArray): Captured {
  const out = {} as Captured;
  for (const property of PROPERTIES) {
    const index = pattern[property];
    out[property] = running?.[property] ?? (index !== undefined && index < groups.length ? (groups[index] ?? '') : undefined);
  }
  return out;
}

/** The number of capture groups + 1 (group 0), as .NET's GetGroupNumbers().Length counts them. */
function groupCount(regexp: string): number {
  return new RegExp(`${regexp}|`).exec('')!.length;
}

function validate(config: { problemMatcher?: MatcherConfig[] }): MatcherConfig[] {
  const matchers = config.problemMatcher ?? [];
  const owners = new Set<string>();
  for (const matcher of matchers) {
    if (!matcher.owner) throw new Error('Owner must not be empty');
    if (owners.has(matcher.owner.toLowerCase())) throw new Error(`Duplicate owner name '${matcher.owner}'`);
    owners.add(matcher.owner.toLowerCase());
    if (!['', 'error', 'warning', 'notice'].includes((matcher.severity ?? '').toLowerCase())) throw new Error(`Matcher '${matcher.owner}' contains unexpected default severity '${matcher.severity}'`);
    if (!matcher.pattern?.length) throw new Error(`Matcher '${matcher.owner}' does not contain any patterns`);
    const seen = new Set<Property>();
    matcher.pattern.forEach((pattern, i) => {
      // .NET reads the pattern with RegexOptions.ECMAScript: no lookbehind, named groups or \p{...}.
      if (/\(\?<|\\[pP]\{/.test(pattern.regexp)) throw new Error(`'${pattern.regexp}' uses syntax .NET's ECMAScript mode rejects`);
      if (pattern.loop && (i === 0 || i !== matcher.pattern.length - 1)) throw new Error("Only the last pattern in a multiline matcher may set 'loop'");
      if (pattern.loop && pattern.message === undefined) throw new Error("The loop pattern must set 'message'");
      const groups = groupCount(pattern.regexp);
      for (const property of PROPERTIES) {
        const index = pattern[property];
        if (index === undefined) continue;
        if (seen.has(property)) throw new Error(`The property '${property}' is set twice`);
        if (index < 0 || index >= groups) throw new Error(`The property '${property}' is set to ${index} which is out of range`);
        seen.add(property);
      }
    });
    if (!seen.has('message')) throw new Error("At least one pattern must set 'message'");
  }
  return matchers;
}

export class MatcherLog {
  private matchers: Matcher[] = [];

  constructor(private readonly options: { workspace?: string } = {}) {}

  /** `::add-matcher::FILE` with the file's parsed JSON. */
  register(config: { problemMatcher?: MatcherConfig[] }): void {
    for (const matcherConfig of validate(config)) {
      const owner = matcherConfig.owner.toLowerCase();
      this.matchers = [new Matcher(matcherConfig), ...this.matchers.filter((m) => m.config.owner.toLowerCase() !== owner)];
    }
  }

  /** The issues a step's output produces, line by line (`\r\n`, `\r` or `\n` end a line). */
  feed(output: string): MatchedIssue[] {
    const issues: MatchedIssue[] = [];
    for (const raw of output.split(/\r\n|\r|\n/)) {
      const line = raw.replace(/\x1b\[[0-9;]*m?/g, '');
      for (const matcher of this.matchers) {
        const match = matcher.match(line);
        if (!match) continue;
        for (const other of this.matchers) if (other !== matcher) other.reset();
        const issue = toIssue(matcher.config, match, this.options.workspace);
        if (issue) {
          issues.push(issue);
          break;
        }
      }
    }
    return issues;
  }
}

function toIssue(config: MatcherConfig, match: Captured, workspace?: string): MatchedIssue | null {
  if (!match.message?.trim()) return null;
  const severity = (match.severity || config.severity || 'error').toLowerCase();
  if (!['error', 'warning', 'notice'].includes(severity)) return null;
  const number = (value?: string) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
  const issue: MatchedIssue = { owner: config.owner, severity, message: match.message };
  const file = match.file?.trim() ? (workspace === undefined ? match.file : annotationFile(match.file, workspace)) : undefined;
  if (file !== undefined) issue.file = file;
  if (number(match.line) !== undefined) issue.line = number(match.line);
  if (number(match.column) !== undefined) issue.column = number(match.column);
  if (match.code?.trim()) issue.code = match.code.trim();
  return issue;
}

function annotationFile(matched: string, workspace: string): string | undefined {
  const file = path.resolve(workspace, matched);
  const relative = path.relative(workspace, file);
  if (relative.startsWith('..') || path.isAbsolute(relative) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return relative.split(path.sep).join('/');
}
