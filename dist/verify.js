import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-WD7YC7ST.js";
import "./chunks/chunk-X45KHMBJ.js";
import "./chunks/chunk-ULX43OOZ.js";
import "./chunks/chunk-I6KDJLWF.js";
import "./chunks/chunk-6K5QJXGC.js";
import "./chunks/chunk-NHK5OVPX.js";
import "./chunks/chunk-LCLVB2PU.js";
import "./chunks/chunk-NO7E5KVV.js";
import "./chunks/chunk-BK7KJX4B.js";
import "./chunks/chunk-VJL6VJLM.js";
import "./chunks/chunk-KUFV7T7K.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/verify.ts
await run();
