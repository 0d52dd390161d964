"""The three Python pools: how each is made, started (every worker, before the clock's "run"),
fed its tasks (cold, then warm on the started pool) and shut down."""

import os
import platform
import sys
import time

from . import worker
from .errors import HarnessError, TaskTimeout
from .jobs import positive_int, task_argument, task_timeout
from .loading import load_workload, workload_spec
from .tree_cpu import tree_cpu_seconds, wait_until_idle
from .worker import GATE_TIMEOUT_S

# The registry's Python models (src/registry.ts); test/python-contract.test.ts keeps them equal.
STRATEGIES = ("thread-pool", "process-pool", "interpreter-pool")

# The folder holding this package: every kind of worker must be able to import it by name.
PACKAGE_PARENT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def interpreter_pool_class():
    import concurrent.futures

    executor = getattr(concurrent.futures, "InterpreterPoolExecutor", None)
    if executor is None:
        if sys.version_info < (3, 14):
            raise HarnessError("interpreter-pool needs Python 3.14+, this is %s" % platform.python_version())
        raise HarnessError("interpreter-pool: this Python (%s) has no InterpreterPoolExecutor" % platform.python_version())
    return executor


def share_paths(paths):
    """Makes `paths` importable in every kind of worker: sys.path here (threads, and spawn and
    forkserver processes, which receive it), PYTHONPATH (processes started with exec, and what the
    workload itself may start). Subinterpreters get neither (docs/architecture.md,
    "Runner protocol"): they run an initializer that edits their own sys.path (see parallel())."""
    for path in reversed(paths):
        if path in sys.path:
            sys.path.remove(path)
        sys.path.insert(0, path)
    existing = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p not in paths]
    os.environ["PYTHONPATH"] = os.pathsep.join(list(paths) + existing)


def start_process_services(context, spec):
    """Starts, before the clock, what a process pool relies on but does not own: the resource
    tracker, and with the forkserver start method the forkserver. Each is one per interpreter,
    started by its first pool and shared by every pool after it, so a program that makes a pool
    per job pays for them once, like the interpreter's own start. Measured on 3.14 here, together
    they were 0.08-0.10 s of CPU inside every cold span (bench/harness/python-startup.py).

    The forkserver preloads what every worker imports, as a program's own __main__ would (the
    default preload): the pool's worker loop, our worker module and the workload. Our __main__
    imports none of them, so without this each worker imported them again after its fork
    (concurrent.futures.process alone is 55-65 ms of CPU on 3.14)."""
    if os.name != "posix" or context.get_start_method() == "fork":
        return
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    services = [getattr(resource_tracker._resource_tracker, "_pid", None)]
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        preload = ["concurrent.futures.process", __package__ + ".worker"]
        if spec["module_name"]:
            preload.append(spec["module_name"])
        context.set_forkserver_preload(preload)
        forkserver.ensure_running()
        services.append(getattr(forkserver._forkserver, "_forkserver_pid", None))
    # ensure_running() returns once each is spawned; they go on starting (the interpreter, the
    # preload) on their own. Wait until they are done, or their start lands in the span anyway.
    wait_until_idle([pid for pid in services if pid])


def run_tasks(submit, tasks, in_flight, timeout_s):
    """Runs `tasks` tasks through submit() (which returns a Future), at most `in_flight` at a time
    so that each is handed to an idle worker when submitted, and each within timeout_s of that."""
    import concurrent.futures

    deadlines = {}
    submitted = 0
    while submitted < tasks or deadlines:
        while submitted < tasks and len(deadlines) < in_flight:
            deadlines[submit()] = None if timeout_s is None else time.monotonic() + timeout_s
            submitted += 1
        nearest = min((d for d in deadlines.values() if d is not None), default=None)
        wait_s = None if nearest is None else max(0.0, nearest - time.monotonic())
        done, _ = concurrent.futures.wait(deadlines, timeout=wait_s, return_when=concurrent.futures.FIRST_COMPLETED)
        for future in done:
            del deadlines[future]
            future.result()  # a task's exception ends the run here
        if not done and nearest is not None and time.monotonic() >= nearest:
            raise TaskTimeout(
                "a task ran longer than %g s (config timeout_s); its pool was torn down: does the workload hang?" % timeout_s
            )


def parallel(job):
    strategy = job.get("strategy")
    if strategy not in STRATEGIES:
        raise HarnessError(
            'the Python harness has no strategy "%s" (it has: %s)' % (strategy, ", ".join(STRATEGIES))
        )
    workers = positive_int(job, "workers")
    tasks = positive_int(job, "tasks")
    timeout_s = task_timeout(job)
    spec = workload_spec(job.get("workload"))
    arg = task_argument(job, spec)
    # Fail here, before the span, when the workload does not even load in this process.
    load_workload(spec)
    paths = [PACKAGE_PARENT] + ([spec["folder"]] if spec["folder"] and spec["folder"] != PACKAGE_PARENT else [])
    share_paths(paths)

    import concurrent.futures

    info = {"python": platform.python_version()}
    if strategy == "process-pool":
        import multiprocessing

        context = multiprocessing.get_context()
        info["start_method"] = context.get_start_method()
        start_process_services(context, spec)

        def create():
            # The barrier goes to the initializer: multiprocessing locks only pass at process start.
            barrier = context.Barrier(workers)
            executor = concurrent.futures.ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=worker.worker_init, initargs=(spec, barrier)
            )
            return executor, None
    elif strategy == "thread-pool":

        def create():
            executor = concurrent.futures.ThreadPoolExecutor(
                max_workers=workers, initializer=worker.worker_init, initargs=(spec,)
            )
            return executor, os.pipe() + os.pipe()
    else:
        pool_class = interpreter_pool_class()
        # A new interpreter starts from the process's initial sys.path: its initializer (exec of
        # this code; built-in functions cross by reference) puts our folders first, then loads.
        init_code = (
            "import sys\n"
            "for _p in reversed(%r):\n"
            "    if _p not in sys.path: sys.path.insert(0, _p)\n"
            "from concurrency_bench_harness import worker as _worker\n"
            "_worker.worker_init(%r)\n" % (paths, spec)
        )

        def create():
            executor = pool_class(max_workers=workers, initializer=exec, initargs=(init_code, {}))
            return executor, os.pipe() + os.pipe()

    def measured():
        # Cold: pool created -> tasks -> pool shut down. Warm: the same tasks again on the
        # started pool, between the two; its time and CPU are kept apart from the cold span's.
        cpu0 = tree_cpu_seconds()
        t0 = time.perf_counter()
        executor, pipes = create()
        try:
            started = start_workers(executor, workers, pipes)
            t1 = time.perf_counter()
            cpu1 = tree_cpu_seconds()
            run_tasks(lambda: executor.submit(worker.run_task, arg), tasks, workers, timeout_s)
            t2 = time.perf_counter()
            cpu2 = tree_cpu_seconds()
            t2b = time.perf_counter()
            run_tasks(lambda: executor.submit(worker.run_task, arg), tasks, workers, timeout_s)
            t3 = time.perf_counter()
            cpu3 = tree_cpu_seconds()
        except TaskTimeout:
            raise  # no shutdown: it would wait for the hung worker
        except BaseException:
            executor.shutdown(wait=True, cancel_futures=True)
            raise
        t3b = time.perf_counter()
        executor.shutdown(wait=True)
        t4 = time.perf_counter()
        cpu4 = tree_cpu_seconds()
        span = {
            "phases": {"startup": t1 - t0, "run": t2 - t1, "shutdown": t4 - t3b},
            "cpu_time": (cpu2 - cpu0) + (cpu4 - cpu3),
            "cpu_phases": {"startup": cpu1 - cpu0, "run": cpu2 - cpu1, "shutdown": cpu4 - cpu3},
            "warm": {"wall_time": t3 - t2b, "cpu_time": cpu3 - cpu2},
        }
        return span, {"workers_started": started}

    return measured, info


def start_workers(executor, workers, pipes):
    """Start-up: one startup_task per worker, all held until every worker has one (see there).
    Returns how many distinct workers answered."""
    import concurrent.futures
    import select

    if pipes is None:
        futures = [executor.submit(worker.startup_task) for _ in range(workers)]
    else:
        arrive_r, arrive_w, release_r, release_w = pipes
        try:
            futures = [executor.submit(worker.startup_task, (arrive_w, release_r)) for _ in range(workers)]
            arrived = 0
            deadline = time.monotonic() + GATE_TIMEOUT_S
            while arrived < workers:
                readable, _, _ = select.select([arrive_r], [], [], 0.05)
                if readable:
                    arrived += len(os.read(arrive_r, workers - arrived))
                elif any(future.done() for future in futures):
                    break  # a worker failed before the gate (the pool is broken)
                elif time.monotonic() > deadline:
                    break
            if arrived < workers and not any(future.done() for future in futures):
                # Workers stuck before the gate: leave the pipes open, they may still be used.
                pipes = ()
                raise HarnessError("the pool's workers did not all start within %d s" % GATE_TIMEOUT_S)
            # Release whoever holds a start-up task (and, with enough bytes, whoever is about to).
            os.write(release_w, b"r" * workers)
            concurrent.futures.wait(futures)
        finally:
            for fd in pipes:
                os.close(fd)
    identities = set()
    for future in futures:
        identities.add(future.result())
    return len(identities)
