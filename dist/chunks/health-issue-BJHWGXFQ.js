import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  DEFAULT_HEALTH_LABELS,
  keepHealthIssue
} from "./chunk-LLYMOBI5.js";
import "./chunk-FQ4P7XNH.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-I4TOYENA.js";
export {
  DEFAULT_HEALTH_LABELS,
  keepHealthIssue
};
