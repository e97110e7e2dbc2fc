/**
 * lockstep's version and homepage, from package.json: scripts/build.mjs defines them in the bundle,
 * jest.config.js for the tests. `--version`, SARIF's tool.driver and the packages all read them here.
 */
declare const __LOCKSTEP_VERSION__: string | undefined;
declare const __LOCKSTEP_HOMEPAGE__: string | undefined;

export const VERSION: string = typeof __LOCKSTEP_VERSION__ === 'string' ? __LOCKSTEP_VERSION__ : '0.0.0-dev';
export const HOMEPAGE: string = typeof __LOCKSTEP_HOMEPAGE__ === 'string' ? __LOCKSTEP_HOMEPAGE__ : 'https://github.com/owner/lockstep';
