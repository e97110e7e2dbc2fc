import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-VD2P3JHH.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-PQ5ZDHUR.js";
import "./chunk-S2N35KCI.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-GUKJ4AOT.js";
import "./chunk-MQ3OXJZO.js";
import "./chunk-VIBVZVVP.js";
import "./chunk-Y2WCRYR2.js";
import "./chunk-RHGYRNFU.js";
import "./chunk-ZARW3B2O.js";
import "./chunk-OP3CTA2F.js";
import "./chunk-4WRCU3VZ.js";
import "./chunk-6FATSPAF.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-LQTGUH4G.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-TYJNTGG6.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-I4TOYENA.js";
export {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
