// The README is a contract too: its reference tables are generated from the action.yml files and must
// be current, and its quick start must name scripts that exist.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/uv-binary.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('has current input/output tables for every job (node scripts/docs.mjs)', async () => {
    // @ts-expect-error: a plain .mjs script without type declarations
    const docs = (await import('../scripts/docs.mjs')) as { renderReadme(text: string): string; JOBS: Record<string, string> };
    expect(docs.renderReadme(readme)).toBe(readme);
    for (const job of Object.keys(docs.JOBS)) {
      let yml: string;
      try {
        yml = readFileSync(path.join(REPO_ROOT, docs.JOBS[job]!), 'utf8');
      } catch {
        continue;
      }
      expect(readme).toContain(`<!-- reference:${job}:start -->`);
      // Every declared input appears in that job's table.
      const inputs = [...yml.matchAll(/^  ([\w-]+):\n    description:/gm)].map((m) => m[1]!);
      const section = readme.split(`<!-- reference:${job}:start -->`)[1]!.split(`<!-- reference:${job}:end -->`)[0]!;
      for (const input of inputs) expect(section).toContain(`| \`${input}\` |`);
    }
  });

  it('quick start runs scripts package.json defines, and .ci/run runs the same test command', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const quick = readme.split('## Quick start')[1]!.split('```sh')[1]!.split('```')[0]!;
    const commands = quick.trim().split('\n').map((l) => l.replace(/#.*$/, '').trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(pkg.scripts.demo).toBeDefined();
    expect(pkg.scripts.test).toBeDefined();
    expect(readFileSync(path.join(REPO_ROOT, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
