// Bundles every entry in src/entries/ into dist/ with esbuild (one ESM file per entry, shared code in
// dist/chunks/). esbuild over Rollup: one dependency instead of four plugins (TS, node-resolve,
// commonjs, json), deterministic output, and a full build in well under a second.
import { build } from 'esbuild';
import { readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const entryDir = path.join(root, 'src', 'entries');
const entryPoints = readdirSync(entryDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(entryDir, f));

/**
 * @actions/core imports its OIDC client at load, which imports @actions/http-client, which runs all of
 * undici (≈19k lines) at load: ≈35 ms of every step's start-up, for getIDToken(), which lockstep never
 * calls. The stub keeps the export and says so if anything ever does.
 */
const withoutOidc = {
  name: 'without-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => (/[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: 'oidc-stub', namespace: 'lockstep-stub' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lockstep-stub' }, () => ({
      contents: "export class OidcClient { static async getIDToken() { throw new Error('lockstep is built without @actions/core OIDC support'); } }",
      loader: 'js',
    }));
  },
};

// Build beside dist/ and swap it in, so a test reading dist/ never sees it half-written or missing.
const dist = path.join(root, 'dist');
const staging = path.join(root, `.dist-staging-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // @actions/cache compares error classes by .name (ReserveCacheError): minified names would break that.
  keepNames: true,
  logLevel: 'warning',
  // src/cli/version.ts: `lockstep --version`, SARIF's tool.driver (jest.config.js defines the same).
  define: { __LOCKSTEP_VERSION__: JSON.stringify(pkg.version), __LOCKSTEP_HOMEPAGE__: JSON.stringify(pkg.homepage) },
  // Some bundled dependencies are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);",
  },
  plugins: [withoutOidc],
});

const old = path.join(root, `.dist-old-${process.pid}`);
try {
  renameSync(dist, old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
