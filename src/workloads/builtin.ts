// The built-in workloads' Node functions, one per entry of src/workload-registry.ts (typed by it:
// an entry without a function here does not compile), with the same meaning as the Python
// harness's (workloads.py).
//
// Every pool worker loads this module before its first task, whatever the workload: what it
// imports at the top is start-up that every cell pays. node:crypto alone took 4.7 ms of each
// worker's start here and node:fs/promises 1.5 ms, so io and network load what they need on
// their first call (then it is cached), and nothing is allocated up front.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { BuiltinWorkloadName } from '../workload-registry.ts';
import { runEnv } from './run-env.ts';
import { count } from './count.ts';
import { transfer, transfer_objects } from './transfer.ts';

export function cpu(arg: unknown): number {
  const n = count(arg, 'cpu');
  let s = 0;
  for (let i = 0; i < n; i++) s = i * i;
  return s;
}

export function memory(arg: unknown): number {
  const n = count(arg, 'memory');
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(i);
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}

const MIB = 1024 * 1024;
let oneMibOfA: Buffer | undefined;
let files = 0;

/** Writes `mb` MiB to a temp file, reads it back, deletes it (also when something fails). */
export async function io(arg: unknown): Promise<number> {
  const mb = count(arg, 'io');
  const { open, unlink } = await import('node:fs/promises');
  oneMibOfA ??= Buffer.alloc(MIB, 'a');
  const ONE_MIB_OF_A = oneMibOfA;
  const dir = runEnv().tmpDir ?? tmpdir();
  // unique per process, thread and call: tasks run at once in one process's threads
  const path = join(dir, `io-${process.pid}-${threadId}-${files++}.tmp`);
  try {
    const writer = await open(path, 'w');
    try {
      for (let i = 0; i < mb; i++) await writer.write(ONE_MIB_OF_A);
    } finally {
      await writer.close();
    }
    const reader = await open(path, 'r');
    let total = 0;
    try {
      const chunk = Buffer.allocUnsafe(MIB);
      for (;;) {
        const { bytesRead } = await reader.read(chunk, 0, MIB);
        if (bytesRead === 0) break;
        total += bytesRead;
      }
    } finally {
      await reader.close();
    }
    return total;
  } finally {
    await unlink(path).catch(() => {});
  }
}

/** `k` sequential GETs, each on a fresh connection like the study's urlopen; returns the last body's size. */
export async function network(arg: unknown): Promise<number> {
  const k = count(arg, 'network');
  const url = runEnv().networkUrl;
  if (!url) throw new Error('network workload: no URL (the orchestrator sets CONCURRENCY_BENCH_URL)');
  // Loaded here, not at the top: node:https alone adds ~20 ms to every worker's start-up.
  const client = url.startsWith('https:') ? await import('node:https') : await import('node:http');
  let size = 0;
  for (let i = 0; i < k; i++) size = await getBodySize(client, url);
  return size;
}

function getBodySize(client: typeof import('node:http') | typeof import('node:https'), url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = client.get(url, { agent: false }, (response) => {
      if ((response.statusCode ?? 0) >= 400) {
        response.resume();
        reject(new Error(`network workload: ${url} answered HTTP ${response.statusCode}`));
        return;
      }
      let size = 0;
      response.on('data', (chunk: Buffer) => (size += chunk.length));
      response.on('end', () => resolve(size));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** Waits `ms` milliseconds on a timer and returns `ms`: a task that only waits, as on a reply or a lock. */
export async function sleep(arg: unknown): Promise<number> {
  const ms = count(arg, 'sleep');
  await new Promise((resolve) => setTimeout(resolve, ms));
  return ms;
}

export const BUILTINS: Record<BuiltinWorkloadName, (arg: unknown) => unknown> = {
  cpu,
  memory,
  io,
  network,
  transfer,
  transfer_objects,
  sleep,
};
