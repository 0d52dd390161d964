// How often does the regression check cry wolf? Pairs of real runs of the same config with the
// same cost (1× vs 1×) are compared as baseline → current; every flagged cell is a false
// positive. A few 1× vs 1.5× pairs measure the detection rate. The config is the one of
// test/compare-runs.test.ts: test/fixtures/cost.mjs at 400 ms, event-loop and worker-threads,
// 5 repetitions, workers and tasks "auto".
// Run: node bench/false-positives.ts   (uses dist/cli.js as built; FP_PAIRS, FP_DETECT_PAIRS,
// FP_REPETITIONS change the counts, FP_TASK_MS the task's cost)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareResults, type Comparison } from '../src/compare/compare.ts';
import type { Results } from '../src/results/types.ts';

const PAIRS = Number(process.env.FP_PAIRS ?? 20);
const DETECT_PAIRS = Number(process.env.FP_DETECT_PAIRS ?? 4);
const REPETITIONS = Number(process.env.FP_REPETITIONS ?? 5);
const TASK_MS = Number(process.env.FP_TASK_MS ?? 400);
const SLOWER = 1.5;
const ALPHA = 0.05; // compareResults' default

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'cb-false-positives-'));
const config = join(scratch, 'config.json');
writeFileSync(
  config,
  JSON.stringify({
    repetitions: REPETITIONS,
    strategies: ['event-loop', 'worker-threads'],
    workloads: { cost: { module: join(root, 'test', 'fixtures', 'cost.mjs'), export: 'work', levels: { [`${TASK_MS}ms`]: TASK_MS } } },
  }),
);

let runs = 0;
let method = '';
function run(costFactor: number): Results {
  const out = join(scratch, `run-${runs++}`);
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--config', config, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, COST_FACTOR: String(costFactor) },
  });
  if (result.status !== 0) throw new Error(`run failed (${result.status}): ${result.stderr}`);
  return JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

interface Tally {
  pairs: number;
  pairsFlagged: number;
  cells: number;
  cellsFlagged: number;
  improvements: number;
  /** Cells slower with p ≤ alpha, whatever the size of the change: what the test alone would flag. */
  testAlone: number;
  /** The largest |median ratio − 1| seen. */
  widest: number;
  perStrategy: Map<string, { cells: number; flagged: number }>;
}

function pairs(count: number, label: string, currentFactor: number): Tally {
  const tally: Tally = { pairs: 0, pairsFlagged: 0, cells: 0, cellsFlagged: 0, improvements: 0, testAlone: 0, widest: 0, perStrategy: new Map() };
  for (let i = 1; i <= count; i++) {
    const loadBefore = load();
    const baseline = run(1);
    const current = run(currentFactor);
    const comparison: Comparison = compareResults(current, baseline);
    method = comparison.method;
    tally.pairs++;
    if (comparison.regressions > 0) tally.pairsFlagged++;
    tally.improvements += comparison.improvements;
    const cells = comparison.cells.filter((cell) => cell.status === 'compared');
    for (const cell of cells) {
      const flagged = cell.verdict === 'regression';
      tally.cells++;
      if (flagged) tally.cellsFlagged++;
      if (cell.wallRatio! >= 1 && cell.pValue! <= ALPHA) tally.testAlone++;
      tally.widest = Math.max(tally.widest, Math.abs(cell.wallRatio! - 1));
      const mine = tally.perStrategy.get(cell.strategy) ?? { cells: 0, flagged: 0 };
      mine.cells++;
      if (flagged) mine.flagged++;
      tally.perStrategy.set(cell.strategy, mine);
    }
    const text = cells
      .map((c) => `${c.strategy.padEnd(14)} ×${c.wallRatio!.toFixed(3)} p=${c.pValue!.toFixed(4)} ${c.verdict!.padEnd(11)}`)
      .join('  ');
    console.log(`${label} pair ${String(i).padStart(2)}  load ${loadBefore}  ${text}`);
  }
  return tally;
}

const rate = (part: number, whole: number) => `${part}/${whole} = ${whole ? ((100 * part) / whole).toFixed(1) : '–'}%`;

function report(title: string, tally: Tally): void {
  console.log(`${title}`);
  console.log(`  per cell: ${rate(tally.cellsFlagged, tally.cells)}`);
  for (const [strategy, { cells, flagged }] of tally.perStrategy) console.log(`    ${strategy.padEnd(14)} ${rate(flagged, cells)}`);
  console.log(`  per run (≥ 1 cell flagged): ${rate(tally.pairsFlagged, tally.pairs)}`);
  console.log(`  cells flagged as improvements: ${tally.improvements}`);
  console.log(`  cells slower with p ≤ ${ALPHA} whatever the change (the test without the effect threshold): ${rate(tally.testAlone, tally.cells)}`);
  console.log(`  widest change of a median: ${(100 * tally.widest).toFixed(1)}%`);
}

const started = performance.now();
try {
  console.log(`${PAIRS} pairs 1× vs 1×, ${DETECT_PAIRS} pairs 1× vs ${SLOWER}×; ${REPETITIONS} repetitions; Node ${process.version}; dist/cli.js`);
  const same = pairs(PAIRS, '1× vs 1×  ', 1);
  const slower = pairs(DETECT_PAIRS, `1× vs ${SLOWER}×`, SLOWER);
  console.log(`\nmethod: ${method}\n`);
  report(`false positives (1× vs 1×, should be flagged: none):`, same);
  report(`detection (1× vs ${SLOWER}×, should be flagged: all):`, slower);
  console.log(`\n${runs} runs in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
