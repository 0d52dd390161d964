// The Python harness and the TypeScript side agree on what they share (docs/architecture.md,
// "Adding a model or a runtime"): the strategy list, the protocol's constants, and what the
// built-in workloads return.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { MESSAGE_FD, CALIBRATION } from '../src/measure/protocol.ts';
import { strategiesOf } from '../src/registry.ts';
import { BUILTINS } from '../src/workloads/builtin.ts';
import { ENV_TMPDIR, ENV_URL } from '../src/workloads/run-env.ts';
import { transferPayload } from '../src/workloads/transfer.ts';
import { BUILTIN_WORKLOAD_NAMES, BUILTIN_WORKLOADS, type BuiltinWorkloadName } from '../src/workload-registry.ts';
import { importHarness, scratchDir } from './helpers.ts';

/** Reads names from the harness package as Python sees them (python3: any version runs this part). */
function pythonSide(expression: string): unknown {
  const code = `${importHarness('calibration', 'pools', 'protocol', 'workloads')}import json\nprint(json.dumps(${expression}))`;
  return JSON.parse(execFileSync('python3', ['-c', code], { encoding: 'utf8' }));
}

test("the harness runs exactly the registry's Python strategies, in its order", () => {
  assert.deepEqual(pythonSide('list(pools.STRATEGIES)'), strategiesOf('python'));
});

test('the protocol constants are the same on both sides', () => {
  assert.deepEqual(pythonSide('[protocol.MESSAGE_FD, protocol.ENV_URL, protocol.ENV_TMPDIR]'), [
    MESSAGE_FD,
    ENV_URL,
    ENV_TMPDIR,
  ]);
  assert.deepEqual(
    pythonSide(
      '[calibration.CALIBRATION_TOLERANCE, calibration.CALIBRATION_ATTEMPTS, calibration.CALIBRATION_PROBE_S, calibration.CALIBRATION_MAX_ARG, calibration.CALIBRATION_CALLS_SHORT, calibration.CALIBRATION_CALLS_LONG, calibration.CALIBRATION_LONG_S, calibration.CALIBRATION_STALE]',
    ),
    [
      CALIBRATION.tolerance,
      CALIBRATION.attempts,
      CALIBRATION.probe_s,
      CALIBRATION.max_arg,
      CALIBRATION.calls_short,
      CALIBRATION.calls_long,
      CALIBRATION.long_s,
      CALIBRATION.stale,
    ],
  );
});

test('the built-in workloads give the same results for the same arguments in both languages', async (t) => {
  const dir = scratchDir(t);
  const cases: [name: 'cpu' | 'memory' | 'io', args: number[]][] = [
    ['cpu', [0, 1, 2, 10, 1000, 123_457]],
    ['memory', [0, 1, 2, 10, 1000, 123_457]],
    ['io', [0, 1, 3]],
  ];
  const code = [
    `${importHarness('workloads')}import json, os`,
    `os.environ[${JSON.stringify(ENV_TMPDIR)}] = ${JSON.stringify(dir)}`,
    `print(json.dumps([[workloads.BUILTINS[name](arg) for arg in args] for name, args in json.loads(sys.argv[1])]))`,
  ].join('\n');
  const python = JSON.parse(
    execFileSync('python3', ['-c', code, JSON.stringify(cases)], { encoding: 'utf8' }),
  ) as number[][];
  process.env[ENV_TMPDIR] = dir;
  try {
    const node = await Promise.all(cases.map(([name, args]) => Promise.all(args.map((arg) => BUILTINS[name](arg)))));
    assert.deepEqual(node, python);
  } finally {
    delete process.env[ENV_TMPDIR];
  }
  assert.deepEqual(readdirSync(dir), [], 'io leaves no file behind on either side');
});

test("both runtimes implement exactly the registry's built-in workloads", () => {
  assert.deepEqual(pythonSide('list(workloads.BUILTINS)'), BUILTIN_WORKLOAD_NAMES, 'Python, in registry order');
  assert.deepEqual(Object.keys(BUILTINS), BUILTIN_WORKLOAD_NAMES, 'Node, in registry order');
});

test('both languages refuse the same bad arguments with the same words', async () => {
  // every built-in handed its argument (a payload's size is checked when the payload is built)
  const names = BUILTIN_WORKLOAD_NAMES.filter((name) => BUILTIN_WORKLOADS[name].handed === 'argument');
  const bad = [2.5, -1, -0.5];
  const code = [
    `${importHarness('workloads')}import json`,
    'def message(name, arg):',
    '    try:',
    '        workloads.BUILTINS[name](arg)',
    '    except Exception as error:',
    '        return str(error)',
    'bad, names = json.loads(sys.argv[1])',
    'print(json.dumps([[message(name, arg) for arg in bad] for name in names]))',
  ].join('\n');
  const python = JSON.parse(
    execFileSync('python3', ['-c', code, JSON.stringify([bad, names])], { encoding: 'utf8' }),
  ) as string[][];
  const message = async (name: BuiltinWorkloadName, arg: number) => {
    try {
      await BUILTINS[name](arg);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };
  const node = await Promise.all(names.map((name) => Promise.all(bad.map((arg) => message(name, arg)))));
  assert.deepEqual(node, python);
  assert.equal(node[0][0], 'cpu workload: the argument must be a whole number >= 0, got 2.5');
});

test('the transfer payloads are the same on both sides, and a task returns a copy of the same size', () => {
  const code = [
    `${importHarness('workloads')}import json`,
    'objects = workloads.transfer_payload("objects", 1, "transfer_objects")',
    'flat = workloads.transfer_payload("bytes", 2, "transfer")',
    'back = workloads.BUILTINS["transfer_objects"](objects)',
    'flat_back = workloads.BUILTINS["transfer"](flat)',
    'print(json.dumps([objects, len(flat), flat[:4].decode(), back == objects, back is objects, flat_back == flat, flat_back is flat]))',
  ].join('\n');
  const python = JSON.parse(execFileSync('python3', ['-c', code], { encoding: 'utf8' }));
  const objects = transferPayload('objects', 1, 'transfer_objects');
  const flat = transferPayload('bytes', 2, 'transfer') as Uint8Array;
  const back = BUILTINS.transfer_objects!(objects);
  const flatBack = BUILTINS.transfer!(flat) as Uint8Array;
  assert.deepEqual(python, [
    objects,
    flat.length,
    Buffer.from(flat.subarray(0, 4)).toString(),
    true,
    false,
    true,
    false,
  ]);
  assert.equal((objects as unknown[]).length, 16, '1 KiB of small objects: 16 of about 64 bytes');
  const json = JSON.stringify(objects).length;
  assert.ok(json > 800 && json < 1100, `about 1 KiB as JSON: ${json} bytes`);
  assert.deepEqual(back, objects);
  assert.notEqual(back, objects);
  assert.deepEqual(flatBack, flat);
  assert.notEqual(flatBack, flat);
});

test('both runners run a serial job once without its warm batch when asked (calibration checks)', async () => {
  const { runRepetition } = await import('../src/measure/spawn-runner.ts');
  const { entryFile } = await import('../src/paths.ts');
  const { pythonRunner } = await import('../src/runtimes/python.ts');
  const runners = {
    node: { command: process.execPath, args: [entryFile('runner.js')], env: process.env },
    python3: pythonRunner('python3', process.env),
  };
  for (const [name, runner] of Object.entries(runners)) {
    for (const coldOnly of [true, false]) {
      const job = {
        mode: 'serial' as const,
        workload: { name: 'cpu' },
        arg: 1000,
        workers: 1,
        tasks: 2,
        cold_only: coldOnly,
      };
      const outcome = await runRepetition(runner, job, { ms: 30_000, what: 'a test' });
      assert.ok(outcome.ok, `${name}: ${JSON.stringify(outcome)}`);
      assert.equal(outcome.repetition.warm === undefined, coldOnly, `${name}, cold_only ${coldOnly}`);
    }
  }
});
