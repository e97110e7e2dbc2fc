import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  CACHE_SAVED_ENV,
  PYTHON_CACHE_STATE,
  savePythonCache,
  saveWheelStore
} from "./chunks/chunk-CORLHALW.js";
import "./chunks/chunk-WRC4H7I2.js";
import {
  runProcess
} from "./chunks/chunk-DWNQWAEX.js";
import "./chunks/chunk-GBARYC4T.js";
import "./chunks/chunk-QTBF2I64.js";
import {
  actionsRunner
} from "./chunks/chunk-TWU3NFPK.js";
import "./chunks/chunk-2HEI5EQZ.js";
import "./chunks/chunk-FQ4P7XNH.js";
import "./chunks/chunk-XWKXAGII.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-K4IRNN4I.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunks/chunk-I4TOYENA.js";

// src/jobs/post.ts
async function run(runner = actionsRunner(), deps = { runProcess }) {
  if (process.env[CACHE_SAVED_ENV] === "true") {
    runner.info("Cache already saved by the lockstep save-cache step of this job.");
    return;
  }
  try {
    await runner.group("Save the wheel store", () => saveWheelStore(runner, deps));
  } catch (error) {
    runner.warning(`Wheel store not saved: ${error.message}`);
  }
  try {
    if (runner.getState(PYTHON_CACHE_STATE)) await runner.group("Save the Python cache", () => savePythonCache(runner));
  } catch (error) {
    runner.warning(`Python cache not saved: ${error.message}`);
  }
}
__name(run, "run");

// src/entries/post.ts
await run();
