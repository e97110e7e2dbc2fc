import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-XPV6VMZQ.js";
import "./chunk-UTJ4VRPY.js";
import "./chunk-QZNG73U5.js";
import "./chunk-B2VEQ2YB.js";
import "./chunk-T3ACZT3E.js";
import "./chunk-Z7LOEGCX.js";
import "./chunk-XDN6IGXB.js";
import "./chunk-QMUGBZY4.js";
import "./chunk-YLY5RT6G.js";
import "./chunk-5LP6VMB3.js";
import "./chunk-VAFZVYFH.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-2VV5OUU3.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-I4TOYENA.js";
export {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
