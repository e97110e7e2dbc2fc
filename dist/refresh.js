import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-MEQSNGRH.js";
import "./chunks/chunk-GD5TBPJY.js";
import "./chunks/chunk-AS5LOYEK.js";
import "./chunks/chunk-LMQNWN5S.js";
import "./chunks/chunk-PFO7LIBY.js";
import "./chunks/chunk-P3LMKZI6.js";
import "./chunks/chunk-RURCOU7E.js";
import "./chunks/chunk-XDKZ4K5B.js";
import "./chunks/chunk-O4LGKMWW.js";
import "./chunks/chunk-G6EDGBQC.js";
import "./chunks/chunk-MJTO3GCD.js";
import "./chunks/chunk-X45KHMBJ.js";
import "./chunks/chunk-ULX43OOZ.js";
import "./chunks/chunk-I6KDJLWF.js";
import "./chunks/chunk-LCLVB2PU.js";
import "./chunks/chunk-NO7E5KVV.js";
import "./chunks/chunk-BK7KJX4B.js";
import "./chunks/chunk-VJL6VJLM.js";
import "./chunks/chunk-KUFV7T7K.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/refresh.ts
await run();
