import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
} from "./chunk-BBR323Y4.js";
import "./chunk-333DEO3G.js";
import "./chunk-SOVYL5PO.js";
import "./chunk-7KPVBDTJ.js";
import "./chunk-7LAOU74N.js";
import "./chunk-3RXW4QVP.js";
import "./chunk-RURCOU7E.js";
import "./chunk-WRGROXK3.js";
import "./chunk-URIFG6BZ.js";
import "./chunk-G6EDGBQC.js";
import "./chunk-MJTO3GCD.js";
import "./chunk-SKBLRYQU.js";
import "./chunk-4PBJW3GJ.js";
import "./chunk-MKLJ5GMA.js";
import "./chunk-5Q3OSPGS.js";
import "./chunk-L3YQRUKW.js";
import "./chunk-BK7KJX4B.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-I4TOYENA.js";
export {
  REFRESH_BRANCH,
  publishRefresh,
  refreshProject,
  run
};
