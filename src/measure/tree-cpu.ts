// CPU time of this process's whole tree, read inside the runner at the span's edges.
//
// The study lost the CPU of worker processes that had exited. Here every second is found in
// exactly one place: our own threads (process.cpuUsage, µs), children we already reaped
// (cutime/cstime in /proc/self/stat), and each live descendant's own CPU plus what it reaped
// itself (a forkserver's workers end up in the forkserver's cutime).
import { descendants, hasProcFs, readProcStat } from './process-tree.ts';

export function treeCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  const self = (user + system) / 1e6;
  if (!hasProcFs()) return self;
  const reaped = readProcStat(process.pid)?.reapedChildrenCpu ?? 0;
  let live = 0;
  for (const child of descendants(process.pid)) live += child.ownCpu + child.reapedChildrenCpu;
  return self + reaped + live;
}
