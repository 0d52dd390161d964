// A runtime kind as the engine sees it: how to find its runtimes on this machine, ask each what
// it can do, and start its runner. One descriptor per kind of src/registry.ts (runtimes/index.ts).
import type { ResolvedConfig } from '../config/types.ts';
import type { RunnerCommand } from '../measure/spawn-runner.ts';
import type { Runtime } from '../plan/plan.ts';
import type { PythonInfo } from '../results/types.ts';
import type { RuntimeKind } from '../registry.ts';

/** A runtime found here (or not: then `unavailable` says why), and how to start its runner. */
export interface FoundRuntime extends Runtime {
  /** The command that starts one runner process: a fresh one for every repetition. */
  runner(env: NodeJS.ProcessEnv): RunnerCommand;
  /** What it said about itself, for results.json's system facts (Python's version and build). */
  info?: PythonInfo;
}

export interface RuntimeDescriptor {
  kind: RuntimeKind;
  /** The runtimes of this kind the config asks for, each probed for its version and features. */
  discover(config: ResolvedConfig, env: NodeJS.ProcessEnv): Promise<FoundRuntime[]>;
}
