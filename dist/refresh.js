import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-RTRWP2IM.js";
import "./chunks/chunk-RDZIURKI.js";
import "./chunks/chunk-SMIV5EXI.js";
import "./chunks/chunk-POZLYKAY.js";
import "./chunks/chunk-EFAXHLUI.js";
import "./chunks/chunk-TVJAJFFS.js";
import "./chunks/chunk-RSQ5HIXD.js";
import "./chunks/chunk-7JIOAQFF.js";
import "./chunks/chunk-BWEKL47V.js";
import "./chunks/chunk-7AFABJCF.js";
import "./chunks/chunk-G6EDGBQC.js";
import "./chunks/chunk-FEZADZOD.js";
import "./chunks/chunk-TO723HNK.js";
import "./chunks/chunk-QU52FKDZ.js";
import "./chunks/chunk-4GBUUBSV.js";
import "./chunks/chunk-T3HDM63S.js";
import "./chunks/chunk-YKG64RBM.js";
import "./chunks/chunk-6FATSPAF.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-WRC4H7I2.js";
import "./chunks/chunk-DWNQWAEX.js";
import "./chunks/chunk-GBARYC4T.js";
import "./chunks/chunk-QTBF2I64.js";
import "./chunks/chunk-TWU3NFPK.js";
import "./chunks/chunk-2HEI5EQZ.js";
import "./chunks/chunk-FQ4P7XNH.js";
import "./chunks/chunk-XWKXAGII.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-K4IRNN4I.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-UD6TKXZQ.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/refresh.ts
await run();
