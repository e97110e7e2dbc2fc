/**
 * `lockstep check --format github`: one workflow command per problem (`::error file=…,line=…::…`; a
 * problem on several targets is one annotation naming them), so a plain `run: lockstep check --format
 * github` step annotates the lines in the pull request's diff.
 * Everything a finding carries (names, versions and messages a pull request controls) is escaped the
 * way the runner unescapes it, so no part of it can end the command or start another one; terminal
 * controls are shown, not obeyed (the log viewer renders ANSI), and the title is one line.
 */
import type { Finding } from '../findings.js';
import type { CheckReport } from '../matrix/types.js';
import { escapeTerminalText, singleLine } from '../security/neutralise.js';
import { findingPath } from './locations.js';
import { sortFindings } from './text.js';

/** A command's message: the runner turns %25, %0D and %0A back into %, CR and LF. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: also `:` (ends the properties) and `,` (separates them). */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One problem on one line, over all the targets it holds on: the runner shows only the first 10
 * annotations of each level on the run page, so per-target copies would hide the other problems.
 */
function groupByProblem(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = JSON.stringify([f.severity, f.code, f.package, f.version, f.file, f.line, f.column]);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

function annotation(group: readonly Finding[], projectDir: string): string {
  const f = group[0]!;
  const file = findingPath(f, projectDir);
  const what = [f.package, f.version].filter(Boolean).join(' ');
  const targets = group.map((g) => g.target).filter((t): t is string => t !== undefined);
  const where = targets.length === 1 ? ` [${targets[0]}]` : targets.length > 1 ? ` [${targets.length} targets]` : '';
  const title = singleLine(escapeTerminalText(`lockstep ${f.code}${what ? `: ${what}` : ''}${where}`));
  const props: [string, string | number | undefined][] = [
    ['file', file],
    ['line', f.line],
    ['col', f.line ? f.column : undefined],
    ['title', title],
  ];
  const properties = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
    .join(',');
  const text = targets.length > 1 ? `${f.message}\nAlso on ${targets.slice(1).join(', ')}.` : f.message;
  // U+2028/U+2029 do not end the runner's lines, but other readers of the log may break there.
  const message = escapeTerminalText(text).replace(/[\u2028\u2029]/g, ' ');
  return `::${f.severity} ${properties}::${escapeCommandData(message)}`;
}

/** `projectDir`: the project directory relative to the workspace, `/`-separated ('' when the same). */
export function renderGithub(report: CheckReport, projectDir: string): string {
  const findings = sortFindings(report.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const lines = groupByProblem(findings).map((group) => annotation(group, projectDir));
  // No project name here: this line is not a command, and the runner still scans such lines for the
  // legacy `##[` form, so nothing a pull request controls goes on it.
  lines.push(`lockstep check: ${report.targets.length} target(s), ${errors} error(s), ${warnings} warning(s)`);
  return `${lines.join('\n')}\n`;
}
