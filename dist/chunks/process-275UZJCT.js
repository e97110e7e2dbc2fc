import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  ProcessTimeoutError,
  childEnvironment,
  runProcess
} from "./chunk-DWNQWAEX.js";
import "./chunk-K4IRNN4I.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-I4TOYENA.js";
export {
  ProcessTimeoutError,
  childEnvironment,
  runProcess
};
