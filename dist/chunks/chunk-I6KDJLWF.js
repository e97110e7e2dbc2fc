import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/process.ts
import { spawn } from "node:child_process";
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
var runProcess = /* @__PURE__ */ __name((command, args, options = {}) => new Promise((resolve, reject) => {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: true
  });
  const out = [];
  const err = [];
  child.stdout.on("data", (chunk) => {
    out.push(chunk);
    if (options.echo) process.stdout.write(chunk);
  });
  child.stderr.on("data", (chunk) => {
    err.push(chunk);
    if (options.echo) process.stdout.write(chunk);
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
    if (timedOut) return reject(new ProcessTimeoutError(command, timeoutMs));
    resolve({
      exitCode: code ?? (signal ? 128 : 1),
      stdout: Buffer.concat(out).toString("utf8"),
      stderr: Buffer.concat(err).toString("utf8")
    });
  });
}), "runProcess");

export {
  ProcessTimeoutError,
  runProcess
};
