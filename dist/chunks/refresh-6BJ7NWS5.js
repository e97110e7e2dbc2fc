import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
} from "./chunk-55I7STTW.js";
import "./chunk-ISN7JEKF.js";
import "./chunk-LFDESF5H.js";
import "./chunk-3WMAZEAX.js";
import "./chunk-EFAXHLUI.js";
import "./chunk-TFTFI2WZ.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-EIJ56YXS.js";
import "./chunk-JM7KOEE5.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-E4IX23F5.js";
import "./chunk-A6YR2WWZ.js";
import "./chunk-WRC4H7I2.js";
import "./chunk-JAYNJWOI.js";
import "./chunk-E5NMHY7W.js";
import "./chunk-AWJDRCDI.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-VRNGNLXC.js";
import "./chunk-AU33ZBJ2.js";
import "./chunk-6JFMPNJQ.js";
import "./chunk-YYX6CZZV.js";
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
