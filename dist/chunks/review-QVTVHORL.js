import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-E45ZINWH.js";
import "./chunk-P637PSLU.js";
import "./chunk-R4PEQ55X.js";
import "./chunk-XUFECWV3.js";
import "./chunk-U7SD3EQM.js";
import "./chunk-BFHG5MYS.js";
import "./chunk-UTJ4VRPY.js";
import "./chunk-HU4DBEHC.js";
import "./chunk-T3ACZT3E.js";
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
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
};
