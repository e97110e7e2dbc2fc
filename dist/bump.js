import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-SOVYL5PO.js";
import "./chunks/chunk-7KPVBDTJ.js";
import "./chunks/chunk-3RXW4QVP.js";
import "./chunks/chunk-RURCOU7E.js";
import "./chunks/chunk-WRGROXK3.js";
import "./chunks/chunk-URIFG6BZ.js";
import "./chunks/chunk-G6EDGBQC.js";
import "./chunks/chunk-MJTO3GCD.js";
import "./chunks/chunk-SKBLRYQU.js";
import "./chunks/chunk-4PBJW3GJ.js";
import "./chunks/chunk-MKLJ5GMA.js";
import "./chunks/chunk-5Q3OSPGS.js";
import "./chunks/chunk-L3YQRUKW.js";
import "./chunks/chunk-BK7KJX4B.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/bump.ts
await run();
