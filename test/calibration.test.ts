// Duration levels: the argument search (src/measure/calibration-search.ts) on clocks whose cost
// per unit is known; its Python twin (concurrency_bench_harness/calibration.py) must choose the same arguments; the
// plan gets each runtime's argument; and a real run puts the serial time near the target.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { calibrateAll, serialCheckCostEstimate } from '../src/measure/calibrate.ts';
import { calibrate, calibrationCostEstimate, callsFor, fitLine } from '../src/measure/calibration-search.ts';
import { CALIBRATION } from '../src/measure/protocol.ts';
import {
  applyCalibration,
  boundedPins,
  calibrationNeeds,
  PINNED_NOTE,
  pinnedToBaseline,
} from '../src/plan/calibration.ts';
import type { Plan, PlannedCell } from '../src/plan/plan.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import { calibrationLine } from '../src/report/progress.ts';
import { calibrationText } from '../src/report/summary-text.ts';
import { parseResults, ResultsError } from '../src/results/read.ts';
import type { CalibrationPoint, CellResult } from '../src/results/types.ts';
import { fixture, importHarness, okCell, readResults, runCli, scratchDir, writeJson } from './helpers.ts';

const clock = (secondsOf: (arg: number) => number) => async (arg: number) => secondsOf(arg);

/** A clock that records every argument it is called with, in order. */
function logged(secondsOf: (arg: number) => number): { time: (arg: number) => Promise<number>; args: number[] } {
  const args: number[] = [];
  return {
    args,
    time: async (arg) => {
      args.push(arg);
      return secondsOf(arg);
    },
  };
}

/** Run-to-run noise without randomness: the same factors, in turn, on both sides. */
const NOISE = [1, 1.02, 0.97, 1.04, 0.99, 1.01, 0.98];

/**
 * The clocks both twins are run on: a name, a JS clock (a factory: some keep a call count), the
 * same clock as a Python function `clock(arg)`, and the targets.
 */
const CLOCKS: [string, () => (arg: number) => number, string, number[]][] = [
  ['linear', () => (a) => a * 0.001, 'def clock(arg):\n    return arg * 0.001', [0.1, 0.01]],
  [
    'a fixed cost per call',
    () => (a) => 0.004 + a * 1e-6,
    'def clock(arg):\n    return 0.004 + arg * 1e-6',
    [0.01, 1.0],
  ],
  ['one unit longer than the target', () => (a) => a * 0.05, 'def clock(arg):\n    return arg * 0.05', [0.01]],
  ['coarse steps', () => (a) => a * 0.052, 'def clock(arg):\n    return arg * 0.052', [0.1, 1.0]],
  ['super-linear', () => (a) => 1e-9 * a ** 1.3, 'def clock(arg):\n    return 1e-9 * arg ** 1.3', [0.01, 0.1, 1.0]],
  [
    'warm-up: the first three calls 100× slower',
    () => {
      let calls = 0;
      return (a) => (++calls <= 3 ? 1e-7 : 1e-9) * a;
    },
    'calls = [0]\ndef clock(arg):\n    calls[0] += 1\n    return (1e-7 if calls[0] <= 3 else 1e-9) * arg',
    [0.01, 0.1, 0.5],
  ],
  [
    'noisy, with a fixed cost',
    () => {
      let calls = 0;
      return (a) => (0.002 + a * 1e-6) * NOISE[calls++ % NOISE.length]!;
    },
    `NOISE = ${JSON.stringify(NOISE)}\ncalls = [0]\ndef clock(arg):\n    calls[0] += 1\n    return (0.002 + arg * 1e-6) * NOISE[(calls[0] - 1) % len(NOISE)]`,
    [0.01, 0.1, 0.5],
  ],
];

const near = (x: number, y: number, relative: number) => Math.abs(x / y - 1) <= relative;

test('a linear workload gets exact arguments, in the order the targets were given', async () => {
  const points = await calibrate(
    clock((a) => a * 0.001),
    [0.1, 0.01],
  );
  assert.deepEqual(
    points.map((p) => [p.target_s, p.arg, p.note]),
    [
      [0.1, 100, undefined],
      [0.01, 10, undefined],
    ],
  );
});

test('a known a + b × arg: the fit finds it from the probe, and the first argument checked is the one', async () => {
  const { time, args } = logged((a) => 0.004 + a * 1e-6);
  const points = await calibrate(time, [0.01, 1]);
  // 0.004 + 6000 µs = 10 ms; 0.004 + 996000 µs = 1 s: one check each, of callsFor(target) calls
  assert.deepEqual(
    points.map((p) => [p.arg, p.samples?.length]),
    [
      [6000, callsFor(0.01)],
      [996_000, callsFor(1)],
    ],
  );
  const checks = args.slice(args.indexOf(6000));
  assert.deepEqual(checks, [...Array(callsFor(0.01)).fill(6000), ...Array(callsFor(1)).fill(996_000)]);
  for (const p of points) {
    assert.ok(near(p.fit!.a, 0.004, 1e-6) && near(p.fit!.b, 1e-6, 1e-6), JSON.stringify(p.fit));
    assert.ok(near(p.seconds, p.target_s, 1e-9));
  }
});

test("the samples are the kept argument's calls, their median its time", async () => {
  let calls = 0;
  const secondsOf = (a: number) => 1e-9 * a ** 1.3 * NOISE[calls++ % NOISE.length]!;
  const seen = new Map<number, number[]>();
  const points = await calibrate(
    async (a) => {
      const s = secondsOf(a);
      seen.set(a, [...(seen.get(a) ?? []), s]);
      return s;
    },
    [0.01, 0.1, 1],
  );
  for (const p of points) {
    assert.equal(p.samples!.length, callsFor(p.target_s));
    // every sample is a call of p.arg (the clock's noise tells the calls apart)
    for (const sample of p.samples!) assert.ok(seen.get(p.arg)!.includes(sample), `${sample} of ${p.arg}`);
    const sorted = [...p.samples!].sort((x, y) => x - y);
    assert.equal(p.seconds, sorted[Math.floor(sorted.length / 2)]);
    assert.ok(near(p.seconds, p.target_s, CALIBRATION.tolerance), JSON.stringify(p));
  }
});

test('calls measured before the code was warm leave the fit', async () => {
  let calls = 0;
  const [short, , long] = await calibrate(
    clock((a) => (++calls <= 3 ? 1e-7 : 1e-9) * a),
    [0.01, 0.1, 0.5],
  );
  // with the three slow calls in it, the line's slope is far from 1 ns a unit
  for (const p of [short!, long!]) {
    assert.ok(near(p.fit!.b, 1e-9, 0.01), JSON.stringify(p.fit));
    assert.ok(near(p.seconds, p.target_s, CALIBRATION.tolerance), JSON.stringify(p));
  }
  const stale = [
    { arg: 100_000, seconds: 0.01 }, // interpreted
    { arg: 200_000, seconds: 0.0002 },
    { arg: 400_000, seconds: 0.0004 },
  ];
  assert.ok(near(fitLine(stale, 0.001)!.b, 1e-9, 1e-9));
  // a call slower by less than CALIBRATION.stale is noise, and stays
  const noisy = [
    { arg: 100_000, seconds: 0.00012 },
    { arg: 200_000, seconds: 0.0002 },
  ];
  assert.ok(near(fitLine(noisy, 0.001)!.b, 0.8e-9, 1e-9));
});

test('the fit: the calls near the target decide the line; one argument alone gives none', () => {
  // 1 ns a unit up to 10 ms, 2 ns beyond (as Node's loop past 2^31); the search goes smallest
  // target first, so the calls it has are below the target
  const points = [1e3, 1e4, 1e5, 1e6, 2e6, 5e6, 1e7, 2e7, 3e7, 5e7].map((arg) => ({
    arg,
    seconds: arg <= 1e7 ? arg * 1e-9 : 0.01 + (arg - 1e7) * 2e-9,
  }));
  const fit = fitLine(points, 0.1)!;
  assert.ok(near(fit.b, 2e-9, 0.02), `the slope near the target: ${fit.b}`);
  assert.ok(near((0.1 - fit.a) / fit.b, 5.5e7, 0.01), 'the argument for 100 ms');
  assert.equal(
    fitLine(
      [
        { arg: 5, seconds: 0.1 },
        { arg: 5, seconds: 0.11 },
      ],
      0.1,
    ),
    undefined,
  );
});

test('a fixed cost per call is corrected for, to within the tolerance', async () => {
  for (const point of await calibrate(
    clock((a) => 0.004 + a * 1e-6),
    [0.01, 1],
  ))
    assert.ok(Math.abs(point.seconds / point.target_s - 1) <= 0.03, JSON.stringify(point));
});

test('where no whole argument gets close, the nearest is used and the note says why', async () => {
  const [one] = await calibrate(
    clock((a) => a * 0.05),
    [0.01],
  );
  assert.deepEqual(one, {
    target_s: 0.01,
    arg: 1,
    seconds: 0.05,
    samples: [0.05, 0.05, 0.05, 0.05, 0.05],
    note: 'the smallest argument (1) already takes 50.0 ms',
  });
  const [steps] = await calibrate(
    clock((a) => a * 0.052),
    [0.1],
  );
  assert.equal(steps!.arg, 2);
  assert.match(steps!.note!, /^whole arguments move in steps of 52\.0 ms: the nearest takes 104 ms$/);
});

test('the cost estimate counts the probe and two checks a target, and covers what the search spends', async () => {
  // probe 5 ms (half the smallest target) × 4; 2 × (5 × 10 ms + 5 × 100 ms + 3 × 500 ms)
  assert.ok(near(calibrationCostEstimate([0.01, 0.1, 0.5]), 0.02 + 4.1, 1e-12));
  assert.equal(calibrationCostEstimate([]), 0);
  // the serial path: two runs of the search's argument and two of a correction a target, each a
  // runner's start (0.2 s) and the tasks once (the first batch only)
  assert.ok(near(serialCheckCostEstimate([0.01, 0.5], 2), 4 * (0.2 + 0.02) + 4 * (0.2 + 1), 1e-12));
  for (const [name, make, , targets] of CLOCKS) {
    const secondsOf = make();
    let spent = 0;
    await calibrate(async (a) => {
      const s = secondsOf(a);
      spent += s;
      return s;
    }, targets);
    // Where a + b × arg holds, two checks a target are more than enough. A curve (super-linear)
    // takes more corrections, and calls a whole target long (one unit, coarse steps) overshoot;
    // all stay within the bound of CALIBRATION.attempts checks.
    const bound = 4 * 0.02 + targets.reduce((sum, t) => sum + CALIBRATION.attempts * callsFor(t) * t * 1.1, 0);
    if (!['super-linear', 'one unit longer than the target', 'coarse steps'].includes(name))
      assert.ok(spent <= calibrationCostEstimate(targets), `${name}: spent ${spent} s`);
    else assert.ok(spent <= bound, `${name}: spent ${spent} s`);
  }
});

test('the Python twin tries the same arguments, in the same order, and keeps the same samples', async () => {
  for (const [name, make, py, targets] of CLOCKS) {
    const { time, args } = logged(make());
    const node = await calibrate(time, targets);
    const script = `${importHarness('calibration')}import json
${py}
log = []
def timed(arg):
    log.append(arg)
    return clock(arg)
points = calibration.calibrate(timed, ${JSON.stringify(targets)})
print(json.dumps({"args": log, "points": points}))`;
    const python = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
    assert.equal(python.status, 0, python.stderr);
    const out = JSON.parse(python.stdout) as { args: number[]; points: CalibrationPoint[] };
    assert.deepEqual(out.args, args, `${name}: the arguments tried`);
    const shape = (p: CalibrationPoint) => [p.target_s, p.arg, p.seconds, p.samples, p.fit === undefined];
    assert.deepEqual(out.points.map(shape), node.map(shape), name);
    node.forEach((p, i) => {
      if (p.fit) assert.ok(near(out.points[i]!.fit!.b, p.fit.b, 1e-9), `${name}: the fit`);
    });
  }
});

test('the calibration figure: the median, the spread in its unit, and what the samples are', () => {
  assert.equal(calibrationText(0.0992, [0.0978, 0.0992, 0.1015, 0.099, 0.1]), '99.2 ms (97.8–101.5, 5 calls)');
  assert.equal(calibrationText(0.504, [0.501, 0.504, 0.51]), '504 ms (501–510, 3 calls)');
  assert.equal(calibrationText(0.0101, [0.0101], 'serial'), '10.1 ms (1 serial run)');
  assert.equal(calibrationText(0.0101), '10.1 ms');
  const need = { key: 'k', cell: cell('node', 'short', 0.01), targets: [0.01, 1] };
  const points: CalibrationPoint[] = [
    { target_s: 0.01, arg: 7, seconds: 0.0101, samples: [0.0102, 0.0101, 0.01], source: 'search' },
    { target_s: 1, arg: 700, seconds: 1.2, samples: [1.2], source: 'serial', note: 'n' },
  ];
  assert.equal(
    calibrationLine(need, { ok: true, points }),
    '  calibration node cpu: 10.0 ms → 7 (10.1 ms, 10.0–10.2, 3 calls), 1.00 s → 700 (1.20 s, 1 serial run; n)',
  );
});

test('results.json: the samples and the fit validate and reach the report; a malformed calibration does not', () => {
  const sample = JSON.parse(readFileSync(fixture('results-sample.json'), 'utf8'));
  const first = sample.cells.findIndex((c: CellResult) => c.status === 'ok');
  sample.cells[first] = {
    ...sample.cells[first],
    target_s: 0.1,
    calibration: {
      target_s: 0.1,
      measured_s: 0.0992,
      samples: [0.0978, 0.0992, 0.1015, 0.099, 0.1],
      source: 'search',
      fit: { a: 2e-6, b: 6.3e-8 },
    },
  };
  const md = renderMarkdown(parseResults(sample, 'sample'), { fullMetrics: true });
  assert.match(md, /\| 100 ms +\| [^|]+\| 99\.2 ms \(97\.8–101\.5, 5 calls\) +\|/);
  for (const broken of [{ target_s: 0.1 }, { target_s: 0.1, measured_s: 0.1, samples: ['0.1'] }]) {
    sample.cells[first].calibration = broken;
    assert.throws(() => parseResults(sample, 'sample'), ResultsError);
  }
});

test('the serial path: two runs of the first batch decide; where they agree the argument stands, else it is corrected once; its runs are the samples', async () => {
  const searched: CalibrationPoint = {
    target_s: 0.1,
    arg: 1000,
    seconds: 0.1,
    samples: [0.099, 0.1, 0.101, 0.1, 0.1],
    fit: { a: 0, b: 1e-4 },
  };
  const need = { key: 'k', cell: cell('node', 'medium', 0.1), targets: [0.1] };
  const outcomeWith = async (perUnit: number) => {
    const env = { ...process.env, CALIBRATION_POINTS: JSON.stringify([searched]), SERIAL_PER_UNIT: String(perUnit) };
    const runner = { command: process.execPath, args: [fixture('calibrating-runner.mjs')], env };
    const outcome = (
      await calibrateAll(
        [need],
        () => runner,
        10_000,
        () => {},
      )
    ).get('k')!;
    assert.ok(outcome.ok);
    return outcome.points[0]!;
  };
  // 1.02 × the search's time a task on the serial path: within SERIAL_TOLERANCE, the argument stands
  const agreed = await outcomeWith(1.02e-4);
  assert.equal(agreed.arg, 1000);
  assert.equal(agreed.source, 'serial');
  assert.equal(agreed.samples?.length, 2, 'two serial runs');
  assert.ok(agreed.samples!.every((x) => near(x, 0.102, 1e-9)) && near(agreed.seconds, 0.102, 1e-9));
  assert.deepEqual(agreed.fit, searched.fit);
  // 1.25 ×: corrected to 800, whose serial runs took 0.1 s a task
  const corrected = await outcomeWith(1.25e-4);
  assert.deepEqual(corrected, { target_s: 0.1, arg: 800, seconds: 0.1, samples: [0.1, 0.1], source: 'serial' });
});

const cell = (runtime: string, level: string, target_s?: number): PlannedCell => ({
  runtime,
  kind: runtime === 'node' ? 'node' : 'python',
  strategy: 'x',
  workload: 'cpu',
  level,
  arg: target_s === undefined ? 5 : undefined,
  ...(target_s === undefined ? {} : { target_s }),
  workers: 2,
  tasks: 2,
  workloadRef: { name: 'cpu' },
  baselineKey: JSON.stringify([runtime, 'cpu', level]),
});

test('the plan: one calibration per runtime × workload; each runtime gets its own argument; a failure fails its cells', () => {
  const plan: Plan = {
    cells: [
      cell('node', 'short', 0.01),
      cell('node', 'long', 1),
      cell('node', 'given'),
      cell('python3', 'short', 0.01),
      { ...cell('python3.14', 'short', 0.01), skip: 'not here' },
    ],
    rounds: { min: 3, max: 3 },
    precision: 0.05,
    budgetMs: 1,
    timeoutMs: 1,
    cores: 2,
  };
  const needs = calibrationNeeds(plan);
  assert.deepEqual(
    needs.map((n) => [n.cell.runtime, n.targets]),
    [
      ['node', [0.01, 1]],
      ['python3', [0.01]],
    ],
  );
  const calibrated = applyCalibration(
    plan,
    new Map([
      [
        needs[0]!.key,
        {
          ok: true,
          points: [
            {
              target_s: 0.01,
              arg: 7,
              seconds: 0.0101,
              samples: [0.0102, 0.0101, 0.01],
              source: 'search',
              fit: { a: 1e-5, b: 0.0014 },
            },
            { target_s: 1, arg: 700, seconds: 0.98, samples: [0.98], source: 'serial', note: 'n' },
          ],
        },
      ],
      [needs[1]!.key, { ok: false, error: 'boom' }],
    ]),
  );
  assert.deepEqual(
    calibrated.cells.map((c) => [c.arg, c.calibration, c.failure]),
    [
      [
        7,
        {
          target_s: 0.01,
          measured_s: 0.0101,
          samples: [0.0102, 0.0101, 0.01],
          source: 'search',
          fit: { a: 1e-5, b: 0.0014 },
        },
        undefined,
      ],
      [700, { target_s: 1, measured_s: 0.98, samples: [0.98], source: 'serial', note: 'n' }, undefined],
      [5, undefined, undefined],
      [undefined, undefined, 'calibrating cpu for python3 failed: boom'],
      [undefined, undefined, undefined],
    ],
  );
});

test('with a baseline, duration levels take its arguments (the same work on both sides), where it has them all', () => {
  const plan: Plan = {
    cells: [cell('node', 'short', 0.01), cell('node', 'long', 1), cell('python3', 'short', 0.01)],
    rounds: { min: 3, max: 3 },
    precision: 0.05,
    budgetMs: 1,
    timeoutMs: 1,
    cores: 2,
  };
  const base = (runtime: string, level: string, target_s: number, arg: number) =>
    ({
      runtime,
      strategy: 'x',
      workload: 'cpu',
      level,
      arg,
      target_s,
      workers: 2,
      tasks: 2,
      status: 'ok',
      calibration: { target_s, measured_s: target_s * 1.01 },
    }) as unknown as CellResult;
  // node has both of its targets in the baseline; python3 has none
  const pinned = pinnedToBaseline(calibrationNeeds(plan), [
    base('node', 'short', 0.01, 111),
    base('node', 'long', 1, 999),
  ]);
  assert.deepEqual([...pinned.keys()], [calibrationNeeds(plan)[0]!.key]);
  const outcome = pinned.values().next().value!;
  assert.ok(outcome.ok);
  assert.deepEqual(
    outcome.points.map((p) => [p.target_s, p.arg, p.note]),
    [
      [0.01, 111, PINNED_NOTE],
      [1, 999, PINNED_NOTE],
    ],
  );
});

test("a baseline's argument is taken only within 10× of this run's calibration; 1e15 is ignored and said", () => {
  const need = (runtime: string) => ({
    key: runtime,
    cell: { runtime, workload: 'cpu' } as PlannedCell,
    targets: [0.1],
  });
  const needs = [need('node'), need('python3')];
  const point = (arg: number, note?: string) => ({
    ok: true as const,
    points: [{ target_s: 0.1, arg, seconds: 0.1, ...(note ? { note } : {}) }],
  });
  const calibrated = new Map([
    ['node', point(1000)],
    ['python3', point(1000)],
  ]);
  const pinned = new Map([
    ['node', point(1_200, PINNED_NOTE)],
    ['python3', point(1e15, PINNED_NOTE)],
  ]);
  const { outcomes, ignored, taken } = boundedPins(pinned, calibrated, needs);
  assert.equal(taken, 1);
  assert.deepEqual(outcomes.get('node'), pinned.get('node'), 'within bounds: the same work as the baseline');
  assert.deepEqual(outcomes.get('python3'), calibrated.get('python3'), "out of bounds: this run's own");
  assert.deepEqual(ignored, [
    "python3 cpu: the baseline's argument 1000000000000000 is not within 10× of this run's 1000, so it is ignored and this run's calibration is used",
  ]);
  // a tenth is the bound the other way
  assert.equal(boundedPins(new Map([['node', point(99, PINNED_NOTE)]]), calibrated, needs).ignored.length, 1);
});

test('a real run: each runtime calibrated, the serial time per task near the target, both recorded', (t) => {
  const dir = scratchDir(t);
  writeJson(join(dir, 'config.json'), {
    repetitions: 2,
    strategies: ['worker-threads', 'process-pool'],
    workloads: { cpu: { short: '30ms' } },
  });
  const run = runCli(['--out', 'out'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /calibration node cpu: 30\.0 ms → \d+ \(/);
  assert.match(run.stdout, /calibration python3 cpu: 30\.0 ms → \d+ \(/);
  const results = readResults(join(dir, 'out'));
  for (const strategy of ['worker-threads', 'process-pool']) {
    const c = okCell(results, strategy);
    assert.equal(c.target_s, 0.03);
    assert.ok(Number.isInteger(c.arg) && (c.arg as number) > 1000, `${strategy} arg ${c.arg}`);
    const perTask = c.serial_wall_time / c.tasks;
    // Generous: a shared 2-core machine; the acceptance figures come from bench runs.
    assert.ok(perTask > 0.015 && perTask < 0.06, `${strategy}: ${perTask} s a task for a 30 ms target`);
    // a warm figure, or (both rounds' warm batches read above the plausible limit) the record of why not
    assert.ok(
      c.warm ? c.warm.wall_time > 0 && c.warm.speedup > 0 : c.warm_set_aside?.rounds.length === 2,
      `a warm figure: ${JSON.stringify(c.warm ?? c.warm_set_aside)}`,
    );
    assert.equal(c.stats.speedup.ci?.length, 2);
  }
  assert.notEqual(
    okCell(results, 'worker-threads').arg,
    okCell(results, 'process-pool').arg,
    'Node and CPython get different arguments for the same duration',
  );
  assert.ok(results.verdicts?.some((v) => v.workload === 'cpu' && v.basis === 'cold'));
});
