/**
 * A slow link for the loopback fakes: a per-request latency before the answer starts and a bandwidth
 * cap shared by every response on the link (uv downloads many wheels at once; they share one pipe, as
 * on a runner's network).
 *
 *   const link = new ThrottledLink({ bytesPerSecond: 50e6, latencyMs: 20 });
 *   await link.latency();                        // before writeHead
 *   await link.send(res, body);                  // instead of res.end(body)
 *
 * LocalIndex uses it through `setLimits()`; benches and tests reuse it for any server of their own.
 */
import type { ServerResponse } from 'node:http';

export interface LinkLimits {
  /** Bytes per second over all responses together; 0 or undefined = unlimited. */
  bytesPerSecond?: number;
  /** Added before each response starts (ms); 0 or undefined = none. */
  latencyMs?: number;
}

const CHUNK = 64 * 1024;
/** Sleeping less than this is not worth a timer: the link runs slightly ahead and catches up. */
const SLACK_MS = 4;

/** Resolves on 'drain' or 'close', whichever comes first, and leaves no listener behind. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ThrottledLink {
  /** When the link is next free (performance.now() ms): each chunk books its transfer time after it. */
  private freeAt = 0;
  private limits: LinkLimits;

  constructor(limits: LinkLimits = {}) {
    this.limits = { ...limits };
  }

  get current(): Readonly<LinkLimits> {
    return this.limits;
  }

  set(limits: LinkLimits): void {
    this.limits = { ...limits };
  }

  get unlimited(): boolean {
    return !this.limits.bytesPerSecond && !this.limits.latencyMs;
  }

  /** Waits the link's per-request latency. */
  async latency(): Promise<void> {
    if (this.limits.latencyMs) await sleep(this.limits.latencyMs);
  }

  /** Writes `body` at the link's rate and ends the response; resolves when it is all written. */
  async send(res: ServerResponse, body: Buffer): Promise<void> {
    const rate = this.limits.bytesPerSecond;
    if (!rate) {
      res.end(body);
      return;
    }
    for (let offset = 0; offset < body.length; offset += CHUNK) {
      if (res.destroyed) return;
      const chunk = body.subarray(offset, offset + CHUNK);
      const now = performance.now();
      this.freeAt = Math.max(this.freeAt, now) + (chunk.length / rate) * 1000;
      const ahead = this.freeAt - now;
      if (ahead > SLACK_MS) await sleep(ahead);
      if (!res.write(chunk)) await drained(res);
    }
    res.end();
  }
}
