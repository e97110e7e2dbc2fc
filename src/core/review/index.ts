/** The PR review core: compare two engine reports, diff two locks, suggest fixes, render the sticky comment. */
export { compareFindings, findingTargets, REVIEWED_CODES } from './compare.js';
export type { FindingChanges } from './compare.js';
export { diffLocks, isEmptyDiff } from './lock-diff.js';
export type { ChangedPackage, LockDiff, LockedPackage } from './lock-diff.js';
export { requiredEnvironmentsSnippet, reviewChange } from './review.js';
export type { Review, ReviewRow, Suggestion } from './review.js';
export { GITHUB_COMMENT_LIMIT, REVIEW_MARKER, renderDiffJson, renderDiffText, renderReviewComment, renderReviewSummary, toDiffJson } from './render.js';
export type { CommentOptions, DiffJson, JsonFinding } from './render.js';
