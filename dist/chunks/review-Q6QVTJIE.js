import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-JERCF6TZ.js";
import "./chunk-DALW2S4P.js";
import "./chunk-P53UIBFD.js";
import "./chunk-GBWQJMJO.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-XX75TRIW.js";
import "./chunk-USP7SYGJ.js";
import "./chunk-AWJDRCDI.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-LWFXDQLY.js";
import "./chunk-O666ZVCZ.js";
import "./chunk-YFLSYHXM.js";
import "./chunk-GSFZTXC7.js";
import "./chunk-S5IJQNTS.js";
import "./chunk-TYJNTGG6.js";
import "./chunk-6H4DJWW3.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-LQTGUH4G.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-I4TOYENA.js";
export {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
};
