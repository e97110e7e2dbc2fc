import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  saveWheelStore
} from "./chunks/chunk-CKFKD7YR.js";
import {
  runProcess
} from "./chunks/chunk-5F4UCBJN.js";
import {
  actionsRunner
} from "./chunks/chunk-GPM325BZ.js";
import "./chunks/chunk-SC3LUPUX.js";
import "./chunks/chunk-MGPWKA2X.js";

// src/jobs/post.ts
async function run(runner = actionsRunner(), deps = { runProcess }) {
  try {
    await runner.group("Save the wheel store", () => saveWheelStore(runner, deps));
  } catch (error) {
    runner.warning(`Wheel store not saved: ${error.message}`);
  }
}

// src/entries/post.ts
await run();
