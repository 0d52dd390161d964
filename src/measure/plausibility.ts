// Plausibility before presentation (pure). What cannot be true on this runner is kept out of the
// figures, but only by a cause that does not depend on the figure being judged: rounds are never
// set aside because their speedup read high. Trimming the high side near the ceiling cuts off
// half of the noise and drags the median down (a true 1.98× with 7% noise lost 20% of its rounds
// and 1.9% of its median that way; bench/plausibility-sim.ts); the median of every round is
// robust to a few wild ones on its own.
//
// - A round is set aside when its CPU reading cannot be true: more CPU time than the machine has
//   (more than wall × cores). That is the CPU accounting failing, not the work being fast. (With
//   fewer workers than cores, a runtime's own background threads, JIT and GC, may use the spare
//   cores: that is real.)
// - A cell is not measurable when its speedup is shown above what the concurrency allows, by more
//   than the margin: the lower end of its median's interval lies above the limit. (Its median
//   alone would not do: a true 2.00× with 10% noise reads above 2.1× in 14–30% of runs, and
//   judging a point by where it fell is the one-sided cut again, per cell.) The limit is
//   the tasks in flight at once (a pool's workers; every task on the event loop), and for work that keeps the CPU busy also the cores. Work that is busy a share s of its serial time needs s × T of CPU, which `cores`
//   CPUs cannot finish in less than s × T ÷ cores: the limit is cores ÷ s. Such a cell reads too
//   fast as a whole (Python's ProcessPool on io read 2.9× for 2 tasks): it is its own matter,
//   and its figure is not shown. The same holds for a cell's warm view alone.
//   bench/plausibility-sim.ts shows both rules, old and new, on simulated rounds near the limit.
//
// The margin, 5%: on this 2-core runner two bare busy processes measure 1.98–2.00× against one,
// and a median moves by a few percent.
import { medianInterval } from '../stats/interval.ts';
import { median } from '../stats/summary.ts';

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
  /** `inFlight`: the tasks it runs at once (registry.ts `tasksInFlight`); a pool's workers when left out. */
  cells: { workers: number; tasks: number; inFlight?: number; reps: RoundFigures[] }[];
}

/** A round set aside, and why, in words for the report. */
export interface SetAside {
  round: number;
  reason: string;
}

/** The share of its serial time a task keeps the CPU busy: 1 for CPU-bound work. */
export function cpuShare(serials: SerialRound[]): number {
  if (serials.length === 0) return 1;
  return Math.min(1, median(serials.map((s) => s.cpu_time / s.wall_time)));
}

/** The highest speedup this cell's concurrency allows on this runner: `inFlight` tasks at once. */
export function speedupLimit(inFlight: number, tasks: number, cores: number, share: number): number {
  return Math.min(inFlight, tasks, share > 0 ? cores / share : Infinity);
}

/** A speedup above the limit by more than the margin: it cannot be true. */
const aboveLimit = (speedup: number, limit: number) => speedup > limit * (1 + PLAUSIBILITY_MARGIN);

/** Speedups shown above the limit: the lower end of their median's interval is above it (by the margin). */
export const shownAboveLimit = (speedups: readonly number[], limit: number) =>
  speedups.length > 0 && aboveLimit(medianInterval(speedups).low, limit);

/** What the rule found for one cell: its limit, its rounds set aside, and whether its median cannot be true. */
export interface CellJudgement {
  limit: number;
  setAside: SetAside[];
  /** Set when the kept rounds' speedup is shown above the limit: why the cell is not measurable. */
  implausible?: string;
}

/** Per cell of the group (same order). */
export function implausibleRounds(group: GroupRounds): CellJudgement[] {
  const share = cpuShare([...group.serials.values()]);
  return group.cells.map((cell) => {
    const limit = speedupLimit(cell.inFlight ?? cell.workers, cell.tasks, group.cores, share);
    const setAside = cell.reps.flatMap((rep): SetAside[] =>
      rep.cpu_time > rep.wall_time * group.cores * (1 + PLAUSIBILITY_MARGIN) &&
      !cpuTooCoarse(rep.wall_time, cell.workers)
        ? [
            {
              round: rep.round,
              reason: `it used ${(rep.cpu_time / rep.wall_time).toFixed(1)} CPU-seconds a second, more than the ${group.cores} cores can give`,
            },
          ]
        : [],
    );
    const aside = new Set(setAside.map((s) => s.round));
    const speedups = cell.reps.flatMap((rep) => {
      const serial = group.serials.get(rep.round);
      return serial && !aside.has(rep.round) ? [serial.wall_time / rep.wall_time] : [];
    });
    const implausible = shownAboveLimit(speedups, limit)
      ? `its speedup, ${median(speedups).toFixed(2)}× (at least ${medianInterval(speedups).low.toFixed(2)}× over ${speedups.length} rounds), is above what ${limitText(limit, cell, group.cores)}`
      : undefined;
    return { limit, setAside, ...(implausible ? { implausible } : {}) };
  });
}

function limitText(limit: number, cell: { workers: number; tasks: number; inFlight?: number }, cores: number): string {
  const inFlight = cell.inFlight ?? cell.workers;
  const why =
    limit === inFlight && inFlight === cell.workers
      ? `${cell.workers} workers`
      : limit === cell.tasks
        ? `${cell.tasks} tasks${inFlight === cell.tasks && cell.tasks > cell.workers ? ' in flight at once' : ''}`
        : limit === cores
          ? `${cores} cores`
          : `${cores} cores for work this busy`;
  return `${why} allow (${+limit.toFixed(2)}×)`;
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
const mostlyImplausible = (setAside: number, rounds: number) => rounds > 0 && setAside * 2 > rounds;

/** Why a cell has no figure: its median cannot be true, or most of its rounds' CPU readings could not. */
export function notMeasurableReason(judgement: CellJudgement, rounds: number): string {
  if (judgement.implausible) return `not measurable on this runner right now: ${judgement.implausible}`;
  const [first] = judgement.setAside;
  return `not measurable on this runner right now: ${judgement.setAside.length} of ${rounds} rounds could not be true (round ${first!.round + 1}: ${first!.reason})`;
}

/** No figure to show: the median reads above the limit, or most rounds were set aside. */
export const notMeasurable = (judgement: CellJudgement, rounds: number) =>
  judgement.implausible !== undefined || mostlyImplausible(judgement.setAside.length, rounds);
