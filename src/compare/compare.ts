// Compare a run's results with a baseline results.json, cell by cell (pure).
// Reading the files is not done here: src/results/read.ts validates them first.
import { primaryCells } from '../analysis/sweep.ts';
import { machineSpeed } from '../analysis/ceiling.ts';
import type { Prose } from '../prose.ts';
import { SCHEMA_VERSION, type Results } from '../results/types.ts';
import { compareCell, MIN_REPETITIONS, wallSamples, type Thresholds } from './cell.ts';
import { machineNotes, methodSentence, noCellInCommon, type SampleSizes } from './describe.ts';
import { okPair, pairCells, whyNotComparable } from './match.ts';
import {
  ComparisonError,
  DEFAULT_ALPHA,
  DEFAULT_MIN_EFFECT,
  type CellComparison,
  type CompareOptions,
  type Comparison,
} from './types.ts';

export { ComparisonError, type CellComparison, type CompareOptions, type Comparison } from './types.ts';

function thresholds({ minEffect = DEFAULT_MIN_EFFECT, alpha = DEFAULT_ALPHA }: CompareOptions): Thresholds {
  if (!(Number.isFinite(minEffect) && minEffect >= 0 && minEffect < 1)) {
    throw new ComparisonError(
      `the minimum effect must be a fraction from 0 to below 1, e.g. 0.1 for 10% (got ${minEffect})`,
    );
  }
  if (!(Number.isFinite(alpha) && alpha > 0 && alpha < 1))
    throw new ComparisonError(`alpha must be between 0 and 1, e.g. 0.05 (got ${alpha})`);
  return { minEffect, alpha };
}

/** Said whenever this run's wall times were divided by the machine's speed. */
function speedNote(factor: number | undefined): Prose[] {
  if (factor === undefined) return [];
  const change = Math.abs(factor - 1) * 100;
  const moved = change < 0.5 ? 'as fast as' : `${change.toFixed(1)}% ${factor > 1 ? 'slower than' : 'faster than'}`;
  return [
    [
      `the machine was ${moved} in the baseline's run, on the same fixed busy loop; this run's wall times were divided by that, in proportion to how CPU-bound each cell is`,
    ],
  ];
}

function checkVersion(results: Results, which: string): void {
  const version = (results as { schema_version?: unknown } | null)?.schema_version;
  if (version !== SCHEMA_VERSION)
    throw new ComparisonError(
      `${which} has schema_version ${JSON.stringify(version)}; this version compares schema_version ${SCHEMA_VERSION} only`,
    );
  if (!Array.isArray(results.cells)) throw new ComparisonError(`${which} has no list of cells`);
}

/** Both runs measured the machine on the same fixed loop: how much slower it was this time. */
function speedFactorOf(current: Results, baseline: Results): number | undefined {
  const [now, then] = [machineSpeed(current.system?.ceiling), machineSpeed(baseline.system?.ceiling)];
  return now !== undefined && then !== undefined ? now / then : undefined;
}

export function compareResults(current: Results, baseline: Results, options: CompareOptions = {}): Comparison {
  const speedFactor = options.normalize === false ? undefined : speedFactorOf(current, baseline);
  const limits = { ...thresholds(options), ...(speedFactor === undefined ? {} : { speedFactor }) };
  checkVersion(baseline, 'the baseline');
  checkVersion(current, 'this run');
  // a sweep is compared at the pool size its verdicts rest on (analysis/sweep.ts)
  const pairs = pairCells(
    primaryCells(current.cells, current.system.cores),
    primaryCells(baseline.cells, baseline.system.cores),
  );
  if (!pairs.some((pair) => pair.current.length > 0 && pair.baseline.length > 0)) {
    throw new ComparisonError(noCellInCommon(current.cells, baseline.cells));
  }

  const tested: SampleSizes[] = [];
  const cells = pairs.map(({ name, ...pair }): CellComparison => {
    if (pair.baseline.length === 0) return { ...name, status: 'new' };
    if (pair.current.length === 0) return { ...name, status: 'gone' };
    const reason = whyNotComparable({ name, ...pair });
    if (reason !== undefined) return { ...name, status: 'not-comparable', reason };
    const cells = okPair({ name, ...pair });
    const sizes = { current: wallSamples(cells.current).length, baseline: wallSamples(cells.baseline).length };
    if (sizes.current >= MIN_REPETITIONS && sizes.baseline >= MIN_REPETITIONS) tested.push(sizes);
    return { ...name, ...compareCell(cells.current, cells.baseline, limits) };
  });
  return {
    kind: 'another-run',
    minEffect: limits.minEffect,
    cells,
    regressions: cells.filter((cell) => cell.verdict === 'regression').length,
    improvements: cells.filter((cell) => cell.verdict === 'improvement').length,
    memoryRegressions: cells.filter((cell) => cell.memory?.verdict === 'regression').length,
    method: methodSentence(limits, tested),
    notes: [...machineNotes(current.system, baseline.system), ...speedNote(speedFactor)],
  };
}
