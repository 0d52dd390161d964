// Python: each interpreter the config names (`python`), asked about itself by its own runner
// (the harness's "about" job). One that is missing or broken is `unavailable`, not an error:
// its cells are skipped with the reason.
import { basename } from 'node:path';
import type { ResolvedConfig } from '../config/types.ts';
import { runRepetition, type RunnerCommand } from '../measure/spawn-runner.ts';
import { entryFile } from '../paths.ts';
import type { FoundRuntime, RuntimeDescriptor } from './types.ts';

const PROBE_TIMEOUT_MS = 30_000;

export const pythonRunner = (command: string, env: NodeJS.ProcessEnv): RunnerCommand => ({
  command,
  args: [entryFile('concurrency_bench_harness')],
  env,
});

/**
 * Labels are the commands' file names ("python3.14"), or the commands as given where two file
 * names are the same.
 */
function discoverPythons(config: ResolvedConfig, env: NodeJS.ProcessEnv): Promise<FoundRuntime[]> {
  const commands = config.python;
  const names = commands.map((command) => basename(command));
  const label = (command: string, i: number) =>
    names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : command;
  return Promise.all(commands.map((command, i) => discoverPython(command, label(command, i), env)));
}

async function discoverPython(command: string, label: string, env: NodeJS.ProcessEnv): Promise<FoundRuntime> {
  const runner = (runEnv: NodeJS.ProcessEnv) => pythonRunner(command, runEnv);
  const job = { mode: 'about' as const, workload: { name: '' }, arg: null, workers: 1, tasks: 0 };
  const outcome = await runRepetition(runner(env), job, {
    ms: PROBE_TIMEOUT_MS,
    what: 'asking the interpreter about itself',
  });
  if (!outcome.ok) {
    const missing = /ENOENT|could not start/.test(outcome.error);
    return {
      label,
      kind: 'python',
      runner,
      unavailable: missing ? `${command} not found` : `${command} failed: ${outcome.error}`,
    };
  }
  const about = outcome.info as { version: string; free_threaded: boolean; interpreter_pool: boolean };
  return {
    label,
    kind: 'python',
    runner,
    info: { label, version: about.version, free_threaded: about.free_threaded },
    lacks: about.interpreter_pool
      ? {}
      : { 'interpreter-pool': `InterpreterPool needs Python 3.14 or newer; ${label} is ${about.version}` },
  };
}

export const python: RuntimeDescriptor = { kind: 'python', discover: discoverPythons };
