// The plausibility rule as it was before issue 20 item 4 (rounds set aside because their speedup
// read above the limit, one side only), frozen here only so that bench/plausibility-sim.ts can set
// the current rule beside it. Not used by the product.
import { median } from '../src/stats/summary.ts';

export const PLAUSIBILITY_MARGIN = 0.05;

/** One round's serial run, shared by the cells of a group. */
export interface SerialRound {
  wall_time: number;
  cpu_time: number;
}

export interface RoundFigures {
  /** The group's round this repetition ran in. */
  round: number;
  wall_time: number;
  cpu_time: number;
}

export interface GroupRounds {
  cores: number;
  serials: Map<number, SerialRound>;
  cells: { workers: number; tasks: number; reps: RoundFigures[] }[];
}

/** A round set aside, and why, in words for the report. */
export interface SetAside {
  round: number;
  reason: string;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The share of its serial time a task keeps the CPU busy: 1 for CPU-bound work. */
export function cpuShare(serials: SerialRound[]): number {
  if (serials.length === 0) return 1;
  return Math.min(1, median(serials.map((s) => s.cpu_time / s.wall_time)));
}

/** The highest speedup this cell's concurrency allows on this runner. */
export function speedupLimit(workers: number, tasks: number, cores: number, share: number): number {
  return Math.min(workers, tasks, share > 0 ? cores / share : Infinity);
}

/** A speedup above the limit by more than the margin: it cannot be true. */
export const aboveLimit = (speedup: number, limit: number) => speedup > limit * (1 + PLAUSIBILITY_MARGIN);

/** What the rule found for one cell: its limit, and the rounds set aside and why. */
export interface CellJudgement {
  limit: number;
  setAside: SetAside[];
}

/** Per cell of the group (same order): its limit, and the rounds set aside and why. */
export function implausibleRounds(group: GroupRounds): CellJudgement[] {
  const serials = [...group.serials.values()];
  const share = cpuShare(serials);
  const limits = group.cells.map((cell) => speedupLimit(cell.workers, cell.tasks, group.cores, share));
  const serialMedian = median(serials.map((s) => s.wall_time));
  /** Rounds whose serial run was the artefact: how much slower it was than usual. */
  const slowSerials = new Map<number, number>();
  const perCell = group.cells.map(() => new Map<number, string>());

  group.cells.forEach((cell, i) => {
    const limit = limits[i]!;
    const parallelMedian = median(cell.reps.map((rep) => rep.wall_time));
    for (const rep of cell.reps) {
      const serial = group.serials.get(rep.round);
      if (!serial) continue;
      const speedup = serial.wall_time / rep.wall_time;
      if (aboveLimit(speedup, limit)) {
        const serialSlower = serial.wall_time / serialMedian - 1;
        const parallelFaster = parallelMedian / rep.wall_time - 1;
        // the serial run is to blame only when it moved by more than the noise, and more than
        // the parallel run did: a cell that always reads too fast is that cell's own matter
        if (serialSlower > PLAUSIBILITY_MARGIN && serialSlower >= parallelFaster)
          slowSerials.set(rep.round, serialSlower);
        else {
          perCell[i]!.set(rep.round, `it read ${speedup.toFixed(2)}× where ${limitText(limit, cell, group.cores)}`);
        }
      } else if (
        rep.cpu_time > rep.wall_time * group.cores * (1 + PLAUSIBILITY_MARGIN) &&
        !cpuTooCoarse(rep.wall_time, cell.workers)
      ) {
        perCell[i]!.set(
          rep.round,
          `it used ${(rep.cpu_time / rep.wall_time).toFixed(1)} CPU-seconds a second, more than the ${group.cores} cores can give`,
        );
      }
    }
  });

  return group.cells.map((cell, i) => ({
    limit: limits[i]!,
    setAside: cell.reps.flatMap((rep) => {
      const slower = slowSerials.get(rep.round);
      if (slower === undefined)
        return perCell[i]!.has(rep.round) ? [{ round: rep.round, reason: perCell[i]!.get(rep.round)! }] : [];
      // every cell of the round was measured against that serial run; each says its own reading
      const speedup = group.serials.get(rep.round)!.wall_time / rep.wall_time;
      return [
        {
          round: rep.round,
          reason: `its serial run was ${percent(slower)} slower than the other rounds' (${speedup.toFixed(2)}× here; ${limitText(limits[i]!, cell, group.cores)})`,
        },
      ];
    }),
  }));
}

function limitText(limit: number, cell: { workers: number; tasks: number }, cores: number): string {
  const why =
    limit === cell.workers
      ? `${cell.workers} workers`
      : limit === cell.tasks
        ? `${cell.tasks} tasks`
        : limit === cores
          ? `${cores} cores`
          : `${cores} cores for work this busy`;
  return `${+limit.toFixed(2)}× is the most ${why} allow`;
}

/**
 * The CPU time of child processes is counted in clock ticks (10 ms on Linux), an error of up to
 * a tick per process (the workers and the runner). Where that error could exceed 20% of the
 * workers' time, a CPU utilization says more about the clock than about the work: 2 workers need
 * 75 ms of wall time.
 */
export const CPU_TICK_S = 0.01;
const MAX_CPU_CLOCK_ERROR = 0.2;
export function cpuTooCoarse(wallTime: number, workers: number): boolean {
  return (workers + 1) * CPU_TICK_S > MAX_CPU_CLOCK_ERROR * wallTime * workers;
}

/** More than half of the rounds set aside: the cell has no figure to show. */
export const mostlyImplausible = (setAside: number, rounds: number) => rounds > 0 && setAside * 2 > rounds;
