// The bare counterparts of a cold cell, each in a fresh process like our runner: two tasks that
// burn a known CPU time, serially, on a piscina pool, or on a plain fork pool. It prints the
// seconds from before the pool is made to after it is gone (serial: the two tasks), then its
// phases as ours are cut: start-up (pool ready), tasks, shut-down.
// Run: node bare-startup.mjs serial|piscina|fork SECONDS
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { burn } from '../../test/fixtures/burn.mjs';

const [mode, secondsText] = process.argv.slice(2);
const seconds = Number(secondsText);
const TASKS = 2;
const WORKERS = 2;
const burnFile = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'burn.mjs');

const marks = [performance.now()];
if (mode === 'serial') {
  marks.push(performance.now());
  for (let i = 0; i < TASKS; i++) burn(seconds);
  marks.push(performance.now());
} else if (mode === 'piscina') {
  // the options our pool uses (src/strategies/worker-threads.ts); nothing else around it
  const pool = new Piscina({
    filename: burnFile,
    name: 'burn',
    minThreads: WORKERS,
    maxThreads: WORKERS,
    atomics: 'async',
  });
  // piscina starts its threads at once; a task does not wait for a "ready" of ours
  marks.push(performance.now());
  await Promise.all(Array.from({ length: TASKS }, () => pool.run(seconds)));
  marks.push(performance.now());
  await pool.destroy();
} else if (mode === 'fork') {
  const children = Array.from({ length: WORKERS }, () =>
    fork(join(import.meta.dirname, 'bare-burn-child.mjs'), [], { serialization: 'advanced', stdio: 'inherit' }),
  );
  marks.push(performance.now());
  await Promise.all(
    children.map((child) => {
      child.send(seconds);
      return once(child, 'message');
    }),
  );
  marks.push(performance.now());
  const exits = children.map((child) => once(child, 'exit'));
  for (const child of children) child.disconnect();
  await Promise.all(exits);
} else {
  throw new Error(`usage: node bare-startup.mjs serial|piscina|fork SECONDS (got ${mode})`);
}
marks.push(performance.now());
const s = (a, b) => (marks[b] - marks[a]) / 1000;
console.log(JSON.stringify({ wall: s(0, 3), startup: s(0, 1), run: s(1, 2), shutdown: s(2, 3) }));
