import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-JSJZ7T47.js";
import "./chunks/chunk-WRC4H7I2.js";
import "./chunks/chunk-DWNQWAEX.js";
import "./chunks/chunk-NIZROHEL.js";
import "./chunks/chunk-QTBF2I64.js";
import "./chunks/chunk-OIWBPB7X.js";
import "./chunks/chunk-2HEI5EQZ.js";
import "./chunks/chunk-FQ4P7XNH.js";
import "./chunks/chunk-6H4DJWW3.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-6FATSPAF.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-K4IRNN4I.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-UD6TKXZQ.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/save-cache.ts
await run();
