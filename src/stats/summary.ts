// Statistics over a cell's repetitions (pure).
import type { SampleStats } from '../results/types.ts';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function describe(samples: number[]): SampleStats {
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  const variance = samples.length > 1 ? samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (samples.length - 1) : 0;
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    cv: mean === 0 ? 0 : Math.sqrt(variance) / Math.abs(mean),
    samples,
  };
}
