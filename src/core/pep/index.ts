/** The PEP layer in one import: versions (440), names (503), requirements and markers (508), wheels (427), tags (425). */
export * from './version.js';
export * from './requirement.js';
export * from './markers.js';
export * from './wheel.js';
export * from './platforms.js';
export * from './tags.js';
