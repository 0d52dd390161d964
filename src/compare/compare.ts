// Compare a run's results with a baseline results.json from another run (pure): most likely
// another machine, so indicative only. Each cell's speedups (which cancel each run's machine
// speed) are set against the baseline's round by round (cell.ts), and the paired gate decides
// (paired-gate.ts: the sign test, Benjamini–Hochberg across cells) as it does for a base tree
// measured in the same run (trees.ts). Reading the files is not done here: src/results/read.ts
// validates them first.
import { primaryCells } from '../analysis/sweep.ts';
import { SCHEMA_VERSION, type Results } from '../results/types.ts';
import { memoryRatios, relativeChanges, speedRatios, type Thresholds } from './cell.ts';
import { machineNotes, methodSentence, noCellInCommon } from './describe.ts';
import { okPair, pairCells, whyNotComparable } from './match.ts';
import { FEWEST_PAIRS } from './paired-gate.ts';
import { type ComparedRow, gateRows } from './rows.ts';
import { ComparisonError, DEFAULT_ALPHA, DEFAULT_MIN_EFFECT, type CompareOptions, type Comparison } from './types.ts';

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

function checkVersion(results: Results, which: string): void {
  const version = (results as { schema_version?: unknown } | null)?.schema_version;
  if (version !== SCHEMA_VERSION)
    throw new ComparisonError(
      `${which} has schema_version ${JSON.stringify(version)}; this version compares schema_version ${SCHEMA_VERSION} only`,
    );
  if (!Array.isArray(results.cells)) throw new ComparisonError(`${which} has no list of cells`);
}

export function compareResults(current: Results, baseline: Results, options: CompareOptions = {}): Comparison {
  const limits = thresholds(options);
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
  // a speedup ratio is this run's wall time relative to its serial run, over the baseline's (cell.ts)
  const rows = pairs.map(({ name, ...pair }, i): ComparedRow => {
    const id = String(i);
    if (pair.baseline.length === 0) return { name, status: 'new' };
    if (pair.current.length === 0) return { name, status: 'gone' };
    const reason = whyNotComparable({ name, ...pair });
    if (reason !== undefined) return { name, status: 'not-comparable', reason };
    const ok = okPair({ name, ...pair });
    return {
      name,
      status: 'compared',
      change: relativeChanges(ok.current.metrics, ok.baseline.metrics),
      wall: { id, ratios: speedRatios(ok.current, ok.baseline) },
      memory: { id, ratios: memoryRatios(ok.current, ok.baseline) },
    };
  });
  const gated = gateRows(
    rows,
    limits,
    (pairs) =>
      `${pairs} round${pairs === 1 ? '' : 's'} on the side with fewer: too few to test (${FEWEST_PAIRS} at least)`,
  );
  return {
    kind: 'another-run',
    minEffect: limits.minEffect,
    cells: gated.cells,
    regressions: gated.regressions,
    improvements: gated.improvements,
    memoryRegressions: gated.memoryRegressions,
    method: methodSentence(limits, gated.tested),
    notes: machineNotes(current.system, baseline.system),
  };
}
