import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  renderJson,
  toJsonReport
} from "./chunk-JSAGPIKN.js";
import "./chunk-I4TOYENA.js";
export {
  renderJson,
  toJsonReport
};
