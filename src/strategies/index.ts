// The Node runner's models by id. Typed by the registry: a Node strategy in src/registry.ts
// without an implementation here does not compile.
import { STRATEGIES, type StrategyOf } from '../registry.ts';
import { startChildProcesses } from './child-processes.ts';
import { startEventLoop } from './event-loop.ts';
import type { StartPool } from './types.ts';
import { startWorkerThreads } from './worker-threads.ts';

export const NODE_POOLS: Record<StrategyOf<'node'>, StartPool> = {
  'event-loop': startEventLoop,
  'worker-threads': startWorkerThreads,
  'child-processes': startChildProcesses,
};

/** A Node model's pool starter and how many tasks it keeps in flight, or undefined for an unknown id. */
export function nodeStrategy(id: string): { start: StartPool; inFlight: 'all' | 'per-worker' } | undefined {
  if (!Object.hasOwn(NODE_POOLS, id)) return undefined;
  const known = id as StrategyOf<'node'>;
  return { start: NODE_POOLS[known], inFlight: STRATEGIES[known].inFlight };
}
