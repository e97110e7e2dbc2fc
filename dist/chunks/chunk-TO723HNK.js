import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  PROJECT_FILE_LIMITS,
  isWithin,
  lexicallyInside,
  readPixiProjectFiles,
  readProjectFile
} from "./chunk-4GBUUBSV.js";
import {
  discoverProjectLayout,
  workspaceGlobs
} from "./chunk-QTBF2I64.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/workspace-paths.ts
import { realpathSync } from "node:fs";
import path from "node:path";
function realpathOrSelf(p) {
  const rest = [];
  let current = path.resolve(p);
  for (; ; ) {
    try {
      return path.join(realpathSync(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(p);
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}
__name(realpathOrSelf, "realpathOrSelf");
function realPathInside(root, target) {
  return isWithin(realpathOrSelf(root), realpathOrSelf(target));
}
__name(realPathInside, "realPathInside");
function resolveInsideWorkspace(root, relative, what) {
  const resolved = lexicallyInside(root, relative);
  if (resolved === null || !realPathInside(root, resolved)) {
    throw new LockstepError(`${what} ${JSON.stringify(relative)} leaves the workspace${resolved === null ? "" : " (through a symlink)"}.`, {
      hint: `Give ${what} relative to the repository root, inside it (e.g. \`.\` or \`python/\`).`
    });
  }
  return resolved;
}
__name(resolveInsideWorkspace, "resolveInsideWorkspace");

// src/adapters/project-files.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import path2 from "node:path";
function readIfExists(file, shown) {
  return readProjectFile(file, { maxBytes: shown.endsWith("uv.lock") ? PROJECT_FILE_LIMITS.lock : PROJECT_FILE_LIMITS.manifest, shown });
}
__name(readIfExists, "readIfExists");
function segmentRegex(segment) {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  return new RegExp(`^${body}$`);
}
__name(segmentRegex, "segmentRegex");
function globDirs(root, pattern) {
  let current = ["."];
  for (const segment of pattern.split("/").filter((s) => s !== "" && s !== ".")) {
    const next = [];
    for (const dir of current) {
      if (!/[*?]/.test(segment)) {
        const candidate = path2.join(dir, segment);
        if (existsSync(path2.join(root, candidate))) next.push(candidate);
        continue;
      }
      const re = segmentRegex(segment === "**" ? "*" : segment);
      let entries = [];
      try {
        entries = readdirSync(path2.join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      } catch {
        entries = [];
      }
      for (const name of entries.sort()) if (re.test(name) && !name.startsWith(".")) next.push(path2.join(dir, name));
    }
    current = next;
  }
  return current.filter((d) => {
    if (path2.normalize(d).split(path2.sep).includes("..") || lexicallyInside(root, d) === null || !realPathInside(root, path2.join(root, d))) return false;
    try {
      return statSync(path2.join(root, d)).isDirectory();
    } catch {
      return false;
    }
  });
}
__name(globDirs, "globDirs");
function readProjectFiles(projectDir) {
  if (!existsSync(projectDir) || !statSync(projectDir).isDirectory()) {
    throw new LockstepError(`${projectDir}: not a directory. Pass the directory that holds pyproject.toml and uv.lock.`);
  }
  const pyproject = readIfExists(path2.join(projectDir, "pyproject.toml"), "pyproject.toml");
  const lock = readIfExists(path2.join(projectDir, "uv.lock"), "uv.lock");
  const pixi = readPixiProjectFiles(projectDir, pyproject);
  if (pyproject === null && lock === null && pixi === null) {
    throw new LockstepError(`${projectDir}: neither pyproject.toml nor uv.lock found (nor pixi.toml / pixi.lock). Run lockstep in a uv or pixi project (or pass its directory).`);
  }
  const members = {};
  if (pyproject !== null) {
    const { members: patterns, exclude } = workspaceGlobs(pyproject);
    const excluded = new Set(exclude.flatMap((p) => globDirs(projectDir, p)).map((p) => path2.normalize(p)));
    for (const pattern of patterns) {
      for (const dir of globDirs(projectDir, pattern)) {
        if (excluded.has(path2.normalize(dir))) continue;
        const rel = path2.join(dir, "pyproject.toml");
        const text = readIfExists(path2.join(projectDir, rel), rel.split(path2.sep).join("/"));
        if (text !== null && path2.normalize(dir) !== ".") members[rel.split(path2.sep).join("/")] = text;
      }
    }
  }
  const pythonVersion = readIfExists(path2.join(projectDir, ".python-version"), ".python-version");
  return { pyproject, lock, pyprojectPath: "pyproject.toml", lockPath: "uv.lock", members, pythonVersion, ...pixi ? { pixi } : {} };
}
__name(readProjectFiles, "readProjectFiles");
function locateUvProject(dir, boundary = path2.parse(path2.resolve(dir)).root) {
  const absolute = path2.resolve(dir);
  const inside = !path2.relative(path2.resolve(boundary), absolute).startsWith("..");
  const base = inside ? path2.resolve(boundary) : absolute;
  const start = path2.relative(base, absolute).split(path2.sep).join("/");
  const layout = discoverProjectLayout(start, (rel) => readProjectFile(path2.join(base, rel), { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: rel }));
  return { layout, projectDir: path2.resolve(base, layout.projectDir), rootDir: path2.resolve(base, layout.rootDir), member: layout.kind === "workspace-member" };
}
__name(locateUvProject, "locateUvProject");
function uvLockDirFor(dir, boundary) {
  const absolute = path2.resolve(dir);
  if (existsSync(path2.join(absolute, "uv.lock"))) return { dir: absolute, member: false };
  const location = locateUvProject(absolute, boundary);
  return location.member ? { dir: location.rootDir, member: true } : { dir: absolute, member: false };
}
__name(uvLockDirFor, "uvLockDirFor");

export {
  realPathInside,
  resolveInsideWorkspace,
  readProjectFiles,
  locateUvProject,
  uvLockDirFor
};
