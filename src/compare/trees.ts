// The comparison of a run that measured the base tree beside the head (pure; issue 21): per
// matched cell, each round's ratio head ÷ base of the cold wall time (and of peak memory), tested
// by the paired gate (paired-gate.ts) across every cell at once.
//
// Both trees ran in the same rounds on the same machine, so a round's ratio cancels what the
// machine did during it; two runs on two machines cannot be compared this way (compare.ts).
// Besides the models, each runtime × workload × level has a serial row: the user's function run
// serially, the most direct sign that a change made the work itself slower.
import { primaryCells } from '../analysis/sweep.ts';
import { cellId, type CellResult, groupId, type OkCell, type Results, twinId } from '../results/types.ts';
import { nameOf, notMeasured } from './match.ts';
import { FEWEST_PAIRS, type PairedGateOptions, pOfLargeChange } from './paired-gate.ts';
import { type ComparedRow, gateRows } from './rows.ts';
import type { Comparison } from './types.ts';

/** The name the serial rows go by in a comparison (no model has it). */
export const SERIAL_ROW = 'serial';

type Sample = (cell: OkCell) => { values: number[]; rounds: number[] } | undefined;

const byRound = (values: number[], rounds: number[]) => new Map(rounds.map((round, i) => [round, values[i]!]));

const walls: Sample = (cell) => cell.rounds && { values: cell.stats.wall_time.samples, rounds: cell.rounds };
const memories: Sample = (cell) => cell.rounds && { values: cell.stats.memory_mb.samples, rounds: cell.rounds };
const serialWalls: Sample = (cell) =>
  cell.rounds && { values: cell.stats.serial_wall_time.samples, rounds: cell.rounds };

/** head ÷ base for every round both have a finite, positive figure in. */
function ratios(head: Map<number, number>, base: Map<number, number>): number[] {
  return [...head]
    .filter(([round, value]) => value > 0 && (base.get(round) ?? 0) > 0)
    .map(([round, value]) => value / base.get(round)!);
}

function samplesOf(cells: OkCell[], sample: Sample): Map<number, number> {
  const merged = new Map<number, number>();
  for (const cell of cells) {
    const found = sample(cell);
    if (found) for (const [round, value] of byRound(found.values, found.rounds)) merged.set(round, value);
  }
  return merged;
}

const isOk = (cell: CellResult): cell is OkCell => cell.status === 'ok';

interface Row extends ComparedRow {
  /** The cell whose rounds feed it (a serial row: one of its group's, which runs the serial run along). */
  feeds?: string;
}

function cellRows(head: CellResult[], base: CellResult[]): Row[] {
  const bases = new Map(base.map((cell) => [twinId(cell), cell]));
  const heads = new Set(head.map(twinId));
  const rows: Row[] = head.map((cell) => {
    const name = nameOf(cell);
    const twin = bases.get(twinId(cell));
    if (!twin) return { name, status: 'new' };
    const reason = [notMeasured(cell, 'in this tree'), notMeasured(twin, 'in the base tree')]
      .filter(Boolean)
      .join('; ');
    if (!isOk(cell) || !isOk(twin)) return { name, status: 'not-comparable', reason };
    const id = twinId(cell);
    return {
      name,
      status: 'compared',
      feeds: cellId(cell),
      wall: { id, ratios: ratios(samplesOf([cell], walls), samplesOf([twin], walls)) },
      memory: { id, ratios: ratios(samplesOf([cell], memories), samplesOf([twin], memories)) },
    };
  });
  const gone = base
    .filter((cell) => !heads.has(twinId(cell)))
    .map((cell): Row => ({ name: nameOf(cell), status: 'gone' }));
  return [...rows, ...gone];
}

/** One serial row per group both trees measured: the function itself, run one task at a time. */
function serialRows(head: CellResult[], base: CellResult[]): Row[] {
  const groups = new Map<string, { head: OkCell[]; base: OkCell[] }>();
  const bases = new Set(base.map(twinId));
  for (const cell of head.filter(isOk)) {
    if (!bases.has(twinId(cell))) continue; // its level means other work in the base tree
    const key = groupId(cell);
    groups.set(key, { head: [...(groups.get(key)?.head ?? []), cell], base: [] });
  }
  for (const cell of base.filter(isOk)) groups.get(groupId(cell))?.base.push(cell);
  return [...groups.values()]
    .filter((group) => group.base.length > 0)
    .map(({ head: cells, base: twins }) => {
      const { runtime, workload, level } = cells[0]!;
      const id = `${groupId(cells[0]!)}/serial`;
      return {
        name: { runtime, strategy: SERIAL_ROW, workload, level },
        status: 'compared',
        feeds: cellId(cells[0]!),
        wall: { id, ratios: ratios(samplesOf(cells, serialWalls), samplesOf(twins, serialWalls)) },
      };
    });
}

/** Every row of the comparison: the matched cells, then a serial row per group (at a sweep's primary pool size). */
function treeRows(head: CellResult[], base: CellResult[], cores: number): Row[] {
  const [heads, bases] = [primaryCells(head, cores), primaryCells(base, cores)];
  return [...cellRows(heads, bases), ...serialRows(heads, bases)];
}

export function compareTrees(results: Results, thresholds: PairedGateOptions): Comparison {
  const cores = results.system.cores;
  const sameCode = new Set(results.base?.same_code ?? []);
  const head = results.cells.filter((cell) => !sameCode.has(cell.workload));
  const rows = treeRows(head, results.base?.cells ?? [], cores);
  const gated = gateRows(
    rows,
    thresholds,
    (pairs) => `${pairs} paired round${pairs === 1 ? '' : 's'}: too few to show a change (${FEWEST_PAIRS} at least)`,
  );
  const percent = `${+(thresholds.minEffect * 100).toFixed(1)}%`;
  return {
    kind: 'same-run',
    minEffect: thresholds.minEffect,
    ...(sameCode.size ? { sameCode: [...sameCode] } : {}),
    cells: gated.cells,
    regressions: gated.regressions,
    improvements: gated.improvements,
    memoryRegressions: gated.memoryRegressions,
    method:
      `Both trees ran in the same rounds on this machine, in a random order; per cell, each round's ratio of this tree's cold wall time to the base's. ` +
      `A cell got slower when its ratios are shown above 1 + ${percent} ÷ 2 (a one-sided sign test) and their median is at least 1 + ${percent} (faster: the same, below); ` +
      `across the ${gated.tested} cells tested, the false discovery rate is held at ${thresholds.alpha} (Benjamini–Hochberg). Peak memory is tested the same way.`,
    notes: [],
  };
}

/**
 * The cells whose comparison more rounds could still change (for measure/run-plan.ts's extra
 * rounds, before any verdict's): a median ratio beyond 1 ± min_effect that is not yet shown, even
 * held alone to alpha ÷ the number of cells (which Benjamini–Hochberg would then flag whatever the
 * rest do). A cell whose ratios sit near 1 cannot become a finding of min_effect: it waits for
 * nothing. A serial row waits through a cell of its group, whose round runs the serial runs.
 */
export function undecidedCells(
  head: CellResult[],
  base: CellResult[],
  cores: number,
  { minEffect, alpha }: PairedGateOptions,
): Set<string> {
  const rows = treeRows(head, base, cores);
  const tested = rows.filter((row) => row.wall && row.wall.ratios.length > 0);
  const open = new Set<string>();
  for (const row of tested) {
    const p = pOfLargeChange(row.wall!.ratios, minEffect);
    if (p !== undefined && p > alpha / tested.length && row.feeds) open.add(row.feeds);
  }
  return open;
}
