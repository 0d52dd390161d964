// --baseline-tree through the real CLI: a checkout of the base version measured beside the head,
// in the same rounds. A function that does 1.5× the work in the head fails --fail-on-regression;
// identical trees pass; the report leads with the comparison.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readResults, runCli, scratchDir, writeJson } from './helpers.ts';

/** Fixed integer work: `factor` × n iterations (its wall time moves with the machine, as real work's does). */
const workModule = (factor: number) => `export function work(n) {
  let s = 0;
  const iterations = Math.round(n * ${factor});
  for (let i = 0; i < iterations; i++) s = (s + i * i) % 1000003;
  return s;
}
`;

function trees(t: import('node:test').TestContext, headFactor: number) {
  const dir = scratchDir(t);
  for (const [tree, factor] of [
    ['base', 1],
    ['head', headFactor],
  ] as const) {
    mkdirSync(join(dir, tree));
    writeFileSync(join(dir, tree, 'work.mjs'), workModule(factor));
    writeJson(join(dir, tree, 'config.json'), {
      repetitions: 6,
      strategies: ['event-loop'],
      workloads: { spin: { module: 'work.mjs', export: 'work', levels: { short: '40ms' } } },
    });
  }
  return join(dir, 'head');
}

test('a head that does 1.5× the work fails the gate; the comment leads with the cells that got slower', (t) => {
  const head = trees(t, 1.5);
  const run = runCli(['--baseline-tree', '../base', '--out', 'out', '--fail-on-regression'], { cwd: head });
  assert.equal(run.code, 3, run.stdout + run.stderr);
  assert.match(
    run.stderr,
    /^concurrency-bench: regression gate: 2 cells got slower than the base tree \.\.\/base, beyond noise$/m,
  );
  const report = readFileSync(join(head, 'out', 'report.md'), 'utf8');
  const lead = report.split('\n').slice(0, 8).join('\n');
  assert.match(lead, /^### Against the base tree `\.\.\/base`, measured in the same rounds$/m);
  assert.match(
    lead,
    /^- \*\*`node` · EventLoop `spin`\/`short`: 1\.\d\d× the wall time, slower \\\[1\.\d\d–1\.\d\d\\\], 6 paired rounds\*\*$/m,
  );
  assert.match(lead, /^- \*\*`node` · serial `spin`\/`short`: 1\.\d\d× the wall time, slower/m);
  assert.match(
    lead,
    /^No other cell was shown 10% or more slower or faster \(2 cells compared; 6 paired rounds each\)\.$/m,
  );
  const results = readResults(join(head, 'out'));
  assert.equal(results.base?.cells.length, 1);
  assert.equal(results.base?.label, '../base');
  // both trees ran with the base's calibrated argument, in the same rounds
  assert.equal(results.cells[0]!.arg, results.base!.cells[0]!.arg);
  assert.ok(results.schedule!.rounds.every((r) => r.order.includes('serial') && r.order.includes('base:serial')));
});

test('identical trees pass the gate; the report says no cell moved', (t) => {
  const head = trees(t, 1);
  const run = runCli(['--baseline-tree', '../base', '--out', 'out', '--fail-on-regression'], { cwd: head });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(
    run.stdout,
    /^No cell was shown 10% or more slower or faster \(2 cells compared; 6 paired rounds each\)\.$/m,
  );
});

test('--baseline-tree with --compare-to, or a base tree that is not a folder, is exit 2 before anything runs', (t) => {
  const head = trees(t, 1);
  const both = runCli(['--baseline-tree', '../base', '--compare-to', 'x.json'], { cwd: head });
  assert.equal(both.code, 2);
  assert.match(both.stderr, /give --baseline-tree DIR or --compare-to RESULTS\.json, not both/);
  const missing = runCli(['--baseline-tree', '../nowhere', '--out', 'out'], { cwd: head });
  assert.equal(missing.code, 2, missing.stderr);
  assert.match(missing.stderr.trim(), /^concurrency-bench: \.\.\/nowhere: the baseline tree is not a folder/);
});
