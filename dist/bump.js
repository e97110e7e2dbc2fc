import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-BNQIXJCV.js";
import "./chunks/chunk-CSPA2CSF.js";
import "./chunks/chunk-EFAXHLUI.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-JX3WA7GJ.js";
import "./chunks/chunk-BWEKL47V.js";
import "./chunks/chunk-OSL4AXYZ.js";
import "./chunks/chunk-63AMMYV2.js";
import "./chunks/chunk-6NRVK4OG.js";
import "./chunks/chunk-PQ5ZDHUR.js";
import "./chunks/chunk-G6EDGBQC.js";
import "./chunks/chunk-WRC4H7I2.js";
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

// src/entries/bump.ts
await run();
