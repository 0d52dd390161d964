// What a comparison of a run with a baseline returns (pure data, JSON-safe).
import type { Prose } from '../prose.ts';
import type { MetricKey } from '../results/types.ts';

export interface CompareOptions {
  /** Smallest slow-down (or speed-up) that counts: 0.10 = 10%. */
  minEffect?: number;
  /** The false discovery rate across cells (Benjamini–Hochberg over one-sided sign tests). */
  alpha?: number;
}

export const DEFAULT_MIN_EFFECT = 0.1;
export const DEFAULT_ALPHA = 0.05;

export interface CellComparison {
  runtime: string;
  strategy: string;
  workload: string;
  level: string;
  /**
   * compared: both ok and alike (workers, tasks, argument), medians set side by side;
   * new: only in this run; gone: only in the baseline; not-comparable: see `reason`.
   */
  status: 'compared' | 'new' | 'gone' | 'not-comparable';
  /** Why a cell is not comparable, or why a compared cell could not be tested (too few repetitions). */
  reason?: string;
  /**
   * Relative change of each metric's median, (this run − baseline) / baseline. A metric whose
   * baseline median is 0 (and this run's is not) has no relative change and is left out.
   */
  change?: Partial<Record<MetricKey, number>>;
  /** Median wall time of this run ÷ the baseline's (> 1: slower); with a base tree, the median of the rounds' ratios. */
  wallRatio?: number;
  /** With a base tree: the 95% interval of that median ratio, and how many rounds paired the two. */
  ci?: [number, number];
  pairs?: number;
  /** One-sided p-value of the wall-time samples, in the direction the median moved. */
  pValue?: number;
  /** Absent when the cell could not be tested (too few repetitions). */
  verdict?: 'regression' | 'improvement' | 'unchanged';
  /** Peak memory (memory_mb) tested the same way; absent when it could not be tested. */
  memory?: {
    ratio: number;
    pValue?: number;
    ci?: [number, number];
    verdict: 'regression' | 'improvement' | 'unchanged';
  };
}

export interface Comparison {
  /**
   * same-run: the base tree measured beside this one, in the same rounds (trees.ts); another-run:
   * a results file from another run, likely another machine: indicative only (compare.ts).
   */
  kind: 'same-run' | 'another-run';
  /** The smallest change that counts (0.1 = 10%). */
  minEffect: number;
  /** same-run: workloads both trees run with the same code (the built-ins), measured once and not compared. */
  sameCode?: string[];
  cells: CellComparison[];
  /** Cells whose wall time regressed (the --fail-on-regression gate). */
  regressions: number;
  improvements: number;
  /** Cells whose peak memory regressed (the --fail-on-memory-regression gate). */
  memoryRegressions: number;
  /** One sentence for the user: the test, the thresholds, and what the repetitions allow. */
  method: string;
  /** Things to keep in mind, one line each (e.g. the baseline ran on another machine). */
  notes: Prose[];
}

/** A comparison as the reports show it: with the name the baseline goes by. */
export type ComparisonView = Comparison & { baselineLabel: string };

/** A comparison that cannot be made at all; the message is one line. */
export class ComparisonError extends Error {}
