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
} from "./chunk-P73QAPVX.js";
import "./chunk-VWNVGKIW.js";
import "./chunk-XUFECWV3.js";
import "./chunk-U7SD3EQM.js";
import "./chunk-VSM6KLVG.js";
import "./chunk-SY2R3OCN.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-BFHG5MYS.js";
import "./chunk-UTJ4VRPY.js";
import "./chunk-TFYKOZYP.js";
import "./chunk-HU4DBEHC.js";
import "./chunk-T3ACZT3E.js";
import "./chunk-O4ZNKLRU.js";
import "./chunk-WYV66UXS.js";
import "./chunk-QMUGBZY4.js";
import "./chunk-YLY5RT6G.js";
import "./chunk-5LP6VMB3.js";
import "./chunk-VAFZVYFH.js";
import "./chunk-YKLTUEQ7.js";
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
