import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-DM6RLEDB.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-A6YR2WWZ.js";
import "./chunks/chunk-E5NMHY7W.js";
import "./chunks/chunk-MVABLUEQ.js";
import "./chunks/chunk-63ELZURJ.js";
import "./chunks/chunk-J44PAVHC.js";
import "./chunks/chunk-VRNGNLXC.js";
import "./chunks/chunk-AU33ZBJ2.js";
import "./chunks/chunk-6JFMPNJQ.js";
import "./chunks/chunk-YYX6CZZV.js";
import "./chunks/chunk-S5IJQNTS.js";
import "./chunks/chunk-TYJNTGG6.js";
import "./chunks/chunk-6H4DJWW3.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-6FATSPAF.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-LQTGUH4G.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-UD6TKXZQ.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/verify.ts
await run();
