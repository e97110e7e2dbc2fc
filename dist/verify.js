import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-XPV6VMZQ.js";
import "./chunks/chunk-UTJ4VRPY.js";
import "./chunks/chunk-QZNG73U5.js";
import "./chunks/chunk-B2VEQ2YB.js";
import "./chunks/chunk-T3ACZT3E.js";
import "./chunks/chunk-Z7LOEGCX.js";
import "./chunks/chunk-XDN6IGXB.js";
import "./chunks/chunk-QMUGBZY4.js";
import "./chunks/chunk-YLY5RT6G.js";
import "./chunks/chunk-5LP6VMB3.js";
import "./chunks/chunk-VAFZVYFH.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-2VV5OUU3.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/verify.ts
await run();
