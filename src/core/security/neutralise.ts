/**
 * Neutralisation of untrusted text (package names, URLs, file names, PR content) for the places that
 * interpret it: the Actions runner's workflow commands, terminals, and GitHub-flavoured Markdown.
 * Each rule follows the reader's own parser, not JavaScript's notion of whitespace or line breaks.
 */

/**
 * Every character .NET's `Char.IsWhiteSpace` accepts (what the runner's `TrimStart()` strips before
 * looking for `::`): the C0 spaces, U+0085 (NEL) and U+00A0, and the Unicode categories Zs, Zl and Zp.
 * JavaScript's `\s` lacks U+0085, so a line `\u0085::add-mask::x` passes a `^\s*::` test.
 */
export const DOTNET_WHITESPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Line breaks of the runner's line reader (\r, \n, \r\n) and the Unicode ones, to be safe. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;
const LEADING_WHITESPACE = new RegExp(`^[${DOTNET_WHITESPACE}]+`);

/** `line` after .NET's `String.TrimStart()`. */
export function dotnetTrimStart(line: string): string {
  return line.replace(LEADING_WHITESPACE, '');
}

/**
 * Whether the runner could read a workflow command in `text` written to a step's stdout/stderr: a line
 * that starts with `::` after .NET's TrimStart, or the legacy `##[` form anywhere in a line.
 */
export function couldIssueWorkflowCommand(text: string): boolean {
  if (text.includes('##[')) return true;
  if (!text.includes('::')) return false;
  return text.split(LINE_BREAK).some((line) => dotnetTrimStart(line).startsWith('::'));
}

/**
 * Text for a single-line value (a step output, an annotation title, a table cell): every line break and
 * .NET whitespace character becomes a plain space, so a value cannot start a new line or command.
 */
export function singleLine(text: string): string {
  return text.replace(new RegExp(`[${DOTNET_WHITESPACE}]`, 'g'), ' ');
}

/**
 * Text for a terminal: C0 controls (ESC starts ANSI/OSC sequences, BEL ends OSC, backspace and CR
 * overwrite), DEL, the C1 controls (U+009B is a one-byte CSI) and the bidirectional controls (they
 * reorder what a reader sees, e.g. U+202E right-to-left override) are shown as `\uNNNN` instead of
 * being obeyed; tab and newline stay.
 */
export function escapeTerminalText(text: string): string {
  return text.replace(TERMINAL_CONTROL, (ch) => {
    // `\uNNNN` reads the same in text and is a valid escape inside a JSON string (--format json).
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Characters that reorder displayed text (Unicode bidi controls: embeddings, overrides, isolates, marks). */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
