// Compare a run's results with a baseline results.json, cell by cell (pure).
// Reading the files is not done here: src/results/read.ts validates them first.
import type { Results } from '../results/types.ts';
import { compareCell, MIN_REPETITIONS, wallSamples, type Thresholds } from './cell.ts';
import { machineNotes, methodSentence, noCellInCommon, type SampleSizes } from './describe.ts';
import { okPair, pairCells, whyNotComparable } from './match.ts';
import { ComparisonError, DEFAULT_ALPHA, DEFAULT_MIN_EFFECT, type CellComparison, type CompareOptions, type Comparison } from './types.ts';

export { ComparisonError, type CellComparison, type CompareOptions, type Comparison } from './types.ts';

function thresholds({ minEffect = DEFAULT_MIN_EFFECT, alpha = DEFAULT_ALPHA }: CompareOptions): Thresholds {
  if (!(Number.isFinite(minEffect) && minEffect >= 0 && minEffect < 1)) {
    throw new ComparisonError(`the minimum effect must be a fraction from 0 to below 1, e.g. 0.1 for 10% (got ${minEffect})`);
  }
  if (!(Number.isFinite(alpha) && alpha > 0 && alpha < 1)) throw new ComparisonError(`alpha must be between 0 and 1, e.g. 0.05 (got ${alpha})`);
  return { minEffect, alpha };
}

function checkVersion(results: Results, which: string): void {
  const version = (results as { schema_version?: unknown } | null)?.schema_version;
  if (version !== 1) throw new ComparisonError(`${which} has schema_version ${JSON.stringify(version)}; this version compares schema_version 1 only`);
  if (!Array.isArray(results.cells)) throw new ComparisonError(`${which} has no list of cells`);
}

export function compareResults(current: Results, baseline: Results, options: CompareOptions = {}): Comparison {
  const limits = thresholds(options);
  checkVersion(baseline, 'the baseline');
  checkVersion(current, 'this run');
  const pairs = pairCells(current.cells, baseline.cells);
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
    cells,
    regressions: cells.filter((cell) => cell.verdict === 'regression').length,
    improvements: cells.filter((cell) => cell.verdict === 'improvement').length,
    method: methodSentence(limits, tested),
    notes: machineNotes(current.system, baseline.system),
  };
}
