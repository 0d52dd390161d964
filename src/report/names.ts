// How strategies and rows are named in every report.
import { nameOf, type Prose } from '../prose.ts';

export const STRATEGY_NAMES: Record<string, string> = {
  'event-loop': 'EventLoop',
  'worker-threads': 'WorkerThreads',
  'child-processes': 'ChildProcesses',
  'thread-pool': 'ThreadPool',
  'process-pool': 'ProcessPool',
  'interpreter-pool': 'InterpreterPool',
};

export const strategyName = (id: string) => STRATEGY_NAMES[id] ?? id;

/** "node · WorkerThreads": the runtime's label is the user's (a name), a known strategy's name is ours. */
export const modelProse = (runtime: string, strategy: string): Prose => [nameOf(runtime), ' · ', STRATEGY_NAMES[strategy] ?? nameOf(strategy)];

export const uniq = <T>(values: T[]) => [...new Set(values)];
