// renderJson writes each package line without building its projection (speed, on 100k+ verdicts):
// the text must be exactly JSON.stringify of toJsonReport's projection, on a real pixi report and
// with ids, names and files that need escaping.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPixiProject } from '../../../src/core/matrix/pixi-engine.js';
import type { CheckReport } from '../../../src/core/matrix/types.js';
import { renderJson, toJsonReport } from '../../../src/core/report/index.js';
import { PIXI_CORPUS_DIR } from '../../support/fixture-project.js';

function packageLines(text: string): string[] {
  const body = text.split('\n  "packages": [\n')[1]?.split('\n  ],\n')[0] ?? '';
  return body.split(',\n').map((l) => l.trim()).filter(Boolean);
}

describe('renderJson package lines', () => {
  it('equal JSON.stringify of the projection on a pixi corpus report', () => {
    const dir = path.join(PIXI_CORPUS_DIR, 'probcomp__genjax');
    const report = checkPixiProject({ manifest: readFileSync(path.join(dir, 'pyproject.toml'), 'utf8'), manifestPath: 'pyproject.toml', lock: readFileSync(path.join(dir, 'pixi.lock'), 'utf8') });
    const text = renderJson(report);
    expect(packageLines(text)).toEqual(toJsonReport(report).packages.map((p) => JSON.stringify(p)));
    expect(JSON.parse(text)).toEqual(toJsonReport(report));
  });

  it('escape ids, names and files the way JSON.stringify does; index-like ids keep object key order', () => {
    for (const ids of [['a"b', 'tab\there'], ['10', '2']]) {
      const report: CheckReport = {
        schema: 1,
        project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 1 },
        targets: ids.map((id) => ({ id, python: '3.11', platform: 'p', cuda: null })),
        packages: [{ name: 'we"ird\u2028', version: '1\\0', source: 'url+x', verdicts: { [ids[0]!]: { status: 'wheel', file: 'f "1".whl' } } }],
        findings: [],
      };
      const text = renderJson(report);
      expect(packageLines(text)).toEqual(toJsonReport(report).packages.map((p) => JSON.stringify(p)));
      expect(JSON.parse(text)).toEqual(toJsonReport(report));
    }
  });
});
