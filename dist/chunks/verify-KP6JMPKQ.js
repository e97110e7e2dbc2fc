import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-SSUF3PXE.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-NNWZ7Z5X.js";
import "./chunk-USP7SYGJ.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-63ELZURJ.js";
import "./chunk-4QSHUVZU.js";
import "./chunk-LWFXDQLY.js";
import "./chunk-O666ZVCZ.js";
import "./chunk-YFLSYHXM.js";
import "./chunk-GSFZTXC7.js";
import "./chunk-S5IJQNTS.js";
import "./chunk-TYJNTGG6.js";
import "./chunk-6H4DJWW3.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-LQTGUH4G.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-I4TOYENA.js";
export {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
