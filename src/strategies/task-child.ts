// Entry of each forked worker process of the child-processes pool (dist/task-child.js).
import { oneLine } from '../one-line.ts';
import { resolveWorkload, type TaskFunction } from '../workloads/resolve.ts';
import type { FromChild, ToChild } from './child-messages.ts';

const send = (message: FromChild) => process.send!(message);

let fn: TaskFunction;
try {
  fn = await resolveWorkload(JSON.parse(process.argv[2]));
  process.on('message', async (message: ToChild) => {
    try {
      send({ type: 'done', id: message.id, value: await fn(message.arg) });
    } catch (error) {
      send({ type: 'failed', id: message.id, error: oneLine(error) });
    }
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'load-error', error: oneLine(error) });
}
// The pool closes by disconnecting; leave even if the workload left timers or sockets open.
process.on('disconnect', () => process.exit(0));
