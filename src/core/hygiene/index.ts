/** Project-hygiene findings for `lockstep check`: pure rules over facts gathered at the edge. */
export { hygieneFindings, HYGIENE_SEVERITY, lockGitFinding } from './findings.js';
export type { HygieneCode } from './findings.js';
export type { IgnoreRuleFact, LegacyFileFact, LegacyMetadataFile, LockGitFact, ProjectEnvironmentFact, ProjectFacts } from './facts.js';
