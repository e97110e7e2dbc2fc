import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-QNG3635O.js";
import "./chunk-UTJ4VRPY.js";
import "./chunk-TFYKOZYP.js";
import "./chunk-HU4DBEHC.js";
import "./chunk-T3ACZT3E.js";
import "./chunk-Z7LOEGCX.js";
import "./chunk-VA7IJVYO.js";
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
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
