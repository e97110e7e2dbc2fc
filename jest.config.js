// ESM + ts-jest (transpile only: tsconfig's isolatedModules; `npm run typecheck` does the type checking once, not per test file).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  globalSetup: '<rootDir>/__tests__/support/global-setup.ts',
  setupFiles: ['<rootDir>/__tests__/support/quiet-debug.ts'],
  testTimeout: 120000,
  maxWorkers: 2,
  // What scripts/build.mjs defines in the bundle (src/cli/version.ts).
  globals: { __LOCKSTEP_VERSION__: pkg.version, __LOCKSTEP_HOMEPAGE__: pkg.homepage },
};
