// What a reviewer reads first when there is a comparison (pure; issue 21): one line per cell that
// changed, then one line for everything that did not, then what could not be told. The words are
// ours; runtimes, workloads, levels and the baseline's label are names (prose.ts).
import type { CellComparison, ComparisonView } from '../compare/types.ts';
import { SERIAL_ROW } from '../compare/trees.ts';
import { joinProse, nameOf, type Prose, prose, proseOf, ours } from '../prose.ts';
import { modelProse } from './names.ts';

export interface ComparisonLead {
  heading: Prose;
  /** One per changed cell (wall time first, then peak memory). */
  changed: Prose[];
  /** "No other cell was shown 10% or more slower or faster", with how many were compared and on how many rounds. */
  rest: Prose;
  /** Cells that could not be told, added or removed: counts, one line each. */
  untold: Prose[];
}

const ratio = (x: number) => x.toFixed(2);
const interval = (ci: [number, number] | undefined) => (ci ? ` [${ratio(ci[0])}–${ratio(ci[1])}]` : '');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const where = (cell: CellComparison): Prose =>
  proseOf(
    ...(cell.strategy === SERIAL_ROW ? [nameOf(cell.runtime), ' · serial'] : modelProse(cell.runtime, cell.strategy)),
    ' ',
    nameOf(cell.workload),
    '/',
    nameOf(cell.level),
  );

function wallLine(cell: CellComparison, kind: ComparisonView['kind']): Prose {
  const direction = cell.verdict === 'regression' ? 'slower' : 'faster';
  const rounds =
    cell.pairs === undefined ? '' : `, ${plural(cell.pairs, kind === 'same-run' ? 'paired round' : 'round')}`;
  // another run: the ratio is of wall times relative to each run's own serial run (compare/cell.ts)
  const what = kind === 'same-run' ? 'the wall time' : 'the wall time relative to serial';
  return prose`${where(cell)}: ${ours(`${ratio(cell.wallRatio!)}× ${what}, ${direction}${interval(cell.ci)}${rounds}`)}`;
}

function memoryLine(cell: CellComparison): Prose {
  const memory = cell.memory!;
  const direction = memory.verdict === 'regression' ? 'more' : 'less';
  return prose`${where(cell)}: ${ours(`${ratio(memory.ratio)}× the peak memory, ${direction}${interval(memory.ci)}`)}`;
}

export function comparisonLead(comparison: ComparisonView): ComparisonLead {
  const cells = comparison.cells;
  const moved = (c: CellComparison) => c.verdict === 'regression' || c.verdict === 'improvement';
  const memoryMoved = (c: CellComparison) => c.memory?.verdict === 'regression' || c.memory?.verdict === 'improvement';
  const tested = cells.filter((c) => c.verdict !== undefined);
  const pairs = tested.flatMap((c) => (c.pairs === undefined ? [] : [c.pairs]));
  const span = pairs.length
    ? `; ${rangeText(pairs)} ${comparison.kind === 'same-run' ? 'paired ' : ''}rounds each`
    : '';
  const others = cells.some(moved) || cells.some(memoryMoved) ? 'No other cell' : 'No cell';
  const percent = `${+(comparison.minEffect * 100).toFixed(1)}%`;
  const heading =
    comparison.kind === 'same-run'
      ? prose`Against the base tree ${comparison.baselineLabel}, measured in the same rounds`
      : prose`Against ${comparison.baselineLabel}: ${ours('another run, another machine: indicative only')}`;
  const notTold = cells.filter((c) => c.status === 'compared' && c.verdict === undefined).length;
  const count = (status: CellComparison['status']) => cells.filter((c) => c.status === status).length;
  const sameCode = comparison.sameCode ?? [];
  const untold = [
    sameCode.length
      ? prose`Not compared, measured once: ${joinProse(
          sameCode.map((name) => prose`${name}`),
          ', ',
        )} (built in: the same code in both trees)`
      : [],
    notTold ? proseOf(`${plural(notTold, 'cell')} had too few rounds to tell (5 at least)`) : [],
    count('not-comparable')
      ? proseOf(`${plural(count('not-comparable'), 'cell')} not comparable (failed or skipped on a side)`)
      : [],
    count('new') ? proseOf(`${plural(count('new'), 'cell')} only in this tree`) : [],
    count('gone') ? proseOf(`${plural(count('gone'), 'cell')} only in the baseline`) : [],
  ].filter((line) => line.length > 0);
  return {
    heading,
    changed: [
      ...cells.filter(moved).map((cell) => wallLine(cell, comparison.kind)),
      ...cells.filter(memoryMoved).map(memoryLine),
    ],
    rest: proseOf(
      `${others} was shown ${percent} or more slower or faster (${plural(tested.length, 'cell')} compared${span}).`,
    ),
    untold,
  };
}

function rangeText(values: number[]): string {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? `${low}` : `${low}–${high}`;
}
