/**
 * The health action end to end: the bundled entry runs as a step (support/action-harness) on a project
 * locked by the real uv against a loopback index (rot-scenario.ts), and keeps its issue in the stateful
 * fake GitHub (every request checked against GitHub's OpenAPI description). The lock rots between runs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { cleanupActionDirs, runAction, type ActionResult } from '../support/action-harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { cleanupTempDirs } from '../support/fixture-project.js';
import { bundleEntry } from '../support/verify-fixtures.js';
import { RotWorld } from './rot-scenario.js';

let world: RotWorld;
let fake: FakeGitHub;
let entry: string;
const OWNER = 'octo';
let repoCount = 0;

beforeAll(async () => {
  [world, fake, entry] = await Promise.all([RotWorld.start(), FakeGitHub.start(), bundleEntry('health')]);
});

afterAll(async () => {
  const violations = fake?.violations ?? [];
  await world?.close();
  await fake?.close();
  cleanupActionDirs();
  cleanupTempDirs();
  expect(violations).toEqual([]);
});

function newRepo(): { name: string; dir: string } {
  const name = `rot${++repoCount}`;
  fake.createRepository({ owner: OWNER, repo: name, files: { 'README.md': 'a research project\n' } });
  return { name, dir: world.project() };
}

function health(repo: { name: string; dir: string }, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionResult> {
  return runAction(entry, {
    cwd: repo.dir,
    workspace: repo.dir,
    inputs: { 'github-token': 'test-token', 'python-version': '3.11,3.12', platform: 'x86_64-manylinux_2_28', ...inputs },
    env: { ...world.env(), ...fake.clientEnv(), GITHUB_REPOSITORY: `${OWNER}/${repo.name}`, GITHUB_EVENT_NAME: 'schedule', ...env },
    timeoutMs: 60_000,
  });
}

const writes = () => fake.requests.filter((r) => r.method !== 'GET').length;
const stateOf = (body: string) => JSON.parse(/<!-- lockstep:health-state (.*) -->/.exec(body)![1]!.replace(/\\u002d/g, '-')) as { since: Record<string, string>; fixed?: string };

describe('health action: one issue across runs (rot, still rot plus one more, fixed)', () => {
  const repo = { name: '', dir: '' };

  beforeAll(() => {
    Object.assign(repo, newRepo());
  });

  afterAll(() => world.restore());

  it('run 1: a locked file removed from the index opens the issue: what is gone, since when, the targets, the fix', async () => {
    world.index.removeFile(world.files.alpha);
    const run = await health(repo);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'rot', missing: '1', yanked: '0', issue: 'created' });
    const issues = fake.issues(OWNER, repo.name);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(run.outputs['issue-number']).toBe(String(issue!.number));
    expect(issue).toMatchObject({ state: 'open', user: 'github-actions[bot]', title: 'Lock rot in uv.lock: 1 locked file is no longer served' });
    expect(fake.labels(OWNER, repo.name, issue!.number)).toEqual(['lockstep-health']);
    const body = issue!.body!;
    expect(body).toContain('`alpha-1.0.0-py3-none-any.whl`');
    expect(body).toMatch(/\*\*`uv sync --locked` fails\*\* from `uv\.lock` on 2 target\(s\) \(`cp311-x86_64-manylinux_2_28`, `cp312-x86_64-manylinux_2_28`\)/);
    expect(body).toContain(`| ${new Date().toISOString().slice(0, 10)} | 2 | move to \`alpha==1.1.0\` |`);
    expect(body).toContain('`lockstep bump`');
    expect(body).toContain('`uv lock --upgrade-package alpha`');
    // The finding is also an annotation on the package's uv.lock line.
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.title])).toEqual([['uv.lock', 'lockstep health: artifact-missing']]);
    expect(run.summary).toContain('## Lock health');
  });

  it('run 2: still rotten plus one more: the same issue is edited in place and the first file keeps its date', async () => {
    const [before] = fake.issues(OWNER, repo.name);
    const firstSince = stateOf(before!.body!).since;
    world.index.removeFile(world.files.alpha);
    world.index.addWheel({ name: 'delta', version: '1.0.0' }, { yanked: 'broken wheel tags' });
    const run = await health(repo);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'rot', missing: '1', yanked: '1', issue: 'updated', 'issue-number': String(before!.number) });
    const issues = fake.issues(OWNER, repo.name);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.title).toBe('Lock rot in uv.lock: 1 locked file is no longer served, 1 locked release is yanked');
    expect(issues[0]!.body).toContain('yanked on 127\\.0\\.0\\.1');
    expect(issues[0]!.body).toContain('“broken wheel tags”');
    const since = stateOf(issues[0]!.body!).since;
    expect(since['gone:alpha-1.0.0-py3-none-any.whl']).toBe(firstSince['gone:alpha-1.0.0-py3-none-any.whl']);
    expect(Object.keys(since).sort()).toEqual(['gone:alpha-1.0.0-py3-none-any.whl', 'yanked:delta-1.0.0-py3-none-any.whl']);
  });

  it('the same rot again changes nothing: no write at all', async () => {
    const before = writes();
    world.index.removeFile(world.files.alpha);
    const run = await health(repo);
    expect(run.outputs.issue).toBe('unchanged');
    expect(writes()).toBe(before);
  });

  it('an index that is down fails the step clearly, reports nothing missing and closes nothing', async () => {
    world.index.failNext('/simple/', 'reset', 1000);
    const run = await health(repo, {}, { LOCKSTEP_HTTP_ATTEMPTS: '2' });
    world.index.reset();
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'unchecked', missing: '0' });
    expect(run.annotations.some((a) => a.level === 'error' && /could not be checked on 127\.0\.0\.1/.test(a.message))).toBe(true);
    expect(fake.issues(OWNER, repo.name)[0]!.state).toBe('open');
  });

  it('run 3: fixed: one comment saying so, then the issue is closed as completed', async () => {
    world.restore();
    const [open] = fake.issues(OWNER, repo.name);
    const run = await health(repo);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'healthy', issue: 'closed', 'issue-number': String(open!.number) });
    const [closed] = fake.issues(OWNER, repo.name);
    expect(closed).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(stateOf(closed!.body!).fixed).toBeDefined();
    const comments = fake.comments(OWNER, repo.name, closed!.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/Fixed: every locked file is served again/);
    // A healthy lock later on: nothing to do.
    const again = await health(repo);
    expect(again.outputs.issue).toBe('none');
    expect(fake.issues(OWNER, repo.name)).toHaveLength(1);
  });
});

describe('health action: people come first', () => {
  beforeEach(() => world.restore());
  afterAll(() => world.restore());

  it('a person edited the issue: their text stays, the new report goes into one comment', async () => {
    const repo = newRepo();
    world.index.removeFile(world.files.alpha);
    await health(repo);
    const [issue] = fake.issues(OWNER, repo.name);
    fake.editIssue(OWNER, repo.name, issue!.number, { body: `${issue!.body}\r\nWorking on it in #12 -- Jane` });
    world.index.removeFile(world.files.beta);
    const run = await health(repo);
    expect(run.outputs.issue).toBe('commented');
    const [after] = fake.issues(OWNER, repo.name);
    expect(after!.body).toContain('Working on it in #12 -- Jane');
    const comments = fake.comments(OWNER, repo.name, issue!.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('beta-1.0.0-py3-none-any.whl');
  });

  it('a person closed the issue: not reopened for the same files; a new file opens a new issue', async () => {
    const repo = newRepo();
    world.index.removeFile(world.files.alpha);
    await health(repo);
    const [issue] = fake.issues(OWNER, repo.name);
    fake.editIssue(OWNER, repo.name, issue!.number, { state: 'closed', stateReason: 'not_planned' });
    const same = await health(repo);
    expect(same.outputs.issue).toBe('closed-before');
    expect(fake.issues(OWNER, repo.name)).toHaveLength(1);
    world.releases.removeFile(world.files.direct);
    const more = await health(repo);
    expect(more.outputs.issue).toBe('created');
    const issues = fake.issues(OWNER, repo.name);
    expect(issues.map((i) => i.state)).toEqual(['closed', 'open']);
    expect(issues[1]!.body).toContain('point pyproject.toml at a served URL');
  });

  it("a person's issue that quotes the marker is never taken over; pull-request events are refused", async () => {
    const repo = newRepo();
    fake.openIssue({ owner: OWNER, repo: repo.name, title: 'copy of the bot', body: '<!-- lockstep:health -->\n<!-- lockstep:health-state {"since":{},"digest":"0"} -->', labels: ['lockstep-health'] });
    world.index.removeFile(world.files.alpha);
    const run = await health(repo);
    expect(run.outputs.issue).toBe('created');
    expect(fake.issues(OWNER, repo.name).map((i) => i.user)).toEqual(['human-dev', 'github-actions[bot]']);
    const refused = await health(repo, {}, { GITHUB_EVENT_NAME: 'pull_request_target' });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.map((a) => a.message).join('\n')).toMatch(/does not run on `pull_request_target`/);
  });
});
