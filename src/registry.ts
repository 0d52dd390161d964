// Every runtime kind and concurrency model the tool knows, one entry each. The rest derives from
// here: the config's strategy list and its schema enum (scripts/gen-validators.mjs writes it
// into config.schema.json), which runtime runs a cell, how reports name and colour a model.
// Adding a model is one entry below plus its implementation (docs/architecture.md, "Adding a
// model or a runtime"). Pure data: this file imports nothing.

export interface RuntimeKindEntry {
  /** How messages name the language of a user's workload module. */
  language: string;
  /** File extensions of a user's workload module in this language. */
  extensions: readonly string[];
  /** The config field that names the module's function. */
  entryField: string;
}

export const RUNTIME_KINDS = {
  node: { language: 'JS/TS', extensions: ['.js', '.mjs', '.cjs', '.ts', '.mts'], entryField: 'export' },
  python: { language: 'Python', extensions: ['.py'], entryField: 'function' },
} as const satisfies Record<string, RuntimeKindEntry>;

export type RuntimeKind = keyof typeof RUNTIME_KINDS;
export const RUNTIME_KIND_IDS = Object.keys(RUNTIME_KINDS) as RuntimeKind[];

export interface StrategyEntry {
  runtime: RuntimeKind;
  /** How every report names it. */
  name: string;
  /** Its colour in charts, from the Okabe-Ito palette (report/svg-palette.ts says why). */
  color: string;
  /** How many tasks it has in flight: all at once (the event loop's model), or one per worker. */
  inFlight: 'all' | 'per-worker';
}

export const STRATEGIES = {
  'event-loop': {
    runtime: 'node',
    name: 'EventLoop',
    color: '#E69F00', // orange
    inFlight: 'all',
  },
  'worker-threads': {
    runtime: 'node',
    name: 'WorkerThreads',
    color: '#56B4E9', // sky blue
    inFlight: 'per-worker',
  },
  'child-processes': {
    runtime: 'node',
    name: 'ChildProcesses',
    color: '#009E73', // bluish green
    inFlight: 'per-worker',
  },
  'thread-pool': {
    runtime: 'python',
    name: 'ThreadPool',
    color: '#0072B2', // blue
    inFlight: 'per-worker',
  },
  'process-pool': {
    runtime: 'python',
    name: 'ProcessPool',
    color: '#D55E00', // vermillion
    inFlight: 'per-worker',
  },
  'interpreter-pool': {
    runtime: 'python',
    name: 'InterpreterPool',
    color: '#CC79A7', // reddish purple
    inFlight: 'per-worker',
  },
} as const satisfies Record<string, StrategyEntry>;

export type StrategyId = keyof typeof STRATEGIES;
/** Registry order: the config's default and the order of report rows. */
export const STRATEGY_IDS = Object.keys(STRATEGIES) as StrategyId[];

/** The strategies one runtime kind runs, as a type: `StrategyOf<'node'>`. */
export type StrategyOf<K extends RuntimeKind> = {
  [S in StrategyId]: (typeof STRATEGIES)[S]['runtime'] extends K ? S : never;
}[StrategyId];

export const strategiesOf = <K extends RuntimeKind>(kind: K): StrategyOf<K>[] =>
  STRATEGY_IDS.filter((id): id is StrategyOf<K> => STRATEGIES[id].runtime === kind);

export const isStrategyId = (id: string): id is StrategyId => Object.hasOwn(STRATEGIES, id);

/** How many tasks a cell runs at once: all of them on the event loop, one per worker in a pool. */
export const tasksInFlight = (id: string, workers: number, tasks: number): number =>
  isStrategyId(id) && STRATEGIES[id].inFlight === 'all' ? tasks : Math.min(workers, tasks);

/** Which runtime kind runs a strategy. */
export const runtimeKindOf = (id: StrategyId): RuntimeKind => STRATEGIES[id].runtime;

/** The runtime kind of a user's workload module, from its file extension; undefined if none takes it. */
export const runtimeKindOfModule = (path: string): RuntimeKind | undefined =>
  RUNTIME_KIND_IDS.find((kind) => RUNTIME_KINDS[kind].extensions.some((ext) => path.endsWith(ext)));

/** Every extension a user's workload module may have, in registry order. */
export const MODULE_EXTENSIONS = RUNTIME_KIND_IDS.flatMap((kind) => RUNTIME_KINDS[kind].extensions);

/** The config schema's pattern for a workload module's path (generated into config.schema.json). */
export const MODULE_PATTERN = `\\.(${MODULE_EXTENSIONS.map((ext) => ext.slice(1)).join('|')})$`;
