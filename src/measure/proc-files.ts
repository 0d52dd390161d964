// /proc files read again and again through descriptors kept open. Every open of a /proc file
// allocates kernel memory (the file, its seq_file buffer) charged to our memory cgroup. Under a
// container's memory limit, a workload at the limit turns each such allocation into an
// out-of-memory kill, and in the ~100 ms while the kernel frees the workload it killed, the
// orchestrator reading /proc was the only process left to kill: test/oom-cgroup.test.ts, with the
// CLI inside the limit, lost the orchestrator in 5 of 53 runs, 0 of 30 with the memory sampler
// off, 0 of 90 with these held descriptors and the runners' oom-volunteer.ts. It still happened
// once in a full CI run (a V8 thread touching a page, no /proc read involved): fewer allocations
// narrow the window, they cannot close it. A descriptor kept open keeps its buffer: reading it
// again from offset 0 allocates nothing.
import { closeSync, openSync, readSync } from 'node:fs';

/** /proc/<pid>/stat and /proc/loadavg are a few hundred bytes. */
const BUFFER_BYTES = 4096;

export class ProcFiles {
  private readonly open = new Map<string, number>();
  private readonly buffer = Buffer.alloc(BUFFER_BYTES);

  /** The file's current text; undefined once it cannot be read (its process has gone). */
  read(path: string): string | undefined {
    let fd = this.open.get(path);
    try {
      if (fd === undefined) {
        fd = openSync(path, 'r');
        this.open.set(path, fd);
      }
      const bytes = readSync(fd, this.buffer, 0, BUFFER_BYTES, 0);
      return this.buffer.toString('utf8', 0, bytes);
    } catch {
      this.forget(path);
      return undefined;
    }
  }

  /** Closes the descriptor of a file no longer wanted. */
  forget(path: string): void {
    const fd = this.open.get(path);
    if (fd === undefined) return;
    this.open.delete(path);
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  }

  /** Closes every descriptor. */
  closeAll(): void {
    for (const path of [...this.open.keys()]) this.forget(path);
  }
}
