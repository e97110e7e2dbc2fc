import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  saveWheelStore
} from "./chunks/chunk-A2YAM7FX.js";
import "./chunks/chunk-CRRUQKEX.js";
import "./chunks/chunk-G6EDGBQC.js";
import {
  runProcess
} from "./chunks/chunk-I6KDJLWF.js";
import {
  actionsRunner
} from "./chunks/chunk-TYTOYZL2.js";
import "./chunks/chunk-VJL6VJLM.js";
import "./chunks/chunk-KUFV7T7K.js";
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
