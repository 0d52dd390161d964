// The ground-truth bound on cpu_time, shared by the Node and Python ground-truth tests (issue 19).
//
// A task that burns a known CPU time on its own thread's clock is the truth; a pool adds its own
// start-up (workers, interpreters, imports), which is the pool's and no task's. That start-up is
// not a fixed share: it is measured, by a cell of the same pool whose tasks do no work, in the
// same run. So the bound holds on any machine where the measurement is right, fast or slow, and
// fails where it is wrong: a lost worker (3.14's forkserver once read 0.01 s for 1.2 s) or one
// counted twice is whole seconds off, far outside it.
import type { CellResult, OkCell, Phases } from '../src/results/types.ts';

/** What measuring costs on top of the truth (clock reads, ticks of 10 ms per process): 3%. */
const CLOCK_SLACK = 0.03;
/** The same start-up read at another moment of this VM differs by up to twice. */
const STARTUP_MOVES = 2;

/** The CPU a cell measured: its median, or for a cell set aside as implausible (a speedup that
 * cannot be true says nothing against its CPU time) the median of its rounds set aside. */
function measuredCpu(cell: CellResult): { cpu_time: number; cpu_phases?: Phases } {
  if (cell.status === 'ok') return { cpu_time: cell.metrics.cpu_time, cpu_phases: cell.cpu_phases };
  const rounds = cell.status === 'skipped' ? (cell.outliers ?? []) : [];
  if (rounds.length === 0)
    throw new Error(
      `${cell.runtime} ${cell.strategy} ${cell.level}: ${cell.status === 'failed' ? cell.error : cell.reason}`,
    );
  const sorted = [...rounds].sort((a, b) => a.cpu_time - b.cpu_time);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Checks a burn cell against `truth` seconds of task CPU, with `zero` the same pool's no-work
 * cell from the same run. Returns what is wrong, or undefined:
 * - cpu_time = truth + the pool's own CPU, where the pool's own is within STARTUP_MOVES × the
 *   no-work cell's, give or take CLOCK_SLACK of the truth;
 * - the run phase alone (no start-up, no shut-down) is the truth within CLOCK_SLACK, plus at most
 *   STARTUP_MOVES × what the no-work cell's run phase took (handing tasks out, results back);
 * - the warm batch (on the started pool) likewise.
 */
export function cpuAgainstTruth(cell: OkCell, zeroCell: CellResult, truth: number): string | undefined {
  const label = `${cell.runtime} ${cell.strategy}`;
  const zero = measuredCpu(zeroCell);
  const low = truth * (1 - CLOCK_SLACK);
  const high = (own: number) => truth * (1 + CLOCK_SLACK) + STARTUP_MOVES * own;
  const outside = (what: string, value: number, own: number) =>
    value < low || value > high(own)
      ? `${label} ${what} ${value.toFixed(3)} s: outside [${low.toFixed(3)}, ${high(own).toFixed(3)}] (truth ${truth} s, no-work cell ${own.toFixed(3)} s)`
      : undefined;
  const zeroRun = zero.cpu_phases?.run ?? zero.cpu_time;
  return (
    outside('cpu_time', cell.metrics.cpu_time, zero.cpu_time) ??
    (cell.cpu_phases ? outside('run-phase CPU', cell.cpu_phases.run, zeroRun) : `${label}: no cpu_phases`) ??
    (cell.warm ? outside('warm cpu_time', cell.warm.cpu_time, zeroRun) : undefined)
  );
}
