// Every built-in workload, one entry each: what a task does with its level's argument, the
// argument's unit and cap, whether a level may be a duration, and what the run sets up for it.
// The rest derives from here: config.schema.json's workload entries (scripts/gen-validators.mjs
// writes them), which names are built in and which the levels-only shape takes, what a runner
// hands each task (the argument, or a payload built before the clock starts), whether the run
// starts the loopback server, the README's workload table (test/workload-registry.test.ts).
// The functions themselves are each runtime's: src/workloads/builtin.ts (typed by this list:
// an entry without a Node function does not compile) and the Python harness's workloads.py
// (test/python-contract.test.ts holds it to this list). Pure data: this file imports nothing.

export interface BuiltinWorkloadEntry {
  /** What one task does with its argument n: the README's table and the schema say it. */
  task: string;
  /** What n counts, for the schema's description. */
  unit: string;
  /** The largest n a level may take, and what that is in words ('' where the number says it). */
  max: number;
  maxNote: string;
  /** A level may be a duration ("100ms"), calibrated per runtime; not where n is a size whose cost is the point. */
  durations: boolean;
  /** One of the study's four: the levels-only shape takes these, and the default matrix holds them. */
  study: boolean;
  /** What each task is handed: n itself, or a payload of n KiB (bytes, or small objects) built before the clock starts. */
  handed: 'argument' | 'bytes' | 'objects';
  /** What the run starts before it measures: the loopback HTTP server (unless config network.url is set). */
  needs: 'nothing' | 'loopback-server';
}

export const BUILTIN_WORKLOADS = {
  cpu: {
    task: 's = i*i for i in 0..n',
    unit: 'iterations',
    max: 1e12,
    maxNote: 'minutes per task in Node on a fast core, hours in CPython',
    durations: true,
    study: true,
    handed: 'argument',
    needs: 'nothing',
  },
  memory: {
    task: 'build a list of 0..n, sum it',
    unit: 'list items',
    max: 1e10,
    maxNote: "more than any runner's memory holds",
    durations: true,
    study: true,
    handed: 'argument',
    needs: 'nothing',
  },
  io: {
    task: 'write n MiB to a temp file, read it back, delete it',
    unit: 'MiB',
    max: 100_000,
    maxNote: 'about 98 GiB',
    durations: true,
    study: true,
    handed: 'argument',
    needs: 'nothing',
  },
  network: {
    task: 'n sequential HTTP GETs (fresh connection each)',
    unit: 'requests',
    max: 100_000,
    maxNote: '',
    durations: true,
    study: true,
    handed: 'argument',
    needs: 'loopback-server',
  },
  transfer: {
    task: 'receive n KiB of bytes, return a copy of the same size',
    unit: 'KiB',
    max: 262_144,
    maxNote: '256 MiB',
    durations: false,
    study: false,
    handed: 'bytes',
    needs: 'nothing',
  },
  transfer_objects: {
    task: 'receive about n KiB of small objects (16 a KiB), return a copy of the same size',
    unit: 'KiB',
    max: 262_144,
    maxNote: '256 MiB',
    durations: false,
    study: false,
    handed: 'objects',
    needs: 'nothing',
  },
  sleep: {
    task: 'wait n ms on a timer, no CPU (the event loop waits for every task at once)',
    unit: 'milliseconds',
    max: 600_000,
    maxNote: 'ten minutes, the default timeout_s',
    durations: true,
    study: false,
    handed: 'argument',
    needs: 'nothing',
  },
} as const satisfies Record<string, BuiltinWorkloadEntry>;

/** The data a payload-handing built-in moves: flat bytes or small objects. */
export type PayloadShape = Exclude<BuiltinWorkloadEntry['handed'], 'argument'>;

export type BuiltinWorkloadName = keyof typeof BUILTIN_WORKLOADS;
/** Registry order: the schema's, the README's and every message's. */
export const BUILTIN_WORKLOAD_NAMES = Object.keys(BUILTIN_WORKLOADS) as BuiltinWorkloadName[];
/** The study's four: the levels-only shape and the default matrix hold these. */
export const STUDY_WORKLOAD_NAMES = BUILTIN_WORKLOAD_NAMES.filter((name) => BUILTIN_WORKLOADS[name].study);

export const isBuiltinWorkload = (name: string): name is BuiltinWorkloadName => Object.hasOwn(BUILTIN_WORKLOADS, name);

/** A built-in's entry; undefined for any other name (a user's workload). */
export const builtinWorkload = (name: string): BuiltinWorkloadEntry | undefined =>
  isBuiltinWorkload(name) ? BUILTIN_WORKLOADS[name] : undefined;

export const isStudyWorkload = (name: string): boolean => builtinWorkload(name)?.study === true;
