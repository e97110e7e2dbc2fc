import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-DRO4AISG.js";
import "./chunk-IRDYTQ3X.js";
import "./chunk-R4PEQ55X.js";
import "./chunk-XUFECWV3.js";
import "./chunk-U7SD3EQM.js";
import "./chunk-MJTO3GCD.js";
import "./chunk-UTJ4VRPY.js";
import "./chunk-B2VEQ2YB.js";
import "./chunk-T3ACZT3E.js";
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
