import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-2VAOSJMR.js";
import "./chunk-I4TOYENA.js";
export default require_undici();
