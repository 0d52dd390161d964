// How strategies and rows are named in every report.
import { nameOf, type Prose, proseOf } from '../prose.ts';
import { isStrategyId, STRATEGIES } from '../registry.ts';

/** A known strategy's name (the registry's); an unknown id, from a stranger's results file, as is. */
export const strategyName = (id: string) => (isStrategyId(id) ? STRATEGIES[id].name : id);

/** "node · WorkerThreads": the runtime's label is the user's (a name), a known strategy's name is ours. */
export const modelProse = (runtime: string, strategy: string): Prose =>
  proseOf(nameOf(runtime), ' · ', isStrategyId(strategy) ? STRATEGIES[strategy].name : nameOf(strategy));

export const uniq = <T>(values: T[]) => [...new Set(values)];
