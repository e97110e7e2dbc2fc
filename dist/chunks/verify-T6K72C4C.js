import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-QYV6ISKA.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-RQHPZTL3.js";
import "./chunk-5FIJKGEE.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-HWCBNI56.js";
import "./chunk-63ELZURJ.js";
import "./chunk-PMDBFREO.js";
import "./chunk-RNSL3JNO.js";
import "./chunk-72P7T4AA.js";
import "./chunk-5CSEXQD3.js";
import "./chunk-OLB35YTD.js";
import "./chunk-ZO6DJBDE.js";
import "./chunk-6H4DJWW3.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-LQTGUH4G.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-FQ4P7XNH.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-I4TOYENA.js";
export {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
