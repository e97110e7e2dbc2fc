import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-QZDCGZXI.js";
import "./chunks/chunk-5XI27UNM.js";
import "./chunks/chunk-663NL5RR.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-JX3WA7GJ.js";
import "./chunks/chunk-BWEKL47V.js";
import "./chunks/chunk-7X37DQXS.js";
import "./chunks/chunk-S2N35KCI.js";
import "./chunks/chunk-AWJDRCDI.js";
import "./chunks/chunk-MVABLUEQ.js";
import "./chunks/chunk-VIBVZVVP.js";
import "./chunks/chunk-Y2WCRYR2.js";
import "./chunks/chunk-RHGYRNFU.js";
import "./chunks/chunk-ZARW3B2O.js";
import "./chunks/chunk-OP3CTA2F.js";
import "./chunks/chunk-4WRCU3VZ.js";
import "./chunks/chunk-6FATSPAF.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-LQTGUH4G.js";
import "./chunks/chunk-UD6TKXZQ.js";
import "./chunks/chunk-TYJNTGG6.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/review.ts
await run();
