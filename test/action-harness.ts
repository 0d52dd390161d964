// dist/index.js run as the GitHub runner runs it: INPUT_* variables (hyphens kept), an event
// file, summary and output files, and GITHUB_API_URL pointing at a fake GitHub on 127.0.0.1.
// Shared by the Action's tests (action.test.ts, action-merge.test.ts).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeGitHub } from './fakes/github-api.ts';
import { repoRoot, scratchDir, writeJson } from './helpers.ts';

export const TOKEN = 'ghs_fakeTokenThatMustNeverBePrinted0123';
export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

export interface ActionRun {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const [, name, , value] of text.matchAll(pattern)) outputs[name] = value;
  return outputs;
}

export function setUp(t: { after(fn: () => void): void }, event: { name: string; payload: unknown }) {
  const dir = scratchDir(t);
  writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    strategies: ['event-loop'],
    workloads: { cpu: { low: 3_000_000 } },
  }); // ~3 ms a task in Node: long enough to read a plausible speedup
  writeJson(join(dir, 'event.json'), event.payload);
  writeFileSync(join(dir, 'summary.md'), '');
  writeFileSync(join(dir, 'outputs.txt'), '');
  return {
    dir,
    env: (fake: FakeGitHub, inputs: Record<string, string> = {}): NodeJS.ProcessEnv => {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.ACTIONS_RUNTIME_TOKEN;
      delete env.ACTIONS_RESULTS_URL;
      const allInputs = {
        mode: 'run',
        config: 'config.json',
        comment: 'auto',
        summary: 'true',
        'artifact-name': 'concurrency-bench-results',
        out: 'bench-results',
        'fail-on-regression': 'false',
        'github-token': TOKEN,
        ...inputs,
      };
      for (const [name, value] of Object.entries(allInputs)) env[`INPUT_${name.toUpperCase()}`] = value;
      return {
        ...env,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_REPOSITORY: 'octo/bench',
        GITHUB_SHA: HEAD_SHA,
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_WORKSPACE: dir,
        GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
        GITHUB_OUTPUT: join(dir, 'outputs.txt'),
        GITHUB_API_URL: fake.url,
        GITHUB_SERVER_URL: 'https://github.com', // only a string in links; nothing is sent there
        GITHUB_RUN_ID: '4242',
        RUNNER_DEBUG: '1',
        CONCURRENCY_BENCH_RETRY_BASE_MS: '20',
      };
    },
  };
}

/** Async on purpose: the fake GitHub answers from this same process. */
export async function runAction(dir: string, env: NodeJS.ProcessEnv): Promise<ActionRun> {
  writeFileSync(join(dir, 'outputs.txt'), '');
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'index.js')], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stdout += chunk));
  const [code] = await once(child, 'exit');
  return {
    code,
    stdout,
    summary: readFileSync(join(dir, 'summary.md'), 'utf8'),
    outputs: parseOutputs(readFileSync(join(dir, 'outputs.txt'), 'utf8')),
  };
}

export function assertTokenNeverPrinted(stdout: string) {
  // The runner's own masking command is the one place it may appear.
  const leaks = stdout.split('\n').filter((line) => line.includes(TOKEN) && line !== `::add-mask::${TOKEN}`);
  assert.deepEqual(leaks, []);
}
