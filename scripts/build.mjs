// Bundles every entry in src/entries/ into dist/ with esbuild (one ESM file per entry, shared code in
// dist/chunks/). esbuild over Rollup: one dependency instead of four plugins (TS, node-resolve,
// commonjs, json), deterministic output, and a full build in well under a second.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entryDir = path.join(root, 'src', 'entries');
const entryPoints = readdirSync(entryDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(entryDir, f));

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints,
  outdir: path.join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled dependencies are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);",
  },
});
