import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run,
  workspaceRootWith
} from "./chunk-2PM3W2OC.js";
import "./chunk-S3C7MMM6.js";
import "./chunk-OZ5MJ4AL.js";
import "./chunk-TVJAJFFS.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-7JIOAQFF.js";
import "./chunk-BWEKL47V.js";
import "./chunk-GGXLFQ6J.js";
import "./chunk-QQONMHEQ.js";
import "./chunk-34IMNW2D.js";
import "./chunk-3DLKCNQW.js";
import "./chunk-P27DNI6D.js";
import "./chunk-JSAGPIKN.js";
import "./chunk-TTINJ2K2.js";
import "./chunk-QU52FKDZ.js";
import "./chunk-4GBUUBSV.js";
import "./chunk-T3HDM63S.js";
import "./chunk-YKG64RBM.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-DWNQWAEX.js";
import "./chunk-GBARYC4T.js";
import "./chunk-QTBF2I64.js";
import "./chunk-TWU3NFPK.js";
import "./chunk-2HEI5EQZ.js";
import "./chunk-FQ4P7XNH.js";
import "./chunk-XWKXAGII.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-K4IRNN4I.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-I4TOYENA.js";
export {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run,
  workspaceRootWith
};
