// The GitHub Action's edge: inputs in, then one of three modes (src/action/): "run" measures the
// matrix and publishes it; "comment" posts results another workflow made (the fork pattern);
// "merge" puts every results artifact of the run (a job matrix's runners) in one report.
// Nothing about GitHub fails the job: a comment or upload that cannot be made is a warning.
import * as core from '@actions/core';
import { log } from './github/log.ts';
import { commentMode } from './action/comment-mode.ts';
import { readInputs } from './action/inputs.ts';
import { mergeMode } from './action/merge-mode.ts';
import { runMode } from './action/run-mode.ts';
import { readEvent } from './github/event.ts';
import { oneLine } from './one-line.ts';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    const event = readEvent(env);
    if (inputs.mode === 'comment') await commentMode(inputs, env, event);
    else if (inputs.mode === 'merge') await mergeMode(inputs, env, event);
    else await runMode(inputs, env, event);
  } catch (error) {
    log.failed(oneLine(error));
  }
}
