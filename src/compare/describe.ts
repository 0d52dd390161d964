// The words a user reads about a comparison: the method sentence, why nothing matched, and
// what differs between the two machines (pure).
import { plainText, prose, type Prose } from '../prose.ts';
import type { CellResult, SystemInfo } from '../results/types.ts';
import type { Thresholds } from './cell.ts';
import { binomial, EXACT_LIMIT } from './mann-whitney.ts';

export interface SampleSizes {
  current: number;
  baseline: number;
}

const percent = (x: number) => `${Number((x * 100).toFixed(2))}%`;
const short = (x: number) => Number(x.toPrecision(2));

function sizesText({ current, baseline }: SampleSizes): string {
  return current === baseline
    ? `${current} repetitions on each side`
    : `${current} repetitions in this run and ${baseline} in the baseline`;
}

/**
 * One sentence: the test, the thresholds, and the smallest p-value the fewest repetitions allow
 * (1 / C(m+n, m); with 3 a side that is 1/20 = 0.05, so only a complete separation passes).
 */
export function methodSentence({ minEffect, alpha }: Thresholds, tested: SampleSizes[]): string {
  const approximated = tested.some(({ current, baseline }) => current > EXACT_LIMIT || baseline > EXACT_LIMIT);
  const test = approximated
    ? `a one-sided Mann-Whitney U test (exact up to ${EXACT_LIMIT} repetitions a side, normal approximation above)`
    : 'a one-sided exact Mann-Whitney U test';
  let sentence =
    `A cell regressed when its median wall time is at least ${percent(minEffect)} above the baseline's and ${test} ` +
    `on the repetitions' wall times gives p ≤ ${alpha} (improved: at least ${percent(minEffect)} below, same test the other way)`;
  if (tested.length === 0) return `${sentence}.`;

  // The fewest repetitions bound every cell's p from below: name that worst case.
  const bound = ({ current, baseline }: SampleSizes) => binomial(current + baseline, current);
  const fewest = tested.reduce((worst, sizes) => (bound(sizes) < bound(worst) ? sizes : worst));
  const same = tested.every(({ current, baseline }) => current === fewest.current && baseline === fewest.baseline);
  const count = bound(fewest);
  const smallest = 1 / count;
  const value = `1/${count} ${short(smallest) === smallest ? '=' : '≈'} ${short(smallest)}`;
  const sizes = same ? `with ${sizesText(fewest)}` : `with as few as ${sizesText(fewest)}`;
  if (smallest > alpha * (1 + 1e-9)) {
    sentence += `; ${sizes} the smallest possible p is ${value}, so ${same ? 'no cell' : 'those cells'} can be flagged: use more repetitions`;
  } else if (smallest > alpha * (1 - 1e-9)) {
    sentence += `; ${sizes} the smallest possible p is ${value}, reached only when every repetition of one run is slower than every repetition of the other`;
  } else {
    sentence += `; ${sizes} p can go as low as ${value}`;
  }
  return `${sentence}.`;
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
