/**
 * Escaping for untrusted text (package names, versions, URLs, messages) placed in GitHub-flavoured
 * Markdown: job summaries and PR comments render it, so a hostile name must not inject links, HTML,
 * table cells or mentions.
 */

// Text is always placed inline (newlines are flattened), so line-start syntax (`-`, `+`, `1.`) cannot
// trigger; `.` and `#` stay escaped because GitHub autolinks `www.x.y` and `#123`.
const MARKDOWN_SPECIAL = /[\\`*_[\]()#.!|<>~&@:]/g;
const HTML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Escapes text for inline Markdown, safe inside a table cell: HTML-significant characters become
 * entities (GitHub renders raw HTML), other Markdown punctuation gets a backslash, `|` is escaped so it
 * cannot split a cell, and line breaks become spaces. `@` and `:` are escaped so `@user` cannot mention
 * and `https://x` does not autolink.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(MARKDOWN_SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
}

/** Inline code span that cannot be broken out of: picks a backtick fence longer than any run inside. */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
