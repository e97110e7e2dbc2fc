import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  applyAndVerify,
  checkFiles,
  checkOptionsFromInputs,
  parseIndexOverrides,
  planProject,
  publishPlan,
  resolveUv,
  run
} from "./chunk-Q7254EZL.js";
import "./chunk-UI2COS2X.js";
import "./chunk-6ZXPS52W.js";
import "./chunk-U7SD3EQM.js";
import "./chunk-IVTFHKL3.js";
import "./chunk-DGYNUMEB.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-MJTO3GCD.js";
import "./chunk-ZBLSCUSQ.js";
import "./chunk-2BNWXGEC.js";
import "./chunk-AR7ALGIX.js";
import "./chunk-I6KDJLWF.js";
import "./chunk-LCLVB2PU.js";
import "./chunk-TYTOYZL2.js";
import "./chunk-VJL6VJLM.js";
import "./chunk-KUFV7T7K.js";
import "./chunk-2VV5OUU3.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-I4TOYENA.js";
export {
  applyAndVerify,
  checkFiles,
  checkOptionsFromInputs,
  parseIndexOverrides,
  planProject,
  publishPlan,
  resolveUv,
  run
};
