/** The refresh bot's pure core: which upgrades to hold, the cooldown cutoff, and the renderers. */
export * from './types.js';
export { findHolds, type Attempt, type HoldResult, type HoldSearch } from './holds.js';
export { cooldownCutoff, parseExcludeNewer, type ConfiguredCutoff } from './cutoff.js';
export {
  REFRESH_MARKER,
  proposedRefresh,
  refreshChanges,
  refreshKey,
  refreshTitle,
  renderRefreshJson,
  renderRefreshMarkdown,
  renderRefreshText,
  toRefreshJson,
  type RefreshJson,
  type RefreshMarkdownOptions,
} from './render.js';
