/**
 * Text access to the read-only corpus (/work/shared/corpus, see its README) for the lock and engine
 * tests: the lock model works on texts, so these helpers return texts, never parsed values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../../support/fixture-project.js';

/** Corpus projects that have a uv.lock, sorted. */
export function corpusProjects(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((d) => existsSync(join(CORPUS_DIR, d, 'uv.lock')))
    .sort();
}

export function readCorpus(project: string, file: 'uv.lock' | 'pyproject.toml' | string): string {
  return readFileSync(join(CORPUS_DIR, project, file), 'utf8');
}

/** 1-based number of the first line containing `needle` (0 when absent). */
export function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}
