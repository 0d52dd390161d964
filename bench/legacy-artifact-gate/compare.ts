// FROZEN: the stored-artifact regression gate as it was before issue 21 (Mann-Whitney U on each
// cell's wall times, this run's divided by the machine's measured speed, each cell at alpha on
// its own). bench/ab-gate.ts runs it on the same pairs as the paired gate, for comparison. Do not
// change it; src/compare/compare.ts is today's.
import { machineSpeed } from '../../src/analysis/ceiling.ts';
import { primaryCells } from '../../src/analysis/sweep.ts';
import { okPair, pairCells, whyNotComparable } from '../../src/compare/match.ts';
import type { CellComparison } from '../../src/compare/types.ts';
import type { Results } from '../../src/results/types.ts';
import { compareCell } from './cell.ts';

export function legacyArtifactGate(
  current: Results,
  baseline: Results,
  { minEffect = 0.1, alpha = 0.05 } = {},
): { cells: CellComparison[]; regressions: number } {
  const [now, then] = [machineSpeed(current.system?.ceiling), machineSpeed(baseline.system?.ceiling)];
  const speedFactor = now !== undefined && then !== undefined ? now / then : undefined;
  const limits = { minEffect, alpha, ...(speedFactor === undefined ? {} : { speedFactor }) };
  const pairs = pairCells(
    primaryCells(current.cells, current.system.cores),
    primaryCells(baseline.cells, baseline.system.cores),
  );
  const cells = pairs.map(({ name, ...pair }): CellComparison => {
    if (pair.baseline.length === 0) return { ...name, status: 'new' };
    if (pair.current.length === 0) return { ...name, status: 'gone' };
    const reason = whyNotComparable({ name, ...pair });
    if (reason !== undefined) return { ...name, status: 'not-comparable', reason };
    const ok = okPair({ name, ...pair });
    return { ...name, ...compareCell(ok.current, ok.baseline, limits) };
  });
  return { cells, regressions: cells.filter((cell) => cell.verdict === 'regression').length };
}
