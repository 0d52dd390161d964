// Reading the process tree from /proc (Linux). The runner uses it for CPU time of its whole
// tree, the orchestrator to find which processes to sample for memory.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux fixes USER_HZ at 100 for user space on every mainstream architecture. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface ProcStat {
  pid: number;
  ppid: number;
  state: string;
  /** CPU seconds of the process itself (all its threads). */
  ownCpu: number;
  /** CPU seconds of its children that it has already waited for (and theirs, recursively). */
  reapedChildrenCpu: number;
  rssPages: number;
}

export const hasProcFs = (): boolean => process.platform === 'linux';

/** Parses /proc/<pid>/stat; the command name may contain spaces and parentheses. */
export function parseProcStat(pid: number, text: string): ProcStat {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state) of proc(5).
  const ticks = (i: number) => Number(fields[i]) / CLOCK_TICKS_PER_SECOND;
  return {
    pid,
    state: fields[0],
    ppid: Number(fields[1]),
    ownCpu: ticks(11) + ticks(12),
    reapedChildrenCpu: ticks(13) + ticks(14),
    rssPages: Number(fields[21]),
  };
}

export function readProcStat(pid: number): ProcStat | undefined {
  try {
    return parseProcStat(pid, readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined; // gone between listing and reading
  }
}

function allProcesses(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = readProcStat(pid);
    if (stat) stats.push(stat);
  }
  return stats;
}

/** Every live (or not yet reaped) descendant of `rootPid`, not including it. */
export function descendants(rootPid: number): ProcStat[] {
  const byParent = new Map<number, ProcStat[]>();
  for (const stat of allProcesses()) {
    const siblings = byParent.get(stat.ppid);
    if (siblings) siblings.push(stat);
    else byParent.set(stat.ppid, [stat]);
  }
  const found: ProcStat[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    for (const child of byParent.get(queue.pop()!) ?? []) {
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}
