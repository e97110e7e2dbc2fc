import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  applyAndVerify,
  checkOptionsFromInputs,
  parseIndexOverrides,
  planProject,
  publishPlan,
  run
} from "./chunk-J5E55ZEJ.js";
import "./chunk-MIXPTBSW.js";
import "./chunk-3RXW4QVP.js";
import "./chunk-RURCOU7E.js";
import "./chunk-3CO4VCPH.js";
import "./chunk-SKBLRYQU.js";
import "./chunk-4PBJW3GJ.js";
import "./chunk-5Q3OSPGS.js";
import "./chunk-L3YQRUKW.js";
import "./chunk-BK7KJX4B.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-MKLJ5GMA.js";
import "./chunk-I4TOYENA.js";
export {
  applyAndVerify,
  checkOptionsFromInputs,
  parseIndexOverrides,
  planProject,
  publishPlan,
  run
};
