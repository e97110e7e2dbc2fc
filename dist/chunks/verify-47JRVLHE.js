import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-WD7YC7ST.js";
import "./chunk-X45KHMBJ.js";
import "./chunk-ULX43OOZ.js";
import "./chunk-I6KDJLWF.js";
import "./chunk-6K5QJXGC.js";
import "./chunk-NHK5OVPX.js";
import "./chunk-LCLVB2PU.js";
import "./chunk-NO7E5KVV.js";
import "./chunk-BK7KJX4B.js";
import "./chunk-VJL6VJLM.js";
import "./chunk-KUFV7T7K.js";
import "./chunk-I4TOYENA.js";
export {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
