import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
} from "./chunk-RTRWP2IM.js";
import "./chunk-RDZIURKI.js";
import "./chunk-SMIV5EXI.js";
import "./chunk-POZLYKAY.js";
import "./chunk-EFAXHLUI.js";
import "./chunk-TVJAJFFS.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-7JIOAQFF.js";
import "./chunk-BWEKL47V.js";
import "./chunk-7AFABJCF.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-FEZADZOD.js";
import "./chunk-TO723HNK.js";
import "./chunk-QU52FKDZ.js";
import "./chunk-4GBUUBSV.js";
import "./chunk-T3HDM63S.js";
import "./chunk-YKG64RBM.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-WRC4H7I2.js";
import "./chunk-DWNQWAEX.js";
import "./chunk-GBARYC4T.js";
import "./chunk-QTBF2I64.js";
import "./chunk-TWU3NFPK.js";
import "./chunk-2HEI5EQZ.js";
import "./chunk-FQ4P7XNH.js";
import "./chunk-XWKXAGII.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-K4IRNN4I.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-I4TOYENA.js";
export {
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
};
