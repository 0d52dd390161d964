// Reading the process tree from /proc (Linux). The runner uses it for CPU time of its whole
// tree, the orchestrator to find which processes to sample for memory.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { ProcFiles } from './proc-files.ts';

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
  rssBytes: number;
}

let pageSize: number | undefined;
/** Asked once: 4 KiB on most machines, 16 or 64 KiB on some ARM kernels. */
function pageSizeBytes(): number {
  if (pageSize === undefined) {
    try {
      pageSize = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' })) || 4096;
    } catch {
      pageSize = 4096;
    }
  }
  return pageSize;
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
    rssBytes: Number(fields[21]) * pageSizeBytes(),
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
  return descendantsIn(allProcesses(), rootPid);
}

function descendantsIn(processes: ProcStat[], rootPid: number): ProcStat[] {
  const byParent = new Map<number, ProcStat[]>();
  for (const stat of processes) {
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

/**
 * The members of a process tree, read often and cheaply: the whole of /proc (~70 files here)
 * is scanned again only when the kernel has handed out a new PID since the last scan, since
 * no process can join the tree without one. Otherwise only the known members are read, through
 * descriptors kept open (proc-files.ts says why). `close()` when done.
 */
export class ProcessTreeWatcher {
  private readonly rootPid: number;
  private readonly files = new ProcFiles();
  private knownPids: number[] = [];
  private lastPidSeen = '';

  constructor(rootPid: number) {
    this.rootPid = rootPid;
  }

  /** The PID the kernel handed out last (to any process or thread on the machine). */
  private lastPid(): string {
    return this.files.read('/proc/loadavg')?.trimEnd().split(' ').pop() ?? '';
  }

  private readMember(pid: number): ProcStat | undefined {
    const text = this.files.read(`/proc/${pid}/stat`);
    return text === undefined ? undefined : parseProcStat(pid, text);
  }

  members(): ProcStat[] {
    const newest = this.lastPid();
    if (newest !== this.lastPidSeen) {
      this.lastPidSeen = newest;
      const processes = allProcesses();
      const root = processes.find((p) => p.pid === this.rootPid);
      const members = root ? [root, ...descendantsIn(processes, this.rootPid)] : [];
      this.keep(members.map((p) => p.pid));
      return members;
    }
    const members = this.knownPids.map((pid) => this.readMember(pid)).filter((stat) => stat !== undefined);
    this.keep(members.map((p) => p.pid));
    return members;
  }

  /** Remembers these members and closes the files of those that left. */
  private keep(pids: number[]): void {
    const kept = new Set(pids);
    for (const pid of this.knownPids) if (!kept.has(pid)) this.files.forget(`/proc/${pid}/stat`);
    this.knownPids = pids;
  }

  close(): void {
    this.files.closeAll();
  }
}
