import { readFileSync } from 'node:fs';
import { eventContextFrom, type EventContext } from '../../core/cache/trust.js';

/** The triggering event as the trust policy needs it: env plus the payload at GITHUB_EVENT_PATH. */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  let payload: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      // No readable payload: the policy then knows no default branch and does not write under `auto`.
    }
  }
  return eventContextFrom(env, payload);
}
