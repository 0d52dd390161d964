// compare-to: base-commit end to end: the bundle on a pull_request event, in a shallow clone of a
// real local repository with two commits; the base commit is fetched into a git worktree and
// measured beside the head. The head's function does 1.5× the work: the gate fails the job, and
// the comment leads with the cells that got slower.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMMENT_MARKER } from '../src/github/sticky-comment.ts';
import { assertTokenNeverPrinted, HEAD_SHA, runAction, setUp } from './action-harness.ts';
import { startFakeGitHub } from './fakes/github-api.ts';
import { writeJson } from './helpers.ts';

const workModule = (factor: number) =>
  `export function work(n) {\n  let s = 0;\n  for (let i = 0; i < Math.round(n * ${factor}); i++) s = (s + i * i) % 1000003;\n  return s;\n}\n`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

/** origin.git with a base commit and a head commit; a depth-1 clone of the head as the workspace. */
function repository(dir: string) {
  const source = join(dir, 'source');
  mkdirSync(source);
  git(source, 'init', '-q', '-b', 'main');
  writeJson(join(source, 'config.json'), {
    repetitions: 6,
    strategies: ['event-loop'],
    workloads: { spin: { module: 'work.mjs', export: 'work', levels: { short: '40ms' } } },
  });
  writeFileSync(join(source, 'work.mjs'), workModule(1));
  git(source, 'add', '.');
  git(source, 'commit', '-qm', 'base');
  const baseSha = git(source, 'rev-parse', 'HEAD');
  writeFileSync(join(source, 'work.mjs'), workModule(1.5));
  git(source, 'commit', '-qam', 'head: 1.5× the work');
  git(dir, 'clone', '-q', '--bare', source, 'origin.git');
  // GitHub serves any commit by its SHA; a local bare repository does when told to
  git(join(dir, 'origin.git'), 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  git(dir, 'clone', '-q', '--depth', '1', `file://${join(dir, 'origin.git')}`, 'workspace');
  return { workspace: join(dir, 'workspace'), baseSha };
}

test('compare-to: base-commit measures the base commit in a worktree beside the head and gates on the paired rounds', async (t) => {
  const event = { name: 'pull_request', payload: { pull_request: { number: 7, head: { sha: HEAD_SHA } } } };
  const { dir, env } = setUp(t, event);
  const { workspace, baseSha } = repository(dir);
  assert.throws(() => git(workspace, 'cat-file', '-e', `${baseSha}^{commit}`), 'the shallow clone lacks the base');
  writeJson(join(dir, 'event.json'), {
    pull_request: { number: 7, head: { sha: HEAD_SHA }, base: { ref: 'main', sha: baseSha } },
  });
  const fake = await startFakeGitHub();
  t.after(() => fake.close());

  const run = await runAction(dir, {
    ...env(fake, { 'compare-to': 'base-commit', 'fail-on-regression': 'true' }),
    GITHUB_WORKSPACE: workspace,
  });
  const short = baseSha.slice(0, 7);
  assert.equal(run.code, 1, run.stdout);
  assert.match(
    run.stdout,
    new RegExp(`::error::Regression gate: 2 cells got slower than the base tree base commit ${short}, beyond noise\\.`),
  );
  const [comment] = fake.comments.get(7)!.filter((c) => c.body.startsWith(COMMENT_MARKER));
  assert.ok(comment, 'the comment was posted');
  const lead = comment.body.slice(0, comment.body.indexOf('**2 cores**'));
  assert.match(lead, new RegExp(`### Against the base tree \`base commit ${short}\`, measured in the same rounds`));
  assert.match(lead, /- \*\*`node` · EventLoop `spin`\/`short`: 1\.\d\d× the wall time, slower/);
  assert.equal(run.outputs.regressions, '2');
  // the worktree is gone, and the token appeared nowhere
  assert.equal(git(workspace, 'worktree', 'list').split('\n').length, 1);
  assertTokenNeverPrinted(run.stdout);
});
