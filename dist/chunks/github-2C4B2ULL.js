import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  ACTIONS_BOT_LOGIN,
  GitHubPermissionError,
  MAX_COMMENT_BODY_CHARS,
  createGitHubApi,
  githubTuningFromEnv
} from "./chunk-7JIOAQFF.js";
import "./chunk-BWEKL47V.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-UD6TKXZQ.js";
import "./chunk-I4TOYENA.js";
export {
  ACTIONS_BOT_LOGIN,
  GitHubPermissionError,
  MAX_COMMENT_BODY_CHARS,
  createGitHubApi,
  githubTuningFromEnv
};
