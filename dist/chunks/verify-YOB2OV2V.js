import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  CHECK_NAMES,
  SEED_PACKAGES,
  checkCudaDriver,
  checkCudaFlavour,
  checkInterpreter,
  checkSourceBuilds,
  comparePackages,
  detectPlatform,
  expandTagSet,
  hasFailure,
  lockSelection,
  lockedCuda,
  normalizeArch,
  parseAllowance,
  parseCoreMetadata,
  parseDirectUrl,
  parseHeaderFields,
  parseNvidiaSmiCsv,
  parseVerifyResult,
  parseWheelInfo,
  pythonMinor,
  renderMatrixMarkdown,
  renderVerifyText,
  sourceBuildEvidence,
  verifyArtifactName,
  verifyEnvironment
} from "./chunk-QWYBACPM.js";
import "./chunk-YKG64RBM.js";
import "./chunk-2HEI5EQZ.js";
import "./chunk-FQ4P7XNH.js";
import "./chunk-ZL5AOOU4.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-I4TOYENA.js";
export {
  CHECK_NAMES,
  SEED_PACKAGES,
  checkCudaDriver,
  checkCudaFlavour,
  checkInterpreter,
  checkSourceBuilds,
  comparePackages,
  detectPlatform,
  expandTagSet,
  hasFailure,
  lockSelection,
  lockedCuda,
  normalizeArch,
  parseAllowance,
  parseCoreMetadata,
  parseDirectUrl,
  parseHeaderFields,
  parseNvidiaSmiCsv,
  parseVerifyResult,
  parseWheelInfo,
  pythonMinor,
  renderMatrixMarkdown,
  renderVerifyText,
  sourceBuildEvidence,
  verifyArtifactName,
  verifyEnvironment
};
