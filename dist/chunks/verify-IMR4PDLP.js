import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-XFTDRRPV.js";
import "./chunk-ZBLSCUSQ.js";
import "./chunk-2BNWXGEC.js";
import "./chunk-AR7ALGIX.js";
import "./chunk-I6KDJLWF.js";
import "./chunk-Z7LOEGCX.js";
import "./chunk-NHK5OVPX.js";
import "./chunk-LCLVB2PU.js";
import "./chunk-TYTOYZL2.js";
import "./chunk-VJL6VJLM.js";
import "./chunk-KUFV7T7K.js";
import "./chunk-2VV5OUU3.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-I4TOYENA.js";
export {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
