// The words a user reads about a comparison with another run: the method sentence, why nothing
// matched, and what differs between the two machines (pure).
import { plainText, prose, type Prose } from '../prose.ts';
import type { CellResult, SystemInfo } from '../results/types.ts';
import type { Thresholds } from './cell.ts';

/**
 * One sentence for the stored comparison: what is compared, the rule, and what it cannot see.
 * `tested`: how many cells had enough rounds on both sides to be tested.
 */
export function methodSentence({ minEffect, alpha }: Thresholds, tested: number): string {
  const percent = `${+(minEffect * 100).toFixed(1)}%`;
  return (
    `Per cell, each round's wall time relative to its own run's serial run (the speedup, which cancels each machine's speed) is set against the baseline's, round by round; ` +
    `a cell got slower when these ratios are shown above 1 + ${percent} ÷ 2 (a one-sided sign test) with a median of at least 1 + ${percent} (faster: the same, below), ` +
    `the false discovery rate across the ${tested} cell${tested === 1 ? '' : 's'} tested held at ${alpha} (Benjamini–Hochberg; a cell needs 5 rounds on each side). ` +
    `It cannot see a change that slows the serial run as much as the models, nor tell a drift between the two machines from a change of the code: indicative only. ` +
    `compare-to: base-commit (--baseline-tree) measures both versions in the same rounds of one run.`
  );
}

function list(values: string[]): string {
  return values.length <= 4 ? values.join(', ') : `${values.slice(0, 3).join(', ')} and ${values.length - 3} more`;
}

type Dimension = 'runtime' | 'strategy' | 'workload' | 'level';

/** "the baseline has no cell in common with this run (baseline: python3 × cpu; this run: node × io)" */
export function noCellInCommon(current: CellResult[], baseline: CellResult[]): string {
  if (baseline.length === 0) return 'the baseline has no cells to compare with';
  if (current.length === 0) return 'this run has no cells to compare with the baseline';
  const values = (cells: CellResult[], dimension: Dimension) => [...new Set(cells.map((cell) => cell[dimension]))];
  const disjoint = (dimension: Dimension) => {
    const mine = new Set(values(current, dimension));
    return values(baseline, dimension).every((value) => !mine.has(value));
  };
  // Runtime × workload always; strategies and/or levels too when runtimes and workloads overlap
  // (the disjoint one, or both when only the combinations differ).
  const shown: Dimension[] = ['runtime'];
  if (disjoint('runtime') || disjoint('workload')) shown.push('workload');
  else {
    const [strategies, levels] = [disjoint('strategy'), disjoint('level')];
    if (strategies || !levels) shown.push('strategy');
    shown.push('workload');
    if (levels || !strategies) shown.push('level');
  }
  const side = (cells: CellResult[]) => shown.map((dimension) => list(values(cells, dimension))).join(' × ');
  return `the baseline has no cell in common with this run (baseline: ${side(baseline)}; this run: ${side(current)})`;
}

/** Differences between the machines or runtimes that may explain a change by themselves. */
export function machineNotes(current: SystemInfo | undefined, baseline: SystemInfo | undefined): Prose[] {
  if (!current || !baseline) return [];
  const notes: Prose[] = [];
  // the machines' names and versions come from the results files: names, not our words
  const machine = (system: SystemInfo) => prose`${system.cpu_model}, ${system.cores} cores`;
  if (plainText(machine(current)) !== plainText(machine(baseline))) {
    notes.push(
      prose`the baseline ran on another machine (${machine(baseline)}) than this run (${machine(current)}): differences may come from the machine`,
    );
  }
  if (current.node !== baseline.node)
    notes.push(prose`the baseline ran on Node ${baseline.node}, this run on Node ${current.node}`);
  const pythons = (system: SystemInfo) =>
    new Map((system.pythons ?? []).map((python) => [python.label, python.version]));
  const [now, before] = [pythons(current), pythons(baseline)];
  for (const [label, version] of now) {
    const old = before.get(label);
    if (old !== undefined && old !== version)
      notes.push(prose`${label} was ${old} in the baseline and is ${version} in this run`);
  }
  return notes;
}
