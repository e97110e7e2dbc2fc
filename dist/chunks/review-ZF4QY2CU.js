import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-UIEKHXCF.js";
import "./chunk-CWZZDSB2.js";
import "./chunk-PFO7LIBY.js";
import "./chunk-P3LMKZI6.js";
import "./chunk-RURCOU7E.js";
import "./chunk-MJTO3GCD.js";
import "./chunk-ULX43OOZ.js";
import "./chunk-I6KDJLWF.js";
import "./chunk-LCLVB2PU.js";
import "./chunk-NO7E5KVV.js";
import "./chunk-BK7KJX4B.js";
import "./chunk-VJL6VJLM.js";
import "./chunk-KUFV7T7K.js";
import "./chunk-I4TOYENA.js";
export {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
};
