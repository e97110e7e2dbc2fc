import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-WYYYUN73.js";
import "./chunks/chunk-LWHE4DJM.js";
import "./chunks/chunk-5F4UCBJN.js";
import "./chunks/chunk-LY6E7FAA.js";
import "./chunks/chunk-3PGUV6WA.js";
import "./chunks/chunk-GPM325BZ.js";
import "./chunks/chunk-MGPWKA2X.js";

// src/entries/verify.ts
await run();
