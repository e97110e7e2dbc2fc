import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  applyAndVerify,
  checkFiles,
  parseIndexOverrides,
  planProject,
  publishPlan,
  resolveUv,
  run
} from "./chunk-BNQIXJCV.js";
import "./chunk-CSPA2CSF.js";
import "./chunk-EFAXHLUI.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-OSL4AXYZ.js";
import "./chunk-63AMMYV2.js";
import "./chunk-6NRVK4OG.js";
import "./chunk-PQ5ZDHUR.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-WRC4H7I2.js";
import "./chunk-7X37DQXS.js";
import "./chunk-S2N35KCI.js";
import "./chunk-AWJDRCDI.js";
import "./chunk-MVABLUEQ.js";
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
  applyAndVerify,
  checkFiles,
  parseIndexOverrides,
  planProject,
  publishPlan,
  resolveUv,
  run
};
