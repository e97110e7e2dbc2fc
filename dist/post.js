import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  saveWheelStore
} from "./chunks/chunk-PLRIINP7.js";
import "./chunks/chunk-CRRUQKEX.js";
import "./chunks/chunk-G6EDGBQC.js";
import {
  runProcess
} from "./chunks/chunk-MKLJ5GMA.js";
import {
  actionsRunner
} from "./chunks/chunk-L3YQRUKW.js";
import "./chunks/chunk-BK7KJX4B.js";
import "./chunks/chunk-ZL5AOOU4.js";
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
