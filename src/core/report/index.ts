/** Report renderers: text for logs, JSON (the stable contract), Markdown for summaries and comments. */
export { renderText, sortFindings, findingLocation } from './text.js';
export { renderJson, toJsonReport } from './json.js';
export type { JsonReport } from './json.js';
export { renderMarkdown } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export { escapeMarkdown, markdownCode } from './markdown-escape.js';
export { renderSarif, toSarif } from './sarif.js';
export type { SarifOptions } from './sarif.js';
export { renderGithub, escapeCommandData, escapeCommandProperty } from './github.js';
export { findingPath } from './locations.js';
