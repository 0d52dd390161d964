// Which cells of this run and the baseline measure the same thing (pure).
import { type CellResult, type OkCell, placeId } from '../results/types.ts';

export interface CellName {
  runtime: string;
  strategy: string;
  workload: string;
  level: string;
}

export interface CellPair {
  name: CellName;
  /** Cells of this run with this name: normally one, none for a gone cell. */
  current: CellResult[];
  /** Cells of the baseline with this name: normally one, none for a new cell. */
  baseline: CellResult[];
}

export const nameOf = ({ runtime, strategy, workload, level }: CellName): CellName => ({
  runtime,
  strategy,
  workload,
  level,
});

/** Pairs cells on (runtime, strategy, workload, level): this run's order first, then the baseline's leftovers. */
export function pairCells(current: CellResult[], baseline: CellResult[]): CellPair[] {
  const pairs = new Map<string, CellPair>();
  const entry = (cell: CellResult) => {
    const key = placeId(cell);
    const pair = pairs.get(key) ?? { name: nameOf(cell), current: [], baseline: [] };
    pairs.set(key, pair);
    return pair;
  };
  for (const cell of current) entry(cell).current.push(cell);
  for (const cell of baseline) entry(cell).baseline.push(cell);
  return [...pairs.values()];
}

/** Why a cell has no figures to compare, `where` it is ("in this run"); undefined when it has them. */
export function notMeasured(cell: CellResult, where: string): string | undefined {
  if (cell.status === 'failed') return `failed ${where}: ${cell.error}`;
  if (cell.status === 'skipped') return `skipped ${where}: ${cell.reason}`;
  return undefined;
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Why a same-named pair cannot be compared (one line), or undefined when both are ok and ran
 * the same work: equal workers, tasks and level argument.
 */
export function whyNotComparable(pair: CellPair): string | undefined {
  if (pair.current.length > 1) return `this run has ${pair.current.length} cells with this name`;
  if (pair.baseline.length > 1) return `the baseline has ${pair.baseline.length} cells with this name`;
  const [current] = pair.current;
  const [baseline] = pair.baseline;
  const unmeasured = [notMeasured(current, 'in this run'), notMeasured(baseline, 'in the baseline')].filter(Boolean);
  if (unmeasured.length) return unmeasured.join('; ');
  const differences: string[] = [];
  for (const field of ['workers', 'tasks'] as const) {
    if (current[field] !== baseline[field])
      differences.push(`${field} differ (baseline ${baseline[field]}, this run ${current[field]})`);
  }
  if (JSON.stringify(current.arg) !== JSON.stringify(baseline.arg)) {
    differences.push(`the level's argument differs (baseline ${show(baseline.arg)}, this run ${show(current.arg)})`);
  }
  return differences.length ? differences.join('; ') : undefined;
}

/** The pair's two ok cells, once whyNotComparable said nothing. */
export function okPair(pair: CellPair): { current: OkCell; baseline: OkCell } {
  const [current] = pair.current;
  const [baseline] = pair.baseline;
  if (current?.status !== 'ok' || baseline?.status !== 'ok') throw new Error('okPair: not a pair of ok cells');
  return { current, baseline };
}
