import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
} from "./chunk-B5PET4BU.js";
import "./chunk-KJSXG6I3.js";
import "./chunk-PVMOSEMH.js";
import "./chunk-PR4HEHAD.js";
import "./chunk-EFAXHLUI.js";
import "./chunk-GBWQJMJO.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-XLMW37SN.js";
import "./chunk-YOPQ4EL5.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-KUHLT7KW.js";
import "./chunk-NNWZ7Z5X.js";
import "./chunk-WRC4H7I2.js";
import "./chunk-XX75TRIW.js";
import "./chunk-USP7SYGJ.js";
import "./chunk-AWJDRCDI.js";
import "./chunk-MVABLUEQ.js";
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
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
};
