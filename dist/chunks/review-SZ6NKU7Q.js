import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-LLK332EH.js";
import "./chunk-HIAJNJPS.js";
import "./chunk-R4PEQ55X.js";
import "./chunk-XUFECWV3.js";
import "./chunk-U7SD3EQM.js";
import "./chunk-ERKRIFM5.js";
import "./chunk-UTJ4VRPY.js";
import "./chunk-HU4DBEHC.js";
import "./chunk-T3ACZT3E.js";
import "./chunk-D4YTRXLN.js";
import "./chunk-SHVZAIUT.js";
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
