"""CPU time of the whole process tree (docs/architecture.md, "Metrics"): this process's threads
and subinterpreters, children already reaped, and every live descendant with what it reaped
itself (a forkserver reaps its workers, which are not our children)."""

import os
import sys
import time


def _proc_stats():
    stats = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry, "rb") as f:
                text = f.read().decode("ascii", "replace")
        except OSError:
            continue  # gone between listing and reading
        parsed = parse_proc_stat(text)
        if parsed is not None:
            stats[int(entry)] = parsed
    return stats


def parse_proc_stat(text):
    """(ppid, utime + stime + cutime + cstime in clock ticks) from a /proc/<pid>/stat line."""
    # The command name (field 2) may hold spaces and parentheses: fields start after the last ')'.
    fields = text[text.rfind(")") + 2:].split()
    try:
        return int(fields[1]), int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
    except (IndexError, ValueError):
        return None


def live_descendants_cpu(root_pid):
    """CPU seconds (own + reaped children's) of every live or unreaped descendant of root_pid."""
    stats = _proc_stats()
    children = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    ticks = 0
    queue = [root_pid]
    while queue:
        for child in children.get(queue.pop(), ()):
            ticks += stats[child][1]
            queue.append(child)
    return ticks / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds():
    total = time.process_time()  # every thread (and so every subinterpreter) of this process
    try:
        import resource
    except ImportError:  # Windows
        return total
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    total += reaped.ru_utime + reaped.ru_stime
    if sys.platform.startswith("linux") and os.path.isdir("/proc"):
        total += live_descendants_cpu(os.getpid())
    return total


def wait_until_idle(pids, timeout_s=10.0, interval_s=0.01, quiet_reads=3):
    """Returns once every process in `pids` sleeps and has used no CPU over `quiet_reads` reads
    `interval_s` apart (it is waiting for work), or is gone, or after `timeout_s`. Linux only:
    elsewhere it returns at once."""
    if not (sys.platform.startswith("linux") and os.path.isdir("/proc")):
        return
    deadline = time.monotonic() + timeout_s
    last = {}
    quiet = 0
    while quiet < quiet_reads and time.monotonic() < deadline:
        time.sleep(interval_s)
        now = {}
        for pid in pids:
            try:
                with open("/proc/%d/stat" % pid, "rb") as f:
                    text = f.read().decode("ascii", "replace")
            except OSError:
                continue  # gone: nothing to wait for
            state = text[text.rfind(")") + 2:].split(" ", 1)[0]
            now[pid] = (state, parse_proc_stat(text))
        idle = all(state in ("S", "I") for state, _ in now.values())
        quiet = quiet + 1 if idle and now == last else 0
        last = now
