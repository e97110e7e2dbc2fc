// Loads a TypeScript module of this repo (e.g. __tests__/support/action-harness.ts) from a plain-Node
// bench script: esbuild bundles it (local `./x.js` imports resolve to `x.ts`, as in the tests) into
// .cache/bench/, then it is imported. Benches thus reuse the test helpers instead of copying them.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundles = [];

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles `relativePath` (from the repo root) and returns the imported module. */
export async function importTs(relativePath) {
  const outDir = path.join(REPO_ROOT, '.cache', 'bench');
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `${path.basename(relativePath, '.ts')}-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(REPO_ROOT, relativePath)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    // `x.js` → `x.ts` for the repo's NodeNext-style imports
    resolveExtensions: ['.ts', '.js', '.mjs'],
    plugins: [
      {
        name: 'js-to-ts',
        setup(b) {
          b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) }));
        },
      },
    ],
  });
  bundles.push(outfile);
  return import(pathToFileURL(outfile).href);
}

/** Deletes the bundles this process wrote (other benches running at once keep theirs). */
export function removeBundles() {
  for (const file of bundles.splice(0)) rmSync(file, { force: true });
}

/**
 * Re-runs this script under Node 24 from node_modules/.bin when started on an older Node (GitHub runs
 * the action on node24, and the harness starts the action with process.execPath). Returns only on 24+.
 */
export async function ensureNode24() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return;
  const { spawnSync } = await import('node:child_process');
  const node24 = path.join(REPO_ROOT, 'node_modules', '.bin', 'node');
  const result = spawnSync(node24, process.argv.slice(1), { stdio: 'inherit' });
  if (result.error) {
    console.error(`this bench needs Node 24 (run \`npm ci\`, which installs it into node_modules/.bin): ${result.error.message}`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}
