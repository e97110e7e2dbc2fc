/**
 * Escaping for untrusted text (package names, versions, URLs, messages) placed in GitHub-flavoured
 * Markdown: job summaries and PR comments render it, so a hostile name must not inject links, HTML,
 * table cells or mentions.
 */
import { BIDI_CONTROLS, singleLine } from '../security/neutralise.js';

// Text is always placed inline (newlines are flattened), so line-start syntax (`-`, `+`, `1.`) cannot
// trigger; `.` and `#` stay escaped because GitHub autolinks `www.x.y` and `#123`.
// `$` too: GitHub renders `$…$` and `$$…$$` as math.
const MARKDOWN_SPECIAL = /[\\`*_[\]()#.!|<>~&@:$]/g;
const HTML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Escapes text for inline Markdown, safe inside a table cell: HTML-significant characters become
 * entities (GitHub renders raw HTML), other Markdown punctuation gets a backslash, `|` is escaped so it
 * cannot split a cell, and line breaks become spaces. `@` and `:` are escaped so `@user` cannot mention
 * and `https://x` does not autolink.
 */
export function escapeMarkdown(text: string): string {
  return showBidiControls(
    singleLine(text)
      .replace(MARKDOWN_SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`),
  );
}

/**
 * Bidirectional controls (U+202E right-to-left override and its kin) reorder how the rest of a line
 * reads, so `evil\u202Egpj.exe` shows as `evilexe.jpg`: they are shown as `U+202E` instead. (An HTML
 * entity would not help: GitHub decodes it back into the character.)
 */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Inline code span that cannot be broken out of: picks a backtick fence longer than any run inside. */
export function markdownCode(text: string): string {
  const flat = showBidiControls(singleLine(text)).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Inline Markdown for text that mixes prose with `code` spans and URLs (messages, suggestions): code
 * spans and URLs become safe code spans (shown verbatim, never links), the rest is escaped. Linear.
 */
export function inlineRich(text: string): string {
  const out: string[] = [];
  for (const part of text.split(/(`[^`\n]+`)/)) {
    if (/^`[^`\n]+`$/.test(part)) {
      out.push(markdownCode(part.slice(1, -1)));
      continue;
    }
    for (const piece of part.split(/(https?:\/\/[^\s)]+[^\s).,;:])/)) {
      out.push(/^https?:\/\//.test(piece) ? markdownCode(piece) : escapeMarkdown(piece));
    }
  }
  return out.join('');
}

/** A fenced code block whose fence no backtick run inside can close (bidirectional controls shown, not obeyed). */
export function codeBlock(text: string, language = ''): string {
  const body = showBidiControls(text);
  let longest = 2;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body}\n${fence}`;
}
