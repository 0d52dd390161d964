// Two results.json of the same config, side by side: do the verdicts agree, and how far did the
// figures move (bench/harness/stability.ts's comparison, on runs you already have).
// Run: node bench/two-runs.ts FIRST/results.json SECOND/results.json
import { readFileSync } from 'node:fs';
import type { Results } from '../src/results/types.ts';
import { compareTwoRuns } from './harness/stability.ts';

const [first, second] = process.argv.slice(2);
if (!first || !second) {
  console.error('usage: node bench/two-runs.ts FIRST/results.json SECOND/results.json');
  process.exit(2);
}
const read = (path: string): Results => JSON.parse(readFileSync(path, 'utf8'));
const [a, b] = [read(first), read(second)];
const precision = (a.config as { precision?: number }).precision ?? 0.05;
const two = compareTwoRuns(a, b, precision);
for (const line of two.lines) console.log(line);
console.log(
  `verdicts agree: ${two.agree}/${two.verdicts} (${two.compatible}/${two.verdicts} without a contradiction); largest move of a figure conclusive in both: ${two.worstConclusive.toFixed(1)}%`,
);
