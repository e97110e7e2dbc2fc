/** Matrix environment verification (issue 7): pure checks over facts the adapters gather. */
export * from './types.js';
export * from './dist-info.js';
export * from './interpreter.js';
export * from './packages.js';
export * from './cuda.js';
export * from './verify.js';
export * from './render.js';
