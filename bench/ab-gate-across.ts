// The comparison across runs, on the A/A runs bench/ab-gate.ts left behind: each run's results
// against the one before it, as a pull request's run against a stored artifact would be (the same
// machine here, minutes apart; on GitHub, another VM). Every flag is a false alarm: nothing
// changed. Side by side: the frozen artifact-style gate (Mann-Whitney on wall times divided by
// the machine's speed, each cell at alpha) and today's (compare/compare.ts: the paired gate on
// speedups, Benjamini–Hochberg), on the same pairs of files and cells.
// Run: node bench/ab-gate-across.ts [DIR]   (DIR: bench/ab-gate.ts's --out, default bench-results/ab-gate)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareResults } from '../src/compare/compare.ts';
import type { Results } from '../src/results/types.ts';
import { legacyArtifactGate } from './legacy-artifact-gate/compare.ts';

const dir = resolve(process.argv[2] ?? 'bench-results/ab-gate');
const runs: Results[] = [];
for (let i = 1; existsSync(join(dir, `aa-${i}`, 'results.json')); i++)
  runs.push(JSON.parse(readFileSync(join(dir, `aa-${i}`, 'results.json'), 'utf8')));
if (runs.length < 2) {
  console.error(`need at least two A/A runs in ${dir} (run bench/ab-gate.ts first)`);
  process.exit(2);
}

const thresholds = { minEffect: 0.1, alpha: 0.05 };
/** A run's own cells, as its results file would hold them without a base tree. */
const asFile = (results: Results): Results => ({ ...results, base: undefined });
const names = (cells: { runtime: string; strategy: string; workload: string; level: string; verdict?: string }[]) =>
  cells.filter((c) => c.verdict === 'regression').map((c) => `${c.runtime} ${c.strategy} ${c.workload}/${c.level}`);

let oldFailed = 0;
let newFailed = 0;
for (let i = 1; i < runs.length; i++) {
  const [baseline, current] = [asFile(runs[i - 1]!), asFile(runs[i]!)];
  const old = legacyArtifactGate(current, baseline, thresholds);
  const today = compareResults(current, baseline, thresholds);
  const tested = today.cells.filter((c) => c.verdict !== undefined).length;
  const oldFlags = names(old.cells);
  const newFlags = names(today.cells);
  if (oldFlags.length) oldFailed++;
  if (newFlags.length) newFailed++;
  console.log(
    `aa-${i + 1} against aa-${i}: ${old.cells.filter((c) => c.status === 'compared').length} cells in common; old artifact-style gate: ${oldFlags.length} slower${oldFlags.length ? ` (${oldFlags.join(', ')})` : ''}; today's (speedups, ${tested} tested): ${newFlags.length} slower${newFlags.length ? ` (${newFlags.join(', ')})` : ''}`,
  );
}
console.log(
  `\nacross ${runs.length - 1} pairs of unchanged runs: the old gate failed ${oldFailed}, today's stored-file gate ${newFailed}`,
);
