// The regression gates (pure): whether a run with a baseline must fail, and the one line that
// says why. The CLI exits 3 with it; the Action fails the job with it.
import type { ComparisonView } from './types.ts';

export interface Gates {
  /** --fail-on-regression: a cell's wall time regressed. */
  wallTime: boolean;
  /** --fail-on-memory-regression: a cell's peak memory regressed. */
  memory: boolean;
}

const cells = (n: number) => `${n} cell${n === 1 ? '' : 's'}`;

export function gateFailure(
  gates: Gates,
  comparison: ComparisonView | undefined,
  comparisonProblem: string | undefined,
): string | undefined {
  if (!gates.wallTime && !gates.memory) return undefined;
  if (comparisonProblem !== undefined || comparison === undefined)
    return `cannot compare, so no gate could pass: ${comparisonProblem ?? 'no baseline'}`;
  const failed = [
    gates.wallTime && comparison.regressions > 0 ? `${cells(comparison.regressions)} got slower` : '',
    gates.memory && comparison.memoryRegressions > 0 ? `${cells(comparison.memoryRegressions)} took more memory` : '',
  ].filter(Boolean);
  const than = comparison.kind === 'same-run' ? `the base tree ${comparison.baselineLabel}` : comparison.baselineLabel;
  return failed.length ? `${failed.join(', and ')} than ${than}, beyond noise` : undefined;
}
