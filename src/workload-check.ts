// A user's workload must load, and have its function, before anything is measured: a typo in
// config is a one-line error (exit 2), not a table full of failed cells.
import type { ResolvedConfig } from './config/types.ts';
import type { RuntimeKind } from './registry.ts';
import { UserError } from './user-error.ts';
import type { RunnerJob } from './measure/protocol.ts';
import { runRepetition, type RunnerCommand } from './measure/spawn-runner.ts';

const PROBE_TIMEOUT_MS = 60_000;

/** A user's workload module that does not load, or lacks its function: bad input (exit 2). */
export class WorkloadLoadError extends UserError {}

/** `runnerFor` gives a runner of the workload's runtime kind, or undefined when none is available here. */
export async function checkUserWorkloads(
  config: ResolvedConfig,
  runnerFor: (kind: RuntimeKind) => RunnerCommand | undefined,
): Promise<void> {
  for (const workload of config.workloads) {
    if (workload.language === 'any') continue;
    const runner = runnerFor(workload.language);
    if (!runner) continue; // its cells are skipped with the reason
    const job: RunnerJob = {
      mode: 'probe',
      workload: { name: workload.name, module: workload.module, entry: workload.entry },
      arg: null,
      workers: 1,
      tasks: 1,
    };
    const outcome = await runRepetition(runner, job, { ms: PROBE_TIMEOUT_MS, what: 'loading the workload' });
    if (!outcome.ok) throw new WorkloadLoadError(`workloads.${workload.name}: ${outcome.error}`);
  }
}
