import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-GJSB7UR4.js";
import "./chunk-IA4R36H5.js";
import "./chunk-Z4RRFNVW.js";
import "./chunk-WEQLBEQZ.js";
import "./chunk-U7SD3EQM.js";
import "./chunk-V3KSETJO.js";
import "./chunk-SKQYPH6J.js";
import "./chunk-UTJ4VRPY.js";
import "./chunk-SD6SK6KG.js";
import "./chunk-T3ACZT3E.js";
import "./chunk-FUH7EAIY.js";
import "./chunk-EXLDBFN2.js";
import "./chunk-4BXMAKE5.js";
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
