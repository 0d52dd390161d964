// Break-even on simulated rounds of known truth: how often a model that never pays off is told
// "pays off above X" (target ≤ 5%), how often the bootstrap interval holds the true break-even,
// and how often a model that does pay off gets its claim; the rule before (bench/legacy-break-even.ts:
// any crossing of two least-squares lines is a threshold) beside the current one
// (src/analysis/break-even.ts). No process is started: the rounds are drawn here.
//
// Three levels, 10, 100 and 500 ms a task; n tasks on n workers. Each round: a serial process
// (two batches of n·x) and a pool process (start-up, the cold run, the warm run, shut-down), each
// process's speed multiplied by its own noise exp(σ·z) and all of a round's processes by a shared
// drift of the same σ; each phase and batch by a further exp(σ/2·z) of its own. The models:
//   pool 40 ms   perfectly parallel, start-up + shut-down 40 ms, 0.5 ms a task dispatch:
//                cold pays off above (F + d)/(n − 1) = 40.5 ms (n = 2), warm above 0.5 ms
//   pool 150 ms  parallel, F 150 ms, 2 ms a task: cold above 152 ms, warm above 2 ms
//   weak gain    a batch 0.9 of the serial run's, F 5 ms, 1 ms: cold above 30 ms, warm above 5 ms
//                (n = 2); at 500 ms only 1.1× faster than serial, which noise hides at times
//   event loop   serial-bound (one thread on CPU work): batch n·x + 0.05 ms a task, F 0.3 ms: never
//   GIL threads  serial-bound and 3% slower than serial (switching), F 2 ms: never
//   exactly 1×   batch n·x, no fixed cost: the edge, never strictly pays off
// A claim needs a 95% speedup interval at the longest task, which takes 6 rounds: at 3 the new
// rule claims nothing, on purpose (the verdicts say the same of 3 rounds).
// Run: node bench/break-even-sim.ts [trials per row, default 60]   (~15 s of CPU)
import { breakEvenOf } from '../src/analysis/break-even.ts';
import { cellFigures, type Repetition } from '../src/measure/metrics.ts';
import type { BreakEven, OkCell } from '../src/results/types.ts';
import { breakEvenOf as legacyBreakEvenOf } from './legacy-break-even.ts';
import { seededNoise } from './sim-random.ts';

const TRIALS = Number(process.argv[2] ?? 60);
const LEVELS = [0.01, 0.1, 0.5];

// a seeded normal: the same table every run
const { normal } = seededNoise(20_07);

interface Truth {
  name: string;
  /** start-up and shut-down, seconds */
  startup: number;
  shutdown: number;
  /** a batch of n tasks of serial length x on the started pool */
  batch: (x: number, n: number) => number;
  /** the true thresholds (Infinity: never) */
  cold: (n: number) => number;
  warm: (n: number) => number;
}

/** A batch of share·n·x + dispatch: share 1/n is perfectly parallel, 1 is serial. */
const pool = (name: string, fixed: number, dispatch: number, share?: number): Truth => {
  const slope = (n: number) => (share ?? 1 / n) * n;
  return {
    name,
    startup: fixed * 0.75,
    shutdown: fixed * 0.25,
    batch: (x, n) => slope(n) * x + dispatch,
    cold: (n) => (fixed + dispatch) / (n - slope(n)),
    warm: (n) => dispatch / (n - slope(n)),
  };
};
const serialBound = (name: string, fixed: number, factor: number, perTask: number): Truth => ({
  name,
  startup: fixed / 2,
  shutdown: fixed / 2,
  batch: (x, n) => n * x * factor + n * perTask,
  cold: () => Infinity,
  warm: () => Infinity,
});
const TRUTHS = [
  pool('pool 40 ms', 0.04, 0.0005),
  pool('pool 150 ms', 0.15, 0.002),
  pool('weak gain', 0.005, 0.001, 0.9),
  serialBound('event loop', 0.0003, 1, 0.00005),
  serialBound('GIL threads', 0.002, 1.03, 0.0001),
  serialBound('exactly 1×', 0, 1, 0),
];

function simulateCell(truth: Truth, x: number, n: number, rounds: number, sigma: number): OkCell {
  const jitter = () => Math.exp((sigma / 2) * normal());
  const reps: Repetition[] = [];
  const serials: number[] = [];
  const serialWarms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const drift = Math.exp(sigma * normal());
    const serialSpeed = drift * Math.exp(sigma * normal());
    serials.push(n * x * serialSpeed * jitter());
    serialWarms.push(n * x * serialSpeed * jitter());
    const speed = drift * Math.exp(sigma * normal());
    const phases = {
      startup: truth.startup * speed * jitter(),
      run: truth.batch(x, n) * speed * jitter(),
      shutdown: truth.shutdown * speed * jitter(),
    };
    reps.push({
      wall_time: phases.startup + phases.run + phases.shutdown,
      cpu_time: 0,
      peak_memory_bytes: 0,
      phases,
      warm: { wall_time: truth.batch(x, n) * speed * jitter(), cpu_time: 0 },
    });
  }
  return {
    runtime: 'sim',
    strategy: truth.name,
    workload: 'cpu',
    level: String(x),
    arg: x,
    workers: n,
    tasks: n,
    status: 'ok',
    ...cellFigures(reps, serials, n, n, { serialWarmTimes: serialWarms }),
  };
}

interface Tally {
  trials: number;
  oldClaims: number;
  newClaims: number;
  bounded: number;
  covered: number;
}
const tally = (): Tally => ({ trials: 0, oldClaims: 0, newClaims: 0, bounded: 0, covered: 0 });

function count(t: Tally, truth: number, old: number | null, now: BreakEven, basis: 'cold' | 'warm') {
  const ci = basis === 'cold' ? now.cold_task_ci : now.warm_task_ci;
  const claim = basis === 'cold' ? now.cold_task_s : now.warm_task_s;
  t.trials++;
  if (old !== null) t.oldClaims++;
  if (claim !== null) t.newClaims++;
  if (ci) {
    t.bounded++;
    if (ci[0] <= truth && truth <= ci[1]) t.covered++;
  }
}

const pct = (k: number, n: number) => (n === 0 ? '    –' : `${((100 * k) / n).toFixed(1).padStart(5)}%`);

const started = performance.now();
const rows: string[] = [];
const ROUNDS = [3, 6, 15];
const byRounds = () => new Map(ROUNDS.map((r) => [r, tally()]));
const GROUPS = ['never pays off', 'parallel pools', 'weak gain'] as const;
const groupOf = (truth: Truth) =>
  !Number.isFinite(truth.cold(2)) ? GROUPS[0] : truth.name === 'weak gain' ? GROUPS[2] : GROUPS[1];
const totals = new Map(GROUPS.map((g) => [g, { cold: byRounds(), warm: byRounds() }]));
for (const n of [2, 4])
  for (const sigma of [0.03, 0.1])
    for (const rounds of ROUNDS)
      for (const truth of TRUTHS) {
        const t = { cold: tally(), warm: tally() };
        for (let trial = 0; trial < TRIALS; trial++) {
          const cells = LEVELS.map((x) => simulateCell(truth, x, n, rounds, sigma));
          const old = legacyBreakEvenOf(cells)!;
          const now = breakEvenOf(cells)!;
          count(t.cold, truth.cold(n), old.cold_task_s, now, 'cold');
          count(t.warm, truth.warm(n), old.warm_task_s, now, 'warm');
        }
        const pays = Number.isFinite(truth.cold(n));
        for (const basis of ['cold', 'warm'] as const) {
          const s = t[basis];
          const total = totals.get(groupOf(truth))![basis].get(rounds)!;
          for (const key of Object.keys(s) as (keyof Tally)[]) total[key] += s[key];
          const truthText = Number.isFinite(truth[basis](n)) ? `${(truth[basis](n) * 1e3).toFixed(1)} ms` : 'never';
          rows.push(
            `| ${n} | ${(sigma * 100).toFixed(0)}% | ${rounds} | ${truth.name} | ${basis} | ${truthText} | ${pct(s.oldClaims, s.trials)} | ${pct(s.newClaims, s.trials)} | ${pct(s.bounded, s.trials)} | ${pays ? pct(s.covered, s.bounded) : '    –'} |`,
          );
        }
      }

console.log(
  `${TRIALS} trials per row; levels ${LEVELS.map((x) => `${x * 1e3} ms`).join(', ')}; n tasks on n workers\n`,
);
console.log(
  '| n | σ | rounds | model | basis | true break-even | old: claims | new: claims | interval bounded | interval holds truth |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log('\nOver all rows, by rounds per cell:');
for (const group of GROUPS)
  for (const basis of ['cold', 'warm'] as const)
    for (const [rounds, s] of totals.get(group)![basis])
      console.log(
        `  ${group.padEnd(14)} ${basis} ${String(rounds).padStart(2)} rounds: claims old ${pct(s.oldClaims, s.trials)}, new ${pct(s.newClaims, s.trials)}` +
          (group === GROUPS[0]
            ? ''
            : `; interval bounded ${pct(s.bounded, s.trials)}, holds the truth ${pct(s.covered, s.bounded)}`),
      );
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
