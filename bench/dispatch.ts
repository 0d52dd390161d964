// Per-task dispatch overhead on a no-op task, measured side by side in one run:
//   worker-threads (ours) vs bare piscina, child-processes (ours) vs worker-threads (ours).
// Run: npm run build && node bench/dispatch.ts   (Node 24; `npm run bench:dispatch` does both)
import { resolve } from 'node:path';
import { Piscina } from 'piscina';
import { startChildProcesses } from '../src/strategies/child-processes.ts';
import type { Pool } from '../src/strategies/types.ts';
import { startWorkerThreads } from '../src/strategies/worker-threads.ts';

const TASKS = Number(process.env.DISPATCH_TASKS ?? 20_000);
const ROUNDS = Number(process.env.DISPATCH_ROUNDS ?? 5);
const WORKERS = 2;
const noopModule = resolve(import.meta.dirname, '../test/fixtures/noop.mjs');
const workload = { name: 'noop', module: noopModule, entry: 'noop' };

type Subject = { name: string; start: () => Promise<Pool> };

const barePiscina = (atomics: 'sync' | 'async') => async (): Promise<Pool> => {
  const pool = new Piscina({ filename: noopModule, name: 'noop', minThreads: WORKERS, maxThreads: WORKERS, atomics });
  return { run: (arg) => pool.run(arg), close: () => pool.destroy() };
};

const subjects: Subject[] = [
  { name: 'bare piscina (atomics sync, its default)', start: barePiscina('sync') },
  { name: 'bare piscina (atomics async)', start: barePiscina('async') },
  { name: 'worker-threads (ours, atomics async)', start: () => startWorkerThreads({ workers: WORKERS, workload }) },
  { name: 'child-processes (ours)', start: () => startChildProcesses({ workers: WORKERS, workload }) },
];

/** Microseconds per task with all tasks in flight at once; pool start-up is not counted. */
async function perTaskMicros(subject: Subject): Promise<number> {
  const pool = await subject.start();
  await Promise.all(Array.from({ length: 200 }, (_, i) => pool.run(i))); // warm up
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: TASKS }, (_, i) => pool.run(i)));
  const micros = Number(process.hrtime.bigint() - start) / 1e3 / TASKS;
  await pool.close();
  return micros;
}

const samples = new Map<string, number[]>(subjects.map((s) => [s.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  // interleaved, so drift on a shared machine hits every subject alike
  for (const subject of subjects) samples.get(subject.name)!.push(await perTaskMicros(subject));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = (name: string) => median(samples.get(name)!);

console.log(`dispatch: ${TASKS} no-op tasks x ${ROUNDS} rounds, ${WORKERS} workers, median µs per task`);
for (const subject of subjects) console.log(`  ${subject.name.padEnd(42)} ${m(subject.name).toFixed(2)} µs`);
const ours = 'worker-threads (ours, atomics async)';
console.log(`ratio worker-threads / bare piscina (same atomics): ${(m(ours) / m('bare piscina (atomics async)')).toFixed(2)}x (target <= 1.2x)`);
console.log(`ratio worker-threads / bare piscina (its default):   ${(m(ours) / m('bare piscina (atomics sync, its default)')).toFixed(2)}x`);
console.log(`ratio child-processes / worker-threads:              ${(m('child-processes (ours)') / m(ours)).toFixed(2)}x`);
