/**
 * Read-only access to the real uv.lock files in /work/shared/corpus (see its README) for the PEP tests.
 * Nothing here is copied into the repo. The location comes from ../../support/fixture-project.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

import { CORPUS_DIR } from '../../support/fixture-project.js';
export { CORPUS_DIR };

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

export interface CorpusLock {
  project: string;
  lock: Record<string, unknown>;
}

let cached: CorpusLock[] | null = null;

export function corpusLocks(): CorpusLock[] {
  if (cached) return cached;
  cached = [];
  if (!corpusAvailable()) return cached;
  for (const project of readdirSync(CORPUS_DIR).sort()) {
    const file = join(CORPUS_DIR, project, 'uv.lock');
    if (!existsSync(file)) continue;
    cached.push({ project, lock: parse(readFileSync(file, 'utf8')) as Record<string, unknown> });
  }
  return cached;
}

/** Every marker string a lock holds: `marker = ...` anywhere, and the `*-markers` arrays. */
export function markersIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) markersIn(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'marker' && typeof child === 'string') out.add(child);
      else if (key.endsWith('markers') && Array.isArray(child)) {
        for (const m of child) if (typeof m === 'string') out.add(m);
      } else markersIn(child, out);
    }
  }
  return out;
}

/** Every wheel URL/filename a lock lists, with its package name. */
export function wheelsIn(lock: Record<string, unknown>): Array<{ pkg: string; version: string; url: string }> {
  const out: Array<{ pkg: string; version: string; url: string }> = [];
  for (const pkg of (lock.package as Array<Record<string, unknown>> | undefined) ?? []) {
    for (const wheel of (pkg.wheels as Array<Record<string, unknown>> | undefined) ?? []) {
      const url = (wheel.url ?? wheel.filename ?? wheel.path) as string | undefined;
      if (typeof url === 'string') out.push({ pkg: String(pkg.name), version: String(pkg.version), url });
    }
  }
  return out;
}

/** Every PEP 508 string in the corpus pyproject.toml files (dependencies, extras, groups, build, uv tables). */
export function corpusRequirementStrings(): Array<{ project: string; text: string }> {
  const out: Array<{ project: string; text: string }> = [];
  if (!corpusAvailable()) return out;
  const visit = (project: string, value: unknown): void => {
    if (typeof value === 'string') out.push({ project, text: value });
    else if (Array.isArray(value)) for (const item of value) visit(project, item);
  };
  for (const project of readdirSync(CORPUS_DIR).sort()) {
    const file = join(CORPUS_DIR, project, 'pyproject.toml');
    if (!existsSync(file)) continue;
    const doc = parse(readFileSync(file, 'utf8')) as Record<string, any>;
    visit(project, doc.project?.dependencies);
    for (const extra of Object.values(doc.project?.['optional-dependencies'] ?? {})) visit(project, extra);
    // Dependency groups may also hold `{ include-group = ... }` tables, which are not requirements.
    for (const group of Object.values(doc['dependency-groups'] ?? {})) visit(project, group);
    visit(project, doc['build-system']?.requires);
    for (const key of ['dev-dependencies', 'override-dependencies', 'constraint-dependencies']) visit(project, doc.tool?.uv?.[key]);
  }
  return out;
}
