// Entry of each forked worker process of the child-processes pool (dist/task-child.js).
import { oneLine } from '../one-line.ts';
import { resolveWorkload, type TaskFunction } from '../workloads/resolve.ts';
import type { FromChild, ToChild } from './child-messages.ts';

const send = (message: FromChild) => process.send!(message);
const failed = (error: unknown) => send({ error: oneLine(error) });

function runTask(fn: TaskFunction, arg: ToChild): void {
  try {
    const value = fn(arg);
    // A synchronous result goes back at once: no promise, no extra turn of the microtask queue
    // per task (a measurable share of a small task's dispatch cost).
    if (typeof (value as PromiseLike<unknown> | null)?.then === 'function') {
      Promise.resolve(value)
        .then((settled) => send([settled]))
        .catch(failed); // a rejection, or a result that cannot be sent back
    } else {
      send([value]);
    }
  } catch (error) {
    failed(error);
  }
}

try {
  const fn = await resolveWorkload(JSON.parse(process.argv[2]));
  process.on('message', (arg: ToChild) => runTask(fn, arg));
  send({ ready: true });
} catch (error) {
  send({ loadError: oneLine(error) });
}
// The pool closes by disconnecting; leave even if the workload left timers or sockets open.
process.on('disconnect', () => process.exit(0));
