// The Python harness and the TypeScript side agree on what they share (docs/architecture.md,
// "Adding a model or a runtime"): the strategy list and the protocol's constants.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { MESSAGE_FD, CALIBRATION } from '../src/measure/protocol.ts';
import { entryFile } from '../src/paths.ts';
import { strategiesOf } from '../src/registry.ts';
import { ENV_TMPDIR, ENV_URL } from '../src/workloads/run-env.ts';

/** Reads names from the harness as Python sees them (python3: any version runs this part). */
function pythonSide(expression: string): unknown {
  const code = `import json, runpy; h = runpy.run_path(${JSON.stringify(entryFile('harness.py'))}); print(json.dumps(${expression}))`;
  return JSON.parse(execFileSync('python3', ['-c', code], { encoding: 'utf8' }));
}

test("the harness runs exactly the registry's Python strategies, in its order", () => {
  assert.deepEqual(pythonSide('list(h["STRATEGIES"])'), strategiesOf('python'));
});

test('the protocol constants are the same on both sides', () => {
  assert.deepEqual(pythonSide('[h["MESSAGE_FD"], h["ENV_URL"], h["ENV_TMPDIR"]]'), [MESSAGE_FD, ENV_URL, ENV_TMPDIR]);
  assert.deepEqual(
    pythonSide('[h["CALIBRATION_TOLERANCE"], h["CALIBRATION_ATTEMPTS"], h["CALIBRATION_PROBE_S"], h["CALIBRATION_MAX_ARG"]]'),
    [CALIBRATION.tolerance, CALIBRATION.attempts, CALIBRATION.probe_s, CALIBRATION.max_arg],
  );
});
