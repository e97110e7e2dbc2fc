import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  checkHealth,
  run
} from "./chunk-L355XNYU.js";
import "./chunk-RUQZG5KK.js";
import "./chunk-PVQG6FNC.js";
import "./chunk-EFAXHLUI.js";
import "./chunk-RSQ5HIXD.js";
import "./chunk-JX3WA7GJ.js";
import "./chunk-BWEKL47V.js";
import "./chunk-KUHLT7KW.js";
import "./chunk-NNWZ7Z5X.js";
import "./chunk-WRC4H7I2.js";
import "./chunk-USP7SYGJ.js";
import "./chunk-AWJDRCDI.js";
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
  checkHealth,
  run
};
