// A pool of forked Node processes, reused across tasks, tasks over IPC: the Node counterpart
// of Python's ProcessPool.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { entryFile } from '../paths.ts';
import type { FromChild, ToChild } from './child-messages.ts';
import type { Pool, StartPool } from './types.ts';

interface PendingTask {
  id: number;
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
    once(child, 'exit').then(([code, signal]) => [{ type: 'load-error', error: `worker exited (${signal ?? code}) while starting` }]),
  ])) as [FromChild];
  if (message.type === 'load-error') throw new Error(message.error);
}

class ChildPool implements Pool {
  private readonly queue: PendingTask[] = [];
  private readonly running = new Map<ChildProcess, PendingTask>();
  private readonly idle: ChildProcess[];
  private nextId = 0;
  private closing = false;
  private readonly children: ChildProcess[];

  constructor(children: ChildProcess[]) {
    this.children = children;
    this.idle = [...children];
    for (const child of children) {
      child.on('message', (message: FromChild) => this.onMessage(child, message));
      child.on('exit', (code, signal) => this.onExit(child, signal ?? code));
    }
  }

  run(arg: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, arg, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const exits = this.children.filter((child) => child.exitCode === null && child.signalCode === null).map((child) => once(child, 'exit'));
    for (const child of this.children) if (child.connected) child.disconnect();
    await Promise.all(exits);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const child = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(child, task);
      child.send({ type: 'task', id: task.id, arg: task.arg } satisfies ToChild, (error) => {
        if (error) this.settle(child, () => task.reject(error));
      });
    }
  }

  private onMessage(child: ChildProcess, message: FromChild): void {
    const task = this.running.get(child);
    if (!task || (message.type !== 'done' && message.type !== 'failed') || message.id !== task.id) return;
    this.settle(child, () => (message.type === 'done' ? task.resolve(message.value) : task.reject(new Error(message.error))));
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

  private settle(child: ChildProcess, settleTask: () => void): void {
    this.running.delete(child);
    settleTask();
  }
}
