import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-3I5ZQTOV.js";
import "./chunk-SKBLRYQU.js";
import "./chunk-4PBJW3GJ.js";
import "./chunk-MKLJ5GMA.js";
import "./chunk-6K5QJXGC.js";
import "./chunk-4TGIPAW4.js";
import "./chunk-5Q3OSPGS.js";
import "./chunk-L3YQRUKW.js";
import "./chunk-BK7KJX4B.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-I4TOYENA.js";
export {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
