// A pool of forked Node processes, reused across tasks, tasks over IPC: the Node counterpart
// of Python's ProcessPool.
import { fork, type ChildProcess, type Serializable } from 'node:child_process';
import { once } from 'node:events';
import { entryFile } from '../paths.ts';
import type { Ready, TaskOutcome } from './child-messages.ts';
import type { Pool, StartPool } from './types.ts';

interface PendingTask {
  arg: unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export const startChildProcesses: StartPool = async ({ workers, workload }) => {
  const children = Array.from({ length: workers }, () =>
    fork(entryFile('task-child.js'), [JSON.stringify(workload)], { stdio: 'inherit', serialization: 'advanced' }),
  );
  await Promise.all(children.map(waitUntilReady));
  return new ChildPool(children);
};

async function waitUntilReady(child: ChildProcess): Promise<void> {
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code, signal]) => [{ loadError: `worker exited (${signal ?? code}) while starting` }]),
  ])) as [Ready];
  if ('loadError' in message) throw new Error(message.loadError);
}

class ChildPool implements Pool {
  private readonly queue: PendingTask[] = [];
  private readonly running = new Map<ChildProcess, PendingTask>();
  private readonly idle: ChildProcess[];
  private closing = false;
  private readonly children: ChildProcess[];

  constructor(children: ChildProcess[]) {
    this.children = children;
    this.idle = [...children];
    for (const child of children) {
      child.on('message', (message: TaskOutcome) => this.onMessage(child, message));
      child.on('exit', (code, signal) => this.onExit(child, signal ?? code));
      child.on('error', (error) => this.onError(child, error));
    }
  }

  run(arg: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ arg, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const exits = this.children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => once(child, 'exit'));
    for (const child of this.children) if (child.connected) child.disconnect();
    await Promise.all(exits);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const child = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(child, task);
      // No per-send callback (it costs ~10% of a no-op's dispatch): a send that fails means the
      // channel is gone, and 'error' or 'exit' then fails the task.
      child.send(task.arg as Serializable);
    }
  }

  /** A worker holds one task at a time: its message is that task's outcome. */
  private onMessage(child: ChildProcess, message: TaskOutcome): void {
    const task = this.running.get(child);
    if (!task) return;
    this.settle(child, () =>
      Array.isArray(message) ? task.resolve(message[0]) : task.reject(new Error(message.error)),
    );
    this.idle.push(child);
    this.dispatch();
  }

  private onExit(child: ChildProcess, how: number | string | null): void {
    const task = this.running.get(child);
    if (task) this.settle(child, () => task.reject(new Error(`worker process exited (${how}) while running a task`)));
    this.children.splice(this.children.indexOf(child), 1);
    const idleIndex = this.idle.indexOf(child);
    if (idleIndex >= 0) this.idle.splice(idleIndex, 1);
    if (this.children.length === 0 && !this.closing) {
      for (const queued of this.queue.splice(0)) queued.reject(new Error('every worker process has exited'));
    }
  }

  private onError(child: ChildProcess, error: Error): void {
    const task = this.running.get(child);
    if (task)
      this.settle(child, () => task.reject(new Error(`could not send a task to a worker process: ${error.message}`)));
  }

  private settle(child: ChildProcess, settleTask: () => void): void {
    this.running.delete(child);
    settleTask();
  }
}
