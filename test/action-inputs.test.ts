// The Action's inputs as the runner passes them (strings, '' when unset).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError, readInputs } from '../src/action/inputs.ts';

const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

test('defaults when the runner passes action.yml defaults', () => {
  const inputs = readInputs(
    from({
      mode: 'run',
      comment: 'auto',
      summary: 'true',
      'artifact-name': 'concurrency-bench-results',
      out: 'bench-results',
      'fail-on-regression': 'false',
      'github-token': 't',
    }),
  );
  assert.equal(inputs.mode, 'run');
  assert.equal(inputs.comment, 'auto');
  assert.equal(inputs.summary, true);
  assert.equal(inputs.configPath, undefined);
  assert.deepEqual(
    Object.values(inputs.overrides).filter((v) => v !== ''),
    [],
  );
});

test('matrix inputs become overrides, as text', () => {
  const inputs = readInputs(
    from({ strategies: 'event-loop,thread-pool', workers: '4', python: 'python3.12, python3.14' }),
  );
  assert.equal(inputs.overrides.strategies, 'event-loop,thread-pool');
  assert.equal(inputs.overrides.workers, '4');
  assert.equal(inputs.overrides.python, 'python3.12, python3.14');
});

test('bad inputs: one line naming the input', () => {
  for (const [inputs, mention] of [
    [{ comment: 'sometimes' }, 'input comment: must be one of auto, always, never, got "sometimes"'],
    [{ summary: 'maybe' }, 'input summary: must be true or false'],
    [{ mode: 'serve' }, 'input mode'],
    [{ mode: 'comment' }, 'input results: mode "comment" needs'],
    [{ 'pull-request': '12abc' }, 'input pull-request'],
    [{ 'fail-on-regression': 'sure' }, 'input fail-on-regression: must be true or false'],
    [{ 'comment-key': 'ubuntu latest' }, "input comment-key: letters, digits, '.', '_' and '-' only"],
    [{ 'comment-key': '<!-- x -->' }, "input comment-key: letters, digits, '.', '_' and '-' only"],
  ] as const) {
    assert.throws(
      () => readInputs(from(inputs)),
      (error: Error) => error instanceof InputError && error.message.includes(mention) && !error.message.includes('\n'),
      mention,
    );
  }
});
