// 5. Stability: does the answer hold on a rerun?
//   - The default matrix (config.json: duration levels, repetitions "auto", its time budget), run
//     twice back to back, as a user would run `npm run bench` twice: do the verdicts agree, and how
//     far did the figures the report presents as conclusive move? This is the harness's figure.
//   - Beside it, the old measure for comparison: the study's cpu and memory cells at "high", every
//     strategy, a fixed 3 repetitions, twice; the largest move of a median speedup.
import { verdicts as verdictsOf } from '../../src/analysis/verdicts.ts';
import { isConclusive } from '../../src/measure/metrics.ts';
import type { OkCell, Results, Verdict } from '../../src/results/types.ts';
import { fmt, runEngine } from './common.ts';
import { bareCeiling, studyMatrix } from './efficiency.ts';

export interface StabilityFigures {
  lines: string[];
  /** The default matrix: the largest |Δ| of a cold speedup conclusive in both runs, in percent. */
  worstPercent: number;
  /** The default matrix: verdicts that agree / verdicts. */
  verdictsAgree: [number, number];
  /** The old measure (study's "high" level, 3 repetitions): the largest |Δ| of any cell. */
  worstPercentThree: number;
}

const place = (c: { runtime: string; strategy: string; workload: string; level: string }) =>
  `${c.runtime} ${c.strategy} ${c.workload}/${c.level}`;

/**
 * Two verdicts do not contradict each other when neither names a model alone that the other leaves
 * out, and they share a model (or both say "run it serially"). A lone best in one run and a tie that
 * includes it in the other is the same answer seen with more or less certainty near the threshold.
 * An inconclusive verdict claims nothing, so it contradicts nothing.
 */
export function noContradiction(first: Verdict, second: Verdict): boolean {
  if (first.status === 'inconclusive' || second.status === 'inconclusive') return true;
  return sameOrCompatible(first.best, second.best);
}

function sameOrCompatible(first: string[], second: string[]): boolean {
  if (first.length === 0 || second.length === 0) return first.length === second.length;
  if (first.length === 1 && !second.includes(first[0]!)) return false;
  if (second.length === 1 && !first.includes(second[0]!)) return false;
  return first.some((model) => second.includes(model));
}

/** Two runs of the same config, side by side (pure): verdicts, and how far each cell moved. */
export function compareTwoRuns(a: Results, b: Results, precision: number) {
  const lines: string[] = [];
  const va = a.verdicts ?? verdictsOf(a, precision);
  const vb = b.verdicts ?? verdictsOf(b, precision);
  let agree = 0;
  let compatible = 0;
  for (const v of va) {
    const w = vb.find((x) => x.workload === v.workload && x.basis === v.basis);
    const same =
      w !== undefined &&
      w.level === v.level &&
      w.status === v.status &&
      [...w.best].sort().join() === [...v.best].sort().join();
    const fits = w !== undefined && w.level === v.level && noContradiction(v, w);
    if (same) agree++;
    if (fits) compatible++;
    const named = (verdict: Verdict) =>
      verdict.status === 'inconclusive'
        ? 'inconclusive'
        : verdict.best.length
          ? verdict.best.join(' ≈ ')
          : 'run it serially';
    const verdict = same
      ? '  — the same in both'
      : `  then ${w ? named(w) : 'none'}  — ${fits ? 'DIFFERENT, not contradictory' : 'DIFFERENT'}`;
    lines.push(`  verdict ${v.workload} (${v.basis}): ${named(v)}${verdict}`);
  }
  const moves: { name: string; percent: number; conclusive: boolean }[] = [];
  for (const x of a.cells) {
    const y = b.cells.find((c) => place(c) === place(x));
    if (x.status !== 'ok' || y?.status !== 'ok') continue;
    const percent = (Math.abs(y.metrics.speedup - x.metrics.speedup) / x.metrics.speedup) * 100;
    moves.push({
      name: place(x),
      percent,
      conclusive: isConclusive(x as OkCell, precision) && isConclusive(y as OkCell, precision),
    });
  }
  moves.sort((p, q) => q.percent - p.percent);
  const conclusive = moves.filter((m) => m.conclusive);
  const median = moves.length ? moves[Math.floor(moves.length / 2)]!.percent : 0;
  lines.push(
    `  cold speedups of ${moves.length} cells: median |Δ| ${fmt(median, 1)}%, ${moves.filter((m) => m.percent > 10).length} moved by more than 10%; ` +
      `${conclusive.length} conclusive in both runs (95% interval within ±${fmt(precision * 100, 0)}%), largest |Δ| among them ${fmt(conclusive[0]?.percent ?? 0, 1)}%`,
  );
  for (const m of moves.slice(0, 5))
    lines.push(`    largest: ${m.name.padEnd(40)} |Δ| ${fmt(m.percent, 1)}%${m.conclusive ? '  (conclusive)' : ''}`);
  for (const m of conclusive.slice(0, 3))
    lines.push(`    largest conclusive: ${m.name.padEnd(40)} |Δ| ${fmt(m.percent, 1)}%`);
  return { lines, agree, compatible, verdicts: va.length, worstConclusive: conclusive[0]?.percent ?? 0 };
}

export async function measureStability(repetitions: number): Promise<StabilityFigures> {
  const lines = ['the default matrix (config.json), run twice back to back, as `npm run bench` runs it:'];
  const first = await runEngine(undefined);
  const second = await runEngine(undefined);
  const precision = (first.results.config as { precision: number }).precision;
  const two = compareTwoRuns(first.results, second.results, precision);
  lines.push(...two.lines);

  // The old measure, kept beside the new for comparison.
  const study = studyMatrix();
  const config = {
    repetitions,
    python: ['python3'],
    workloads: { cpu: { high: study.cpu.high }, memory: { high: study.memory.high } },
  };
  const a = await runEngine(config);
  const b = await runEngine(config);
  lines.push(
    `the old measure: the study's cpu and memory cells at "high", every strategy (python3), ${repetitions} repetitions, run twice back to back:`,
  );
  let worstPercentThree = 0;
  for (const x of a.cells) {
    const y = b.cells.find((c) => place(c) === place(x));
    if (x.status !== 'ok' || y?.status !== 'ok') continue;
    const percent = (Math.abs(y.metrics.speedup - x.metrics.speedup) / x.metrics.speedup) * 100;
    worstPercentThree = Math.max(worstPercentThree, percent);
    lines.push(
      `  ${place(x).padEnd(40)} speedup ${fmt(x.metrics.speedup, 3)} then ${fmt(y.metrics.speedup, 3)}  |Δ| ${fmt(percent, 1)}%`,
    );
  }
  // The machine's own noise, without the tool: the same Python cpu(n) in plain processes, one
  // alone / one per core at once (median of `repetitions` rounds), measured twice.
  const bareFirst = await bareCeiling('python', study.cpu.high!, repetitions);
  const bareSecond = await bareCeiling('python', study.cpu.high!, repetitions);
  const barePercent = (Math.abs(bareSecond - bareFirst) / bareFirst) * 100;
  lines.push(
    `  the machine alone: python3 cpu(${study.cpu.high}) in plain processes, one alone / two at once, ${fmt(bareFirst, 3)} then ${fmt(bareSecond, 3)}  |Δ| ${fmt(barePercent, 1)}%  (no tool involved)`,
  );
  return { lines, worstPercent: two.worstConclusive, verdictsAgree: [two.agree, two.verdicts], worstPercentThree };
}
