import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  parseDuration
} from "./chunk-POZLYKAY.js";
import {
  MAX_COMMENT_BODY_CHARS,
  createGitHubApi
} from "./chunk-7JIOAQFF.js";
import {
  DEFAULT_GITHUB_URL,
  chooseUvVersionRequest,
  currentPlatform,
  githubReleasesApi,
  installUv
} from "./chunk-7AFABJCF.js";
import {
  locateUvProject,
  readProjectFiles
} from "./chunk-TO723HNK.js";
import {
  SimpleApiIndex
} from "./chunk-QU52FKDZ.js";
import {
  checkProject
} from "./chunk-4GBUUBSV.js";
import {
  ProcessTimeoutError,
  runProcess
} from "./chunk-DWNQWAEX.js";
import {
  retryPolicyFromEnv
} from "./chunk-GBARYC4T.js";
import {
  actionsRunner
} from "./chunk-TWU3NFPK.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  redact
} from "./chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/pull-request.ts
var BOT_TRAILER = "Lockstep-Bot: true";
var BLOCKED_MARKER = "<!-- lockstep:blocked -->";
function isOurs(commit, botLogin) {
  return commit.message.includes(BOT_TRAILER) && commit.authorLogin === botLogin && (commit.committerLogin === "web-flow" || commit.committerLogin === botLogin) && commit.verified;
}
__name(isOurs, "isOurs");
async function foreignCommits(api, branch, base) {
  const botLogin = await api.authenticatedLogin();
  const [onBranch, onBase] = await Promise.all([api.listBranchCommits(branch, { limit: 50 }), api.listBranchCommits(base, { limit: 100 })]);
  const baseShas = new Set(onBase.map((c) => c.sha));
  const foreign = [];
  for (const commit of onBranch) {
    if (isOurs(commit, botLogin) || baseShas.has(commit.sha)) break;
    foreign.push(commit);
  }
  return foreign;
}
__name(foreignCommits, "foreignCommits");
function capPullRequestBody(body, rest, max = MAX_COMMENT_BODY_CHARS) {
  if (body.length <= max) return body;
  const note = `

> [!NOTE]
> This description was cut to fit GitHub's size limit: ${rest}
`;
  let kept = body.slice(0, max - note.length - 8);
  kept = kept.slice(0, Math.max(kept.lastIndexOf("\n"), 0));
  if ((kept.match(/^```/gm) ?? []).length % 2 === 1) kept += "\n```";
  return `${kept}${note}`;
}
__name(capPullRequestBody, "capPullRequestBody");
async function publishBranchPullRequest(api, given) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: slug, GITHUB_RUN_ID: runId } = process.env;
  const run = server && slug && runId ? `[the job summary of run ${runId}](${server}/${slug}/actions/runs/${runId})` : "the job summary of the run that wrote it";
  const rest = given.fullReport ?? `the full report is in ${run}.`;
  const request = { ...given, title: redact(given.title), body: capPullRequestBody(redact(given.body), rest) };
  const log = request.log ?? (() => {
  });
  const repository = await api.getRepository();
  const base = request.base || repository.defaultBranch;
  const pulls = (await api.listPullRequestsByHead(request.branch)).filter((p) => p.body.includes(request.marker));
  const open = pulls.find((p) => p.state === "open") ?? null;
  if (!open) {
    const rejected = pulls.find((p) => p.state === "closed" && !p.merged && request.readProposalKey(p.body) === request.proposalKey);
    if (rejected) {
      return {
        action: "closed-before",
        pullRequest: rejected,
        headSha: null,
        message: `#${rejected.number} proposed exactly these versions and was closed without merging; not reopening it (a newer release will open a new PR).`
      };
    }
  }
  const baseSha = await api.getBranchSha(base);
  if (!baseSha) throw new Error(`base branch ${base} does not exist`);
  let headSha = await api.getBranchSha(request.branch);
  let changed = false;
  if (headSha) {
    const foreign = await foreignCommits(api, request.branch, base);
    if (foreign.length > 0) {
      const who = [...new Set(foreign.map((c) => c.authorLogin ?? c.authorName))].join(", ");
      if (open) {
        await api.upsertComment(open.number, BLOCKED_MARKER, `${BLOCKED_MARKER}
${request.blockedComment(foreign)}`);
      }
      return {
        action: "blocked",
        pullRequest: open,
        headSha,
        message: `branch ${request.branch} has ${foreign.length} commit(s) by ${who}; left as is${open ? ` (commented on #${open.number})` : ""}.`
      };
    }
  }
  if (!(headSha && await branchHasContent(api, request, headSha, baseSha))) {
    const baseCommit = await api.getCommit(baseSha);
    const tree = await api.createTree(request.files.map((f) => ({ path: f.path, content: f.content })), baseCommit.treeSha);
    const commit = await api.createCommit({ message: `${request.commitMessage}

${BOT_TRAILER}
`, tree, parents: [baseSha] });
    if (headSha) await api.updateBranch(request.branch, commit.sha, { force: true });
    else await api.createBranch(request.branch, commit.sha);
    log(`${headSha ? "updated" : "created"} branch ${request.branch} at ${commit.sha.slice(0, 7)}`);
    headSha = commit.sha;
    changed = true;
  }
  if (open) {
    const needsEdit = open.body !== request.body || open.title !== request.title;
    const pr = needsEdit ? await api.updatePullRequest(open.number, { title: request.title, body: request.body }) : open;
    const action = changed || needsEdit ? "updated" : "unchanged";
    return { action, pullRequest: pr, headSha, message: action === "unchanged" ? `#${pr.number} is up to date` : `updated #${pr.number}` };
  }
  const created = await api.createPullRequest({ head: request.branch, base, title: request.title, body: request.body });
  if (!created.created && (created.body !== request.body || created.title !== request.title)) {
    await api.updatePullRequest(created.number, { title: request.title, body: request.body });
  }
  if (request.labels && request.labels.length > 0) await api.addLabels(created.number, request.labels);
  return { action: created.created ? "created" : "updated", pullRequest: created, headSha, message: `${created.created ? "opened" : "adopted"} #${created.number}` };
}
__name(publishBranchPullRequest, "publishBranchPullRequest");
async function branchHasContent(api, request, headSha, baseSha) {
  const head = await api.getCommit(headSha);
  if (head.parents.length !== 1 || head.parents[0] !== baseSha || !head.message.includes(BOT_TRAILER)) return false;
  for (const file of request.files) {
    if (await api.getFileContent(file.path, headSha) !== file.content) return false;
  }
  return true;
}
__name(branchHasContent, "branchHasContent");

// src/adapters/uv-lock.ts
function tail(text, lines = 6) {
  return text.trim().split("\n").filter((l) => l.trim() !== "").slice(-lines).join("\n");
}
__name(tail, "tail");
async function uvLockUpgrade(uv, projectDir, packages) {
  return uvLock(uv, projectDir, packages.flatMap((p) => ["--upgrade-package", p]));
}
__name(uvLockUpgrade, "uvLockUpgrade");
async function uvLock(uv, projectDir, lockArgs) {
  const args = ["lock", ...lockArgs, ...uv.extraArgs ?? []];
  const command = `uv ${args.join(" ")}`;
  let result;
  try {
    result = await uv.run(uv.binary, args, { cwd: projectDir, env: { ...uv.env, NO_COLOR: "1" }, timeoutMs: uv.timeoutMs ?? 6e5 });
  } catch (error) {
    if (error instanceof ProcessTimeoutError) return { ok: false, command, error: error.message };
    if (error.code === "ENOENT") {
      throw new LockstepError(`cannot run uv (${uv.binary}): not found`, { hint: "Run the lockstep setup step first (it puts uv on PATH), or pass the uv binary (input `uv` / --uv)." });
    }
    throw error;
  }
  if (result.exitCode === 0) return { ok: true, command };
  return { ok: false, command, error: tail(result.stderr || result.stdout) || `exit ${result.exitCode}` };
}
__name(uvLock, "uvLock");

// src/jobs/maintenance/project.ts
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
function openMaintenanceProject(dir, boundary) {
  const location = locateUvProject(dir, boundary);
  const files = readProjectFiles(location.rootDir);
  const member = location.member ? path.relative(location.rootDir, location.projectDir).split(path.sep).join("/") : null;
  return { rootDir: location.rootDir, member, files, manifests: manifestsOf(files) };
}
__name(openMaintenanceProject, "openMaintenanceProject");
function manifestsOf(files) {
  return { ...files.pyproject !== null ? { [files.pyprojectPath]: files.pyproject } : {}, ...files.members };
}
__name(manifestsOf, "manifestsOf");
function changedOnDisk(rootDir, expected) {
  return Object.entries(expected).filter(([file, text]) => readFileSync(path.join(rootDir, file), "utf8") !== text).map(([file]) => file);
}
__name(changedOnDisk, "changedOnDisk");
function writeManifests(rootDir, manifests) {
  for (const file of changedOnDisk(rootDir, manifests)) writeFileSync(path.join(rootDir, file), manifests[file]);
}
__name(writeManifests, "writeManifests");
function checkFiles(files, lock, check, manifests = manifestsOf(files)) {
  const { [files.pyprojectPath]: root, ...members } = manifests;
  const report = checkProject(
    { pyproject: root ?? files.pyproject, lock, pyprojectPath: files.pyprojectPath, lockPath: files.lockPath, members: { ...files.members, ...members } },
    check
  );
  const parseError = report.findings.find((f) => f.code === "parse-error");
  if (parseError) throw new LockstepError(parseError.message, { file: parseError.file, line: parseError.line, column: parseError.column });
  return report;
}
__name(checkFiles, "checkFiles");
function repoFile(workspace, dir, file) {
  return path.relative(workspace, path.join(dir, file)).split(path.sep).join("/");
}
__name(repoFile, "repoFile");

// src/jobs/maintenance/uv.ts
function maintenanceDependencies(overrides) {
  return {
    runner: overrides.runner ?? actionsRunner(),
    run: overrides.run ?? runProcess,
    env: overrides.env ?? process.env,
    github: overrides.github ?? ((token, owner, repo, log) => createGitHubApi({ token, owner, repo, log })),
    now: overrides.now ?? (() => /* @__PURE__ */ new Date())
  };
}
__name(maintenanceDependencies, "maintenanceDependencies");
async function resolveUv(runner, deps, requiredVersion, token) {
  const given = runner.input("uv-path");
  if (given) return given;
  try {
    const probe = await deps.run("uv", ["--version"], { env: deps.env, timeoutMs: 3e4 });
    if (probe.exitCode === 0) return "uv";
  } catch {
  }
  const log = /* @__PURE__ */ __name((m) => runner.info(m), "log");
  const request = chooseUvVersionRequest({ input: "", pyprojectRequiredVersion: requiredVersion ?? void 0 });
  const policy = retryPolicyFromEnv(deps.env);
  const releasesApi = githubReleasesApi(DEFAULT_GITHUB_URL, deps.env);
  const installed = await installUv(request, {
    source: "auto",
    // The uv wheel comes from the same index as everything else (a mirror, when the project uses one).
    index: new SimpleApiIndex(runner.input("default-index") || deps.env.UV_DEFAULT_INDEX || void 0, policy, log),
    githubUrl: DEFAULT_GITHUB_URL,
    // The token goes only to the API that issued it (not api.github.com from a GHES runner).
    githubApiUrl: releasesApi.url,
    githubToken: releasesApi.sendToken ? token : "",
    platform: currentPlatform(),
    policy,
    log
  });
  log(`uv ${installed.version} installed at ${installed.binary}`);
  return installed.binary;
}
__name(resolveUv, "resolveUv");
function minReleaseAgeInput(runner) {
  const value = runner.input("min-release-age");
  if (value === "") return null;
  const ms = parseDuration(value);
  if (ms === null) throw new LockstepError(`min-release-age: "${value}" is not a duration`, { hint: 'Use a number of days (7) or a duration like "12h", "7d", "2w".' });
  return ms;
}
__name(minReleaseAgeInput, "minReleaseAgeInput");
function listInput(value) {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}
__name(listInput, "listInput");

export {
  publishBranchPullRequest,
  uvLockUpgrade,
  uvLock,
  openMaintenanceProject,
  changedOnDisk,
  writeManifests,
  checkFiles,
  repoFile,
  maintenanceDependencies,
  resolveUv,
  minReleaseAgeInput,
  listInput
};
