// The cost of the order-statistic rules as n doubles, the frozen quadratic versions beside the
// ones in src/ (issue 22: a forged file's 40k samples cost minutes per cell). Run:
//   node bench/order-statistics.ts
// Prints, for each rule, the time at n and 2n and their ratio: ~2 for O(n log n), ~4 for O(n²),
// ~8 for O(n³). Ratios within one run are what to read (a shared 2-core machine).
import { legacyMedianInterval, legacyPRatioAbove } from './legacy-order-statistics/quadratic.ts';
import { pRatioAbove } from '../src/stats/sign-test.ts';
import { medianInterval } from '../src/stats/interval.ts';

const samples = (n: number) => Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % 1000) / 1000);

/** Median seconds of `repeats` calls. */
function seconds(run: () => unknown, repeats = 5): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return times.sort((a, b) => a - b)[Math.floor(repeats / 2)]!;
}

const rows: string[][] = [];
function row(rule: string, n: number, run: (n: number) => unknown) {
  const [one, two] = [seconds(() => run(n)), seconds(() => run(2 * n))];
  rows.push([
    rule,
    `${n} → ${2 * n}`,
    `${(one * 1e3).toFixed(2)} ms`,
    `${(two * 1e3).toFixed(2)} ms`,
    `${(two / one).toFixed(2)}×`,
  ]);
}

row('medianInterval, frozen (O(n²))', 20_000, (n) => legacyMedianInterval(samples(n)));
row('medianInterval, now', 20_000, (n) => medianInterval(samples(n)));
row('pRatioAbove, frozen (O(n³))', 200, (n) => legacyPRatioAbove(samples(n), samples(n), 1.05));
row('pRatioAbove, now', 200, (n) => pRatioAbove(samples(n), samples(n), 1.05));
row('pRatioAbove, now, at 10,000 (the schema cap)', 5_000, (n) => pRatioAbove(samples(n), samples(n), 1.05));

console.log('| rule | n | time at n | time at 2n | ratio |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const legacy = legacyMedianInterval(samples(2_000));
const now = medianInterval(samples(2_000));
console.log(
  `\nn = 2,000: frozen interval [${legacy.low}, ${legacy.high}] (level ${legacy.level}); now [${now.low}, ${now.high}] (level ${now.level.toFixed(4)})`,
);
