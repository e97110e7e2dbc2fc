// The fake artifact service refuses what the real one would, and records it, so tests that assert an
// empty violations list mean something.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeArtifactServer } from '../support/fake-artifact-server.js';

const RPC = '/twirp/github.actions.results.api.v1.ArtifactService';
let server: FakeArtifactServer;

beforeEach(async () => {
  server = await FakeArtifactServer.start();
});

afterEach(async () => {
  await server.close();
});

function ids(env: Record<string, string>): { workflow_run_backend_id: string; workflow_job_run_backend_id: string } {
  const payload = JSON.parse(Buffer.from(env.ACTIONS_RUNTIME_TOKEN!.split('.')[1]!, 'base64url').toString('utf8')) as { scp: string };
  const [, run, job] = payload.scp.split(' ')[1]!.split(':');
  return { workflow_run_backend_id: run!, workflow_job_run_backend_id: job! };
}

async function call(method: string, body: unknown, token: string | null): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.origin}${RPC}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('FakeArtifactServer', () => {
  it('uploads through the twirp + blob protocol and refuses a finalize whose size does not match', async () => {
    const env = server.env({ job: 'a' });
    const created = await call('CreateArtifact', { ...ids(env), name: 'x', version: 7, mime_type: 'application/zip' }, env.ACTIONS_RUNTIME_TOKEN!);
    expect(created).toMatchObject({ status: 200, json: { ok: true } });
    const url = new URL(String(created.json.signed_upload_url));
    url.searchParams.set('comp', 'block');
    url.searchParams.set('blockid', 'YQ==');
    expect((await fetch(url, { method: 'PUT', body: 'abc' })).status).toBe(201);
    const list = new URL(String(created.json.signed_upload_url));
    list.searchParams.set('comp', 'blocklist');
    expect((await fetch(list, { method: 'PUT', body: '<?xml version="1.0"?><BlockList><Latest>YQ==</Latest></BlockList>' })).status).toBe(201);
    expect((await call('FinalizeArtifact', { ...ids(env), name: 'x', size: '4' }, env.ACTIONS_RUNTIME_TOKEN!)).status).toBe(400);
    expect(server.violations).toEqual(['FinalizeArtifact x: size 4 but 3 bytes uploaded']);
    expect((await call('FinalizeArtifact', { ...ids(env), name: 'x', size: '3' }, env.ACTIONS_RUNTIME_TOKEN!)).json).toEqual({ ok: true, artifact_id: '1' });
  });

  it('records a missing token, another job’s ids, unknown fields and unsigned blob URLs', async () => {
    const a = server.env({ job: 'a' });
    const b = server.env({ job: 'b' });
    expect((await call('CreateArtifact', { ...ids(a), name: 'x', version: 7 }, null)).status).toBe(401);
    expect((await call('CreateArtifact', { ...ids(a), name: 'x', version: 7 }, b.ACTIONS_RUNTIME_TOKEN!)).status).toBe(403);
    expect((await call('ListArtifacts', { ...ids(a), surprise: 1 }, a.ACTIONS_RUNTIME_TOKEN!)).status).toBe(400);
    expect((await fetch(`${server.origin}/devstoreaccount1/actions-results/1/x.zip?sig=nope`)).status).toBe(403);
    expect(server.violations).toHaveLength(4);
  });
});
