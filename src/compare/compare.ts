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
import { FEWEST_PAIRS, gateCells, type PairedCell, verdictOf } from './paired-gate.ts';
import { type CellName, okPair, pairCells, whyNotComparable } from './match.ts';
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

function checkVersion(results: Results, which: string): void {
  const version = (results as { schema_version?: unknown } | null)?.schema_version;
  if (version !== SCHEMA_VERSION)
    throw new ComparisonError(
      `${which} has schema_version ${JSON.stringify(version)}; this version compares schema_version ${SCHEMA_VERSION} only`,
    );
  if (!Array.isArray(results.cells)) throw new ComparisonError(`${which} has no list of cells`);
}

/** A matched name, and for a comparable pair what the gate tests. */
interface Row {
  name: CellName;
  status: CellComparison['status'];
  reason?: string;
  change?: CellComparison['change'];
  speed?: PairedCell;
  memory?: PairedCell;
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
  const rows = pairs.map(({ name, ...pair }, i): Row => {
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
      speed: { id, ratios: speedRatios(ok.current, ok.baseline) },
      memory: { id, ratios: memoryRatios(ok.current, ok.baseline) },
    };
  });
  const speed = gateCells(
    rows.map((row) => row.speed),
    limits,
  );
  const memory = gateCells(
    rows.map((row) => row.memory),
    limits,
  );
  const cells = rows.map((row): CellComparison => {
    if (!row.speed || !row.memory)
      return { ...row.name, status: row.status, ...(row.reason ? { reason: row.reason } : {}) };
    const found = speed.get(row.speed.id);
    const memoryFound = memory.get(row.memory.id);
    const pairsCount = row.speed.ratios.length;
    return {
      ...row.name,
      status: 'compared',
      change: row.change,
      pairs: pairsCount,
      ...(found
        ? { wallRatio: found.median, ci: found.ci, verdict: verdictOf(found) }
        : {
            reason: `${pairsCount} round${pairsCount === 1 ? '' : 's'} on the side with fewer: too few to test (${FEWEST_PAIRS} at least)`,
          }),
      ...(memoryFound
        ? { memory: { ratio: memoryFound.median, ci: memoryFound.ci, verdict: verdictOf(memoryFound) } }
        : {}),
    };
  });
  return {
    kind: 'another-run',
    minEffect: limits.minEffect,
    cells,
    regressions: cells.filter((cell) => cell.verdict === 'regression').length,
    improvements: cells.filter((cell) => cell.verdict === 'improvement').length,
    memoryRegressions: cells.filter((cell) => cell.memory?.verdict === 'regression').length,
    method: methodSentence(limits, speed.size),
    notes: machineNotes(current.system, baseline.system),
  };
}
