// Comparing a run with a baseline: compareResults and its types.
export { compareResults } from './compare.ts';
export { ComparisonError, DEFAULT_ALPHA, DEFAULT_MIN_EFFECT, type CellComparison, type CompareOptions, type Comparison } from './types.ts';
export { mannWhitney, smallestPValue, type RankTest } from './mann-whitney.ts';
