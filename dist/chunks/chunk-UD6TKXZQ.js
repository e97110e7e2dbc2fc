import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/security/redact.ts
var URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@'"`<>]+)@/gi;
var MIN_SECRET_LENGTH = 4;
var TOKEN_AS_USER_LENGTH = 20;
function redactText(text, secrets2 = []) {
  let out = text.replace(URL_USERINFO, (match, scheme, userinfo) => userinfo === "git" ? match : `${scheme}***@`);
  const values = [...new Set(secrets2)].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  for (const value of values) {
    if (out.includes(value)) out = out.split(value).join("***");
  }
  return out;
}
__name(redactText, "redactText");
function urlCredentials(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const tokenAsUser = !parsed.password && parsed.username.length >= TOKEN_AS_USER_LENGTH ? parsed.username : "";
  const parts = [parsed.password, tokenAsUser].filter(Boolean);
  return parts.flatMap((part) => {
    let decoded = part;
    try {
      decoded = decodeURIComponent(part);
    } catch {
    }
    return decoded === part ? [part] : [part, decoded];
  });
}
__name(urlCredentials, "urlCredentials");

// src/adapters/outgoing.ts
var secrets = /* @__PURE__ */ new Set();
function rememberSecret(value) {
  for (const part of [value, ...value.split(/\r?\n/).map((line) => line.trim())]) {
    if (part.length >= MIN_SECRET_LENGTH) secrets.add(part);
  }
}
__name(rememberSecret, "rememberSecret");
function rememberUrlCredentials(url) {
  for (const part of urlCredentials(url)) rememberSecret(part);
}
__name(rememberUrlCredentials, "rememberUrlCredentials");
function redact(text) {
  return redactText(text, secrets);
}
__name(redact, "redact");

export {
  rememberSecret,
  rememberUrlCredentials,
  redact
};
