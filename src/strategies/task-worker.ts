// Entry of each worker thread of the worker-threads pool (dist/task-worker.js).
import { parentPort, workerData } from 'node:worker_threads';
import { oneLine } from '../one-line.ts';
import type { WorkloadRef } from '../config/types.ts';
import { resolveWorkload, type TaskFunction } from '../workloads/resolve.ts';
import { READY_KEY, type WorkerReady } from './worker-ready.ts';

const { workload } = workerData as { workload: WorkloadRef };
const say = (message: WorkerReady) => parentPort!.postMessage(message);
let fn: TaskFunction = () => {
  throw new Error('workload failed to load');
};
try {
  fn = await resolveWorkload(workload);
  say({ [READY_KEY]: true });
} catch (error) {
  say({ [READY_KEY]: false, error: oneLine(error) });
}

export default function runTask(arg: unknown): unknown {
  return fn(arg);
}
