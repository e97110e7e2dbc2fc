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
} from "./chunk-Z7JCPPI2.js";
import "./chunk-VWNVGKIW.js";
import "./chunk-XUFECWV3.js";
import "./chunk-U7SD3EQM.js";
import "./chunk-NCMFESBC.js";
import "./chunk-ZXYSO4NV.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-ERKRIFM5.js";
import "./chunk-UTJ4VRPY.js";
import "./chunk-TFYKOZYP.js";
import "./chunk-HU4DBEHC.js";
import "./chunk-T3ACZT3E.js";
import "./chunk-D4YTRXLN.js";
import "./chunk-SHVZAIUT.js";
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
