#!/usr/bin/env node
import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);

// src/entries/cli.ts
import module from "node:module";
module.enableCompileCache?.();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var { runCli } = await import("./chunks/main-HQT7HILE.js");
process.exitCode = await runCli(process.argv.slice(2));
