import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  parseToml
} from "./chunk-IZNGVKF4.js";
import {
  LockstepError
} from "./chunk-VAFZVYFH.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/project-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var PROJECT_FILE_LIMITS = {
  lock: 64 * 1024 * 1024,
  manifest: 8 * 1024 * 1024,
  small: 1024 * 1024
};
function kindOf(stats) {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}
__name(kindOf, "kindOf");
function notRegular(shown, stats) {
  return new LockstepError(`${shown} is ${kindOf(stats)}, not a regular file`, {
    file: shown,
    hint: `Replace ${shown} with a regular file (or remove it).`
  });
}
__name(notRegular, "notRegular");
var DECODER = new TextDecoder("utf-8", { fatal: true });
function readProjectFile(file, options) {
  const shown = options.shown ?? file;
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    if (code === "EISDIR") throw new LockstepError(`${shown} is a directory, not a regular file`, { file: shown, hint: `Replace ${shown} with a regular file (or remove it).` });
    throw new LockstepError(`cannot read ${shown}: ${error.message}`, { file: shown, hint: "Check the file and its permissions." });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegular(shown, stats);
    const limit = options.maxBytes;
    if (stats.size > limit) throw tooLarge(shown, limit);
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      let n;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if (error.code === "EISDIR") throw notRegular(shown, stats);
        throw new LockstepError(`cannot read ${shown}: ${error.message}`, { file: shown, hint: "Check the file and its permissions." });
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooLarge(shown, limit);
    }
    try {
      return DECODER.decode(Buffer.concat(chunks, total));
    } catch {
      throw new LockstepError(`${shown} is not valid UTF-8`, { file: shown, hint: `Save ${shown} as UTF-8 (uv reads it as UTF-8 too).` });
    }
  } finally {
    closeSync(fd);
  }
}
__name(readProjectFile, "readProjectFile");
function tooLarge(shown, limit) {
  return new LockstepError(`${shown} is larger than ${Math.round(limit / (1024 * 1024))} MiB; lockstep refuses to read it`, {
    file: shown,
    hint: `A real ${shown} is far smaller; check what was committed under that name.`
  });
}
__name(tooLarge, "tooLarge");

// src/adapters/project-files.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
function readIfExists(file, shown) {
  return readProjectFile(file, { maxBytes: shown.endsWith("uv.lock") ? PROJECT_FILE_LIMITS.lock : PROJECT_FILE_LIMITS.manifest, shown });
}
__name(readIfExists, "readIfExists");
function asStrings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
__name(asStrings, "asStrings");
function workspaceGlobs(pyproject) {
  try {
    const doc = parseToml(pyproject, "pyproject.toml");
    const ws = doc.tool?.uv?.workspace;
    return { members: asStrings(ws?.members), exclude: asStrings(ws?.exclude) };
  } catch {
    return { members: [], exclude: [] };
  }
}
__name(workspaceGlobs, "workspaceGlobs");
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
        const candidate = path.join(dir, segment);
        if (existsSync(path.join(root, candidate))) next.push(candidate);
        continue;
      }
      const re = segmentRegex(segment === "**" ? "*" : segment);
      let entries = [];
      try {
        entries = readdirSync(path.join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      } catch {
        entries = [];
      }
      for (const name of entries.sort()) if (re.test(name) && !name.startsWith(".")) next.push(path.join(dir, name));
    }
    current = next;
  }
  return current.filter((d) => {
    try {
      return statSync(path.join(root, d)).isDirectory();
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
  const pyproject = readIfExists(path.join(projectDir, "pyproject.toml"), "pyproject.toml");
  const lock = readIfExists(path.join(projectDir, "uv.lock"), "uv.lock");
  if (pyproject === null && lock === null) {
    throw new LockstepError(`${projectDir}: neither pyproject.toml nor uv.lock found. Run lockstep in a uv project (or pass its directory).`);
  }
  const members = {};
  if (pyproject !== null) {
    const { members: patterns, exclude } = workspaceGlobs(pyproject);
    const excluded = new Set(exclude.flatMap((p) => globDirs(projectDir, p)).map((p) => path.normalize(p)));
    for (const pattern of patterns) {
      for (const dir of globDirs(projectDir, pattern)) {
        if (excluded.has(path.normalize(dir))) continue;
        const rel = path.join(dir, "pyproject.toml");
        const text = readIfExists(path.join(projectDir, rel), rel.split(path.sep).join("/"));
        if (text !== null && path.normalize(dir) !== ".") members[rel.split(path.sep).join("/")] = text;
      }
    }
  }
  return { pyproject, lock, pyprojectPath: "pyproject.toml", lockPath: "uv.lock", members };
}
__name(readProjectFiles, "readProjectFiles");

export {
  PROJECT_FILE_LIMITS,
  readProjectFile,
  readProjectFiles
};
