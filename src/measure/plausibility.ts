// Plausibility before presentation (pure). A round whose figures cannot be true on this runner is
// set aside: kept in results.json with the reason, left out of medians, intervals and verdicts.
//
// What cannot be true:
// - A speedup above what the concurrency allows: min(workers, tasks), and for work that keeps the
//   CPU busy also the cores. Work that is busy a share s of its serial time needs s × T of CPU,
//   which `cores` CPUs cannot finish in less than s × T ÷ cores: the limit is cores ÷ s. CPU-bound
//   work (s = 1) is held to the cores; work that mostly waits (network, s ≈ 0.05) is not.
//   Efficiency above 1 is the same rule (speedup above the workers).
// - CPU time above what the machine has: more than wall × cores. (This is "above 100% of the
//   workers" when workers ≥ cores. With fewer workers than cores, a runtime's own background
//   threads, JIT and GC, may use the spare cores: that is real, not an artefact.)
//
// The margin, 5%: on this 2-core runner two bare busy processes measure 1.98–2.00× against one,
// and a round's serial and parallel runs each move by a few percent. In four default runs here
// (2,151 rounds) 73 rounds read above their limit, and only 12 of them by less than 5%: what lies
// beyond is a round the machine disturbed (a serial run slowed by a neighbour, page-cache
// writeback: up to 2.9× for 2 tasks).
//
// Whom to blame: the round's serial run is shared by every strategy of the group. When it was
// slower than its usual time by more than the margin, and by more than the parallel run was
// faster than its own, the serial run is the artefact, and the round is set aside for every cell
// of the group. Otherwise the round is set aside for its own cell only (a cell that reads too
// fast in every round, e.g. Python's ProcessPool on io at 2.9× for 2 tasks, is not measurable).
import { median } from './stats.ts';

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

/** "2 of 3 rounds could not be true on this runner: …" */
export function notMeasurableReason(setAside: SetAside[], rounds: number): string {
  return `not measurable on this runner right now: ${setAside.length} of ${rounds} rounds could not be true (round ${setAside[0]!.round + 1}: ${setAside[0]!.reason})`;
}
