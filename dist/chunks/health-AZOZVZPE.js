import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  checkHealth,
  run
} from "./chunk-2IRF6UBQ.js";
import "./chunk-N5VSBZ7R.js";
import "./chunk-RUQZG5KK.js";
import "./chunk-EFAXHLUI.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-6NRVK4OG.js";
import "./chunk-PQ5ZDHUR.js";
import "./chunk-WRC4H7I2.js";
import "./chunk-S2N35KCI.js";
import "./chunk-AWJDRCDI.js";
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
  checkHealth,
  run
};
