import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-4ZLQKD54.js";
import "./chunk-AKIOBUVW.js";
import "./chunk-7LAOU74N.js";
import "./chunk-3RXW4QVP.js";
import "./chunk-RURCOU7E.js";
import "./chunk-MJTO3GCD.js";
import "./chunk-4PBJW3GJ.js";
import "./chunk-MKLJ5GMA.js";
import "./chunk-5Q3OSPGS.js";
import "./chunk-L3YQRUKW.js";
import "./chunk-BK7KJX4B.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-I4TOYENA.js";
export {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
};
