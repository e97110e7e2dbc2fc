import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-RVNZ3QI3.js";
import "./chunk-FVIZJPAN.js";
import "./chunk-QWYBACPM.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-TO723HNK.js";
import "./chunk-34IMNW2D.js";
import "./chunk-3DLKCNQW.js";
import "./chunk-P27DNI6D.js";
import "./chunk-4GBUUBSV.js";
import "./chunk-T3HDM63S.js";
import "./chunk-YKG64RBM.js";
import "./chunk-DWNQWAEX.js";
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
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
