import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-EH3W3BNA.js";
import "./chunk-JQE5TXBN.js";
import "./chunk-W6WN2CVR.js";
import "./chunk-3ZTOAI3Z.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-F7NXUC3D.js";
import "./chunk-OUJSSULE.js";
import "./chunk-JSAGPIKN.js";
import "./chunk-NGPSMAP6.js";
import "./chunk-YT6M33CQ.js";
import "./chunk-5FIJKGEE.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-HWCBNI56.js";
import "./chunk-RNSL3JNO.js";
import "./chunk-72P7T4AA.js";
import "./chunk-5CSEXQD3.js";
import "./chunk-OLB35YTD.js";
import "./chunk-ZO6DJBDE.js";
import "./chunk-6H4DJWW3.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-LQTGUH4G.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-FQ4P7XNH.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-I4TOYENA.js";
export {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
};
