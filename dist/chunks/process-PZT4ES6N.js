import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  ProcessTimeoutError,
  runProcess
} from "./chunk-T3ACZT3E.js";
import "./chunk-5LP6VMB3.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-I4TOYENA.js";
export {
  ProcessTimeoutError,
  runProcess
};
