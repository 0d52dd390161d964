// Rounds near the ceiling, simulated with known truth: is a cell's median speedup biased by the
// plausibility rule? The rule before issue 20 set aside every round that read above the limit
// (bench/legacy-plausibility.ts), one side of the noise only; the current one
// (measure/plausibility.ts) keeps every round and only judges the cell's median.
//
// One CPU-bound cell, 2 workers, 2 tasks, 2 cores (limit 2×), true speedup S. Each round: a
// serial run of 2 s and a parallel run of 2/S s, each multiplied by its own noise exp(σ·z) and
// both by a shared drift of the same σ (the VM's speed moves from one process to the next).
// The median of exp(σ·z₁)/exp(σ·z₂) is 1, so an unbiased rule's median is S.
// Run: node bench/plausibility-sim.ts [trials per row, default 4000]   (a few seconds)
import { implausibleRounds as legacyRounds, mostlyImplausible } from './legacy-plausibility.ts';
import { implausibleRounds, notMeasurable } from '../src/measure/plausibility.ts';
import { median } from '../src/stats/summary.ts';
import { seededNoise } from './sim-random.ts';

const TRIALS = Number(process.argv[2] ?? 4000);

// a seeded normal: the same table every run
const { normal } = seededNoise(2024);

function simulate(speedup: number, sigma: number, rounds: number) {
  const serials = new Map<number, { wall_time: number; cpu_time: number }>();
  const reps = [];
  for (let round = 0; round < rounds; round++) {
    const drift = Math.exp(sigma * normal());
    const serial = 2 * drift * Math.exp(sigma * normal());
    const parallel = (2 / speedup) * drift * Math.exp(sigma * normal());
    serials.set(round, { wall_time: serial, cpu_time: serial });
    reps.push({ round, wall_time: parallel, cpu_time: 2 * parallel * 0.98 });
  }
  return { cores: 2, serials, cells: [{ workers: 2, tasks: 2, reps }] };
}

/** The cell's median speedup under a rule, or undefined when the rule shows no figure. */
function medianUnder(rule: 'old' | 'new', group: ReturnType<typeof simulate>) {
  const [judgement] = rule === 'old' ? legacyRounds(group) : implausibleRounds(group);
  const reps = group.cells[0]!.reps;
  if (
    rule === 'old' ? mostlyImplausible(judgement!.setAside.length, reps.length) : notMeasurable(judgement!, reps.length)
  )
    return { lost: true, aside: judgement!.setAside.length };
  const aside = new Set(judgement!.setAside.map((s) => s.round));
  const kept = reps.filter((rep) => !aside.has(rep.round));
  const value = median(kept.map((rep) => group.serials.get(rep.round)!.wall_time / rep.wall_time));
  return { lost: false, aside: aside.size, value };
}

console.log(`plausibility near the ceiling (limit 2×): ${TRIALS} simulated cells a row`);
console.log('bias = mean of (median ÷ true − 1) over the cells shown; lost = cells shown as not measurable;');
console.log('aside = share of rounds set aside. Above 2×, no figure can be true: there "lost" is the power to say so.');
console.log('');
console.log(' true  noise rounds |  old: bias   lost  aside |  new: bias   lost  aside');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
let worstNew = 0;
let worstOld = 0;
let worstLostNew = 0;
let worstLostOld = 0;
for (const truth of [1.8, 1.9, 1.95, 1.98, 2.0, 2.3, 2.9]) {
  for (const sigma of [0.03, 0.07, 0.1]) {
    for (const rounds of [3, 6, 10, 15]) {
      const sums = { old: { bias: 0, shown: 0, lost: 0, aside: 0 }, new: { bias: 0, shown: 0, lost: 0, aside: 0 } };
      for (let t = 0; t < TRIALS; t++) {
        const group = simulate(truth, sigma, rounds);
        for (const rule of ['old', 'new'] as const) {
          const found = medianUnder(rule, group);
          const sum = sums[rule];
          sum.aside += found.aside / rounds;
          if (found.lost) sum.lost++;
          else {
            sum.shown++;
            sum.bias += found.value! / truth - 1;
          }
        }
      }
      const row = (s: (typeof sums)['old']) =>
        `${pct(s.bias / Math.max(1, s.shown))} ${pct(s.lost / TRIALS)} ${pct(s.aside / TRIALS)}`;
      if (truth <= 2) {
        worstNew = Math.max(worstNew, Math.abs(sums.new.bias / Math.max(1, sums.new.shown)));
        worstOld = Math.max(worstOld, Math.abs(sums.old.bias / Math.max(1, sums.old.shown)));
        worstLostNew = Math.max(worstLostNew, sums.new.lost / TRIALS);
        worstLostOld = Math.max(worstLostOld, sums.old.lost / TRIALS);
      }
      console.log(
        `${truth.toFixed(2).padStart(5)} ${`${Math.round(sigma * 100)}%`.padStart(6)} ${String(rounds).padStart(6)} | ${row(sums.old)} | ${row(sums.new)}`,
      );
    }
  }
}
console.log('');
console.log(
  `plausibility-sim, true speedups up to the limit: worst |bias| old ${pct(worstOld).trim()}, new ${pct(worstNew).trim()}; worst lost old ${pct(worstLostOld).trim()}, new ${pct(worstLostNew).trim()}`,
);
