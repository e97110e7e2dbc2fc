import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  applyAndVerify,
  checkFiles,
  parseIndexOverrides,
  planProject,
  publishPlan,
  resolveUv,
  run
} from "./chunk-VNDRU56W.js";
import "./chunk-TBBEEI6D.js";
import "./chunk-EFAXHLUI.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-4PKGP6AK.js";
import "./chunk-4WDWLVJV.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-67HC44GG.js";
import "./chunk-WRC4H7I2.js";
import "./chunk-XX75TRIW.js";
import "./chunk-KUHLT7KW.js";
import "./chunk-HBNBOWPW.js";
import "./chunk-AWJDRCDI.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-LWFXDQLY.js";
import "./chunk-O666ZVCZ.js";
import "./chunk-YFLSYHXM.js";
import "./chunk-GSFZTXC7.js";
import "./chunk-5LBAUZVQ.js";
import "./chunk-TYJNTGG6.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-LQTGUH4G.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-6H4DJWW3.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
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
