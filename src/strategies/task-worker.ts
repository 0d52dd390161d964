// Entry of each worker thread of the worker-threads pool (dist/task-worker.js).
import { BroadcastChannel, workerData } from 'node:worker_threads';
import { oneLine } from '../one-line.ts';
import { resolveWorkload, type TaskFunction, type WorkloadRef } from '../workloads/resolve.ts';

const { workload, readyChannel } = workerData as { workload: WorkloadRef; readyChannel: string };
const channel = new BroadcastChannel(readyChannel);
let fn: TaskFunction = () => {
  throw new Error('workload failed to load');
};
try {
  fn = await resolveWorkload(workload);
  channel.postMessage({});
} catch (error) {
  channel.postMessage({ error: oneLine(error) });
}
channel.close();

export default function runTask(arg: unknown): unknown {
  return fn(arg);
}
