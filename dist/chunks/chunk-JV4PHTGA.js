import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  parseToml
} from "./chunk-LHLNMMVB.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/lock/workspace.ts
var posix = {
  join: /* @__PURE__ */ __name((...parts) => parts.filter((p) => p !== "" && p !== ".").join("/"), "join"),
  parent: /* @__PURE__ */ __name((dir) => dir === "" ? null : dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "", "parent")
};
function tableAt(doc, ...keys) {
  let current = doc;
  for (const key of keys) {
    if (!current || typeof current !== "object" || Array.isArray(current)) return void 0;
    current = current[key];
  }
  return current && typeof current === "object" && !Array.isArray(current) ? current : void 0;
}
__name(tableAt, "tableAt");
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
__name(strings, "strings");
function globSegmentRegex(segment) {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end === -1) out += "\\[";
      else {
        const body = segment.slice(i + 1, end);
        out += `[${body.startsWith("!") ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return out;
}
__name(globSegmentRegex, "globSegmentRegex");
function workspaceGlob(pattern) {
  const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
  let body = "";
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === "**") body += last ? ".*" : "(?:[^/]+/)*";
    else body += globSegmentRegex(segment) + (last ? "" : "/");
  });
  const re = new RegExp(`^${body}$`);
  return (dir) => re.test(dir);
}
__name(workspaceGlob, "workspaceGlob");
function isWorkspaceMember(memberDir, members, exclude) {
  return members.some((m) => workspaceGlob(m)(memberDir)) && !exclude.some((e) => workspaceGlob(e)(memberDir));
}
__name(isWorkspaceMember, "isWorkspaceMember");
function parseOrNull(text, file) {
  try {
    return parseToml(text, file);
  } catch {
    return null;
  }
}
__name(parseOrNull, "parseOrNull");
function discoverProjectLayout(startDir, read) {
  let projectDir = startDir;
  let text = null;
  while (projectDir !== null) {
    text = read(posix.join(projectDir, "pyproject.toml"));
    if (text !== null) break;
    projectDir = posix.parent(projectDir);
  }
  if (projectDir === null || text === null) return { kind: "none", projectDir: startDir, rootDir: startDir, name: null };
  const doc = parseOrNull(text, posix.join(projectDir, "pyproject.toml"));
  if (doc === null) return { kind: "project", projectDir, rootDir: projectDir, name: null };
  const project = tableAt(doc, "project");
  const name = typeof project?.name === "string" ? project.name : null;
  if (tableAt(doc, "tool", "uv")?.managed === false) return { kind: "unmanaged", projectDir, rootDir: projectDir, name };
  if (tableAt(doc, "tool", "uv", "workspace")) return { kind: project ? "project" : "workspace-root", projectDir, rootDir: projectDir, name };
  if (!project) return { kind: "none", projectDir, rootDir: projectDir, name: null };
  for (let above = posix.parent(projectDir); above !== null; above = posix.parent(above)) {
    const aboveText = read(posix.join(above, "pyproject.toml"));
    if (aboveText === null) continue;
    const workspace = tableAt(parseOrNull(aboveText, posix.join(above, "pyproject.toml")) ?? {}, "tool", "uv", "workspace");
    const memberDir = above === "" ? projectDir : projectDir.slice(above.length + 1);
    if (workspace && isWorkspaceMember(memberDir, strings(workspace.members), strings(workspace.exclude))) {
      return { kind: "workspace-member", projectDir, rootDir: above, name };
    }
    break;
  }
  return { kind: "project", projectDir, rootDir: projectDir, name };
}
__name(discoverProjectLayout, "discoverProjectLayout");

export {
  workspaceGlob,
  isWorkspaceMember,
  discoverProjectLayout
};
