import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  actionsWheelStore
} from "./chunks/chunk-6BCZACDY.js";
import "./chunks/chunk-CRRUQKEX.js";
import {
  run
} from "./chunks/chunk-MJLQELPS.js";
import "./chunks/chunk-WZR4JICD.js";
import "./chunks/chunk-BZ3TF5XI.js";
import "./chunks/chunk-V3KSETJO.js";
import "./chunks/chunk-SKQYPH6J.js";
import "./chunks/chunk-PSQUHGEY.js";
import "./chunks/chunk-SD6SK6KG.js";
import "./chunks/chunk-T3ACZT3E.js";
import "./chunks/chunk-FUH7EAIY.js";
import "./chunks/chunk-EXLDBFN2.js";
import "./chunks/chunk-4BXMAKE5.js";
import "./chunks/chunk-YLY5RT6G.js";
import "./chunks/chunk-5LP6VMB3.js";
import "./chunks/chunk-VAFZVYFH.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-2VV5OUU3.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/setup.ts
await run({ wheelStore: actionsWheelStore() });
