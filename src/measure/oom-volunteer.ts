// Under a memory limit (a container's, a cgroup's), the kernel's out-of-memory killer ends the
// process with the highest score. A workload that runs out of memory must lose its own cell, not
// the orchestrator that records every cell, so each runner raises its own score to the maximum
// before it loads anything (raising it is always allowed; its pool's workers inherit it). The
// Python runner does the same (main.py). Linux only; elsewhere nothing changes.
import { writeFileSync } from 'node:fs';

export function volunteerForOomKiller(): void {
  try {
    writeFileSync('/proc/self/oom_score_adj', '1000');
  } catch {
    // not Linux, or /proc not writable: the kernel's own choice stands
  }
}
