import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-Q5IYSBGV.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-YNQ6AIOI.js";
import "./chunks/chunk-PGAXKFFL.js";
import "./chunks/chunk-MVABLUEQ.js";
import "./chunks/chunk-HWCBNI56.js";
import "./chunks/chunk-63ELZURJ.js";
import "./chunks/chunk-6HZ4CXQA.js";
import "./chunks/chunk-M3OYDFDE.js";
import "./chunks/chunk-6JREGV4N.js";
import "./chunks/chunk-MGIGTT5C.js";
import "./chunks/chunk-EVVAWJTR.js";
import "./chunks/chunk-ZO6DJBDE.js";
import "./chunks/chunk-6H4DJWW3.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-6FATSPAF.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-LQTGUH4G.js";
import "./chunks/chunk-UD6TKXZQ.js";
import "./chunks/chunk-TYJNTGG6.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/verify.ts
await run();
