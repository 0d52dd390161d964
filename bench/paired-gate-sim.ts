// The paired-ratio regression gate (compare/paired-gate.ts) on simulated A/B runs of known truth,
// before it is promised anything (issue 21): how often an A/A run fails, and how often a real
// slowdown is caught, for the rounds and min_effect a pull request's run can afford.
//
// A PR-sized matrix: 40 cells (the default workloads at two levels, five models). Each round, the
// base and the head run of a cell are two processes: each time is multiplied by its own noise
// exp(σ·z) and both by the round's drift (which the ratio cancels). This machine's serial runs
// move by about ±20% from one process to the next: σ = 0.1 is that as ±2σ.
// Slowdown: one workload's 10 cells do 15% more work in the head (a user function made slower);
// small: the same with 5%.
// Run: node bench/paired-gate-sim.ts [trials per row, default 2000]   (about 10 s)
import { type GateRule, pairedGate } from '../src/compare/paired-gate.ts';
import { seededNoise } from './sim-random.ts';

const TRIALS = Number(process.argv[2] ?? 2000);
const CELLS = 40;
const AFFECTED = 10;
const ALPHA = 0.05;

// a seeded normal: the same table every run
const { normal } = seededNoise(777);

function run(truth: number, sigma: number, rounds: number, minEffect: number, rule: GateRule) {
  const cells = Array.from({ length: CELLS }, (_, i) => {
    const slower = i < AFFECTED ? truth : 1;
    const ratios = Array.from({ length: rounds }, () => {
      const drift = Math.exp(sigma * normal());
      const base = drift * Math.exp(sigma * normal());
      const head = drift * Math.exp(sigma * normal()) * slower;
      return head / base;
    });
    return { id: String(i), ratios };
  });
  const found = pairedGate(cells, { minEffect, alpha: ALPHA }, rule);
  const flagged = found.map((f) => f.verdict === 'slower');
  return {
    anyAffected: flagged.slice(0, AFFECTED).some(Boolean),
    shareAffected: flagged.slice(0, AFFECTED).filter(Boolean).length / AFFECTED,
    anyOther: flagged.slice(AFFECTED).some(Boolean),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
console.log(
  `paired-ratio gate, ${CELLS} cells, false discovery rate ${ALPHA} (Benjamini–Hochberg), ${TRIALS} runs a row`,
);
console.log('A/A = a run with no change that fails the gate; caught = the slowed workload has a flagged cell;');
console.log('share = its cells flagged; other = a run where an unchanged cell is flagged slower');
console.log('');
console.log('rules: threshold = ratios shown above 1 + m; effect = shown above 1 and a median beyond 1 + m;');
console.log("half = shown above 1 + m/2 and a median beyond 1 + m (the gate's default)");
console.log('');
console.log('               |     threshold       |          effect           |           half');
console.log('   m noise rnds|  A/A  +15%    +5%   |  A/A  +15%  other   +5%   |  A/A  +15%  share  other   +5%');
for (const minEffect of [0.05, 0.1]) {
  for (const sigma of [0.05, 0.1, 0.15]) {
    for (const rounds of [5, 6, 8, 10, 15, 20]) {
      const row = (rule: GateRule) => {
        let aa = 0;
        let caught = 0;
        let share = 0;
        let other = 0;
        let small = 0;
        for (let t = 0; t < TRIALS; t++) {
          if (run(1, sigma, rounds, minEffect, rule).anyOther) aa++;
          const slow = run(1.15, sigma, rounds, minEffect, rule);
          if (slow.anyAffected) caught++;
          share += slow.shareAffected;
          if (slow.anyOther) other++;
          if (run(1.05, sigma, rounds, minEffect, rule).anyAffected) small++;
        }
        return {
          aa: aa / TRIALS,
          caught: caught / TRIALS,
          share: share / TRIALS,
          other: other / TRIALS,
          small: small / TRIALS,
        };
      };
      const t = row('threshold');
      const e = row('effect');
      const h = row('half');
      console.log(
        `${`${minEffect * 100}%`.padStart(4)} ${`${Math.round(sigma * 100)}%`.padStart(5)} ${String(rounds).padStart(4)}|${pct(t.aa)}${pct(t.caught)} ${pct(t.small)}  |${pct(e.aa)}${pct(e.caught)}${pct(e.other)} ${pct(e.small)}  |${pct(h.aa)}${pct(h.caught)}${pct(h.share)}${pct(h.other)} ${pct(h.small)}`,
      );
    }
  }
}
