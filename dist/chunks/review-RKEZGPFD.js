import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
} from "./chunk-5JGRBRCV.js";
import "./chunk-HPZRVHZK.js";
import "./chunk-YCOB7MYM.js";
import "./chunk-X4J7CJZO.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-R722EB6W.js";
import "./chunk-YB2LGG54.js";
import "./chunk-AWJDRCDI.js";
import "./chunk-NGPSMAP6.js";
import "./chunk-PSIB5LJG.js";
import "./chunk-PGAXKFFL.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-HWCBNI56.js";
import "./chunk-M3OYDFDE.js";
import "./chunk-6JREGV4N.js";
import "./chunk-MGIGTT5C.js";
import "./chunk-EVVAWJTR.js";
import "./chunk-ZO6DJBDE.js";
import "./chunk-6H4DJWW3.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-LQTGUH4G.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-TYJNTGG6.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-I4TOYENA.js";
export {
  gitProjectAt,
  readProjectFilesAtRevision,
  readProjectFilesWith,
  run
};
