// runPlan measures the cells that share a serial baseline in rounds: a serial run and each
// strategy's, in a random order, round-robin over the groups; a failing strategy ends only its
// own cell; extra rounds go to the cells a verdict waits on, then to imprecise ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleSide } from '../src/analysis/assemble.ts';
import { BUDGET_SPENT, runPlan } from '../src/measure/run-plan.ts';
import { seededRandom } from '../src/stats/random.ts';
import type { PlannedCell, Rounds, Tree } from '../src/plan/plan.ts';
import { cellId, type CellResult, type ScheduledRound } from '../src/results/types.ts';
import { scriptedExecutor, type Script } from './fakes/scripted-executor.ts';

const cell = (strategy: string, level: string): PlannedCell => ({
  runtime: 'node',
  kind: 'node',
  strategy,
  workload: 'cpu',
  level,
  arg: 1,
  workers: 2,
  tasks: 2,
  workloadRef: { name: 'cpu' },
  baselineKey: JSON.stringify(['node', 'cpu', level]),
});

interface Options extends Script {
  rounds?: Rounds;
  signal?: AbortSignal;
  contested?: (results: CellResult[]) => Set<string>;
}

/** runPlan on a scripted executor (no process starts): serial 2 s, parallel 1 s unless the script says otherwise. */
async function run(cells: PlannedCell[], options: Options = {}) {
  const { execute, clock, log } = scriptedExecutor(options);
  const finished: CellResult[] = [];
  const trees: Tree[] = [];
  const refined: number[] = [];
  const schedule: ScheduledRound[] = [];
  const results = await runPlan({
    plan: {
      cells,
      rounds: options.rounds ?? { min: 3, max: 3 },
      precision: 0.05,
      budgetMs: 600_000,
      timeoutMs: 30_000,
      cores: 2,
    },
    execute,
    assemble: assembleSide,
    clock,
    events: {
      cellFinished: (result, _index, _total, tree) => {
        finished.push(result);
        trees.push(tree);
      },
      cellsRefined: (_, round) => void refined.push(round),
      roundRan: (round) => void schedule.push(round),
    },
    random: seededRandom(7),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.contested ? { contested: options.contested } : {}),
  });
  return { results, finished, trees, refined, schedule, log };
}

/** The log's runs as the schedule's words: "serial" or the strategy. */
const asOrder = (line: string) => (line.startsWith('serial') ? 'serial' : line.split(' ')[1]!);

const rounds = (result: CellResult) => (result.status === 'ok' ? result.stats.speedup.samples.length : 0);

test('rounds run round-robin over the groups, each in a random order that is recorded', async () => {
  const { results, finished, log, schedule } = await run([
    cell('event-loop', 'low'),
    cell('worker-threads', 'low'),
    cell('child-processes', 'low'),
    cell('event-loop', 'high'),
  ]);
  assert.deepEqual(
    schedule.map((r) => [r.level, r.round]),
    [
      ['low', 1],
      ['high', 1],
      ['low', 2],
      ['high', 2],
      ['low', 3],
      ['high', 3],
    ],
    'round 1 of every group, then round 2 of every group, …',
  );
  assert.deepEqual(
    log.map(asOrder),
    schedule.flatMap((r) => r.order),
    'the schedule records the order the runs took',
  );
  for (const r of schedule)
    assert.deepEqual(
      [...r.order].sort(),
      r.level === 'low' ? ['child-processes', 'event-loop', 'serial', 'worker-threads'] : ['event-loop', 'serial'],
    );
  const lowOrders = new Set(schedule.filter((r) => r.level === 'low').map((r) => r.order.join()));
  assert.ok(lowOrders.size > 1, `the order varies from round to round: ${[...lowOrders]}`);
  assert.ok(
    schedule.some((r) => r.order[0] !== 'serial'),
    'the serial run is not always first',
  );
  assert.deepEqual(finished, results);
  for (const result of results)
    assert.ok(result.status === 'ok' && result.metrics.speedup === 2 && result.stats.speedup.samples.length === 3);
});

test('a strategy that fails ends its own cell; the others go on with their rounds', async () => {
  const { results, log } = await run([cell('event-loop', 'low'), cell('worker-threads', 'low')], {
    fail: 'event-loop',
  });
  assert.equal(log.filter((line) => line === 'parallel event-loop').length, 1, 'it is not run again');
  assert.equal(log.filter((line) => line === 'parallel worker-threads').length, 3);
  assert.deepEqual(
    results.map((r) => (r.status === 'failed' ? r.error : r.status)),
    ['boom', 'ok'],
  );
});

test('a skipped cell is not measured, and a group with no cell to measure runs no serial', async () => {
  const skipped = { ...cell('worker-threads', 'low'), skip: 'not here' };
  const { results, log } = await run([skipped, cell('event-loop', 'high')]);
  assert.deepEqual([...log].sort(), [...Array(3).fill('parallel event-loop'), ...Array(3).fill('serial -')]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['skipped', 'ok'],
  );
});

test('auto rounds: a cell whose speedup never varies stops at 6 rounds, the first with a 95% interval', async () => {
  const { results, refined } = await run([cell('event-loop', 'low'), cell('worker-threads', 'low')], {
    rounds: { min: 3, max: 10 },
  });
  assert.deepEqual(results.map(rounds), [6, 6]);
  assert.deepEqual(refined, [4, 5, 6]);
  for (const result of results)
    assert.ok(result.status === 'ok' && result.stats.speedup.ci_level! >= 0.95 && result.precision === 0);
});

test('auto rounds: a cell that stays noisier than the precision gets rounds up to the maximum', async () => {
  const { results } = await run([cell('event-loop', 'low')], { rounds: { min: 3, max: 8 }, jitter: 0.5 });
  assert.equal(rounds(results[0]!), 8);
  assert.ok(
    results[0]!.status === 'ok' && results[0]!.precision > 0.05,
    'still imprecise: it ran out of rounds, not of noise',
  );
});

test('the time budget: after a pass, the groups whose minimum rounds no longer fit are skipped, the last first; no run ends past the deadline', async () => {
  // Each run takes 1 s on the fake clock (the executor throws if one would end past the deadline).
  // Two groups of one cell: a round costs 2 s, three rounds each need 12 s; the deadline is 9 s.
  const { results, schedule } = await run([cell('event-loop', 'low'), cell('event-loop', 'high')], {
    rounds: { min: 3, max: 10 },
    serialWall: 1,
    parallelWall: 1,
    jitter: 0.01,
    deadline: 9_000,
  });
  assert.deepEqual(
    schedule.map((r) => [r.level, r.round]),
    [
      ['low', 1],
      ['high', 1],
      ['low', 2],
      ['low', 3],
    ],
    'after round 1 (4 s spent, 8 s owed), high is dropped; low fits its 3 rounds and no extra one',
  );
  assert.equal(rounds(results[0]!), 3);
  assert.deepEqual(results[1], { ...results[1], status: 'skipped', reason: BUDGET_SPENT(600_000) });
});

test('a round whose serial run the machine slowed is kept: the median of every round is robust', async () => {
  // serial 2 s, parallel 1 s on 2 workers and 2 cores: 2×, the limit. Round 2's serial run takes
  // 3 s, so that round reads 3×. Setting it aside because it reads high would trim one side only.
  const { results } = await run([cell('event-loop', 'low'), cell('worker-threads', 'low')], {
    slowSerial: 2,
    rounds: { min: 4, max: 4 },
  });
  for (const result of results) {
    assert.ok(result.status === 'ok', JSON.stringify(result));
    assert.deepEqual(result.stats.speedup.samples, [2, 3, 2, 2], 'every round');
    assert.equal(result.metrics.speedup, 2);
    assert.equal(result.outliers, undefined);
  }
});

test('a cell whose median speedup cannot be true is not measurable, with its rounds kept', async () => {
  // parallel 0.5 s against serial 2 s: 4× on 2 workers, every round
  const { results } = await run([cell('event-loop', 'low')], { parallelWall: 0.5 });
  const [result] = results;
  assert.equal(result!.status, 'skipped');
  assert.equal(
    (result as { reason: string }).reason,
    'not measurable on this runner right now: its speedup, 4.00× (at least 4.00× over 3 rounds), is above what 2 workers allow (2×)',
  );
  assert.equal((result as { outliers?: unknown[] }).outliers?.length, 3);
});

test('extra rounds go only to the cells a verdict waits on, with their serial run', async () => {
  const waiting = cell('worker-threads', 'low');
  const { results, log, schedule } = await run([cell('event-loop', 'low'), waiting], {
    rounds: { min: 3, max: 6 },
    contested: () => new Set([cellId(waiting)]),
  });
  assert.deepEqual(
    schedule.slice(3).map((r) => [...r.order].sort()),
    [
      ['serial', 'worker-threads'],
      ['serial', 'worker-threads'],
      ['serial', 'worker-threads'],
    ],
  );
  assert.equal(log.filter((line) => line === 'parallel event-loop').length, 3, 'settled: no more rounds');
  assert.deepEqual(results.map(rounds), [3, 6]);
});

test('cancelled mid-run, every cell keeps the rounds it finished; a cell with none is cancelled', async () => {
  const controller = new AbortController();
  let runs = 0;
  const { results } = await run([cell('event-loop', 'low'), cell('event-loop', 'high')], {
    rounds: { min: 3, max: 3 },
    signal: controller.signal,
    // 2 runs a round, 4 a pass: stop as the 7th run (the first of round 2 of high) starts
    onRun: () => {
      if (++runs === 7) controller.abort();
    },
  });
  assert.deepEqual(results.map(rounds), [2, 1]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['ok', 'ok'],
  );
});

test('with a base tree, both trees run in the same rounds, in one random order, each against its own serial run', async () => {
  const base = (c: PlannedCell): PlannedCell => ({
    ...c,
    tree: 'base',
    workloadRef: { name: 'cpu', module: '/base/cpu.mjs' },
  });
  const head = [cell('event-loop', 'low'), cell('worker-threads', 'low')];
  const { finished, trees, log, schedule } = await run([...head, ...head.map(base)]);
  assert.deepEqual(
    schedule.map((r) => r.round),
    [1, 2, 3],
    'one group: three rounds, not three a tree',
  );
  for (const r of schedule)
    assert.deepEqual([...r.order].sort(), [
      'base:event-loop',
      'base:serial',
      'base:worker-threads',
      'event-loop',
      'serial',
      'worker-threads',
    ]);
  assert.ok(new Set(schedule.map((r) => r.order.join())).size > 1, 'the order is drawn anew each round');
  // the log says which tree ran: the base's runs name its module
  const asTreeOrder = (line: string) => (line.endsWith('/base/cpu.mjs') ? `base:${asOrder(line)}` : asOrder(line));
  assert.deepEqual(
    log.map(asTreeOrder),
    schedule.flatMap((r) => r.order),
  );
  assert.deepEqual(trees, ['head', 'head', 'base', 'base']);
  for (const result of finished) {
    assert.equal(result.status, 'ok');
    if (result.status === 'ok')
      assert.deepEqual(result.rounds, [1, 2, 3], 'every cell has a run in every round: pairs');
  }
});

test('a group with twins runs its own, larger minimum of rounds; the rest stop at theirs', async () => {
  const base = (c: PlannedCell): PlannedCell => ({
    ...c,
    tree: 'base',
    workloadRef: { name: 'cpu', module: '/base/cpu.mjs' },
  });
  const paired = cell('event-loop', 'low');
  const { schedule, finished } = await run([paired, base(paired), cell('event-loop', 'high')], {
    rounds: { min: 3, max: 3, pairedMin: 5 },
  });
  assert.deepEqual(
    schedule.map((r) => `${r.level} ${r.round}`),
    ['low 1', 'high 1', 'low 2', 'high 2', 'low 3', 'high 3', 'low 4', 'low 5'],
  );
  assert.deepEqual(finished.map(rounds), [3, 5, 5], 'reported as each group finished its minimum: high first');
});
