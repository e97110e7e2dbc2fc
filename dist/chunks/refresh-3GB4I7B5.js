import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
} from "./chunk-Z6MAH57L.js";
import "./chunk-3GNHENNR.js";
import "./chunk-VSG6XDH4.js";
import "./chunk-WPSFQVAE.js";
import "./chunk-EFAXHLUI.js";
import "./chunk-X4J7CJZO.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-G3BGMEA2.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-YNQ6AIOI.js";
import "./chunk-WRC4H7I2.js";
import "./chunk-PSIB5LJG.js";
import "./chunk-PGAXKFFL.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-HWCBNI56.js";
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
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
};
