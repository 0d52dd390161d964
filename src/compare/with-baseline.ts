// The run's comparison for the report and the regression gate (used by src/benchmark.ts):
// compareResults with the baseline's name, or the one-line reason there is none.
import type { Results } from '../results/types.ts';
import { compareResults } from './compare.ts';
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
