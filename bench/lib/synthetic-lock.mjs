// Synthetic uv projects of any size for bench/check's scaling table: a virtual root depending on the
// first 200 packages, every other package a dependency of an earlier one (two each, so all are
// reachable), half pure-Python (one py3-none-any wheel + sdist), half binary (cp311/cp312/cp313 wheels
// for manylinux x86_64 and aarch64, macOS arm64 and Windows x64, + sdist): 6.5 wheels per package, the
// shape of the corpus's big locks (2–9 each, ~7 typical). uv.lock version 1, revision 3, in the layout
// uv writes. Deterministic: the same size gives the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const name = (i) => `pkg-${String(i).padStart(6, '0')}`;
const hash = (i, salt) => (BigInt(i) * 2654435761n + BigInt(salt)).toString(16).padStart(64, '0').slice(-64);
const FILES = 'https://files.pythonhosted.org/packages/ab/cd';
const BINARY_TAGS = ['cp311-cp311', 'cp312-cp312', 'cp313-cp313'].flatMap((py) =>
  ['manylinux_2_17_x86_64.manylinux2014_x86_64', 'manylinux_2_17_aarch64.manylinux2014_aarch64', 'macosx_11_0_arm64', 'win_amd64'].map((plat) => `${py}-${plat}`),
);
const ROOT_DEPS = 200;

/** The children of package i in the dependency tree. */
function children(i, n) {
  const out = [];
  for (const c of [ROOT_DEPS + 2 * i, ROOT_DEPS + 2 * i + 1]) if (c < n) out.push(c);
  return out;
}

export function syntheticLock(n) {
  const parts = ['version = 1\nrevision = 3\nrequires-python = ">=3.11"\n'];
  const rootDeps = Array.from({ length: Math.min(n, ROOT_DEPS) }, (_, i) => i);
  parts.push(
    `\n[[package]]\nname = "synthetic"\nversion = "0.1.0"\nsource = { virtual = "." }\ndependencies = [\n${rootDeps.map((i) => `    { name = "${name(i)}" },\n`).join('')}]\n`,
    `\n[package.metadata]\nrequires-dist = [\n${rootDeps.map((i) => `    { name = "${name(i)}", specifier = "==1.0.${i % 10}" },\n`).join('')}]\n`,
  );
  for (let i = 0; i < n; i++) {
    const pkg = name(i);
    const file = pkg.replace(/-/g, '_');
    const version = `1.0.${i % 10}`;
    const deps = children(i, n);
    const meta = `hash = "sha256:${hash(i, 1)}", size = ${10_000 + (i % 5000)}, upload-time = "2024-05-01T12:00:00Z"`;
    const wheels = i % 2 === 1 ? BINARY_TAGS.map((t) => `${file}-${version}-${t}.whl`) : [`${file}-${version}-py3-none-any.whl`];
    parts.push(
      `\n[[package]]\nname = "${pkg}"\nversion = "${version}"\nsource = { registry = "https://pypi.org/simple" }\n`,
      deps.length ? `dependencies = [\n${deps.map((d) => `    { name = "${name(d)}" },\n`).join('')}]\n` : '',
      `sdist = { url = "${FILES}/${file}-${version}.tar.gz", ${meta} }\n`,
      `wheels = [\n${wheels.map((w, k) => `    { url = "${FILES}/${w}", hash = "sha256:${hash(i, k + 2)}", size = ${20_000 + k}, upload-time = "2024-05-01T12:00:00Z" },\n`).join('')}]\n`,
    );
  }
  return parts.join('');
}

/** Writes pyproject.toml + uv.lock for `n` packages into `dir` and returns the lock's size in bytes. */
export function writeSyntheticProject(dir, n) {
  mkdirSync(dir, { recursive: true });
  const deps = Array.from({ length: Math.min(n, ROOT_DEPS) }, (_, i) => `  "${name(i)}==1.0.${i % 10}",\n`).join('');
  writeFileSync(path.join(dir, 'pyproject.toml'), `[project]\nname = "synthetic"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [\n${deps}]\n\n[tool.uv]\npackage = false\n`);
  writeFileSync(path.join(dir, '.python-version'), '3.11\n');
  const lock = syntheticLock(n);
  writeFileSync(path.join(dir, 'uv.lock'), lock);
  return Buffer.byteLength(lock);
}
