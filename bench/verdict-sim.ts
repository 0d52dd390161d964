// The verdict rule on simulated rounds of known truth: how often it names a wrong sole winner
// (target ≤ 1%) and how often the true one, the previous rule (interval overlap, unpaired) against
// the current one (analysis/verdict-rule.ts: serial split, paired sign tests, Holm).
//
// Each round: a serial run and one run of each model, every process's wall time multiplied by
// its own noise, exp(σ·z) (the VM's speed moves from one process to the next), and all of a
// round's processes by a shared drift of the same σ. Three models in one runtime: A (true
// speedup 1.5 × (1 + lead)), B (1.5), and C (1.0, CPU-bound on one core: its CPU-use ratio
// reads 1 ± 2%, like a GIL-bound thread pool or the event loop). A "cross" scenario puts B in a
// second runtime with its own serial runs (bootstrap comparison instead of paired).
// Run: node bench/verdict-sim.ts [trials per cell, default 2000]   (~1 minute)
import { decide, type ModelRounds } from '../src/analysis/verdict-rule.ts';
import { verdictFor } from './legacy-verdict-rule.ts';
import { medianInterval } from '../src/stats/interval.ts';
import { median } from '../src/stats/summary.ts';
import type { OkCell } from '../src/results/types.ts';
import { seededNoise } from './sim-random.ts';

const TRIALS = Number(process.argv[2] ?? 2000);
const PRECISION = 0.05;
const BASE = 1.5;
const WORKERS = 4;

// a seeded normal: the same table every run
const { normal } = seededNoise(12345);

interface Truth {
  id: string;
  group: string;
  speedup: number;
  cpuUse: number;
}

function simulate(truths: Truth[], rounds: number, sigma: number): ModelRounds[] {
  const groups = [...new Set(truths.map((t) => t.group))];
  const models = truths.map((t) => ({ ...t, speedups: [] as number[], cpu: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    const drift = Math.exp(sigma * normal());
    const serial = new Map(groups.map((g) => [g, drift * Math.exp(sigma * normal())]));
    for (const m of models) {
      const wall = (drift * Math.exp(sigma * normal())) / m.speedup;
      m.speedups.push(serial.get(m.group)! / wall);
      m.cpu.push(m.cpuUse * Math.exp(0.02 * normal()));
    }
  }
  return models.map((m) => ({
    id: m.id,
    group: m.group,
    ideal: WORKERS,
    speedups: m.speedups,
    rounds: m.speedups.map((_, i) => i),
    cpuUseRatios: m.cpu,
  }));
}

/** The rule before this change, on the same rounds. */
function oldRule(models: ModelRounds[]) {
  const cells = models.map((m) => {
    const interval = medianInterval(m.speedups);
    const [runtime, strategy] = m.id.split('/');
    return {
      status: 'ok',
      runtime,
      strategy,
      workload: 'w',
      level: 'l',
      workers: WORKERS,
      tasks: 2 * WORKERS,
      stats: { speedup: { median: median(m.speedups), ci: [interval.low, interval.high], samples: m.speedups } },
    } as unknown as OkCell;
  });
  const verdict = verdictFor(cells, 'w', ['l'], 'cold', PRECISION)!;
  return { status: verdict.status, best: verdict.best };
}

interface Tally {
  wrongSole: number;
  rightSole: number;
  trueNamed: number;
  cExcluded: number;
}

function run(scenario: string, lead: number, sigma: number, rounds: number) {
  const truths: Truth[] = [
    { id: 'x/A', group: 'x', speedup: BASE * (1 + lead), cpuUse: BASE * (1 + lead) },
    { id: scenario === 'cross' ? 'y/B' : 'x/B', group: scenario === 'cross' ? 'y' : 'x', speedup: BASE, cpuUse: BASE },
    { id: 'x/C', group: 'x', speedup: 1, cpuUse: 1 },
  ];
  const trueBest = lead > 0 ? 'x/A' : undefined;
  const tallies = { old: blank(), new: blank() };
  for (let t = 0; t < TRIALS; t++) {
    const models = simulate(truths, rounds, sigma);
    const decisions = { old: oldRule(models), new: decide(models, PRECISION) };
    for (const rule of ['old', 'new'] as const) {
      const d = decisions[rule];
      const tally = tallies[rule];
      if (d.status === 'best' && d.best[0] !== trueBest) tally.wrongSole++;
      if (d.status === 'best' && d.best[0] === trueBest) tally.rightSole++;
      if (trueBest && d.best.includes(trueBest)) tally.trueNamed++;
      if (rule === 'new' && 'excluded' in d && d.excluded.some((e) => e.id === 'x/C')) tally.cExcluded++;
    }
  }
  return tallies;
}

const blank = (): Tally => ({ wrongSole: 0, rightSole: 0, trueNamed: 0, cExcluded: 0 });
const pct = (n: number) => `${((100 * n) / TRIALS).toFixed(1)}%`.padStart(6);

console.log(`verdict rule on simulated rounds: ${TRIALS} trials a row, precision ±${PRECISION * 100}%`);
console.log('wrong = a sole winner that is not the true best (any sole winner when A = B);');
console.log('sole = the true best named alone; named = the true best among those named (alone or tied)');
console.log('');
console.log('scenario lead  noise rounds |   old: wrong   sole  named |   new: wrong   sole  named  C-out');
let worstNew = 0;
for (const scenario of ['paired', 'cross']) {
  for (const lead of [0, 0.03, 0.1, 0.2]) {
    for (const sigma of [0.03, 0.05, 0.1]) {
      for (const rounds of [3, 5, 8, 10, 15]) {
        if (scenario === 'cross' && sigma === 0.05) continue; // keep the cross rows few
        const { old, new: now } = run(scenario, lead, sigma, rounds);
        worstNew = Math.max(worstNew, now.wrongSole);
        const named = (t: Tally) => (lead > 0 ? pct(t.trueNamed) : '     -');
        const sole = (t: Tally) => (lead > 0 ? pct(t.rightSole) : '     -');
        console.log(
          `${scenario.padEnd(8)} ${`${lead * 100}%`.padStart(4)} ${`${sigma * 100}%`.padStart(6)} ${String(rounds).padStart(6)} | ${pct(old.wrongSole)} ${sole(old)} ${named(old)} | ${pct(now.wrongSole)} ${sole(now)} ${named(now)} ${pct(now.cExcluded)}`,
        );
      }
    }
  }
}
console.log('');
console.log(`verdict-sim: worst wrong-sole-winner rate of the new rule ${pct(worstNew).trim()} (target ≤ 1%)`);
