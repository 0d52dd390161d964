// The paired gate on this machine, end to end (issue 21's acceptance): real runs of the CLI with
// --baseline-tree, on a PR-sized config (the default workloads at medium and long, every model,
// max_minutes 4).
//
// Both modes add two user workloads to the default ones (spin15, spin5: node, medium and long).
// Only user workloads are compared: the built-ins are the tool's own code, the same in both trees,
// and run once (plan/with-base.ts).
// - A/A: base and head identical. Every flag is a false alarm. Also the old artifact-style gate
//   (legacy-artifact-gate/: Mann-Whitney on wall times divided by the machine's speed, each cell
//   at alpha) on the same cells, the head's against the base's, as if they were two runs' files.
// - slowdown: the head's spin15 does 15% more work than the base's, its spin5 5% more. spin15
//   should be flagged, spin5 not, nor any other cell.
//
// Run: npm run build && node bench/ab-gate.ts [--aa N] [--slow N] [--out DIR]
// (default 8 A/A runs and 5 slowdown runs, about 4.3 minutes each). Never beside another
// measurement: this machine has 2 cores.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareTrees } from '../src/compare/trees.ts';
import type { CellComparison } from '../src/compare/types.ts';
import type { Results } from '../src/results/types.ts';
import { legacyArtifactGate } from './legacy-artifact-gate/compare.ts';

const { values } = parseArgs({
  options: {
    aa: { type: 'string', default: '8' },
    slow: { type: 'string', default: '5' },
    out: { type: 'string', default: 'bench-results/ab-gate' },
  },
});
const root = resolve(import.meta.dirname, '..');
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

const levels = (medium: string, long: string) => ({ medium, long });
const builtins = {
  cpu: levels('100ms', '250ms'),
  memory: levels('100ms', '250ms'),
  io: levels('30ms', '100ms'),
  network: levels('100ms', '250ms'),
};
/** A fixed amount of integer work; FACTOR is how much more the head version does. */
const workModule = (factor: number) => `export function work(n) {
  let s = 0;
  const iterations = Math.round(n * ${factor});
  for (let i = 0; i < iterations; i++) s = (s + i * i) % 1000003;
  return s;
}
`;
const user = (module: string) => ({ module, export: 'work', levels: levels('100ms', '250ms') });

function makeTree(dir: string, factors: { spin15: number; spin5: number }) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'spin15.mjs'), workModule(factors.spin15));
  writeFileSync(join(dir, 'spin5.mjs'), workModule(factors.spin5));
  const workloads = { ...builtins, spin15: user('spin15.mjs'), spin5: user('spin5.mjs') };
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ workloads, max_minutes: 4 }, null, 2));
}

interface RunSummary {
  mode: 'aa' | 'slow';
  run: number;
  seconds: number;
  compared: number;
  pairs: [number, number];
  flagged: string[];
  largest: string;
  oldGateFlags: string[];
  gateFailed: boolean;
}

const name = (c: CellComparison) => `${c.runtime} ${c.strategy} ${c.workload}/${c.level}`;
const fmt = (x: number) => x.toFixed(3);

function summarise(mode: RunSummary['mode'], run: number, seconds: number, results: Results): RunSummary {
  const thresholds = { minEffect: 0.1, alpha: 0.05 };
  const paired = compareTrees(results, thresholds);
  const tested = paired.cells.filter((c) => c.verdict !== undefined);
  const largest = tested.reduce<CellComparison | undefined>(
    (best, c) => (!best || Math.abs(c.wallRatio! - 1) > Math.abs(best.wallRatio! - 1) ? c : best),
    undefined,
  );
  // the old gate: the base's cells as if they were an earlier run's results file (the cells compared only)
  const sameCode = new Set(results.base?.same_code ?? []);
  const asRun = (cells: Results['cells']): Results => ({
    ...results,
    cells: cells.filter((c) => !sameCode.has(c.workload)),
    base: undefined,
  });
  const old = legacyArtifactGate(asRun(results.cells), asRun(results.base?.cells ?? []), thresholds);
  const pairs = tested.map((c) => c.pairs ?? 0);
  return {
    mode,
    run,
    seconds,
    compared: tested.length,
    pairs: [Math.min(...pairs), Math.max(...pairs)],
    flagged: paired.cells
      .filter((c) => c.verdict === 'regression' || c.verdict === 'improvement')
      .map((c) => `${name(c)} ${c.verdict} ${fmt(c.wallRatio!)} [${fmt(c.ci![0])}–${fmt(c.ci![1])}]`),
    largest: largest
      ? `${name(largest)} ${fmt(largest.wallRatio!)} [${fmt(largest.ci![0])}–${fmt(largest.ci![1])}] (${largest.pairs} pairs)`
      : 'none',
    oldGateFlags: old.cells.filter((c) => c.verdict === 'regression').map(name),
    gateFailed: paired.regressions > 0,
  };
}

function runOnce(mode: RunSummary['mode'], run: number): RunSummary {
  const work = mkdtempSync(join(os.tmpdir(), 'ab-gate-'));
  try {
    makeTree(join(work, 'base'), { spin15: 1, spin5: 1 });
    makeTree(join(work, 'head'), mode === 'slow' ? { spin15: 1.15, spin5: 1.05 } : { spin15: 1, spin5: 1 });
    const dir = join(out, `${mode}-${run}`);
    const began = performance.now();
    const child = spawnSync(
      process.execPath,
      [join(root, 'dist', 'cli.js'), '--baseline-tree', '../base', '--out', dir, '--fail-on-regression'],
      { cwd: join(work, 'head'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const seconds = (performance.now() - began) / 1000;
    writeFileSync(join(out, `${mode}-${run}.log`), `${child.stdout}\n${child.stderr}`);
    if (child.status !== 0 && child.status !== 3) throw new Error(`run failed (exit ${child.status}): ${child.stderr}`);
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results;
    return summarise(mode, run, seconds, results);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const summaries: RunSummary[] = [];
const plan: RunSummary['mode'][] = [
  ...Array<'aa'>(Number(values.aa)).fill('aa'),
  ...Array<'slow'>(Number(values.slow)).fill('slow'),
];
for (const [i, mode] of plan.entries()) {
  const summary = runOnce(mode, plan.slice(0, i).filter((m) => m === mode).length + 1);
  summaries.push(summary);
  console.log(
    `${summary.mode} #${summary.run}: ${summary.seconds.toFixed(0)} s, ${summary.compared} cells compared (${summary.pairs[0]}–${summary.pairs[1]} pairs); gate ${summary.gateFailed ? 'FAILED' : 'passed'}; flagged: ${summary.flagged.join('; ') || 'none'}; largest ratio: ${summary.largest}; old artifact-style gate: ${summary.oldGateFlags.length} cell(s) slower${summary.oldGateFlags.length ? ` (${summary.oldGateFlags.join(', ')})` : ''}`,
  );
  writeFileSync(join(out, 'summary.json'), JSON.stringify(summaries, null, 2));
}

const aa = summaries.filter((s) => s.mode === 'aa');
const slow = summaries.filter((s) => s.mode === 'slow');
const flaggedIn = (s: RunSummary, workload: string) =>
  s.flagged.some((f) => f.includes(` ${workload}/`) && f.includes('regression'));
const others = (s: RunSummary) => s.flagged.filter((f) => !f.includes(' spin15/')).length;
console.log('');
if (aa.length)
  console.log(
    `A/A: ${aa.filter((s) => s.gateFailed).length} of ${aa.length} runs failed the paired gate; the old artifact-style gate flagged a cell in ${aa.filter((s) => s.oldGateFlags.length > 0).length} of ${aa.length}`,
  );
if (slow.length)
  console.log(
    `slowdown: spin15 (+15%) flagged in ${slow.filter((s) => flaggedIn(s, 'spin15')).length} of ${slow.length} runs; spin5 (+5%) in ${slow.filter((s) => flaggedIn(s, 'spin5')).length}; runs with any other cell flagged: ${slow.filter((s) => others(s) > 0).length}`,
  );
