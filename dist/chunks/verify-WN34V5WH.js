import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
} from "./chunk-Q5IYSBGV.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-YNQ6AIOI.js";
import "./chunk-PGAXKFFL.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-HWCBNI56.js";
import "./chunk-63ELZURJ.js";
import "./chunk-6HZ4CXQA.js";
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
  collectVerifyResult,
  defaultVenv,
  run,
  writeVerifyResult
};
