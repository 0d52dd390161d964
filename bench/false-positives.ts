// How often does the regression check cry wolf, on fixed *work* (whose wall time moves with a
// shared machine's speed, as every real workload's does)? Pairs of real runs of the same config
// are compared as baseline → current, the current run given the baseline with --compare-to
// (as a pull request's run is), so that duration levels take the baseline's arguments and the
// machine's measured speed is divided out. Every flagged cell of an unchanged pair is a false
// positive.
//   1. fixed work: test/fixtures/work.mjs at "400ms", event-loop and worker-threads, repetitions
//      "auto" within FP_WORK_MINUTES (0.75) a run; FP_PAIRS (5) unchanged pairs, then
//      FP_DETECT_PAIRS (2) pairs whose current run does 1.5× the work (COST_FACTOR), which must
//      all be flagged;
//   2. the default matrix's own workloads (config.json) at their longest level, every strategy,
//      repetitions "auto" within FP_MATRIX_MINUTES (2) a run: FP_MATRIX_PAIRS (2) unchanged pairs.
// About 20 minutes with the defaults.
// Run: npm run bench:false-positives   (uses dist/cli.js as built)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareResults, type Comparison } from '../src/compare/compare.ts';
import { plainText } from '../src/prose.ts';
import type { Results } from '../src/results/types.ts';

const PAIRS = Number(process.env.FP_PAIRS ?? 5);
const DETECT_PAIRS = Number(process.env.FP_DETECT_PAIRS ?? 2);
const MATRIX_PAIRS = Number(process.env.FP_MATRIX_PAIRS ?? 2);
const MATRIX_MINUTES = Number(process.env.FP_MATRIX_MINUTES ?? 2);
const WORK_MINUTES = Number(process.env.FP_WORK_MINUTES ?? 0.75);
const SLOWER = 1.5;

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'cb-false-positives-'));
const fixedWork = join(scratch, 'fixed-work.json');
writeFileSync(
  fixedWork,
  JSON.stringify({
    strategies: ['event-loop', 'worker-threads'],
    max_minutes: WORK_MINUTES,
    workloads: {
      work: { module: join(root, 'test', 'fixtures', 'work.mjs'), export: 'work', levels: { '400ms': '400ms' } },
    },
  }),
);
const matrix = join(scratch, 'matrix.json');
const defaults = JSON.parse(readFileSync(join(root, 'config.json'), 'utf8')) as {
  workloads: Record<string, Record<string, string>>;
};
const longest = Object.fromEntries(
  Object.entries(defaults.workloads).map(([name, levels]) => [name, { long: levels.long! }]),
);
writeFileSync(matrix, JSON.stringify({ max_minutes: MATRIX_MINUTES, workloads: longest }));

let runs = 0;
let method = '';
function run(config: string, costFactor: number, baseline?: string): { results: Results; dir: string } {
  const out = join(scratch, `run-${runs++}`);
  const args = [
    join(root, 'dist', 'cli.js'),
    '--config',
    config,
    '--out',
    out,
    ...(baseline ? ['--compare-to', join(baseline, 'results.json')] : []),
  ];
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, COST_FACTOR: String(costFactor) },
  });
  if (result.status !== 0) throw new Error(`run failed (${result.status}): ${result.stderr}`);
  return { results: JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')), dir: out };
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

interface Tally {
  pairs: number;
  pairsFlagged: number;
  cells: number;
  cellsFlagged: number;
  improvements: number;
  widest: number;
  perCell: Map<string, { cells: number; flagged: number }>;
}

function pairs(count: number, label: string, config: string, currentFactor: number): Tally {
  const tally: Tally = {
    pairs: 0,
    pairsFlagged: 0,
    cells: 0,
    cellsFlagged: 0,
    improvements: 0,
    widest: 0,
    perCell: new Map(),
  };
  for (let i = 1; i <= count; i++) {
    const loadBefore = load();
    const baseline = run(config, 1);
    const current = run(config, currentFactor, baseline.dir);
    const comparison: Comparison = compareResults(current.results, baseline.results);
    method = comparison.method;
    tally.pairs++;
    if (comparison.regressions > 0) tally.pairsFlagged++;
    tally.improvements += comparison.improvements;
    const cells = comparison.cells.filter((cell) => cell.status === 'compared' && cell.verdict !== undefined);
    for (const cell of cells) {
      const flagged = cell.verdict === 'regression';
      tally.cells++;
      if (flagged) tally.cellsFlagged++;
      tally.widest = Math.max(tally.widest, Math.abs(cell.wallRatio! - 1));
      const name = `${cell.runtime} ${cell.strategy} ${cell.workload}`;
      const mine = tally.perCell.get(name) ?? { cells: 0, flagged: 0 };
      mine.cells++;
      if (flagged) mine.flagged++;
      tally.perCell.set(name, mine);
    }
    const speed =
      /the machine was (as fast as|[\d.]+% (?:slower|faster) than) in the baseline's run/.exec(
        comparison.notes.map(plainText).join(' '),
      )?.[1] ?? 'not measured';
    const text = cells
      .map(
        (c) =>
          `${c.runtime}/${c.strategy}/${c.workload} ×${c.wallRatio!.toFixed(3)}${c.verdict === 'unchanged' ? '' : ` ${c.verdict}`}`,
      )
      .join('  ');
    console.log(
      `${label} pair ${String(i).padStart(2)}  load ${loadBefore}  machine ${speed}  flagged ${cells.filter((c) => c.verdict === 'regression').length}/${cells.length}  ${text}`,
    );
  }
  return tally;
}

const rate = (part: number, whole: number) => `${part}/${whole} = ${whole ? ((100 * part) / whole).toFixed(1) : '–'}%`;

function report(title: string, tally: Tally): void {
  console.log(`${title}`);
  console.log(`  per cell: ${rate(tally.cellsFlagged, tally.cells)}`);
  for (const [name, { cells, flagged }] of tally.perCell) console.log(`    ${name.padEnd(36)} ${rate(flagged, cells)}`);
  console.log(`  per run (≥ 1 cell flagged): ${rate(tally.pairsFlagged, tally.pairs)}`);
  console.log(`  cells flagged as improvements: ${tally.improvements}`);
  console.log(
    `  widest change of a median (after dividing out the machine's speed): ${(100 * tally.widest).toFixed(1)}%`,
  );
}

const started = performance.now();
try {
  console.log(
    `fixed work: ${PAIRS} pairs 1× vs 1×, ${DETECT_PAIRS} pairs 1× vs ${SLOWER}×; default matrix (longest level): ${MATRIX_PAIRS} pairs; Node ${process.version}; dist/cli.js`,
  );
  const same = pairs(PAIRS, 'work 1× vs 1×    ', fixedWork, 1);
  const slower = pairs(DETECT_PAIRS, `work 1× vs ${SLOWER}×  `, fixedWork, SLOWER);
  const matrixSame = pairs(MATRIX_PAIRS, 'matrix 1× vs 1×  ', matrix, 1);
  console.log(`\nmethod: ${method}\n`);
  report('false positives, fixed work (1× vs 1×, should be flagged: none):', same);
  report(`detection, fixed work (1× vs ${SLOWER}×, should be flagged: all):`, slower);
  report('false positives, the default matrix at its longest level (should be flagged: none):', matrixSame);
  console.log(`\n${runs} runs in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
