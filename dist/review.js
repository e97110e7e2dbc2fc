import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-XY3EFGWY.js";
import "./chunks/chunk-DSWN6DU4.js";
import "./chunks/chunk-BWS5XPAM.js";
import "./chunks/chunk-GBWQJMJO.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-JX3WA7GJ.js";
import "./chunks/chunk-BWEKL47V.js";
import "./chunks/chunk-TJ556NOY.js";
import "./chunks/chunk-PYDLSVWL.js";
import "./chunks/chunk-AWJDRCDI.js";
import "./chunks/chunk-KUHLT7KW.js";
import "./chunks/chunk-EXIXUN4Y.js";
import "./chunks/chunk-MVABLUEQ.js";
import "./chunks/chunk-LWFXDQLY.js";
import "./chunks/chunk-O666ZVCZ.js";
import "./chunks/chunk-YFLSYHXM.js";
import "./chunks/chunk-GSFZTXC7.js";
import "./chunks/chunk-ZO6DJBDE.js";
import "./chunks/chunk-6H4DJWW3.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-6FATSPAF.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-LQTGUH4G.js";
import "./chunks/chunk-UD6TKXZQ.js";
import "./chunks/chunk-TYJNTGG6.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/review.ts
await run();
