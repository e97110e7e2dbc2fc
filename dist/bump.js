import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-Q7254EZL.js";
import "./chunks/chunk-UI2COS2X.js";
import "./chunks/chunk-6ZXPS52W.js";
import "./chunks/chunk-U7SD3EQM.js";
import "./chunks/chunk-IVTFHKL3.js";
import "./chunks/chunk-DGYNUMEB.js";
import "./chunks/chunk-G6EDGBQC.js";
import "./chunks/chunk-MJTO3GCD.js";
import "./chunks/chunk-ZBLSCUSQ.js";
import "./chunks/chunk-2BNWXGEC.js";
import "./chunks/chunk-AR7ALGIX.js";
import "./chunks/chunk-I6KDJLWF.js";
import "./chunks/chunk-LCLVB2PU.js";
import "./chunks/chunk-TYTOYZL2.js";
import "./chunks/chunk-VJL6VJLM.js";
import "./chunks/chunk-KUFV7T7K.js";
import "./chunks/chunk-2VV5OUU3.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/bump.ts
await run();
