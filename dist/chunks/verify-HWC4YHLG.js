import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-DM6RLEDB.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-A6YR2WWZ.js";
import "./chunk-E5NMHY7W.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-63ELZURJ.js";
import "./chunk-J44PAVHC.js";
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
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
