// What moving data costs each model (pure), from the cells of the workloads that move data (the
// registry's `handed` is a payload: transfer, transfer_objects): each task takes
// `kib` KiB in and hands as much back, so a batch moves 2 × tasks × kib KiB across the model's
// boundary. Read on the warm batch (the pool already started, so its start-up is not counted),
// as milliseconds per MiB moved, beside the same batch run serially, where nothing crosses and
// only the copy is paid.
import type { OkCell } from '../results/types.ts';
import { builtinWorkload } from '../workload-registry.ts';

/** A results file's cells name their workload only: a built-in's name is not a user's (config refuses it). */
const movesData = (workload: string) => (builtinWorkload(workload)?.handed ?? 'argument') !== 'argument';

export interface TransferCost {
  cell: OkCell;
  kib: number;
  /** MiB moved by one batch: every task's payload in and its result out. */
  mibMoved: number;
  /** The model's batch time per MiB moved: warm when measured, else cold. */
  msPerMib: number;
  basis: 'warm' | 'cold';
  /** The serial batch's time per MiB of the same payloads: the copy alone, nothing crosses. */
  serialMsPerMib: number;
}

export function transferCosts(cells: OkCell[]): TransferCost[] {
  return cells.flatMap((cell) => {
    if (!movesData(cell.workload) || typeof cell.arg !== 'number' || cell.arg <= 0) return [];
    const kib = cell.arg;
    const mibMoved = (2 * cell.tasks * kib) / 1024;
    const warm = cell.warm;
    const wall = warm ? warm.wall_time : cell.metrics.wall_time;
    // speedup = serial ÷ parallel, so the serial batch took speedup × wall
    const serial = warm ? warm.speedup * warm.wall_time : cell.serial_wall_time;
    return [
      {
        cell,
        kib,
        mibMoved,
        msPerMib: (wall * 1000) / mibMoved,
        basis: warm ? 'warm' : 'cold',
        serialMsPerMib: (serial * 1000) / mibMoved,
      },
    ];
  });
}
