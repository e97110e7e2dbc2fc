import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-67QZJBZO.js";
import "./chunk-CWZZDSB2.js";
import "./chunk-PFO7LIBY.js";
import "./chunk-6ZXPS52W.js";
import "./chunk-U7SD3EQM.js";
import "./chunk-MJTO3GCD.js";
import "./chunk-ZBLSCUSQ.js";
import "./chunk-AR7ALGIX.js";
import "./chunk-I6KDJLWF.js";
import "./chunk-LCLVB2PU.js";
import "./chunk-TYTOYZL2.js";
import "./chunk-VJL6VJLM.js";
import "./chunk-KUFV7T7K.js";
import "./chunk-2VV5OUU3.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-I4TOYENA.js";
export {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
};
