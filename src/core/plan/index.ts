/** The bump planner: pure functions from pyproject.toml + index listings to a plan, edits and reports. */
export * from './types.js';
export { readBumpConfig, groupOf, parseDuration, DEFAULT_GROUPS, type BumpConfig } from './config.js';
export { findPins } from './pins.js';
export { packageOrigin, PYPI_SIMPLE, type IndexOptions } from './indexes.js';
export { chooseVersion, fileVersion, oldestPython, type Choice, type ChoiceContext } from './choose.js';
export { lookupsNeeded, planBumps, withWorkspaceSources, workspaceRequiresPython, plannedGroups, groupPackages, withOutcome, type PlanInput } from './planner.js';
export { rewritePins, versionOffsets, type PinEdit } from './rewrite.js';
export { BLOCKING_CODES, newBlockingFindings, describeFindings, summarizeTargets } from './verify.js';
export {
  renderPlanJson,
  renderPlanText,
  renderPlanMarkdown,
  toPlanJson,
  releaseNotesUrl,
  pullRequestTitle,
  BUMP_MARKER,
  versionsKey,
  versionsMarker,
  proposedVersions,
  type PlanJson,
  type MarkdownPlanOptions,
} from './render.js';
