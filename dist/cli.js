#!/usr/bin/env node
import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);

// src/entries/cli.ts
import module from "node:module";
module.enableCompileCache?.();
var { runCli } = await import("./chunks/main-VEOJBDCQ.js");
process.exitCode = await runCli(process.argv.slice(2));
