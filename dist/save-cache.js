import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  CACHE_SAVED_ENV,
  PYTHON_CACHE_STATE,
  WHEEL_STORE_STATE,
  savePythonCache,
  saveWheelStore,
  stateEnvName
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

// src/jobs/save-cache.ts
async function run(base = actionsRunner(), env = process.env) {
  const runner = { ...base, getState: /* @__PURE__ */ __name((name) => env[stateEnvName(name)] ?? "", "getState") };
  if (!env[stateEnvName(WHEEL_STORE_STATE)] && !env[stateEnvName(PYTHON_CACHE_STATE)]) {
    runner.info("save-cache: the lockstep setup step restored no cache in this job (cache off, or setup stopped early); nothing to save.");
    return;
  }
  try {
    await runner.group("Save the wheel store", () => saveWheelStore(runner, { runProcess }));
    if (runner.getState(PYTHON_CACHE_STATE)) await runner.group("Save the Python cache", () => savePythonCache(runner));
    runner.exportVariable(CACHE_SAVED_ENV, "true");
  } catch (error) {
    runner.warning(`Cache not saved: ${error.message}`);
  }
}
__name(run, "run");

// src/entries/save-cache.ts
await run();
