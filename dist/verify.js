import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-YW7BFEI2.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-HAGDMS4Q.js";
import "./chunks/chunk-4XO2VKVC.js";
import "./chunks/chunk-MVABLUEQ.js";
import "./chunks/chunk-HWCBNI56.js";
import "./chunks/chunk-63ELZURJ.js";
import "./chunks/chunk-HQUNZUY6.js";
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

// src/entries/verify.ts
await run();
