// Release notes from CHANGELOG.md: `node scripts/changelog.mjs 1.2.3` prints the body of the
// `## [1.2.3] - YYYY-MM-DD` section (the release workflow passes it to the GitHub release) and fails
// when there is none, so a tag without its changelog entry is not released.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The section of `version` (without its heading), or null when the changelog has none or it is empty. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split('\n');
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\](?: - \\d{4}-\\d{2}-\\d{2})?\\s*$`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]: /.test(l)));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  return body ? `${body}\n` : null;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const version = (process.argv[2] ?? '').replace(/^v/, '');
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const notes = version ? releaseNotes(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version) : null;
  if (!notes) {
    console.error(`CHANGELOG.md has no section "## [${version || 'X.Y.Z'}] - YYYY-MM-DD" with content: add one before tagging.`);
    process.exit(1);
  }
  process.stdout.write(notes);
}
