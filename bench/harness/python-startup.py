"""Where a Python process pool's start-up CPU goes, inside a cold span of no work (2 workers,
2 tasks of the built-in cpu workload with n = 1), split by process: the runner itself (its
threads: the pool's management and feeder threads, pickling), the resource tracker, the
forkserver's own CPU, and the workers (those the forkserver forked and reaped, or with fork
the runner's own children).

Two ways, alternated round by round in fresh processes, so that the machine's drift falls on
both alike:
  before: the resource tracker and the forkserver start inside the span (as the harness did up
          to issue 19), the forkserver preloading nothing the workers need;
  after:  pools.start_process_services() starts them before the clock, the forkserver preloading
          the pool's worker loop, our worker module and the workload.

Run: python3.14 bench/harness/python-startup.py [ROUNDS]   (after npm run build; ROUNDS 9)
Prints the median CPU per part, in ms, for both ways, and the ratio of the spans' cpu_time;
"before the clock" is what the runner and its helpers had used when the span began (not in it)."""

import json
import os
import statistics
import subprocess
import sys
import time

DIST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dist")
TICKS = os.sysconf("SC_CLK_TCK")
PARTS = ("runner", "resource tracker", "forkserver", "workers")


def reaped_by_us():
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def descendants():
    """{pid: (part, own CPU s, reaped children's CPU s)} of this process's live descendants."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                stat = f.read()
            with open("/proc/%s/cmdline" % entry, "rb") as f:
                cmdline = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        own = (int(fields[11]) + int(fields[12])) / TICKS
        reaped = (int(fields[13]) + int(fields[14])) / TICKS
        part = "forkserver" if b"forkserver" in cmdline else "resource tracker" if b"resource_tracker" in cmdline else "other"
        table[int(entry)] = (int(fields[1]), part, own, reaped)
    found, queue = {}, [os.getpid()]
    while queue:
        parent = queue.pop()
        for pid, (ppid, part, own, reaped) in table.items():
            if ppid == parent:
                found[pid] = (part, own, reaped)
                queue.append(pid)
    return found


def one(way):
    sys.path.insert(0, os.path.abspath(DIST))
    from concurrency_bench_harness import pools

    if way == "before":
        pools.start_process_services = lambda context, spec: None
    job = {"strategy": "process-pool", "workers": 2, "tasks": 2, "workload": {"name": "cpu"}, "arg": 1}
    measured, info = pools.parallel(job)
    before = descendants()
    runner0 = time.process_time()
    children0 = reaped_by_us()
    # What the runner's own start cost (interpreter, imports, the job) before the clock: not in cpu_time.
    outside = runner0 + sum(own + reaped for _, own, reaped in before.values())
    span, _ = measured()
    runner1 = time.process_time()
    children1 = reaped_by_us()
    after = descendants()
    parts = dict.fromkeys(PARTS, 0.0)
    parts["runner"] = runner1 - runner0
    parts["workers"] = children1 - children0  # fork: the runner's own children, reaped at shut-down
    for pid, (part, own, reaped) in after.items():
        own0, reaped0 = before.get(pid, (part, 0.0, 0.0))[1:]
        if part == "forkserver":
            parts["forkserver"] += own - own0
            parts["workers"] += reaped - reaped0
        elif part == "resource tracker":
            parts["resource tracker"] += own - own0 + reaped - reaped0
    parts["before the clock"] = outside
    parts["span cpu_time"] = span["cpu_time"]
    parts["span start-up CPU"] = span["cpu_phases"]["startup"]
    parts["start method"] = info["start_method"]
    print(json.dumps(parts))


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    seen = {"before": [], "after": []}
    for _ in range(rounds):
        for way in ("before", "after"):
            out = subprocess.run([sys.executable, __file__, "--one", way], capture_output=True, text=True, check=True)
            seen[way].append(json.loads(out.stdout.strip().splitlines()[-1]))
    method = seen["after"][0]["start method"]
    print("Python %s, ProcessPool (%s), 2 workers, 2 tasks of no work; median of %d rounds, CPU in ms:"
          % (sys.version.split()[0], method, rounds))
    print("  %-22s %8s %8s" % ("part", "before", "after"))
    for part in PARTS + ("span cpu_time", "span start-up CPU", "before the clock"):
        b = statistics.median(r[part] for r in seen["before"]) * 1000
        a = statistics.median(r[part] for r in seen["after"]) * 1000
        print("  %-22s %8.1f %8.1f" % (part, b, a))
    ratios = [a["span cpu_time"] / b["span cpu_time"] for a, b in zip(seen["after"], seen["before"])]
    print("python-startup: cpu_time after/before = %.2f (median of %d paired rounds)" % (statistics.median(ratios), rounds))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        one(sys.argv[2])
    else:
        main()
