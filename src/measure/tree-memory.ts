// Peak resident memory of a process tree, sampled from outside (the orchestrator), so the
// sampling costs the measured processes nothing.
import pidusage from 'pidusage';
import { descendants, hasProcFs } from './process-tree.ts';

const SAMPLE_INTERVAL_MS = 20;

export interface MemorySampler {
  /** Takes one more sample now, stops, and returns the peak in bytes. */
  stop(): Promise<number>;
}

async function treeRssBytes(rootPid: number): Promise<number> {
  const pids = hasProcFs() ? [rootPid, ...descendants(rootPid).map((child) => child.pid)] : [rootPid];
  // One lookup per pid: a process that exits between listing and reading just counts 0.
  const readings = await Promise.all(pids.map((pid) => pidusage(pid).then((stat) => stat.memory, () => 0)));
  return readings.reduce((sum, bytes) => sum + bytes, 0);
}

export function sampleTreeMemory(rootPid: number): MemorySampler {
  let peak = 0;
  let pending: Promise<void> = Promise.resolve();
  const sample = () => {
    // chained, so a slow read never overlaps the next one
    pending = pending.then(async () => {
      peak = Math.max(peak, await treeRssBytes(rootPid));
    });
    return pending;
  };
  void sample();
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      pidusage.clear();
      return peak;
    },
  };
}
