import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  checkHealth,
  run
} from "./chunk-CUMRDFIU.js";
import "./chunk-J3WBSJSH.js";
import "./chunk-LLYMOBI5.js";
import "./chunk-EFAXHLUI.js";
import "./chunk-W6WN2CVR.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-RQHPZTL3.js";
import "./chunk-WRC4H7I2.js";
import "./chunk-JSAGPIKN.js";
import "./chunk-YT6M33CQ.js";
import "./chunk-5FIJKGEE.js";
import "./chunk-HWCBNI56.js";
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
  checkHealth,
  run
};
