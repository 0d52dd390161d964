// runTasks: at most inFlight tasks at once, each bounded by timeoutMs from its own start.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { runTasks, TaskTimeoutError } from '../src/measure/run-tasks.ts';
import type { Pool } from '../src/strategies/types.ts';

/** A pool whose tasks sleep for the given durations in turn, counting how many overlap. */
function sleepyPool(durationsMs: number[]) {
  const state = { running: 0, most: 0, done: 0 };
  const queue = [...durationsMs];
  const pool: Pool = {
    run: async () => {
      state.running++;
      state.most = Math.max(state.most, state.running);
      const ms = queue.shift()!;
      await (ms === Infinity ? new Promise(() => {}) : sleep(ms));
      state.running--;
      state.done++;
    },
    close: async () => {},
  };
  return { pool, state };
}

test('every task runs, at most inFlight at once', async () => {
  const { pool, state } = sleepyPool(Array(6).fill(20));
  await runTasks(pool, { tasks: 6, inFlight: 2, arg: null, timeoutMs: 5000 });
  assert.deepEqual({ done: state.done, most: state.most }, { done: 6, most: 2 });
});

test('each task has the whole bound from its own start, not from the first submission', async () => {
  // 4 tasks of 150 ms, 2 at a time: 300 ms in all, more than the 225 ms bound, yet none is late
  const { pool, state } = sleepyPool(Array(4).fill(150));
  await runTasks(pool, { tasks: 4, inFlight: 2, arg: null, timeoutMs: 225 });
  assert.equal(state.done, 4);
});

test('a task that never settles rejects with TaskTimeoutError naming timeout_s', async () => {
  const { pool } = sleepyPool([10, Infinity]);
  await assert.rejects(runTasks(pool, { tasks: 2, inFlight: 2, arg: null, timeoutMs: 100 }), (error: Error) => {
    assert.ok(error instanceof TaskTimeoutError);
    assert.match(error.message, /^a task ran longer than 0.1 s \(config timeout_s\); its pool was torn down/);
    return true;
  });
});

test('paced one at a time, a later task that never settles also times out', async () => {
  const { pool, state } = sleepyPool([10, 10, Infinity]);
  await assert.rejects(runTasks(pool, { tasks: 3, inFlight: 1, arg: null, timeoutMs: 100 }), TaskTimeoutError);
  assert.equal(state.done, 2);
});

test("a task's error ends the run with that error", async () => {
  let calls = 0;
  const pool: Pool = {
    run: async () => (++calls === 2 ? Promise.reject(new Error('boom')) : 1),
    close: async () => {},
  };
  await assert.rejects(runTasks(pool, { tasks: 5, inFlight: 1, arg: null, timeoutMs: 1000 }), /boom/);
  assert.equal(calls, 2, 'no task is submitted after the failure');
});

test('no tasks: resolves at once', async () => {
  await runTasks(sleepyPool([]).pool, { tasks: 0, inFlight: 1, arg: null, timeoutMs: 1000 });
});
