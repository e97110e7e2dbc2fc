import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-LFDESF5H.js";
import "./chunks/chunk-3WMAZEAX.js";
import "./chunks/chunk-EFAXHLUI.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-JX3WA7GJ.js";
import "./chunks/chunk-BWEKL47V.js";
import "./chunks/chunk-EIJ56YXS.js";
import "./chunks/chunk-JM7KOEE5.js";
import "./chunks/chunk-G6EDGBQC.js";
import "./chunks/chunk-E4IX23F5.js";
import "./chunks/chunk-A6YR2WWZ.js";
import "./chunks/chunk-WRC4H7I2.js";
import "./chunks/chunk-JAYNJWOI.js";
import "./chunks/chunk-E5NMHY7W.js";
import "./chunks/chunk-AWJDRCDI.js";
import "./chunks/chunk-MVABLUEQ.js";
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

// src/entries/bump.ts
await run();
