import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  actionsWheelStore
} from "./chunks/chunk-FIYRMGUQ.js";
import {
  run
} from "./chunks/chunk-4PKGP6AK.js";
import "./chunks/chunk-4WDWLVJV.js";
import "./chunks/chunk-G6EDGBQC.js";
import "./chunks/chunk-67HC44GG.js";
import "./chunks/chunk-WRC4H7I2.js";
import "./chunks/chunk-XX75TRIW.js";
import "./chunks/chunk-KUHLT7KW.js";
import "./chunks/chunk-HBNBOWPW.js";
import "./chunks/chunk-AWJDRCDI.js";
import "./chunks/chunk-MVABLUEQ.js";
import "./chunks/chunk-LWFXDQLY.js";
import "./chunks/chunk-O666ZVCZ.js";
import "./chunks/chunk-YFLSYHXM.js";
import "./chunks/chunk-GSFZTXC7.js";
import "./chunks/chunk-5LBAUZVQ.js";
import "./chunks/chunk-TYJNTGG6.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-LQTGUH4G.js";
import "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-UD6TKXZQ.js";
import "./chunks/chunk-6H4DJWW3.js";
import "./chunks/chunk-6FATSPAF.js";
import "./chunks/chunk-2VAOSJMR.js";
import "./chunks/chunk-I4TOYENA.js";

// src/entries/setup.ts
await run({ wheelStore: actionsWheelStore() });
