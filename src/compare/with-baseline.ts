// The run's comparison for the report and the regression gate (used by src/benchmark.ts):
// compareResults with the baseline's name, or the one-line reason there is none.
import type { Results } from '../results/types.ts';
import { compareResults } from './compare.ts';
import type { PairedGateOptions } from './paired-gate.ts';
import { compareTrees as compareTreeResults } from './trees.ts';
import { ComparisonError, type CompareOptions, type ComparisonView } from './types.ts';

export interface WithBaseline {
  comparison?: ComparisonView;
  /** Why there is no comparison although a baseline was given (e.g. no cell in common). */
  comparisonProblem?: string;
}

export function compareWithBaseline(
  results: Results,
  baseline: Results,
  baselineLabel: string,
  options?: CompareOptions,
): WithBaseline {
  try {
    return { comparison: { ...compareResults(results, baseline, options), baselineLabel } };
  } catch (error) {
    if (error instanceof ComparisonError) return { comparisonProblem: error.message };
    throw error;
  }
}

/** The comparison of a run that measured a base tree beside this one (results.base). */
export function compareTrees(results: Results, thresholds: PairedGateOptions): WithBaseline {
  const comparison = compareTreeResults(results, thresholds);
  if (!comparison.cells.some((cell) => cell.status === 'compared'))
    return { comparisonProblem: 'the base tree has no cell in common with this one' };
  return { comparison: { ...comparison, baselineLabel: results.base!.label } };
}
