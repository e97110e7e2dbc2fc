import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  decideCacheEnabled,
  decideCacheWrite,
  parseCacheWriteMode,
  parseEnableCacheMode,
  readEventContext
} from "./chunk-WRC4H7I2.js";
import {
  DEFAULT_RETRY,
  HttpStatusError,
  proxySettingsFromEnv
} from "./chunk-GBARYC4T.js";
import {
  parseLock,
  workspaceGlob
} from "./chunk-QTBF2I64.js";
import {
  compareVersions,
  normalizeName
} from "./chunk-2HEI5EQZ.js";
import {
  escapeMarkdown,
  markdownCode
} from "./chunk-FQ4P7XNH.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/wheel-store.ts
import { createHash as createHash5 } from "node:crypto";
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile2, rm as rm4, writeFile as writeFile2 } from "node:fs/promises";
import os from "node:os";
import path8 from "node:path";

// src/core/cache/key.ts
import { createHash } from "node:crypto";
var STORE_PREFIX = "lockstep-store";
var STORE_WITH_VENV_PREFIX = "lockstep-venvstore";
function sha256Hex(text) {
  return createHash("sha256").update(text).digest("hex");
}
__name(sha256Hex, "sha256Hex");
function keySegment(value) {
  const cleaned = value.trim().replace(/[^A-Za-z0-9._+]+/g, "_").replace(/^_+|_+$/g, "");
  return cleaned || "none";
}
__name(keySegment, "keySegment");
function pythonMajorMinor(version) {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  return match ? `${match[1]}.${match[2]}` : keySegment(version);
}
__name(pythonMajorMinor, "pythonMajorMinor");
function uvMajorMinor(version) {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  return match ? `${match[1]}.${match[2]}` : version.trim();
}
__name(uvMajorMinor, "uvMajorMinor");
function suffixSegment(suffix) {
  const trimmed = suffix.trim();
  if (/^[A-Za-z0-9._+-]{1,64}$/.test(trimmed)) return trimmed;
  return sha256Hex(trimmed).slice(0, 12);
}
__name(suffixSegment, "suffixSegment");
function environmentHash(inputs) {
  const parts = {
    groups: [...new Set(inputs.groups.map((g) => g.trim()).filter(Boolean))].sort(),
    extras: inputs.allExtras ? ["*"] : [...new Set(inputs.extras.map((e) => e.trim()).filter(Boolean))].sort(),
    uv: uvMajorMinor(inputs.uvVersion),
    job: inputs.job ?? "",
    matrix: inputs.matrix ?? "",
    venv: inputs.venv ? { python: inputs.venv.interpreterVersion, path: inputs.venv.venvPath } : null
  };
  return sha256Hex(JSON.stringify(parts)).slice(0, 16);
}
__name(environmentHash, "environmentHash");
function computeWheelStoreKeys(inputs) {
  const suffix = inputs.suffix?.trim() ? `-${suffixSegment(inputs.suffix)}` : "";
  const prefix = `${inputs.venv ? STORE_WITH_VENV_PREFIX : STORE_PREFIX}${suffix}`;
  const os2 = keySegment(inputs.image ? `${inputs.os}_${inputs.image}` : inputs.os);
  const python = inputs.venv ? keySegment(inputs.venv.interpreterVersion) : pythonMajorMinor(inputs.pythonVersion);
  const platform = `${prefix}-${os2}-${keySegment(inputs.arch)}-py${python}-`;
  const env = environmentHash(inputs);
  const lock = sha256Hex(inputs.dependencyHash ? `${inputs.lockText}\0${inputs.dependencyHash}` : inputs.lockText).slice(0, 16);
  return {
    key: `${platform}${env}-${lock}`,
    restoreKeys: [`${platform}${env}-`, platform]
  };
}
__name(computeWheelStoreKeys, "computeWheelStoreKeys");
function classifyHit(key, matchedKey) {
  if (!matchedKey) return "miss";
  return matchedKey === key ? "exact" : "fallback";
}
__name(classifyHit, "classifyHit");

// src/core/cache/store.ts
var EMPTY_FINGERPRINT = { files: 0, bytes: 0, newestMtimeMs: 0 };
function fingerprintOf(files) {
  let count = 0;
  let bytes = 0;
  let newest = 0;
  for (const f of files) {
    count += 1;
    bytes += f.size;
    if (f.mtimeMs > newest) newest = f.mtimeMs;
  }
  return { files: count, bytes, newestMtimeMs: Math.floor(newest) };
}
__name(fingerprintOf, "fingerprintOf");
function storeChanged(before, after) {
  return before.files !== after.files || before.bytes !== after.bytes || before.newestMtimeMs !== after.newestMtimeMs;
}
__name(storeChanged, "storeChanged");
function skipSaveWithoutLooking(options) {
  if (!options.enabled) return "disabled";
  if (!options.writeAllowed) return "write-not-allowed";
  if (options.hit === "exact") return "exact-hit";
  return void 0;
}
__name(skipSaveWithoutLooking, "skipSaveWithoutLooking");
function decideSave(options) {
  const early = skipSaveWithoutLooking(options);
  if (early) return { save: false, reason: early };
  if (options.after.files === 0) return { save: false, reason: "empty" };
  if (!storeChanged(options.before, options.after)) return { save: false, reason: "unchanged" };
  return { save: true };
}
__name(decideSave, "decideSave");
function parsePruneMode(value) {
  const v = value.trim().toLowerCase();
  if (v === "" || v === "auto") return "auto";
  if (v === "true") return "ci";
  if (v === "false") return "none";
  return void 0;
}
__name(parsePruneMode, "parsePruneMode");
var PRUNE_AUTO_THRESHOLD_BYTES = 1024 * 1024 * 1024;
function shouldPrune(mode, storeBytes) {
  if (mode === "ci") return true;
  if (mode === "none") return false;
  return storeBytes >= PRUNE_AUTO_THRESHOLD_BYTES;
}
__name(shouldPrune, "shouldPrune");
function findEntry(entries, key, restoreKeys) {
  const exact = entries.find((e) => e.key === key);
  if (exact) return exact;
  for (const prefix of restoreKeys) {
    const newest = entries.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.createdAtMs - a.createdAtMs)[0];
    if (newest) return newest;
  }
  return void 0;
}
__name(findEntry, "findEntry");
function planEviction(entries, capBytes, keep) {
  let total = entries.reduce((sum, e) => sum + e.bytes, 0);
  if (total <= capBytes) return [];
  const evict = [];
  const candidates = entries.filter((e) => e.key !== keep).sort((a, b) => a.lastUsedAtMs - b.lastUsedAtMs || a.createdAtMs - b.createdAtMs);
  for (const e of candidates) {
    if (total <= capBytes) break;
    evict.push(e.key);
    total -= e.bytes;
  }
  return evict;
}
__name(planEviction, "planEviction");
function parseByteSize(value) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*$/i.exec(value);
  if (!match) return void 0;
  const scale = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[match[2].toLowerCase()];
  return Math.floor(Number(match[1]) * scale);
}
__name(parseByteSize, "parseByteSize");
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
__name(formatBytes, "formatBytes");
function wheelsNotInLock(cached, locked) {
  const versions = /* @__PURE__ */ new Map();
  for (const p of locked) {
    if (!p.version) continue;
    const name = normalizeName(p.name);
    versions.set(name, [...versions.get(name) ?? [], p.version]);
  }
  return cached.filter((w) => {
    const wanted = versions.get(normalizeName(w.name));
    if (!wanted) return true;
    return !wanted.some((v) => v === w.version || compareVersions(v, w.version) === 0);
  });
}
__name(wheelsNotInLock, "wheelsNotInLock");
var LAYER_MAX_SHARE = 0.5;
function planSave(options) {
  if (!options.layersSupported) return { kind: "full", reason: "this cache backend saves whole stores only" };
  if (!options.restoredKey || !options.before) return { kind: "full", reason: "nothing was restored to build on" };
  if (options.restoredWasLayer) return { kind: "full", reason: "the restored entry is itself a layer" };
  const seen = new Map(options.before.map((f) => [f.path, f]));
  const files = [];
  let bytes = 0;
  let storeBytes = 0;
  for (const f of options.after) {
    storeBytes += f.size;
    const old = seen.get(f.path);
    if (old && old.size === f.size && old.mtimeMs === f.mtimeMs) continue;
    files.push(f.path);
    bytes += f.size;
  }
  if (files.length === 0) return { kind: "full", reason: "nothing changed" };
  if (bytes > LAYER_MAX_SHARE * storeBytes) return { kind: "full", reason: `the change (${formatBytes(bytes)}) is over ${LAYER_MAX_SHARE * 100}% of the store (${formatBytes(storeBytes)})` };
  const now = new Set(options.after.map((f) => f.path));
  const removed = options.before.filter((f) => !now.has(f.path)).map((f) => f.path);
  return { kind: "layer", base: options.restoredKey, files, removed, bytes, storeBytes };
}
__name(planSave, "planSave");

// src/adapters/cache/uv-store.ts
import { lstatSync, readdirSync, readlinkSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
function list(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
__name(list, "list");
function isDir(p) {
  return lstatSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
__name(isDir, "isDir");
function listRegistryWheels(storeDir) {
  const root = path.resolve(storeDir);
  const out = [];
  const packageDirs = [];
  for (const bucket of list(root).filter((n) => /^wheels-v\d+$/.test(n))) {
    const pypi = path.join(root, bucket, "pypi");
    for (const name of list(pypi)) packageDirs.push(path.join(pypi, name));
    const index = path.join(root, bucket, "index");
    for (const hash of list(index)) for (const name of list(path.join(index, hash))) packageDirs.push(path.join(index, hash, name));
  }
  for (const dir of packageDirs.filter(isDir)) {
    for (const file of list(dir)) {
      if (file.includes(".") && /\.(http|msgpack|lock|rev)$/.test(file)) continue;
      const entry = path.join(dir, file);
      if (!lstatSync(entry, { throwIfNoEntry: false })?.isSymbolicLink()) continue;
      const archive = path.resolve(dir, readlinkSync(entry));
      const inside = path.relative(root, archive).split(path.sep);
      if (inside.length !== 2 || !/^archive-v\d+$/.test(inside[0])) continue;
      const version = file.split("-")[0];
      if (!version) continue;
      out.push({ name: path.basename(dir), version, entry, archive });
    }
  }
  return out;
}
__name(listRegistryWheels, "listRegistryWheels");
async function removeWheelEntries(remove, keep) {
  const kept = new Set(keep.map((w) => w.archive));
  for (const w of remove) {
    await Promise.all(["", ".http", ".msgpack", ".lock"].map((ext) => rm(`${w.entry}${ext}`, { force: true })));
    if (!kept.has(w.archive)) await rm(w.archive, { recursive: true, force: true });
  }
  return remove.length;
}
__name(removeWheelEntries, "removeWheelEntries");

// src/adapters/cache/fs-tree.ts
import { lstatSync as lstatSync2, readdirSync as readdirSync2 } from "node:fs";
import { readdir, rm as rm2 } from "node:fs/promises";
import path2 from "node:path";
function walk(root, out) {
  let entries;
  try {
    entries = readdirSync2(root, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return;
    throw error;
  }
  for (const entry of entries) {
    const full = path2.join(root, entry.name);
    if (entry.isDirectory()) {
      walk(full, out);
    } else {
      const st = lstatSync2(full, { throwIfNoEntry: false });
      if (st) out.push({ path: full, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
}
__name(walk, "walk");
async function fingerprintDirs(roots) {
  return fingerprintOf(await listDirs(roots));
}
__name(fingerprintDirs, "fingerprintDirs");
async function listDirs(roots) {
  const files = [];
  for (const root of roots) walk(root, files);
  return files;
}
__name(listDirs, "listDirs");
async function dirsEmpty(roots) {
  for (const root of roots) {
    try {
      if ((await readdir(root)).length > 0) return false;
    } catch (error) {
      if (error.code !== "ENOENT" && error.code !== "ENOTDIR") throw error;
    }
  }
  return true;
}
__name(dirsEmpty, "dirsEmpty");
async function emptyDir(dir) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(names.map((n) => rm2(path2.join(dir, n), { recursive: true, force: true })));
}
__name(emptyDir, "emptyDir");

// src/adapters/cache/stream-v2.ts
import { spawn } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { existsSync, lstatSync as lstatSync3, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path3 from "node:path";

// src/adapters/bulk-http.ts
import http from "node:http";
import https from "node:https";
var BULK_POLICY = { attempts: DEFAULT_RETRY.attempts, backoffMs: DEFAULT_RETRY.backoffMs, idleMs: DEFAULT_RETRY.stallMs };
var agents = { http: new http.Agent({ keepAlive: true, maxSockets: 16 }), https: new https.Agent({ keepAlive: true, maxSockets: 16 }) };
var RETRYABLE = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
function once(url, request, idleMs) {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = /* @__PURE__ */ __name((error) => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(error);
    }, "fail");
    const body = typeof request.body === "string" ? Buffer.from(request.body) : request.body;
    const req = client.request(
      url,
      {
        method: request.method,
        agent: url.protocol === "https:" ? agents.https : agents.http,
        headers: { ...request.headers, ...body ? { "Content-Length": String(body.length) } : {} },
        signal: request.signal
      },
      (res) => {
        const status = res.statusCode ?? 0;
        res.on("error", fail);
        if (status < 200 || status >= 300) {
          res.resume();
          res.on("end", () => {
            if (settled) return;
            settled = true;
            resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
          });
          return;
        }
        const chunks = [];
        let size = 0;
        res.on("data", (chunk) => {
          size += chunk.length;
          if (size > request.maxBytes) return fail(new Error(`${describe(url)} sent more than ${request.maxBytes} bytes`));
          chunks.push(chunk);
        });
        res.on("end", () => {
          if (settled) return;
          settled = true;
          resolve({ status, headers: res.headers, body: Buffer.concat(chunks, size) });
        });
      }
    );
    req.setTimeout(idleMs, () => fail(new Error(`no data from ${describe(url)} for ${Math.round(idleMs / 1e3)} s`)));
    req.on("error", (error) => fail(new Error(`${describe(url)}: ${error.message}`)));
    req.end(body);
  });
}
__name(once, "once");
function describe(url) {
  const u = typeof url === "string" ? new URL(url) : url;
  return `${u.protocol}//${u.host}${u.pathname}`;
}
__name(describe, "describe");
async function bulkRequest(url, request, accept, policy = BULK_POLICY) {
  const parsed = new URL(url);
  let last;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (request.signal?.aborted) throw new Error(`${describe(parsed)}: ${request.signal.reason?.message ?? "deadline reached"}`);
    try {
      const answer = await once(parsed, request, policy.idleMs);
      if (accept.includes(answer.status)) return answer;
      last = new HttpStatusError(answer.status, describe(parsed));
      if (!RETRYABLE.has(answer.status)) throw last;
    } catch (error) {
      if (error instanceof HttpStatusError && !RETRYABLE.has(error.status)) throw error;
      if (request.signal?.aborted) throw new Error(`${describe(parsed)}: ${request.signal.reason?.message ?? "deadline reached"}`);
      last = error;
    }
    if (attempt < policy.attempts) await new Promise((r) => setTimeout(r, policy.backoffMs * 2 ** (attempt - 1)));
  }
  throw last instanceof Error ? new Error(`${last.message} (after ${policy.attempts} attempts)`) : new Error(String(last));
}
__name(bulkRequest, "bulkRequest");

// src/adapters/cache/stream-v2.ts
var SERVICE = "github.actions.results.api.v1.CacheService";
var COMPRESSION = "zstd-without-long";
var VERSION_SALT = "1.0";
var LAYER_SALT = "lockstep-layer-1";
var PART_BYTES = 8 * 1024 * 1024;
var PARTS_IN_FLIGHT = 8;
var TRANSFER_DEADLINE_MS = 15 * 6e4;
var MAX_ARCHIVE_BYTES = 10 * 1024 ** 3;
var RPC_MAX_BYTES = 1024 * 1024;
var AZURE_VERSION = "2023-11-03";
var RPC_DEADLINE_MS = 2 * 6e4;
function streamingCacheService(env = process.env, platform = process.platform) {
  if (/^(0|false|off|no)$/i.test(env.LOCKSTEP_CACHE_STREAMING ?? "")) return void 0;
  if (platform !== "linux" || !env.ACTIONS_CACHE_SERVICE_V2 || !env.ACTIONS_RESULTS_URL || !env.ACTIONS_RUNTIME_TOKEN) return void 0;
  const host = hostOf(env.GITHUB_SERVER_URL || "https://github.com");
  if (host !== "github.com" && !host.endsWith(".ghe.com") && !host.endsWith(".localhost")) return void 0;
  if (proxySettingsFromEnv(env)) return void 0;
  if (!onPath("zstd", env) || !onPath("tar", env)) return void 0;
  return { resultsUrl: env.ACTIONS_RESULTS_URL, token: env.ACTIONS_RUNTIME_TOKEN, workspace: env.GITHUB_WORKSPACE || process.cwd() };
}
__name(streamingCacheService, "streamingCacheService");
function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}
__name(hostOf, "hostOf");
function onPath(command, env) {
  return (env.PATH ?? "").split(path3.delimiter).some((dir) => dir && existsSync(path3.join(dir, command)));
}
__name(onPath, "onPath");
function cacheVersion(paths) {
  return createHash2("sha256").update([...paths, COMPRESSION, VERSION_SALT].join("|")).digest("hex");
}
__name(cacheVersion, "cacheVersion");
function layerVersion(paths) {
  return createHash2("sha256").update([...paths, COMPRESSION, LAYER_SALT].join("|")).digest("hex");
}
__name(layerVersion, "layerVersion");
function layerMarker(paths) {
  return `${paths[0]}.lockstep-layer.json`;
}
__name(layerMarker, "layerMarker");
async function rpc(service, method, body, passStatus = []) {
  const url = new URL(`/twirp/${SERVICE}/${method}`, service.resultsUrl).href;
  const answer = await bulkRequest(
    url,
    {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${service.token}` },
      body: JSON.stringify(body),
      maxBytes: RPC_MAX_BYTES,
      signal: AbortSignal.timeout(RPC_DEADLINE_MS)
    },
    [200, ...passStatus]
  );
  let data = {};
  try {
    if (answer.body.length) data = protoNames(JSON.parse(answer.body.toString("utf8")));
  } catch {
    throw new Error(`the cache service answered ${method} with something other than JSON`);
  }
  return { status: answer.status, data };
}
__name(rpc, "rpc");
function protoNames(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const out = { ...value };
  for (const [name, field] of Object.entries(value)) {
    const proto = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (!(proto in out)) out[proto] = field;
  }
  return out;
}
__name(protoNames, "protoNames");
function archivePath(service, file) {
  return path3.relative(service.workspace, file).split(path3.sep).join("/") || ".";
}
__name(archivePath, "archivePath");
function watch(child, what, signal) {
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-2e3);
  });
  const kill = /* @__PURE__ */ __name(() => child.kill("SIGKILL"), "kill");
  signal.addEventListener("abort", kill, { once: true });
  return new Promise((resolve, reject) => {
    child.once("error", (error) => reject(new Error(`${what}: ${error.message}`)));
    child.once("close", (code, killed) => {
      signal.removeEventListener("abort", kill);
      if (code === 0) resolve();
      else reject(new Error(`${what} ${signal.aborted ? "was stopped" : `exited with ${code ?? killed}`}${stderr.trim() ? `: ${stderr.trim().split("\n").slice(-3).join(" ")}` : ""}`));
    });
  });
}
__name(watch, "watch");
var Pipeline = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  static {
    __name(this, "Pipeline");
  }
  running = /* @__PURE__ */ new Set();
  failure;
  /** Waits for a free slot, then starts `task`; throws the first failure of any earlier task. */
  async add(task) {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failure) throw this.failure;
    const promise = task().catch((error) => {
      this.failure ??= error;
    }).finally(() => this.running.delete(promise));
    this.running.add(promise);
  }
  async drain() {
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }
};
function withSas(signedUrl, query) {
  return `${signedUrl}${signedUrl.includes("?") ? "&" : "?"}${query}`;
}
__name(withSas, "withSas");
function lookup(service, key, restoreKeys, version) {
  return rpc(service, "GetCacheEntryDownloadURL", { key, restore_keys: [...restoreKeys], version }).then((answer) => answer.data);
}
__name(lookup, "lookup");
async function lookupStreaming(service, paths, key, kind = "whole") {
  const found = await lookup(service, key, [], kind === "whole" ? cacheVersion(paths) : layerVersion(paths));
  return found.ok ? found.matched_key || key : void 0;
}
__name(lookupStreaming, "lookupStreaming");
async function restoreStreaming(service, paths, key, restoreKeys) {
  const [whole, layer] = await Promise.all([lookup(service, key, restoreKeys, cacheVersion(paths)), lookup(service, key, [], layerVersion(paths))]);
  const exactWhole = whole.ok && whole.signed_download_url && (whole.matched_key || key) === key;
  if (!exactWhole && layer.ok && layer.signed_download_url) {
    let bytes2 = await downloadInto(service, layer.signed_download_url);
    const marker = readLayerMarker(service, paths);
    if (!marker) return { matchedKey: void 0, bytes: bytes2, baseMissing: "(the layer names no base)" };
    const baseEntry = whole.ok && whole.matched_key === marker.base ? whole : await lookup(service, marker.base, [], cacheVersion(paths));
    if (!baseEntry.ok || !baseEntry.signed_download_url) return { matchedKey: void 0, bytes: bytes2, baseMissing: marker.base };
    bytes2 += await downloadInto(service, baseEntry.signed_download_url, true);
    for (const gone of marker.removed) removePath(gone);
    return { matchedKey: key, bytes: bytes2, base: marker.base };
  }
  if (!whole.ok || !whole.signed_download_url) return { matchedKey: void 0, bytes: 0 };
  const bytes = await downloadInto(service, whole.signed_download_url);
  return { matchedKey: whole.matched_key || key, bytes };
}
__name(restoreStreaming, "restoreStreaming");
function removePath(p) {
  const stat2 = lstatSync3(p, { throwIfNoEntry: false });
  if (!stat2) return;
  if (stat2.isDirectory()) rmSync(p, { recursive: true, force: true });
  else unlinkSync(p);
}
__name(removePath, "removePath");
function readLayerMarker(service, paths) {
  const marker = layerMarker(paths);
  const roots = paths.map((p) => `${path3.resolve(p)}${path3.sep}`);
  try {
    const parsed = JSON.parse(readFileSync(marker, "utf8"));
    if (typeof parsed.base !== "string" || !parsed.base) return void 0;
    const removed = (Array.isArray(parsed.removed) ? parsed.removed : []).filter((r) => typeof r === "string").map((r) => path3.resolve(service.workspace, r)).filter((r) => roots.some((root) => r.startsWith(root)));
    return { base: parsed.base, removed };
  } catch {
    return void 0;
  } finally {
    rmSync(marker, { force: true });
  }
}
__name(readLayerMarker, "readLayerMarker");
async function downloadInto(service, signedUrl, keepExisting = false) {
  const deadline = AbortSignal.timeout(TRANSFER_DEADLINE_MS);
  const tar = spawn("tar", ["-xf", "-", "-P", "-C", service.workspace, "--use-compress-program", "unzstd", ...keepExisting ? ["--skip-old-files"] : []], { stdio: ["pipe", "ignore", "pipe"] });
  const done = watch(tar, "tar -x (restoring the cache archive)", deadline);
  tar.stdin.on("error", () => void 0);
  const write = /* @__PURE__ */ __name((chunk) => new Promise((resolve, reject) => {
    if (!tar.stdin.write(chunk)) {
      const onDrain = /* @__PURE__ */ __name(() => {
        tar.off("close", onClose);
        resolve();
      }, "onDrain");
      const onClose = /* @__PURE__ */ __name(() => {
        tar.stdin.off("drain", onDrain);
        reject(new Error("tar -x stopped reading the cache archive"));
      }, "onClose");
      tar.stdin.once("drain", onDrain);
      tar.once("close", onClose);
    } else resolve();
  }), "write");
  const range = /* @__PURE__ */ __name((start, end) => bulkRequest(signedUrl, { method: "GET", headers: { "x-ms-range": `bytes=${start}-${end}`, "x-ms-version": AZURE_VERSION }, signal: deadline, maxBytes: end - start + 1 }, [200, 206]), "range");
  try {
    const first = await range(0, PART_BYTES - 1);
    const total = first.status === 206 ? Number(/\/(\d+)$/.exec(String(first.headers["content-range"] ?? ""))?.[1]) : first.body.length;
    if (!Number.isFinite(total)) throw new Error("the cache archive came without its size (Content-Range)");
    if (total > MAX_ARCHIVE_BYTES) throw new Error(`the cache archive is ${total} bytes, over the 10 GB an entry can hold`);
    const part = /* @__PURE__ */ __name(async (start) => {
      const end = Math.min(start + PART_BYTES, total) - 1;
      const answer = await range(start, end);
      if (answer.body.length !== end - start + 1) throw new Error(`the cache archive broke off at byte ${start + answer.body.length} of ${total}`);
      return answer.body;
    }, "part");
    const starts = [];
    for (let start = first.body.length; start < total; start += PART_BYTES) starts.push(start);
    const window = [];
    const request = /* @__PURE__ */ __name((i) => {
      if (i >= starts.length) return;
      const promise = part(starts[i]);
      promise.catch(() => void 0);
      window.push(promise);
    }, "request");
    for (let i = 0; i < PARTS_IN_FLIGHT; i++) request(i);
    await write(first.body);
    for (let i = 0; i < starts.length; i++) {
      const body = await window.shift();
      request(i + PARTS_IN_FLIGHT);
      await write(body);
    }
    tar.stdin.end();
    await done;
    return total;
  } catch (error) {
    tar.stdin.destroy();
    tar.kill("SIGKILL");
    await done.catch(() => void 0);
    throw error;
  }
}
__name(downloadInto, "downloadInto");
async function saveStreaming(service, paths, key) {
  const entries = paths.filter((p) => existsSync(p)).map((p) => archivePath(service, p));
  if (entries.length === 0) return { status: "failed", message: "none of the paths to cache exist" };
  return uploadArchive(service, key, cacheVersion(paths), entries, []);
}
__name(saveStreaming, "saveStreaming");
async function saveLayerStreaming(service, paths, key, base, files, removed = []) {
  const marker = layerMarker(paths);
  writeFileSync(marker, JSON.stringify({ base, removed: removed.map((f) => archivePath(service, f)) }));
  try {
    const entries = [marker, ...files].map((f) => archivePath(service, f));
    return await uploadArchive(service, key, layerVersion(paths), entries, ["--no-recursion"]);
  } finally {
    rmSync(marker, { force: true });
  }
}
__name(saveLayerStreaming, "saveLayerStreaming");
async function uploadArchive(service, key, version, entries, tarOptions) {
  const created = await rpc(service, "CreateCacheEntry", { key, version }, [409]);
  if (created.status === 409 || created.data.code === "already_exists") return { status: "exists" };
  if (!created.data.ok || !created.data.signed_upload_url) {
    return { status: "failed", message: `the cache service did not reserve ${key}${created.data.message ? `: ${created.data.message}` : ""}` };
  }
  const signedUrl = created.data.signed_upload_url;
  const deadline = AbortSignal.timeout(TRANSFER_DEADLINE_MS);
  const tar = spawn("tar", ["--posix", "-cf", "-", "-P", "-C", service.workspace, ...tarOptions, "--files-from", "-", "--use-compress-program", "zstdmt"], { stdio: ["pipe", "pipe", "pipe"] });
  const done = watch(tar, "tar -c (writing the cache archive)", deadline);
  tar.stdin.on("error", () => void 0);
  tar.stdin.end(`${entries.join("\n")}
`);
  const uploads = new Pipeline(PARTS_IN_FLIGHT);
  const blockIds = [];
  let size = 0;
  const putBlock = /* @__PURE__ */ __name(async (data) => {
    const id = Buffer.from(`lockstep-block-${String(blockIds.length).padStart(8, "0")}`).toString("base64");
    blockIds.push(id);
    size += data.length;
    await uploads.add(async () => {
      await bulkRequest(withSas(signedUrl, `comp=block&blockid=${encodeURIComponent(id)}`), { method: "PUT", headers: { "x-ms-version": AZURE_VERSION }, body: data, signal: deadline, maxBytes: RPC_MAX_BYTES }, [201]);
    });
  }, "putBlock");
  try {
    let buffered = [];
    let bufferedBytes = 0;
    for await (const chunk of tar.stdout) {
      buffered.push(chunk);
      bufferedBytes += chunk.length;
      if (bufferedBytes >= PART_BYTES) {
        await putBlock(Buffer.concat(buffered, bufferedBytes));
        buffered = [];
        bufferedBytes = 0;
      }
    }
    await done;
    if (bufferedBytes > 0 || blockIds.length === 0) await putBlock(Buffer.concat(buffered, bufferedBytes));
    await uploads.drain();
    const list2 = `<?xml version="1.0" encoding="utf-8"?><BlockList>${blockIds.map((id) => `<Latest>${id}</Latest>`).join("")}</BlockList>`;
    await bulkRequest(withSas(signedUrl, "comp=blocklist"), { method: "PUT", headers: { "x-ms-version": AZURE_VERSION, "Content-Type": "application/xml" }, body: list2, signal: deadline, maxBytes: RPC_MAX_BYTES }, [201]);
  } catch (error) {
    tar.kill("SIGKILL");
    await done.catch(() => void 0);
    await uploads.drain().catch(() => void 0);
    return { status: "failed", message: `uploading the cache archive failed: ${error.message}` };
  }
  const finalized = await rpc(service, "FinalizeCacheEntryUpload", { key, version, size_bytes: String(size) });
  if (!finalized.data.ok) return { status: "failed", message: `the cache service did not finalize ${key}${finalized.data.message ? `: ${finalized.data.message}` : ""}` };
  return { status: "saved", bytes: size };
}
__name(uploadArchive, "uploadArchive");

// src/adapters/cache/actions.ts
var loading;
function loadActionsCache() {
  loading ??= import("./cache-I5GUZPRS.js");
  return loading;
}
__name(loadActionsCache, "loadActionsCache");
function prefetchActionsCache(env = process.env) {
  if (streamingCacheService(env)) return;
  loadActionsCache().catch(() => void 0);
}
__name(prefetchActionsCache, "prefetchActionsCache");
var ActionsCacheBackend = class {
  static {
    __name(this, "ActionsCacheBackend");
  }
  name = "actions";
  streaming;
  /** Present only where layers can be saved (the streaming client); see WheelStoreBackend.saveLayer. */
  saveLayer;
  constructor(env = process.env) {
    const streaming = this.streaming = streamingCacheService(env);
    this.saveLayer = streaming ? (paths, key, base, files, removed) => this.streamed(paths, key, "layer", () => saveLayerStreaming(streaming, paths, key, base, files, removed)) : void 0;
  }
  async restore(paths, key, restoreKeys) {
    if (this.streaming) {
      try {
        const restored = await restoreStreaming(this.streaming, paths, key, restoreKeys);
        return {
          matchedKey: restored.matchedKey,
          layerBase: restored.base,
          note: restored.baseMissing ? `a layer saved under this key was restored, but its base ${restored.baseMissing} is gone; the store will be saved whole` : void 0
        };
      } catch (error) {
        return { matchedKey: void 0, failure: `restoring ${key}: ${error.message}` };
      }
    }
    const cache = await loadActionsCache();
    if (!cache.isFeatureAvailable()) {
      return { matchedKey: void 0, unavailable: "the Actions cache service is not available here (ACTIONS_RESULTS_URL unset)" };
    }
    try {
      const matchedKey = await cache.restoreCache([...paths], key, [...restoreKeys]);
      if (matchedKey) return { matchedKey };
      const existing = await cache.restoreCache([...paths], key, [...restoreKeys], { lookupOnly: true });
      return existing ? { matchedKey: void 0, failure: `the cache entry ${existing} could not be restored` } : { matchedKey: void 0 };
    } catch (error) {
      return { matchedKey: void 0, failure: error.message };
    }
  }
  async save(paths, key) {
    if (this.streaming) {
      const streaming = this.streaming;
      return this.streamed(paths, key, "whole", () => saveStreaming(streaming, paths, key));
    }
    const cache = await loadActionsCache();
    if (!cache.isFeatureAvailable()) {
      return { status: "failed", message: "the Actions cache service is not available to this job" };
    }
    if (await this.exists(paths, key)) return alreadySaved(key);
    try {
      const id = await cache.saveCache([...paths], key);
      if (id !== -1) return { status: "saved" };
    } catch (error) {
      return { status: "failed", message: error.message };
    }
    if (await this.exists(paths, key)) return alreadySaved(key);
    return { status: "failed", message: `the cache service did not store ${key} (see the log above)`, reported: true };
  }
  async streamed(paths, key, kind, save) {
    const streaming = this.streaming;
    try {
      const saved = await save();
      if (saved.status === "saved") return { status: "saved", archiveBytes: saved.bytes };
      if (await lookupStreaming(streaming, paths, key, kind).catch(() => void 0) === key) return alreadySaved(key);
      if (saved.status === "exists") return { status: "failed", message: `another job is still saving ${key}; not saving it twice`, reported: true };
      return { status: "failed", message: saved.message };
    } catch (error) {
      return { status: "failed", message: error.message };
    }
  }
  async exists(paths, key) {
    if (this.streaming) return await lookupStreaming(this.streaming, paths, key).catch(() => void 0) === key;
    const cache = await loadActionsCache();
    try {
      return await cache.restoreCache([...paths], key, [], { lookupOnly: true }) === key;
    } catch {
      return false;
    }
  }
};
function alreadySaved(key) {
  return { status: "exists", message: `another job already saved the wheel store as ${key}; not saving it again` };
}
__name(alreadySaved, "alreadySaved");

// src/adapters/cache/local.ts
import { execFile, spawn as spawn2 } from "node:child_process";
import { createHash as createHash3, randomBytes } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { access, mkdir, mkdtemp, readFile, rename, rm as rm3, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import path5 from "node:path";
import { promisify } from "node:util";

// src/core/security/tar.ts
import path4 from "node:path";
var BLOCK = 512;
function cString(block, start, length) {
  const slice = block.subarray(start, start + length);
  const end = slice.indexOf(0);
  return Buffer.from(end < 0 ? slice : slice.subarray(0, end)).toString("utf8");
}
__name(cString, "cString");
function numberField(block, start, length) {
  if (block[start] & 128) {
    let value = block[start] & 127;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + block[i];
    return value;
  }
  const text = cString(block, start, length).trim();
  return text === "" ? 0 : parseInt(text, 8);
}
__name(numberField, "numberField");
function paxRecords(data) {
  const records = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space < 0) break;
    const length = Number(data.subarray(offset, space).toString("ascii"));
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return records;
}
__name(paxRecords, "paxRecords");
var TarScanner = class {
  static {
    __name(this, "TarScanner");
  }
  members = [];
  buffered = Buffer.alloc(0);
  /** Data bytes of the current member still to skip (or collect, for pax/long-name records). */
  remaining = 0;
  collecting = null;
  next = {};
  push(chunk) {
    this.buffered = this.buffered.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buffered, chunk]);
    for (; ; ) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, this.buffered.length);
        if (take === 0) return;
        if (this.collecting) this.collecting.chunks.push(this.buffered.subarray(0, take));
        this.buffered = this.buffered.subarray(take);
        this.remaining -= take;
        if (this.remaining > 0) return;
        if (this.collecting) this.finishCollecting();
        continue;
      }
      if (this.buffered.length < BLOCK) return;
      const header = this.buffered.subarray(0, BLOCK);
      this.buffered = this.buffered.subarray(BLOCK);
      if (header.every((b) => b === 0)) continue;
      this.readHeader(header);
    }
  }
  readHeader(header) {
    const size = numberField(header, 124, 12);
    const type = String.fromCharCode(header[156]);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x" || type === "L" || type === "K") {
      this.collecting = { kind: type, chunks: [], size };
      this.remaining = padded;
      if (padded === 0) this.finishCollecting();
      return;
    }
    const ustar = cString(header, 257, 6).startsWith("ustar");
    const prefix = ustar ? cString(header, 345, 155) : "";
    const short = cString(header, 0, 100);
    const name = this.next.path ?? (prefix ? `${prefix}/${short}` : short);
    const linkname = this.next.linkpath ?? cString(header, 157, 100);
    this.next = {};
    if (type !== "g") this.members.push({ name, type: type === "\0" ? "0" : type, linkname });
    this.remaining = type === "1" || type === "2" || type === "5" ? 0 : padded;
  }
  finishCollecting() {
    const { kind, chunks, size } = this.collecting;
    this.collecting = null;
    const data = Buffer.concat(chunks).subarray(0, size);
    if (kind === "x") {
      const records = paxRecords(data);
      if (records.path !== void 0) this.next.path = records.path;
      if (records.linkpath !== void 0) this.next.linkpath = records.linkpath;
    } else {
      const text = data.toString("utf8").replace(/\0.*$/s, "");
      if (kind === "L") this.next.path = text;
      else this.next.linkpath = text;
    }
  }
};
function insideRelative(name) {
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name) || name.includes("\0")) return null;
  const normal = path4.posix.normalize(name);
  if (normal === ".." || normal.startsWith("../")) return null;
  return normal;
}
__name(insideRelative, "insideRelative");
function unsafeTarMember(member, root) {
  const where = insideRelative(member.name);
  if (where === null) return `${member.name}: a path outside the folder`;
  if (member.type === "3" || member.type === "4" || member.type === "6") return `${member.name}: a device or FIFO`;
  if (member.type === "1" && insideRelative(member.linkname) === null) return `${member.name}: a hard link to ${member.linkname}, outside the folder`;
  if (member.type === "2") {
    const target = member.linkname;
    if (target.startsWith("/")) {
      const rel = path4.posix.relative(root, path4.posix.normalize(target));
      if (rel === ".." || rel.startsWith("../") || path4.posix.isAbsolute(rel)) return `${member.name}: a symlink to ${target}, outside the folder`;
    } else if (insideRelative(path4.posix.join(path4.posix.dirname(where), target)) === null) {
      return `${member.name}: a symlink to ${target}, outside the folder`;
    }
  }
  return null;
}
__name(unsafeTarMember, "unsafeTarMember");

// src/adapters/cache/local.ts
var run = promisify(execFile);
var TAR_TIMEOUT_MS = 30 * 6e4;
var ARCHIVE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function validEntry(e) {
  return typeof e.key === "string" && Array.isArray(e.files) && e.files.every((f) => typeof f === "string" && ARCHIVE_NAME.test(f)) && (e.sha256 === void 0 || Array.isArray(e.sha256) && e.sha256.length === e.files.length && e.sha256.every((h) => typeof h === "string" && /^[0-9a-f]{64}$/.test(h))) && (e.compression === "zstd" || e.compression === "none");
}
__name(validEntry, "validEntry");
var NO_SPACE = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EROFS"]);
var isNoSpace = /* @__PURE__ */ __name((error) => NO_SPACE.has(error?.code ?? ""), "isNoSpace");
async function hasZstd() {
  try {
    await run("zstd", ["--version"]);
    return true;
  } catch {
    return false;
  }
}
__name(hasZstd, "hasZstd");
var LocalDirBackend = class {
  static {
    __name(this, "LocalDirBackend");
  }
  name = "local";
  dir;
  capBytes;
  lockTimeoutMs;
  staleLockMs;
  now;
  io;
  constructor(options) {
    this.io = { writeFile: fsPromises.writeFile, link: fsPromises.link, open: fsPromises.open, ...options.io };
    this.dir = path5.resolve(options.dir);
    this.capBytes = options.capBytes;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 12e4;
    this.staleLockMs = options.staleLockMs ?? 15 * 6e4;
    this.now = options.now ?? Date.now;
  }
  get indexPath() {
    return path5.join(this.dir, "index.json");
  }
  async restore(paths, key, restoreKeys) {
    const readId = randomBytes(6).toString("hex");
    const pinned = [];
    let archives = [];
    let found;
    const matching = /* @__PURE__ */ __name((index) => {
      const entry = findEntry(index.entries, key, restoreKeys);
      return entry && entry.files.length === paths.length ? entry : void 0;
    }, "matching");
    try {
      await this.ensureLayout();
      try {
        found = await this.withLock(async () => {
          const index = await this.readIndex();
          const entry = matching(index);
          if (!entry) return void 0;
          archives = [];
          for (const [i, file] of entry.files.entries()) {
            const source = path5.join(this.dir, "archives", file);
            const target = path5.join(this.dir, "tmp", `read-${readId}.${i}`);
            try {
              await this.io.link(source, target);
              pinned.push(target);
              archives.push(target);
            } catch (error) {
              if (!isNoSpace(error)) throw error;
              archives.push(source);
            }
          }
          entry.lastUsedAtMs = this.now();
          await this.writeIndex(index).catch(() => void 0);
          return entry;
        });
      } catch (error) {
        if (!isNoSpace(error)) throw error;
        found = matching(await this.readIndex());
        archives = found ? found.files.map((f) => path5.join(this.dir, "archives", f)) : [];
      }
      if (!found) return { matchedKey: void 0 };
      const problem = await verifyArchives(found, archives, paths);
      if (problem) {
        await this.dropEntry(found.key).catch(() => void 0);
        return { matchedKey: void 0, failure: `the stored archive for ${found.key} ${problem}; removed it from ${this.dir}, the next save replaces it` };
      }
      for (const [i, archive] of archives.entries()) await extract(archive, paths[i], found.compression);
      return { matchedKey: found.key };
    } catch (error) {
      const what = found ? `the stored archive for ${found.key} could not be extracted` : `could not read ${this.dir}`;
      return { matchedKey: void 0, failure: `${what}: ${error.message}` };
    } finally {
      for (const p of pinned) await rm3(p, { force: true });
    }
  }
  /** Removes an entry and its archives (a corrupt or refused one), under the lock. */
  async dropEntry(key) {
    await this.withLock(async () => {
      const index = await this.readIndex();
      const entry = index.entries.find((e) => e.key === key);
      if (!entry) return;
      for (const f of entry.files) await rm3(path5.join(this.dir, "archives", f), { force: true });
      index.entries = index.entries.filter((e) => e !== entry);
      await this.writeIndex(index);
    });
  }
  /** An entry that can be restored: integrity hashes recorded and its archives present. */
  async intact(entry) {
    if (!entry.sha256) return false;
    for (const f of entry.files) {
      if (!await stat(path5.join(this.dir, "archives", f)).then((st) => st.isFile(), () => false)) return false;
    }
    return true;
  }
  async save(paths, key) {
    let tmps = [];
    try {
      await this.ensureLayout();
      const existing = (await this.readIndex()).entries.find((e) => e.key === key);
      if (existing && await this.intact(existing)) return { status: "exists", message: `the wheel store ${key} is already in ${this.dir}; not saving it again` };
      const compression = await hasZstd() ? "zstd" : "none";
      const stem = `${sha256Hex(key).slice(0, 16)}-${randomBytes(4).toString("hex")}`;
      const files = paths.map((_, i) => `${stem}.${i}.tar${compression === "zstd" ? ".zst" : ""}`);
      tmps = files.map((f) => path5.join(this.dir, "tmp", `${f}.${process.pid}`));
      let bytes = 0;
      const sha256 = [];
      try {
        for (const [i, p] of paths.entries()) {
          await createArchive(tmps[i], p, compression);
          bytes += (await stat(tmps[i])).size;
          sha256.push(await hashFile(tmps[i]));
        }
      } catch (error) {
        return { status: "failed", message: `could not archive the wheel store: ${error.message}` };
      }
      return await this.withLock(async () => {
        const index = await this.readIndex();
        const raced = index.entries.find((e) => e.key === key);
        if (raced && await this.intact(raced)) return { status: "exists", message: `another job saved the wheel store ${key} first; not saving it again` };
        const moved = [];
        try {
          for (const [i, t] of tmps.entries()) {
            await rename(t, path5.join(this.dir, "archives", files[i]));
            moved.push(path5.join(this.dir, "archives", files[i]));
          }
          const now = this.now();
          const replaced = index.entries.filter((e) => e.key === key);
          index.entries = index.entries.filter((e) => e.key !== key);
          index.entries.push({ key, files, sha256, bytes, createdAtMs: now, lastUsedAtMs: now, compression });
          const evict = new Set(this.capBytes === void 0 ? [] : planEviction(index.entries, this.capBytes, key));
          const dropped = [...replaced, ...index.entries.filter((x) => evict.has(x.key))];
          index.entries = index.entries.filter((e) => !evict.has(e.key));
          await this.writeIndex(index);
          for (const e of dropped) for (const f of e.files) await rm3(path5.join(this.dir, "archives", f), { force: true });
          return { status: "saved", archiveBytes: bytes };
        } catch (error) {
          for (const m of moved) await rm3(m, { force: true });
          throw error;
        }
      });
    } catch (error) {
      return { status: "failed", message: `could not save the wheel store into ${this.dir}: ${error.message}` };
    } finally {
      for (const t of tmps) await rm3(t, { force: true });
    }
  }
  /** Keys currently stored, for the summary and tests. */
  async keys() {
    return (await this.readIndex()).entries.map((e) => e.key);
  }
  async ensureLayout() {
    await mkdir(path5.join(this.dir, "archives"), { recursive: true });
    await mkdir(path5.join(this.dir, "tmp"), { recursive: true });
  }
  async readIndex() {
    try {
      const parsed = JSON.parse(await readFile(this.indexPath, "utf8"));
      if (parsed.version === 1 && Array.isArray(parsed.entries)) {
        return { version: 1, entries: parsed.entries.filter(validEntry) };
      }
    } catch (error) {
      if (error.code !== "ENOENT" && !(error instanceof SyntaxError)) throw error;
    }
    return { version: 1, entries: [] };
  }
  /** tmp + rename: a crash mid-write leaves the previous index intact. */
  async writeIndex(index) {
    const tmp = `${this.indexPath}.${process.pid}.${randomBytes(4).toString("hex")}`;
    try {
      await this.io.writeFile(tmp, `${JSON.stringify(index, null, 2)}
`);
      await rename(tmp, this.indexPath);
    } catch (error) {
      await rm3(tmp, { force: true });
      throw error;
    }
  }
  async withLock(fn) {
    const lockPath = path5.join(this.dir, ".lock");
    const deadline = this.now() + this.lockTimeoutMs;
    let delay = 20;
    for (; ; ) {
      try {
        const handle = await this.io.open(lockPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
        try {
          await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: (/* @__PURE__ */ new Date()).toISOString() }));
        } catch (error) {
          await handle.close();
          await unlink(lockPath).catch(() => void 0);
          throw error;
        }
        await handle.close();
        break;
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      if (await this.breakStaleLock(lockPath)) continue;
      if (this.now() > deadline) {
        throw new Error(`timed out waiting for the lock ${lockPath}; if no job is using ${this.dir}, delete that file`);
      }
      await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 500);
    }
    try {
      return await fn();
    } finally {
      await unlink(lockPath).catch(() => void 0);
    }
  }
  /** A lock from a process that no longer runs on this host, or an old one, is left over: remove it. */
  async breakStaleLock(lockPath) {
    try {
      const [text, st] = await Promise.all([readFile(lockPath, "utf8"), stat(lockPath)]);
      const owner = JSON.parse(text);
      const dead = owner.host === hostname() && typeof owner.pid === "number" && !processAlive(owner.pid);
      if (dead || this.now() - st.mtimeMs > this.staleLockMs) {
        await unlink(lockPath);
        return true;
      }
    } catch {
    }
    return false;
  }
};
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
__name(processAlive, "processAlive");
async function createArchive(target, dir, compression) {
  const exists = await access(dir).then(() => true, () => false);
  const source = exists ? dir : await mkdtemp(path5.join(path5.dirname(target), "empty-"));
  try {
    const args = ["-cf", target, "-C", source, ...compression === "zstd" ? ["--use-compress-program", "zstd -T0 -3"] : [], "."];
    await run("tar", args, { maxBuffer: 16 * 1024 * 1024, timeout: TAR_TIMEOUT_MS, killSignal: "SIGKILL" });
  } finally {
    if (!exists) await rm3(source, { recursive: true, force: true });
  }
}
__name(createArchive, "createArchive");
async function extract(archive, dir, compression) {
  await mkdir(dir, { recursive: true });
  const args = ["-xf", archive, "-C", dir, ...compression === "zstd" ? ["--use-compress-program", "zstd -d"] : []];
  await run("tar", args, { maxBuffer: 16 * 1024 * 1024, timeout: TAR_TIMEOUT_MS, killSignal: "SIGKILL" });
}
__name(extract, "extract");
function hashFile(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash3("sha256");
    createReadStream(file).on("data", (chunk) => hash.update(chunk)).on("error", reject).on("end", () => resolve(hash.digest("hex")));
  });
}
__name(hashFile, "hashFile");
function listTarMembers(archive, compression) {
  return new Promise((resolve, reject) => {
    const scanner = new TarScanner();
    if (compression === "none") {
      createReadStream(archive).on("data", (chunk) => scanner.push(chunk)).on("error", reject).on("end", () => resolve(scanner));
      return;
    }
    const child = spawn2("zstd", ["-dc", archive], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), TAR_TIMEOUT_MS);
    child.stdout.on("data", (chunk) => scanner.push(chunk));
    child.stderr.on("data", (chunk) => err += chunk.toString());
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(scanner);
      else reject(new Error(`zstd could not read it (${err.trim() || `exit ${code}`})`));
    });
  });
}
__name(listTarMembers, "listTarMembers");
async function verifyArchives(entry, archives, paths) {
  if (!entry.sha256) return "has no integrity hash (an older lockstep or something else wrote it)";
  for (const [i, archive] of archives.entries()) {
    if (await hashFile(archive) !== entry.sha256[i]) return "does not match its integrity hash (corrupt or replaced)";
    const root = path5.resolve(paths[i]);
    const unsafe = (await listTarMembers(archive, entry.compression)).members.map((m) => unsafeTarMember(m, root)).filter((why) => why !== null);
    if (unsafe.length > 0) return `holds ${unsafe.length} member(s) that would be written outside ${paths[i]} (${unsafe.slice(0, 3).join("; ")})`;
  }
  return null;
}
__name(verifyArchives, "verifyArchives");

// src/adapters/cache/index.ts
function createBackend(kind, options) {
  if (kind === "local") {
    if (!options.cacheDir) throw new Error("cache-backend local needs cache-backend-dir");
    return new LocalDirBackend({ dir: options.cacheDir, capBytes: options.capBytes });
  }
  return new ActionsCacheBackend();
}
__name(createBackend, "createBackend");

// src/adapters/cache/uv-cache.ts
function uvCacheCommands(uvPath, runProcess) {
  return {
    async pruneForCi(storeDir) {
      const result = await runProcess(uvPath, ["cache", "prune", "--ci"], {
        env: { ...process.env, UV_CACHE_DIR: storeDir },
        timeoutMs: 10 * 6e4
      });
      if (result.exitCode !== 0) {
        throw new Error(`uv cache prune --ci exited with ${result.exitCode}: ${result.stderr.trim().split("\n").slice(-3).join(" ")}`);
      }
    }
  };
}
__name(uvCacheCommands, "uvCacheCommands");

// src/adapters/dependency-files.ts
import { createHash as createHash4 } from "node:crypto";
import { closeSync, openSync, readdirSync as readdirSync3, readSync, statSync } from "node:fs";
import path7 from "node:path";

// src/adapters/wheel-store.ts
import path6 from "node:path";
var noWheelStore = { restore: /* @__PURE__ */ __name(async () => void 0, "restore") };
function chooseUvCacheDir(env, input = "", workingDirectory = ".", fromConfig) {
  if (input) return path6.resolve(workingDirectory, expandHome(input, env));
  if (env.UV_CACHE_DIR) return path6.resolve(env.UV_CACHE_DIR);
  if (fromConfig) return path6.resolve(fromConfig);
  if (env.RUNNER_TEMP && env.RUNNER_ENVIRONMENT === "github-hosted") return path6.join(env.RUNNER_TEMP, "lockstep-uv-cache");
  return void 0;
}
__name(chooseUvCacheDir, "chooseUvCacheDir");
function expandHome(value, env) {
  const home = env.HOME || env.USERPROFILE || "";
  if (home && (value === "~" || value.startsWith("~/"))) return path6.join(home, value.slice(1));
  return value;
}
__name(expandHome, "expandHome");
var SETUP_STATE = {
  uvCacheDir: "uv-cache-dir",
  uvPath: "uv-path",
  uvVersion: "uv-version",
  pythonVersion: "python-version",
  projectDir: "project-dir",
  venvPath: "venv-path",
  lockStatus: "lock-status"
};

// src/adapters/dependency-files.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "__pycache__", ".tox", ".nox", ".mypy_cache"]);
var MAX_ENTRIES = 5e4;
var MAX_BYTES = 64 * 1024 * 1024;
function splitPattern(absolute) {
  const segments = absolute.split(/[\\/]/);
  const firstGlob = segments.findIndex((s) => /[*?[]/.test(s));
  if (firstGlob === -1) return { base: path7.dirname(absolute), rest: path7.basename(absolute) };
  return { base: segments.slice(0, firstGlob).join("/") || "/", rest: segments.slice(firstGlob).join("/") };
}
__name(splitPattern, "splitPattern");
function walk2(base, visit, budget) {
  const stack = [""];
  while (stack.length > 0) {
    const rel = stack.pop();
    let entries;
    try {
      entries = readdirSync3(path7.join(base, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (--budget.entries < 0) return;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) stack.push(child);
      } else if (entry.isFile()) visit(child);
    }
  }
}
__name(walk2, "walk");
function fileDigest(file) {
  const hash = createHash4("sha256");
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    let total = 0;
    for (let n = readSync(fd, buffer); n > 0 && total < MAX_BYTES; n = readSync(fd, buffer)) {
      hash.update(buffer.subarray(0, n));
      total += n;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}
__name(fileDigest, "fileDigest");
function matchDependencyFiles(dir, patterns, env = process.env) {
  const include = /* @__PURE__ */ new Set();
  const exclude = [];
  const budget = { entries: MAX_ENTRIES };
  for (const raw of patterns) {
    const negated = raw.startsWith("!");
    const pattern = expandHome(negated ? raw.slice(1) : raw, env);
    const { base, rest } = splitPattern(path7.resolve(dir, pattern));
    const matches = workspaceGlob(rest);
    if (negated) {
      exclude.push((file) => {
        const rel = path7.relative(base, file).split(path7.sep).join("/");
        return !rel.startsWith("..") && matches(rel);
      });
      continue;
    }
    if (!/[*?[]/.test(rest)) {
      const file = path7.join(base, rest);
      try {
        if (statSync(file).isFile()) include.add(file);
      } catch {
      }
      continue;
    }
    walk2(base, (rel) => matches(rel) && include.add(path7.join(base, rel)), budget);
  }
  return [...include].filter((file) => !exclude.some((e) => e(file))).sort();
}
__name(matchDependencyFiles, "matchDependencyFiles");
function hashDependencyFiles(dir, patterns, env = process.env) {
  const files = matchDependencyFiles(dir, patterns, env);
  if (files.length === 0) return { digest: "", files: 0 };
  const hash = createHash4("sha256");
  for (const file of files) hash.update(`${path7.relative(dir, file)}\0${fileDigest(file)}
`);
  return { digest: hash.digest("hex"), files: files.length };
}
__name(hashDependencyFiles, "hashDependencyFiles");

// src/jobs/wheel-store.ts
var WHEEL_STORE_STATE = "wheel-store";
var DEFAULT_LOCAL_CAP = "10G";
function inputError(name, value, allowed) {
  return new LockstepError(`input ${name} is "${value}"`, { file: "action.yml", hint: `set ${name} to ${allowed}` });
}
__name(inputError, "inputError");
function readWheelStoreSettings(runner, env = process.env) {
  const bool = /* @__PURE__ */ __name((name, fallback) => {
    try {
      return runner.booleanInput(name, fallback);
    } catch {
      throw inputError(name, runner.input(name), "true or false");
    }
  }, "bool");
  const enableValue = runner.input("enable-cache");
  const enable = parseEnableCacheMode(enableValue);
  if (!enable) throw inputError("enable-cache", enableValue, "auto, true or false");
  const enabled = decideCacheEnabled(enable, readEventContext(env), env.RUNNER_ENVIRONMENT);
  const writeValue = runner.input("save-cache");
  const write = parseCacheWriteMode(writeValue);
  if (!write) throw inputError("save-cache", writeValue, "auto, true or false");
  const pruneValue = runner.input("prune-cache");
  const prune = parsePruneMode(pruneValue);
  if (!prune) throw inputError("prune-cache", pruneValue, "auto, true or false");
  const backendValue = runner.input("cache-backend") || "actions";
  if (backendValue !== "actions" && backendValue !== "local") throw inputError("cache-backend", backendValue, "actions or local");
  const cacheDir = runner.input("cache-backend-dir") || void 0;
  if (backendValue === "local" && !cacheDir) {
    throw new LockstepError("cache-backend is local but cache-backend-dir is empty", {
      file: "action.yml",
      hint: "set cache-backend-dir to a persistent directory on the self-hosted runner, e.g. /var/cache/lockstep"
    });
  }
  const capValue = runner.input("cache-size-cap") || (backendValue === "local" ? DEFAULT_LOCAL_CAP : "");
  const capBytes = capValue ? parseByteSize(capValue) : void 0;
  if (capValue && capBytes === void 0) throw inputError("cache-size-cap", capValue, "a size such as 10G, 500M or 2GiB");
  return {
    enabled: enabled.enabled,
    enabledReason: enabled.reason,
    dependencyGlob: runner.input("cache-dependency-glob").split("\n").map((p) => p.trim()).filter(Boolean),
    restore: bool("restore-cache", true),
    cacheVenv: bool("cache-venv", false),
    suffix: runner.input("cache-suffix"),
    write,
    prune,
    backend: backendValue,
    cacheDir,
    capBytes
  };
}
__name(readWheelStoreSettings, "readWheelStoreSettings");
function setCacheOutputs(runner, hit, key, sizeBytes) {
  runner.setOutput("cache-hit", hit === "exact" ? "true" : "false");
  runner.setOutput("cache-outcome", hit);
  runner.setOutput("cache-key", key);
  if (sizeBytes !== void 0) runner.setOutput("cache-size", String(sizeBytes));
}
__name(setCacheOutputs, "setCacheOutputs");
function platformOs(env) {
  return env.RUNNER_OS || { linux: "Linux", darwin: "macOS", win32: "Windows" }[process.platform] || process.platform;
}
__name(platformOs, "platformOs");
function wheelStoreKeyInputs(request) {
  const env = request.env ?? process.env;
  return {
    os: platformOs(env),
    image: env.ImageOS || void 0,
    arch: env.RUNNER_ARCH || process.arch,
    pythonVersion: request.pythonVersion,
    lockText: request.lockText,
    dependencyHash: request.dependencyHash,
    groups: request.groups ?? [],
    extras: request.extras ?? [],
    allExtras: request.allExtras ?? false,
    uvVersion: request.uvVersion,
    job: env.GITHUB_JOB || void 0,
    suffix: request.settings.suffix || void 0,
    venv: request.settings.cacheVenv ? { interpreterVersion: request.pythonVersion, venvPath: request.venvDir } : void 0
  };
}
__name(wheelStoreKeyInputs, "wheelStoreKeyInputs");
function backendFor(settings) {
  return createBackend(settings.backend, { cacheDir: settings.cacheDir, capBytes: settings.capBytes });
}
__name(backendFor, "backendFor");
async function discardPartialRestore(runner, why, paths, before) {
  runner.warning(`Wheel store not restored (${why}); continuing with a cold store.`);
  if (storeChanged(before, await fingerprintDirs(paths))) for (const p of paths) await emptyDir(p);
}
__name(discardPartialRestore, "discardPartialRestore");
async function writeBaselineList(files, key, env) {
  const file = path8.join(env.RUNNER_TEMP || os.tmpdir(), `lockstep-store-baseline-${createHash5("sha256").update(key).digest("hex").slice(0, 16)}.json`);
  try {
    await writeFile2(file, JSON.stringify(files.map((f) => [f.path, f.size, f.mtimeMs])));
    return file;
  } catch {
    return void 0;
  }
}
__name(writeBaselineList, "writeBaselineList");
async function readBaselineList(file) {
  try {
    const rows = JSON.parse(await readFile2(file, "utf8"));
    return rows.map(([p, size, mtimeMs]) => ({ path: p, size, mtimeMs }));
  } catch {
    return void 0;
  } finally {
    await rm4(file, { force: true });
  }
}
__name(readBaselineList, "readBaselineList");
function topmostGone(removed, roots) {
  const out = /* @__PURE__ */ new Set();
  for (const file of removed) {
    let gone = file;
    for (let dir = path8.dirname(file); !roots.includes(dir) && dir !== path8.dirname(dir) && !existsSync2(dir); dir = path8.dirname(dir)) gone = dir;
    out.add(gone);
  }
  return [...out];
}
__name(topmostGone, "topmostGone");
async function restoreWheelStore(request) {
  const { runner, settings } = request;
  const now = request.now ?? Date.now;
  const env = request.env ?? process.env;
  const { key, restoreKeys } = computeWheelStoreKeys(wheelStoreKeyInputs(request));
  const event = readEventContext(env);
  let write = decideCacheWrite(settings.write, event);
  const mode = (env.ACTIONS_CACHE_MODE ?? "").trim().toLowerCase();
  if (settings.backend === "actions" && write.write && (mode === "read" || mode === "none")) {
    write = { write: false, reason: `the runner gave this job a ${mode === "none" ? "disabled" : "read-only"} cache (ACTIONS_CACHE_MODE=${mode})` };
  }
  const paths = settings.cacheVenv ? [request.storeDir, request.venvDir] : [request.storeDir];
  if (!settings.enabled) {
    setCacheOutputs(runner, "miss", "", 0);
    return { hit: "miss", key, restoreMs: 0, sizeBytes: 0, write: { write: false, reason: settings.enabledReason ?? "enable-cache is false" } };
  }
  const started = now();
  const emptyBefore = await dirsEmpty(paths);
  const before = emptyBefore ? EMPTY_FINGERPRINT : await fingerprintDirs(paths);
  let matchedKey;
  let unavailable;
  let layerBase;
  const backend = request.backend ?? backendFor(settings);
  try {
    const result = settings.restore === false ? { matchedKey: void 0 } : await backend.restore(paths, key, restoreKeys);
    matchedKey = result.matchedKey;
    unavailable = result.unavailable;
    layerBase = result.layerBase;
    if (result.note) runner.info(`Wheel store: ${result.note}.`);
    if (result.failure) await discardPartialRestore(runner, result.failure, paths, before);
  } catch (error) {
    matchedKey = void 0;
    await discardPartialRestore(runner, error.message, paths, before);
  }
  const restoreMs = now() - started;
  const hit = classifyHit(key, matchedKey);
  const listed = hit === "fallback" || !emptyBefore ? await listDirs(paths) : [];
  const baseline = fingerprintOf(listed);
  const baselineList = hit === "fallback" && backend.saveLayer && write.write ? await writeBaselineList(listed, key, env) : void 0;
  const sizeKnown = hit !== "exact";
  setCacheOutputs(runner, hit, key, sizeKnown ? baseline.bytes : void 0);
  const from = hit === "exact" ? layerBase ? `exact key: a layer over ${layerBase}` : "exact key" : hit === "fallback" ? `fallback ${matchedKey}` : settings.restore === false ? "restore-cache is false" : "nothing found";
  runner.info(`Wheel store: ${hit} (${from})${sizeKnown ? `, ${formatBytes(baseline.bytes)}` : ""} in ${(restoreMs / 1e3).toFixed(1)} s; key ${key}`);
  if (unavailable) {
    runner.info(`Wheel store: ${unavailable}; not restoring or saving.`);
    if (!sizeKnown) runner.setOutput("cache-size", String((await fingerprintDirs(paths)).bytes));
    return { hit, key, restoreMs, sizeBytes: baseline.bytes, write: { write: false, reason: unavailable } };
  }
  runner.info(`Wheel store writes: ${write.write ? "allowed" : "off"} (${write.reason})`);
  const state = {
    key,
    hit,
    matchedKey,
    paths,
    storeDir: request.storeDir,
    baseline,
    restoreMs,
    write,
    prune: settings.prune,
    backend: settings.backend,
    cacheDir: settings.cacheDir,
    capBytes: settings.capBytes,
    uvPath: request.uvPath,
    lockFile: request.lockFile,
    baselineList,
    layerBase
  };
  runner.saveState(WHEEL_STORE_STATE, JSON.stringify(state));
  const outcome = { hit, key, matchedKey, restoreMs, sizeBytes: baseline.bytes, write };
  if (!sizeKnown) {
    outcome.measureWhileSyncing = async () => {
      try {
        const size = (await fingerprintDirs(paths)).bytes;
        runner.setOutput("cache-size", String(size));
        runner.saveState(WHEEL_STORE_STATE, JSON.stringify({ ...state, sizeBytes: size }));
      } catch (error) {
        runner.debug(`Wheel store: could not measure the restored store: ${error.message}`);
      }
    };
  }
  return outcome;
}
__name(restoreWheelStore, "restoreWheelStore");
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
__name(seconds, "seconds");
async function decideFromState(state) {
  const options = { enabled: true, writeAllowed: state.write.write, hit: state.hit };
  const early = skipSaveWithoutLooking(options);
  if (early) return { decision: { save: false, reason: early } };
  const files = await listDirs(state.paths);
  const current = fingerprintOf(files);
  const decision = decideSave({ ...options, before: state.baseline, after: current });
  return { decision: decision.save ? { save: true, current, files } : decision, current };
}
__name(decideFromState, "decideFromState");
async function dropSupersededWheels(runner, state, files) {
  const none = { count: 0, bytes: 0, files };
  if (!state.lockFile) return none;
  try {
    const lock = parseLock(await readFile2(state.lockFile, "utf8"), state.lockFile);
    const cached = listRegistryWheels(state.storeDir);
    const superseded = wheelsNotInLock(cached, lock.packages);
    if (superseded.length === 0) return none;
    const kept = cached.filter((w) => !superseded.includes(w));
    const count = await removeWheelEntries(superseded, kept);
    const keptArchives = new Set(kept.map((w) => w.archive));
    const goneArchives = new Set(superseded.map((w) => w.archive).filter((a) => !keptArchives.has(a)));
    const goneEntries = new Set(superseded.flatMap((w) => ["", ".http", ".msgpack", ".lock"].map((ext) => `${w.entry}${ext}`)));
    const store = path8.resolve(state.storeDir);
    const archiveOf = /* @__PURE__ */ __name((file) => path8.join(store, ...path8.relative(store, file).split(path8.sep).slice(0, 2)), "archiveOf");
    let bytes = 0;
    const remaining = files.filter((f) => {
      if (goneArchives.has(archiveOf(f.path))) {
        bytes += f.size;
        return false;
      }
      return !goneEntries.has(f.path);
    });
    const names = superseded.slice(0, 5).map((w) => `${w.name} ${w.version}`).join(", ");
    runner.info(`Wheel store: dropped ${count} cached wheel(s) uv.lock no longer references, ${formatBytes(bytes)} (${names}${count > 5 ? ", \u2026" : ""}).`);
    return { count, bytes, files: remaining };
  } catch (error) {
    runner.debug(`Wheel store: superseded wheels not dropped: ${error.message}`);
    return none;
  }
}
__name(dropSupersededWheels, "dropSupersededWheels");
async function saveWheelStore(runner, deps) {
  const raw = runner.getState(WHEEL_STORE_STATE);
  if (!raw) {
    runner.info("Wheel store: not restored in this job (cache off, or setup stopped early); nothing to save.");
    return { saved: false, reason: "not restored" };
  }
  const state = JSON.parse(raw);
  const now = deps.now ?? Date.now;
  const { decision, current } = await decideFromState(state);
  let outcome;
  let saveCell;
  let sizeCell = formatBytes(current?.bytes ?? state.sizeBytes ?? state.baseline.bytes);
  if (!decision.save) {
    const why = {
      "exact-hit": "restored from this exact key",
      unchanged: "store unchanged since restore",
      empty: "store is empty",
      "write-not-allowed": state.write.reason,
      disabled: "enable-cache is false"
    }[decision.reason];
    runner.info(`Wheel store: not saved (${why}).`);
    outcome = { saved: false, reason: why };
    saveCell = `skipped: ${escapeMarkdown(why)}`;
  } else {
    const started = now();
    let pruned = false;
    const storeBytes = decision.current.bytes;
    const backend = deps.backend ?? backendFor(state);
    const baselineFiles = state.baselineList ? await readBaselineList(state.baselineList) : void 0;
    const dropped = state.hit === "fallback" ? await dropSupersededWheels(runner, state, decision.files) : { count: 0, bytes: 0, files: decision.files };
    const files = dropped.files;
    const plan = planSave({ restoredKey: state.matchedKey, restoredWasLayer: Boolean(state.layerBase), before: baselineFiles, after: files, layersSupported: Boolean(backend.saveLayer) });
    let result;
    let layer;
    if (plan.kind === "layer" && backend.saveLayer) {
      runner.info(`Wheel store: saving what changed since ${state.matchedKey} was restored (${plan.files.length} files, ${formatBytes(plan.bytes)} of ${formatBytes(plan.storeBytes)}) as a layer over it.`);
      result = await backend.saveLayer(state.paths, state.key, plan.base, plan.files, topmostGone(plan.removed, state.paths));
      layer = { bytes: plan.bytes, base: plan.base };
    } else {
      if (plan.kind === "full" && state.baselineList) runner.info(`Wheel store: saving the whole store (${plan.reason}).`);
      if (shouldPrune(state.prune, storeBytes)) {
        try {
          await uvCacheCommands(state.uvPath, deps.runProcess).pruneForCi(state.storeDir);
          pruned = true;
        } catch (error) {
          runner.warning(`Wheel store: ${error.message}; saving it unpruned.`);
        }
      }
      result = await backend.save(state.paths, state.key);
    }
    const saveMs = now() - started;
    const sizeBytes = pruned ? (await fingerprintDirs(state.paths)).bytes : storeBytes - dropped.bytes;
    if (result.status === "saved" && layer) {
      runner.info(`Wheel store saved as ${state.key}: a layer of ${formatBytes(layer.bytes)} over ${layer.base} (store ${formatBytes(sizeBytes)}) in ${seconds(saveMs)}.`);
      outcome = { saved: true, key: state.key, saveMs, sizeBytes, pruned };
      saveCell = `saved a ${formatBytes(layer.bytes)} layer in ${seconds(saveMs)}`;
    } else if (result.status === "saved") {
      runner.info(`Wheel store saved as ${state.key} (${formatBytes(sizeBytes)}${pruned ? ", pruned with uv cache prune --ci" : ""}) in ${seconds(saveMs)}.`);
      outcome = { saved: true, key: state.key, saveMs, sizeBytes, pruned };
      saveCell = `saved in ${seconds(saveMs)}${pruned ? " (pruned)" : ""}`;
      sizeCell = pruned ? `${formatBytes(sizeBytes)} (${formatBytes(storeBytes)} before prune)` : formatBytes(sizeBytes);
    } else if (result.status === "exists") {
      runner.notice(`Wheel store: ${result.message}.`);
      outcome = { saved: false, reason: result.message };
      saveCell = "skipped: already saved by another job";
    } else {
      if (result.reported) runner.notice(`Wheel store not saved: ${result.message}.`);
      else runner.warning(`Wheel store not saved: ${result.message}.`);
      outcome = { saved: false, reason: result.message };
      saveCell = `failed: ${escapeMarkdown(result.message)}`;
    }
  }
  const hitCell = state.hit === "fallback" ? `fallback (${markdownCode(state.matchedKey ?? "")})` : state.hit;
  await runner.appendSummary(
    [
      "| Wheel store | Restore | Save | Size |",
      "| --- | --- | --- | --- |",
      `| ${markdownCode(state.key)} | ${hitCell} in ${seconds(state.restoreMs)} | ${saveCell} | ${sizeCell} |`,
      ""
    ].join("\n")
  );
  return outcome;
}
__name(saveWheelStore, "saveWheelStore");
function actionsWheelStore(overrides = {}) {
  return {
    prepare(runner) {
      try {
        const settings = readWheelStoreSettings(runner);
        if (settings.enabled && settings.backend === "actions" && !overrides.backend) prefetchActionsCache();
      } catch {
      }
    },
    async restore(context) {
      const settings = readWheelStoreSettings(context.runner, overrides.env);
      if (!settings.enabled) {
        setCacheOutputs(context.runner, "miss", "", 0);
        context.runner.info(`Wheel store: off (${settings.enabledReason})`);
        return { detail: `off (${settings.enabledReason})` };
      }
      let lockText = "";
      try {
        lockText = await readFile2(context.lockFile, "utf8");
      } catch {
      }
      const outcome = await restoreWheelStore({
        runner: context.runner,
        settings,
        storeDir: context.uvCacheDir,
        venvDir: context.venvPath,
        lockText,
        dependencyHash: dependencyDigest(context, settings, lockText, overrides.env),
        lockFile: context.lockFile,
        pythonVersion: context.pythonVersion,
        uvVersion: context.uvVersion,
        uvPath: context.uvPath,
        groups: context.groups,
        extras: context.extras,
        allExtras: context.allExtras,
        env: overrides.env,
        backend: overrides.backend
      });
      return { detail: describeRestore(outcome), whileSyncing: outcome.measureWhileSyncing };
    }
  };
}
__name(actionsWheelStore, "actionsWheelStore");
var SETUP_UV_DEPENDENCY_GLOBS = ["**/*requirements*.txt", "**/*requirements*.in", "**/*constraints*.txt", "**/*constraints*.in", "**/pyproject.toml", "**/uv.lock", "**/*.py.lock"];
function dependencyDigest(context, settings, lockText, env = process.env) {
  const patterns = settings.dependencyGlob?.length ? settings.dependencyGlob : lockText ? [] : SETUP_UV_DEPENDENCY_GLOBS;
  if (patterns.length === 0) return void 0;
  const { digest, files } = hashDependencyFiles(context.workingDir ?? context.projectDir, patterns, env);
  context.runner.info(`cache-dependency-glob: ${files} file(s) join the cache key`);
  if (files === 0 && settings.dependencyGlob?.length) context.runner.warning(`cache-dependency-glob matches no file under ${context.workingDir ?? context.projectDir}: ${patterns.join(", ")}`);
  return digest || void 0;
}
__name(dependencyDigest, "dependencyDigest");
function describeRestore(outcome) {
  const what = outcome.hit === "miss" ? "miss (cold store)" : outcome.measureWhileSyncing ? `${outcome.hit} hit` : `${outcome.hit} hit, ${formatBytes(outcome.sizeBytes)}`;
  return `${what} in ${seconds(outcome.restoreMs)}; ${outcome.write.write ? "will save if changed" : `read-only: ${outcome.write.reason}`}`;
}
__name(describeRestore, "describeRestore");

// src/jobs/python-cache.ts
import { existsSync as existsSync3, readdirSync as readdirSync4 } from "node:fs";
import path9 from "node:path";
var PYTHON_CACHE_STATE = "python-cache";
var PYTHON_CACHE_PREFIX = "lockstep-python";
function pythonInstallDir(env) {
  if (env.UV_PYTHON_INSTALL_DIR) return { dir: path9.resolve(env.UV_PYTHON_INSTALL_DIR), export: false };
  if (env.RUNNER_ENVIRONMENT === "github-hosted" && env.RUNNER_TEMP) return { dir: path9.join(env.RUNNER_TEMP, "uv-python-dir"), export: true };
  return void 0;
}
__name(pythonInstallDir, "pythonInstallDir");
function pythonCacheKey(env, request, suffix = "") {
  const os2 = keySegment(env.ImageOS ? `${env.RUNNER_OS ?? process.platform}_${env.ImageOS}` : env.RUNNER_OS ?? process.platform);
  const readable = /^[A-Za-z0-9.]{1,32}$/.test(request) ? request : sha256Hex(request).slice(0, 12);
  return `${PYTHON_CACHE_PREFIX}${suffix ? `-${keySegment(suffix)}` : ""}-${os2}-${keySegment(env.RUNNER_ARCH ?? process.arch)}-${readable}`;
}
__name(pythonCacheKey, "pythonCacheKey");
function hasFiles(dir) {
  try {
    return existsSync3(dir) && readdirSync4(dir).length > 0;
  } catch {
    return false;
  }
}
__name(hasFiles, "hasFiles");
async function restorePythonCache(options) {
  const { runner, settings } = options;
  const key = pythonCacheKey(options.env, options.request, settings.suffix);
  let hit = false;
  let detail;
  try {
    const backend = options.backend ?? createBackend(settings.backend, { cacheDir: settings.cacheDir, capBytes: settings.capBytes });
    const result = settings.restore === false ? { matchedKey: void 0 } : await backend.restore([options.dir], key, []);
    hit = result.matchedKey === key;
    detail = hit ? `restored ${key}` : result.unavailable ? `not restored (${result.unavailable})` : result.failure ? `not restored (${result.failure})` : `nothing cached for ${key}`;
  } catch (error) {
    detail = `not restored (${error.message})`;
  }
  runner.setOutput("python-cache-hit", hit ? "true" : "false");
  runner.info(`Python cache: ${detail}`);
  const state = { key, dir: options.dir, hit, write: options.write, backend: settings.backend, cacheDir: settings.cacheDir, capBytes: settings.capBytes };
  runner.saveState(PYTHON_CACHE_STATE, JSON.stringify(state));
  return { hit, key, detail };
}
__name(restorePythonCache, "restorePythonCache");
async function savePythonCache(runner, backend) {
  const raw = runner.getState(PYTHON_CACHE_STATE);
  if (!raw) return "cache-python off";
  const state = JSON.parse(raw);
  if (state.hit) return `not saved: restored from ${state.key}`;
  if (!state.write) return "not saved: this job may not write the cache (save-cache)";
  if (!hasFiles(state.dir)) {
    runner.info(`Python cache: ${state.dir} is empty (no interpreter was downloaded: uv used one already on the runner); nothing to save.`);
    return "nothing to save: no managed interpreter";
  }
  const result = await (backend ?? createBackend(state.backend, { cacheDir: state.cacheDir, capBytes: state.capBytes })).save([state.dir], state.key);
  const line = result.status === "saved" ? `saved as ${state.key}` : `not saved: ${result.message}`;
  runner.info(`Python cache: ${line}`);
  return line;
}
__name(savePythonCache, "savePythonCache");

// src/jobs/cache-state.ts
var CACHE_SAVED_ENV = "LOCKSTEP_CACHE_SAVED";
var MIRRORED_STATES = [WHEEL_STORE_STATE, PYTHON_CACHE_STATE];
function stateEnvName(name) {
  return `LOCKSTEP_STATE_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}
__name(stateEnvName, "stateEnvName");
function mirrorCacheState(runner) {
  return {
    ...runner,
    saveState(name, value) {
      runner.saveState(name, value);
      if (MIRRORED_STATES.includes(name)) runner.exportVariable(stateEnvName(name), value);
    }
  };
}
__name(mirrorCacheState, "mirrorCacheState");

export {
  noWheelStore,
  chooseUvCacheDir,
  expandHome,
  SETUP_STATE,
  WHEEL_STORE_STATE,
  readWheelStoreSettings,
  restoreWheelStore,
  saveWheelStore,
  actionsWheelStore,
  describeRestore,
  PYTHON_CACHE_STATE,
  pythonInstallDir,
  restorePythonCache,
  savePythonCache,
  CACHE_SAVED_ENV,
  stateEnvName,
  mirrorCacheState
};
