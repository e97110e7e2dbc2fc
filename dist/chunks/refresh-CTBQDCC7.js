import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
} from "./chunk-MEQSNGRH.js";
import "./chunk-GD5TBPJY.js";
import "./chunk-AS5LOYEK.js";
import "./chunk-LMQNWN5S.js";
import "./chunk-PFO7LIBY.js";
import "./chunk-P3LMKZI6.js";
import "./chunk-RURCOU7E.js";
import "./chunk-XDKZ4K5B.js";
import "./chunk-O4LGKMWW.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-MJTO3GCD.js";
import "./chunk-X45KHMBJ.js";
import "./chunk-ULX43OOZ.js";
import "./chunk-I6KDJLWF.js";
import "./chunk-LCLVB2PU.js";
import "./chunk-NO7E5KVV.js";
import "./chunk-BK7KJX4B.js";
import "./chunk-VJL6VJLM.js";
import "./chunk-KUFV7T7K.js";
import "./chunk-I4TOYENA.js";
export {
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
};
