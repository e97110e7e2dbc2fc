/**
 * Finding the pins: every exact `==` requirement the bot may move, with where it is written, in
 * `[project] dependencies`, `optional-dependencies`, `[dependency-groups]` and `[tool.uv]`
 * `override-dependencies` / `constraint-dependencies` (the last two are what Renovate and Dependabot skip).
 */
import type { Pyproject, PyprojectRequirement } from '../lock/pyproject.js';
import { isGroupInclude } from '../lock/pyproject.js';
import { exactPin } from '../pep/requirement.js';
import type { Pin } from './types.js';

function toPin(entry: PyprojectRequirement, section: string): Pin | null {
  const version = exactPin(entry.req);
  if (version === null || entry.req.url !== null || entry.req.specifierRange === null) return null;
  return {
    name: entry.req.name,
    normalizedName: entry.req.normalizedName,
    version,
    section,
    raw: entry.raw,
    line: entry.line,
    column: entry.column,
    span: entry.span,
    specifierRange: entry.req.specifierRange,
    marker: entry.req.marker,
  };
}

/** The pins in file order (by offset), so plans and PR tables read like the file. */
export function findPins(pyproject: Pyproject): Pin[] {
  const pins: Pin[] = [];
  const add = (entries: readonly PyprojectRequirement[], section: string) => {
    for (const entry of entries) {
      const pin = toPin(entry, section);
      if (pin) pins.push(pin);
    }
  };
  add(pyproject.dependencies, 'project.dependencies');
  for (const [extra, entries] of Object.entries(pyproject.optionalDependencies)) add(entries, `project.optional-dependencies.${extra}`);
  for (const [group, items] of Object.entries(pyproject.dependencyGroups)) {
    add(items.filter((i): i is PyprojectRequirement => !isGroupInclude(i)), `dependency-groups.${group}`);
  }
  add(pyproject.tool.uv.overrideDependencies, 'tool.uv.override-dependencies');
  add(pyproject.tool.uv.constraintDependencies, 'tool.uv.constraint-dependencies');
  return pins.sort((a, b) => a.span.start - b.span.start);
}
