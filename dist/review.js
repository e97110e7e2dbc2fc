import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-GA77AKBS.js";
import "./chunks/chunk-MLTICVIO.js";
import "./chunks/chunk-QUSMBRWL.js";
import "./chunks/chunk-GBWQJMJO.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-JX3WA7GJ.js";
import "./chunks/chunk-BWEKL47V.js";
import "./chunks/chunk-XX75TRIW.js";
import "./chunks/chunk-NJPBRBIU.js";
import "./chunks/chunk-AWJDRCDI.js";
import "./chunks/chunk-NGPSMAP6.js";
import "./chunks/chunk-KUHLT7KW.js";
import "./chunks/chunk-4XO2VKVC.js";
import "./chunks/chunk-MVABLUEQ.js";
import "./chunks/chunk-HWCBNI56.js";
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
