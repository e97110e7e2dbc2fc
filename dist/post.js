import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  saveWheelStore
} from "./chunks/chunk-6BCZACDY.js";
import "./chunks/chunk-CRRUQKEX.js";
import "./chunks/chunk-BZ3TF5XI.js";
import {
  runProcess
} from "./chunks/chunk-T3ACZT3E.js";
import {
  actionsRunner
} from "./chunks/chunk-YLY5RT6G.js";
import "./chunks/chunk-5LP6VMB3.js";
import "./chunks/chunk-VAFZVYFH.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-2VV5OUU3.js";
import "./chunks/chunk-2VAOSJMR.js";
import {
  __name
} from "./chunks/chunk-I4TOYENA.js";

// src/jobs/post.ts
async function run(runner = actionsRunner(), deps = { runProcess }) {
  try {
    await runner.group("Save the wheel store", () => saveWheelStore(runner, deps));
  } catch (error) {
    runner.warning(`Wheel store not saved: ${error.message}`);
  }
}
__name(run, "run");

// src/entries/post.ts
await run();
