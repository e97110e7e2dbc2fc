import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  inertOutputChunk
} from "./chunk-K4IRNN4I.js";
import {
  redact
} from "./chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/process.ts
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
var ProcessTimeoutError = class extends Error {
  constructor(command, timeoutMs) {
    super(`${command} did not finish within ${Math.round(timeoutMs / 1e3)} s and was stopped`);
    this.command = command;
    this.timeoutMs = timeoutMs;
    this.name = "ProcessTimeoutError";
  }
  command;
  timeoutMs;
  static {
    __name(this, "ProcessTimeoutError");
  }
};
var RUNNER_CREDENTIALS = /^(INPUT_.*|GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL))$/i;
function childEnvironment(env = process.env) {
  const out = {};
  for (const [name, value] of Object.entries(env)) if (!RUNNER_CREDENTIALS.test(name)) out[name] = value;
  return out;
}
__name(childEnvironment, "childEnvironment");
var runProcess = /* @__PURE__ */ __name((command, args, options = {}) => new Promise((resolve, reject) => {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: childEnvironment(options.env ?? process.env),
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: true
  });
  const out = [];
  const err = [];
  const echo = options.echo ? lineEcho() : null;
  child.stdout.on("data", (chunk) => {
    out.push(chunk);
    echo?.write(chunk);
  });
  child.stderr.on("data", (chunk) => {
    err.push(chunk);
    echo?.write(chunk);
  });
  const timeoutMs = options.timeoutMs ?? 6e5;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.once("exit", () => {
      child.stdout.destroy();
      child.stderr.destroy();
      reject(new ProcessTimeoutError(command, timeoutMs));
    });
    child.kill("SIGKILL");
  }, timeoutMs);
  child.on("error", (error) => {
    clearTimeout(timer);
    reject(error);
  });
  child.on("close", (code, signal) => {
    clearTimeout(timer);
    echo?.end();
    if (timedOut) return reject(new ProcessTimeoutError(command, timeoutMs));
    resolve({
      exitCode: code ?? (signal ? 128 : 1),
      stdout: Buffer.concat(out).toString("utf8"),
      stderr: Buffer.concat(err).toString("utf8")
    });
  });
}), "runProcess");
function lineEcho() {
  let pending = "";
  const decoder = new StringDecoder("utf8");
  const flush = /* @__PURE__ */ __name((text) => {
    if (text) process.stdout.write(inertOutputChunk(redact(text)));
  }, "flush");
  return {
    write(chunk) {
      pending += decoder.write(chunk);
      const cut = pending.lastIndexOf("\n");
      if (cut < 0) return;
      flush(pending.slice(0, cut + 1));
      pending = pending.slice(cut + 1);
    },
    end() {
      pending += decoder.end();
      flush(pending && `${pending}
`);
      pending = "";
    }
  };
}
__name(lineEcho, "lineEcho");

export {
  ProcessTimeoutError,
  childEnvironment,
  runProcess
};
