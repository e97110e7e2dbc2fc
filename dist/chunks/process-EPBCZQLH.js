import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  ProcessTimeoutError,
  runProcess
} from "./chunk-I6KDJLWF.js";
import "./chunk-I4TOYENA.js";
export {
  ProcessTimeoutError,
  runProcess
};
