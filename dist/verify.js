import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-3I5ZQTOV.js";
import "./chunks/chunk-SKBLRYQU.js";
import "./chunks/chunk-4PBJW3GJ.js";
import "./chunks/chunk-MKLJ5GMA.js";
import "./chunks/chunk-6K5QJXGC.js";
import "./chunks/chunk-4TGIPAW4.js";
import "./chunks/chunk-5Q3OSPGS.js";
import "./chunks/chunk-L3YQRUKW.js";
import "./chunks/chunk-BK7KJX4B.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/verify.ts
await run();
