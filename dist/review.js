import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-5JGRBRCV.js";
import "./chunks/chunk-HPZRVHZK.js";
import "./chunks/chunk-YCOB7MYM.js";
import "./chunks/chunk-X4J7CJZO.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-JX3WA7GJ.js";
import "./chunks/chunk-BWEKL47V.js";
import "./chunks/chunk-R722EB6W.js";
import "./chunks/chunk-YB2LGG54.js";
import "./chunks/chunk-AWJDRCDI.js";
import "./chunks/chunk-NGPSMAP6.js";
import "./chunks/chunk-PSIB5LJG.js";
import "./chunks/chunk-PGAXKFFL.js";
import "./chunks/chunk-MVABLUEQ.js";
import "./chunks/chunk-HWCBNI56.js";
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

// src/entries/review.ts
await run();
