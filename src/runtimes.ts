// The runtimes a run can use on this machine, and the command that starts a runner in each.
import { basename } from 'node:path';
import { runRepetition, type RunnerCommand } from './measure/spawn-runner.ts';
import { entryFile } from './paths.ts';
import type { Runtime } from './plan/plan.ts';
import type { PythonInfo } from './results/types.ts';

export interface PythonRuntime extends Runtime {
  command: string;
  info?: PythonInfo;
}

const PROBE_TIMEOUT_MS = 30_000;

export const NODE_RUNTIME: Runtime = { label: 'node', kind: 'node' };

export function nodeRunner(env: NodeJS.ProcessEnv): RunnerCommand {
  return { command: process.execPath, args: [entryFile('runner.js')], env };
}

export function pythonRunner(command: string, env: NodeJS.ProcessEnv): RunnerCommand {
  return { command, args: [entryFile('harness.py')], env };
}

/**
 * Asks each interpreter about itself; one that is missing or broken becomes `unavailable`, not
 * an error. Labels are the commands' file names ("python3.14"), or the commands as given where
 * two file names are the same.
 */
export function discoverPythons(commands: string[], env: NodeJS.ProcessEnv): Promise<PythonRuntime[]> {
  const names = commands.map((command) => basename(command));
  const label = (command: string, i: number) => (names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : command);
  return Promise.all(commands.map((command, i) => discoverPython(command, label(command, i), env)));
}

async function discoverPython(command: string, label: string, env: NodeJS.ProcessEnv): Promise<PythonRuntime> {
  const job = { mode: 'about' as const, workload: { name: '' }, arg: null, workers: 1, tasks: 0 };
  const outcome = await runRepetition(pythonRunner(command, env), job, { ms: PROBE_TIMEOUT_MS, what: 'asking the interpreter about itself' });
  if (!outcome.ok) {
    const missing = /ENOENT|could not start/.test(outcome.error);
    return { label, kind: 'python', command, unavailable: missing ? `${command} not found` : `${command} failed: ${outcome.error}` };
  }
  const about = outcome.info as { version: string; free_threaded: boolean; interpreter_pool: boolean };
  return {
    label,
    kind: 'python',
    command,
    info: { label, version: about.version, free_threaded: about.free_threaded },
    lacks: about.interpreter_pool
      ? {}
      : { 'interpreter-pool': `InterpreterPool needs Python 3.14 or newer; ${label} is ${about.version}` },
  };
}
