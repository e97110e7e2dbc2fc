import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  fetchText,
  retryPolicyFromEnv
} from "./chunk-GBARYC4T.js";
import {
  normalizeName
} from "./chunk-2HEI5EQZ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/package-index.ts
var DEFAULT_INDEX_URL = "https://pypi.org/simple";
var ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
var SimpleApiIndex = class {
  constructor(url = DEFAULT_INDEX_URL, policy = retryPolicyFromEnv(), log = () => {
  }) {
    this.policy = policy;
    this.log = log;
    this.url = url.replace(/\/+$/, "");
  }
  policy;
  log;
  static {
    __name(this, "SimpleApiIndex");
  }
  url;
  async projectFiles(project) {
    return this.readProjectPage(project, false);
  }
  /** Every file with what choosing a version needs: yanked reason, requires-python, upload time. */
  async releaseFiles(project) {
    return this.readProjectPage(project, true);
  }
  async readProjectPage(project, details) {
    const pageUrl = `${this.url}/${normalizeName(project)}/`;
    const page = await fetchText(pageUrl, { Accept: ACCEPT }, this.policy, this.log);
    const files = /json/i.test(page.contentType) ? parseJsonProjectPage(page.text, page.url, details) : parseHtmlProjectPage(page.text, page.url, details);
    return files.map((file) => ({ ...file, url: withIndexCredentials(file.url, this.url) }));
  }
};
function withIndexCredentials(fileUrl, indexUrl) {
  let file;
  let index;
  try {
    file = new URL(fileUrl);
    index = new URL(indexUrl);
  } catch {
    return fileUrl;
  }
  if (!(index.username || index.password) || file.username || file.password || file.origin !== index.origin) return fileUrl;
  file.username = index.username;
  file.password = index.password;
  return file.href;
}
__name(withIndexCredentials, "withIndexCredentials");
function parseJsonProjectPage(text, pageUrl, details = false) {
  const page = JSON.parse(text);
  return (page.files ?? []).filter((f) => typeof f.filename === "string" && typeof f.url === "string").map((f) => {
    const file = {
      filename: f.filename,
      url: new URL(f.url, pageUrl).href,
      sha256: f.hashes?.sha256?.toLowerCase(),
      yanked: Boolean(f.yanked)
    };
    if (!details) return file;
    if (typeof f.yanked === "string" && f.yanked !== "") file.yankedReason = f.yanked;
    if (typeof f["requires-python"] === "string" && f["requires-python"].trim() !== "") file.requiresPython = f["requires-python"].trim();
    if (typeof f["upload-time"] === "string") file.uploadTime = f["upload-time"];
    return file;
  });
}
__name(parseJsonProjectPage, "parseJsonProjectPage");
function parseHtmlProjectPage(html, pageUrl, details = false) {
  const files = [];
  const anchor = /<a\s([^>]*)>([^<]*)<\/a>/gi;
  for (const m of html.matchAll(anchor)) {
    const attrs = m[1] ?? "";
    const href = /href\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
    const rawHref = decodeEntities(href?.[2] ?? href?.[3] ?? "");
    if (!rawHref) continue;
    const url = new URL(rawHref, pageUrl);
    const sha256 = /(?:^|&)sha256=([0-9a-f]{64})/i.exec(url.hash.slice(1))?.[1]?.toLowerCase();
    url.hash = "";
    const filename = decodeEntities((m[2] ?? "").trim()) || decodeURIComponent(url.pathname.split("/").pop() ?? "");
    const file = { filename, url: url.href, sha256, yanked: /data-yanked/i.test(attrs) };
    if (!details) {
      files.push(file);
      continue;
    }
    const yankedReason = attribute(attrs, "data-yanked");
    if (yankedReason) file.yankedReason = yankedReason;
    const requiresPython = attribute(attrs, "data-requires-python");
    if (requiresPython) file.requiresPython = requiresPython;
    files.push(file);
  }
  return files;
}
__name(parseHtmlProjectPage, "parseHtmlProjectPage");
function attribute(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, "i").exec(attrs);
  const value = m ? decodeEntities(m[2] ?? m[3] ?? "").trim() : "";
  return value === "" ? void 0 : value;
}
__name(attribute, "attribute");
function decodeEntities(text) {
  return text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
}
__name(decodeEntities, "decodeEntities");

export {
  DEFAULT_INDEX_URL,
  SimpleApiIndex,
  parseHtmlProjectPage
};
