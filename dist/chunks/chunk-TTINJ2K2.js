import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  rememberSecret
} from "./chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/index-credentials.ts
function uvIndexEnvName(name) {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}
__name(uvIndexEnvName, "uvIndexEnvName");
function withIndexCredentials(url, name, env = process.env) {
  if (!name) return url;
  const key = `UV_INDEX_${uvIndexEnvName(name)}`;
  const username = env[`${key}_USERNAME`];
  const password = env[`${key}_PASSWORD`];
  if (!username && !password) return url;
  if (password) rememberSecret(password);
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return url;
    parsed.username = encodeURIComponent(username ?? "");
    parsed.password = encodeURIComponent(password ?? "");
    return parsed.toString().replace(/\/$/, url.endsWith("/") ? "/" : "");
  } catch {
    return url;
  }
}
__name(withIndexCredentials, "withIndexCredentials");
function indexNameFor(url, indexes) {
  const bare = url.replace(/\/+$/, "");
  return indexes.find((i) => i.name && i.url.replace(/\/+$/, "") === bare)?.name ?? void 0;
}
__name(indexNameFor, "indexNameFor");

export {
  withIndexCredentials,
  indexNameFor
};
