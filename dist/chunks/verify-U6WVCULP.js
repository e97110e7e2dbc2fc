import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-AZSSLWDH.js";
import "./chunk-63ELZURJ.js";
import "./chunk-QWYBACPM.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-4I4LZAXW.js";
import "./chunk-E3GUJFH6.js";
import "./chunk-TTNOZMIY.js";
import "./chunk-P27DNI6D.js";
import "./chunk-PZODI4TQ.js";
import "./chunk-YKG64RBM.js";
import "./chunk-DWNQWAEX.js";
import "./chunk-QTBF2I64.js";
import "./chunk-OIWBPB7X.js";
import "./chunk-2HEI5EQZ.js";
import "./chunk-FQ4P7XNH.js";
import "./chunk-6H4DJWW3.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-K4IRNN4I.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-I4TOYENA.js";
export {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
