"""concurrency-bench's Python runner: one repetition of one benchmark cell, in a fresh process.

    python3 harness.py '<job json>'        (standard library only, Python 3.9+)

The orchestrator reads JSON lines on file descriptor 3 (src/measure/protocol.ts), so whatever a
workload prints on stdout or stderr cannot be mistaken for a message:
    {"type": "span-start"}   the measured span begins (the orchestrator samples memory from here)
    {"type": "span-end"}     it ends
    {"type": "result", "wall_time": s, "cpu_time": s,
     "phases": {"startup": s, "run": s, "shutdown": s}, "info": {...},
     "warm": {"wall_time": s, "cpu_time": s}, "calibration": [...]}       then exit 0
     (warm: serial and parallel runs; calibration: calibrate jobs)
    {"type": "error", "message": "one line"}                              then exit 1
(fd 3 not open, as when run by hand: the messages go to stdout instead.)

Job fields: mode ('serial' | 'parallel' | 'calibrate' | 'probe' | 'about'), strategy ('thread-pool' |
'process-pool' | 'interpreter-pool'), workload {name, module?, entry?} (module = path of a .py
file, entry = the function to call; no module = a built-in), arg, workers, tasks, task_timeout_s
(each pool task must finish within it of being handed to a worker; absent = no bound), targets_s
(calibrate: the serial seconds one task should take; the result's "calibration" gives an argument
for each). A parallel run's tasks run twice on one pool: the cold batch, then the warm one, whose
wall and CPU time come apart in the result's "warm".

This file is also imported as a module (by its own name, "harness") in every worker: worker
processes and subinterpreters can only run functions that live in an importable module, never in
__main__. So module level stays cheap and imports only what subinterpreters can load.
"""

import os
import sys
import time

SELF_DIR = os.path.dirname(os.path.abspath(__file__))
SELF_NAME = os.path.splitext(os.path.basename(os.path.abspath(__file__)))[0]

MESSAGE_FD = 3
ENV_URL = "CONCURRENCY_BENCH_URL"
ENV_TMPDIR = "CONCURRENCY_BENCH_TMPDIR"
STRATEGIES = ("thread-pool", "process-pool", "interpreter-pool")
# How long a worker waits for the others at start-up before the pool is declared unusable.
GATE_TIMEOUT_S = 600.0
MAX_MESSAGE = 300
MIB = 1024 * 1024

# spawn and forkserver workers load this file as __mp_main__ (without writing bytecode); let
# "import harness" find that same module instead of importing the file again, which would write
# __pycache__/ beside it (in dist/, which must stay exactly the bundle: scripts/check-dist.mjs).
if __name__ == "__mp_main__":
    sys.modules.setdefault(SELF_NAME, sys.modules[__name__])


class HarnessError(Exception):
    """An error whose message is already what the user should read (shown without a type name)."""


class TaskTimeout(HarnessError):
    """A pool task outlived task_timeout_s. Its worker may never return: the process leaves at
    once (os._exit) instead of waiting for the pool, and the orchestrator kills its group."""


# --------------------------------------------------------------------------------------------
# Built-in workloads: the study's definitions, the same as src/workloads/builtin.ts.


def _count(value, what):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value) or value < 0:
        raise HarnessError("%s workload: the argument must be a whole number >= 0, got %r" % (what, value))
    return int(value)


def cpu(n):
    s = 0
    for i in range(_count(n, "cpu")):
        s = i * i
    return s


def memory(n):
    values = list(range(_count(n, "memory")))
    return sum(values)


def io(mb):
    """Writes `mb` MiB to a temp file, reads it back in 1 MiB chunks, deletes it (also on error)."""
    import tempfile

    mb = _count(mb, "io")
    directory = os.environ.get(ENV_TMPDIR) or None
    fd, path = tempfile.mkstemp(prefix="io-%d-" % os.getpid(), suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as writer:
            one_mib = b"a" * MIB
            for _ in range(mb):
                writer.write(one_mib)
        total = 0
        chunk = bytearray(MIB)
        with open(path, "rb", buffering=0) as reader:
            while True:
                got = reader.readinto(chunk)
                if not got:
                    break
                total += got
        return total
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


def network(k):
    """`k` sequential GETs, each on a fresh connection; returns the last body's size.

    Like the Node side (http.get), proxies from the environment are not used: the default target
    is the tool's own server on 127.0.0.1 and nothing must leave the machine on its way there.
    """
    import urllib.request

    k = _count(k, "network")
    url = os.environ.get(ENV_URL)
    if not url:
        raise HarnessError("network workload: no URL (the orchestrator sets %s)" % ENV_URL)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    size = 0
    for _ in range(k):
        # urllib sends "Connection: close": every request opens a new connection.
        with opener.open(url) as response:
            size = len(response.read())
    return size


BUILTINS = {"cpu": cpu, "memory": memory, "io": io, "network": network}


# --------------------------------------------------------------------------------------------
# Loading a workload: the same code in the main process and in every kind of worker.


def workload_spec(ref):
    """Checks a job's workload reference; returns what a worker needs to load it (plain data)."""
    if not isinstance(ref, dict) or not isinstance(ref.get("name"), str):
        raise HarnessError("the job has no workload name")
    name = ref["name"]
    module = ref.get("module")
    if not module:
        if name not in BUILTINS:
            raise HarnessError(
                'unknown built-in workload "%s" (built-ins: %s)' % (name, ", ".join(sorted(BUILTINS)))
            )
        return {"name": name, "module": None, "entry": None, "module_name": None, "folder": None}
    path = os.path.abspath(str(module))
    entry = ref.get("entry")
    if not entry or not isinstance(entry, str):
        raise HarnessError('workload "%s": no function to call in %s (name one with "function")' % (name, path))
    if not os.path.isfile(path):
        raise HarnessError('workload "%s": module not found: %s' % (name, path))
    folder, filename = os.path.split(path)
    module_name, extension = os.path.splitext(filename)
    if extension != ".py" or not module_name.isidentifier():
        raise HarnessError(
            'workload "%s": %s cannot be imported by name in worker processes and subinterpreters;'
            " it must be a .py file whose name is a valid Python identifier" % (name, path)
        )
    return {"name": name, "module": path, "entry": entry, "module_name": module_name, "folder": folder}


def load_workload(spec):
    """Returns the function a task calls. User modules are imported by name from their folder, so
    workers of every kind import the same module as the main process."""
    if not spec["module"]:
        return BUILTINS[spec["name"]]
    import importlib

    if spec["folder"] not in sys.path:
        sys.path.insert(0, spec["folder"])
    try:
        module = importlib.import_module(spec["module_name"])
    except BaseException as error:
        raise HarnessError("cannot import %s: %s" % (spec["module"], one_line(error))) from None
    found = getattr(module, "__file__", None)
    if not found or os.path.realpath(found) != os.path.realpath(spec["module"]):
        raise HarnessError(
            'the name "%s" of %s is already taken by %s; rename the workload module'
            % (spec["module_name"], spec["module"], found or "a built-in module")
        )
    fn = module
    for part in spec["entry"].split("."):
        fn = getattr(fn, part, None)
    if not callable(fn):
        functions = sorted(
            key for key, value in vars(module).items()
            if callable(value) and getattr(value, "__module__", None) == module.__name__ and not key.startswith("_")
        )
        raise HarnessError(
            '%s has no function "%s" (it defines: %s)'
            % (spec["module"], spec["entry"], ", ".join(functions) or "no functions")
        )
    return fn


def call(fn, arg):
    result = fn(arg)
    if hasattr(result, "__await__"):  # an async def workload: one event loop per task
        import asyncio

        async def wait():
            return await result

        result = asyncio.run(wait())
    return result


# --------------------------------------------------------------------------------------------
# Worker side. These run in pool workers (threads, processes, subinterpreters) through this
# module imported by name; each kind of worker has its own copy of the module's globals, except
# threads, which share one.

_fn = None
_load_error = None
_barrier = None


def worker_init(spec, barrier=None):
    """Pool initializer: loads the workload once per worker. It never raises (a raising
    initializer only logs and breaks the pool); the error is raised by the worker's first task."""
    global _fn, _load_error, _barrier
    _barrier = barrier
    try:
        _fn = load_workload(spec)
    except BaseException as error:
        _load_error = one_line(error)


def startup_task(gate=None):
    """The one no-op task per worker that start-up submits. Each waits until every worker holds
    one, so the w tasks land on w distinct workers, and the pool (which starts workers lazily, on
    submit, while none is idle) starts all of them. Process pools wait on a multiprocessing
    Barrier given to the initializer; threads and subinterpreters on a pipe (fds are per process).
    """
    import threading

    if gate is None:
        try:
            _barrier.wait(timeout=GATE_TIMEOUT_S)
        except threading.BrokenBarrierError:
            raise HarnessError("the pool's workers did not all start within %d s" % GATE_TIMEOUT_S) from None
    else:
        arrive_w, release_r = gate
        os.write(arrive_w, b"a")
        if os.read(release_r, 1) != b"r":
            raise HarnessError("the pool's start-up was abandoned")
    if _load_error is not None:
        raise HarnessError(_load_error)
    return (os.getpid(), threading.get_ident())


def run_task(arg):
    if _load_error is not None:
        raise HarnessError(_load_error)
    try:
        return call(_fn, arg)
    except MemoryError as error:
        # Raised as itself out of a subinterpreter, CPython 3.14.10 loses it: the task "returns"
        # None and the interpreter's next task raises it instead. Under another type it arrives.
        raise HarnessError(one_line(error) + " (the workload ran out of memory)") from None
    except Exception as error:
        # Process and interpreter pools pickle the exception back; one that cannot be pickled
        # would otherwise arrive as a pickling error that hides what the workload said.
        import pickle

        try:
            pickle.dumps(error)
        except Exception:
            raise HarnessError(one_line(error)) from None
        raise


# --------------------------------------------------------------------------------------------
# CPU time of the whole process tree (docs/architecture.md, "Metrics"): this process's threads and subinterpreters,
# children already reaped, and every live descendant with what it reaped itself (a forkserver
# reaps its workers, which are not our children).


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


# --------------------------------------------------------------------------------------------
# Errors: one line, no traceback.


def one_line(error):
    if isinstance(error, BaseException):
        excinfo = getattr(error, "excinfo", None)  # interpreters.ExecutionFailed: the worker's error
        if excinfo is not None and getattr(excinfo, "type", None) is not None:
            name = getattr(excinfo.type, "__name__", str(excinfo.type))
            text = "%s: %s" % (name, excinfo.msg) if getattr(excinfo, "msg", "") else name
        else:
            name = type(error).__name__
            message = str(error)
            # by name: from a worker it is the class of the module "harness", not of __main__
            if name in ("HarnessError", "TaskTimeout"):
                text = message
            elif message:
                text = "%s: %s" % (name, message)
            else:
                text = name
    else:
        text = str(error)
    text = " ".join(text.split()) or "unknown error"
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "\u2026"


def explain(message, strategy):
    """Adds what to do about errors that only a pool's way of moving work produces."""
    lowered = message.lower()
    if strategy == "interpreter-pool":
        if "does not support loading in subinterpreters" in lowered:
            return message + "; this module cannot run in a subinterpreter, use process-pool for it"
        if "notshareable" in lowered or "not shareable" in lowered or "pickl" in lowered:
            return (
                message + "; what crosses into or out of a subinterpreter (argument, return value, exception)"
                " must be picklable and its module importable there; use process-pool or thread-pool for it"
            )
    if strategy == "process-pool" and "pickl" in lowered:
        return message + "; what crosses between processes (argument, return value, exception) must be picklable"
    if strategy == "process-pool" and message.startswith("BrokenProcessPool"):
        return "a worker process died while running a task (os._exit(), a crash, or the kernel's out-of-memory killer): " + message
    return message


# --------------------------------------------------------------------------------------------
# Calibration of duration levels: the same search as src/measure/calibration-search.ts, step for
# step (see there for why), with the same constants (src/measure/protocol.ts CALIBRATION).

CALIBRATION_TOLERANCE = 0.03
CALIBRATION_ATTEMPTS = 5
CALIBRATION_PROBE_S = 0.02
CALIBRATION_MAX_ARG = 10 ** 10


def time_call(fn, arg):
    start = time.perf_counter()
    call(fn, arg)
    return time.perf_counter() - start


def _calls_for(target):
    return 5 if target < 0.05 else 3 if target < 0.3 else 1


def _clamp_arg(value):
    # floor(x + 0.5), as JavaScript's Math.round: Python's round() sends halves to even.
    import math

    return int(min(CALIBRATION_MAX_ARG, max(1, math.floor(value + 0.5))))


def _miss(seconds, target):
    return abs(seconds / target - 1)


def _format_seconds(seconds):
    if seconds >= 1:
        return "%.3g s" % seconds
    if seconds >= 1e-3:
        return "%.3g ms" % (seconds * 1e3)
    return "%.3g \u00b5s" % (seconds * 1e6)


def calibrate(time_one, targets):
    """[{target_s, arg, seconds, note?}] per target, in the order given."""
    if not targets:
        return []
    measured = []
    arg = 1
    seconds = time_one(arg)
    measured.append((arg, seconds))
    probe = min(CALIBRATION_PROBE_S, min(targets) / 2)
    while seconds < probe and arg < CALIBRATION_MAX_ARG:
        arg = _clamp_arg(arg * min(100, max(2, probe / max(seconds, 1e-6))))
        seconds = time_one(arg)
        measured.append((arg, seconds))
    import math

    points = {}
    for target in sorted(targets):
        near_arg, near_s = min(measured, key=lambda m: abs(math.log(max(m[1], 1e-12) / target)))
        candidate = _clamp_arg(near_arg * target / max(near_s, 1e-9))
        best = None
        for _ in range(CALIBRATION_ATTEMPTS):
            took = sorted(time_one(candidate) for _ in range(_calls_for(target)))
            took = took[len(took) // 2]
            measured.append((candidate, took))
            if best is None or _miss(took, target) < _miss(best[1], target):
                best = (candidate, took)
            if _miss(took, target) <= CALIBRATION_TOLERANCE:
                break
            following = _clamp_arg(candidate * target / max(took, 1e-9))
            if following == candidate:
                break
            candidate = following
        point = {"target_s": target, "arg": best[0], "seconds": best[1]}
        if _miss(best[1], target) > CALIBRATION_TOLERANCE:
            if best[0] == 1 and best[1] > target:
                point["note"] = "the smallest argument (1) already takes %s" % _format_seconds(best[1])
            elif best[1] / best[0] > 2 * CALIBRATION_TOLERANCE * target:
                point["note"] = "whole arguments move in steps of %s: the nearest takes %s" % (
                    _format_seconds(best[1] / best[0]), _format_seconds(best[1]))
            else:
                point["note"] = "no argument came within %g%%: the closest took %s" % (
                    CALIBRATION_TOLERANCE * 100, _format_seconds(best[1]))
        points[target] = point
    return [points[target] for target in targets]


# --------------------------------------------------------------------------------------------
# Main process.


class Channel:
    def __init__(self):
        try:
            os.fstat(MESSAGE_FD)
            self.fd = MESSAGE_FD
            # Processes the workload starts with exec must not hold the orchestrator's pipe open.
            os.set_inheritable(MESSAGE_FD, False)
        except OSError:
            self.fd = 1  # run by hand
            sys.stdout.flush()

    def say(self, message):
        import json

        data = (json.dumps(message) + "\n").encode()
        while data:
            data = data[os.write(self.fd, data):]


def python_version():
    import platform

    return platform.python_version()


def interpreter_pool_class():
    import concurrent.futures

    executor = getattr(concurrent.futures, "InterpreterPoolExecutor", None)
    if executor is None:
        if sys.version_info < (3, 14):
            raise HarnessError("interpreter-pool needs Python 3.14+, this is %s" % python_version())
        raise HarnessError("interpreter-pool: this Python (%s) has no InterpreterPoolExecutor" % python_version())
    return executor


def about():
    import concurrent.futures
    import multiprocessing
    import platform
    import sysconfig

    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    return {
        "version": platform.python_version(),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "gil_enabled": bool(is_gil_enabled()) if is_gil_enabled else True,
        "interpreter_pool": hasattr(concurrent.futures, "InterpreterPoolExecutor"),
        "start_method": multiprocessing.get_start_method(),
    }


def import_self():
    """This file as an importable module, so that pools pickle `harness.run_task`, not
    `__main__.run_task`, and workers of every kind can import it."""
    import importlib

    if SELF_DIR not in sys.path:
        sys.path.insert(0, SELF_DIR)
    saved, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # no __pycache__/ in dist/
    try:
        module = importlib.import_module(SELF_NAME)
    finally:
        sys.dont_write_bytecode = saved
    if os.path.realpath(getattr(module, "__file__", "") or "") != os.path.realpath(os.path.abspath(__file__)):
        raise HarnessError(
            'another module named "%s" (%s) hides the harness; rename it' % (SELF_NAME, module.__file__)
        )
    return module


def share_paths(paths):
    """Makes `paths` importable in every kind of worker: sys.path here (threads, and spawn and
    forkserver processes, which receive it), PYTHONPATH (processes started with exec, and what the
    workload itself may start). Subinterpreters get neither (docs/architecture.md, "Runner protocol"): they run an initializer
    that edits their own sys.path (see parallel())."""
    for path in reversed(paths):
        if path in sys.path:
            sys.path.remove(path)
        sys.path.insert(0, path)
    existing = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p not in paths]
    os.environ["PYTHONPATH"] = os.pathsep.join(list(paths) + existing)


def positive_int(job, key):
    value = job.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise HarnessError('the job\'s "%s" must be a whole number >= 1, got %r' % (key, value))
    return value


def serial(job):
    spec = workload_spec(job.get("workload"))
    fn = load_workload(spec)
    tasks = positive_int(job, "tasks")
    arg = job.get("arg")

    def measured():
        # Twice, like a pool's run: the second batch is the serial side of the warm speedup.
        cpu0 = tree_cpu_seconds()
        t0 = time.perf_counter()
        for _ in range(tasks):
            call(fn, arg)
        t1 = time.perf_counter()
        cpu1 = tree_cpu_seconds()
        t1b = time.perf_counter()
        for _ in range(tasks):
            call(fn, arg)
        t2 = time.perf_counter()
        cpu2 = tree_cpu_seconds()
        span = {
            "phases": {"startup": 0.0, "run": t1 - t0, "shutdown": 0.0},
            "cpu_time": cpu1 - cpu0,
            "warm": {"wall_time": t2 - t1b, "cpu_time": cpu2 - cpu1},
        }
        return span, {}

    return measured, {"python": python_version()}


def task_timeout(job):
    value = job.get("task_timeout_s")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise HarnessError('the job\'s "task_timeout_s" must be a number > 0, got %r' % (value,))
    return float(value)


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
    arg = job.get("arg")
    spec = workload_spec(job.get("workload"))
    # Fail here, before the span, when the workload does not even load in this process.
    load_workload(spec)
    paths = [SELF_DIR] + ([spec["folder"]] if spec["folder"] and spec["folder"] != SELF_DIR else [])
    share_paths(paths)
    me = import_self()

    import concurrent.futures

    info = {"python": python_version()}
    if strategy == "process-pool":
        import multiprocessing

        context = multiprocessing.get_context()
        info["start_method"] = context.get_start_method()

        def create():
            # The barrier goes to the initializer: multiprocessing locks only pass at process start.
            barrier = context.Barrier(workers)
            executor = concurrent.futures.ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=me.worker_init, initargs=(spec, barrier)
            )
            return executor, None
    elif strategy == "thread-pool":

        def create():
            executor = concurrent.futures.ThreadPoolExecutor(
                max_workers=workers, initializer=me.worker_init, initargs=(spec,)
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
            "_saved, sys.dont_write_bytecode = sys.dont_write_bytecode, True\n"
            "try:\n"
            "    import %s as _harness\n"
            "finally:\n"
            "    sys.dont_write_bytecode = _saved\n"
            "_harness.worker_init(%r)\n" % (paths, SELF_NAME, spec)
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
            started = start_workers(me, executor, workers, pipes)
            t1 = time.perf_counter()
            run_tasks(lambda: executor.submit(me.run_task, arg), tasks, workers, timeout_s)
            t2 = time.perf_counter()
            cpu2 = tree_cpu_seconds()
            t2b = time.perf_counter()
            run_tasks(lambda: executor.submit(me.run_task, arg), tasks, workers, timeout_s)
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
            "warm": {"wall_time": t3 - t2b, "cpu_time": cpu3 - cpu2},
        }
        return span, {"workers_started": started}

    return measured, info


def start_workers(me, executor, workers, pipes):
    """Start-up: one startup_task per worker, all held until every worker has one (see there).
    Returns how many distinct workers answered."""
    import concurrent.futures
    import select

    if pipes is None:
        futures = [executor.submit(me.startup_task) for _ in range(workers)]
    else:
        arrive_r, arrive_w, release_r, release_w = pipes
        try:
            futures = [executor.submit(me.startup_task, (arrive_w, release_r)) for _ in range(workers)]
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


def run(job, channel):
    mode = job.get("mode")
    if mode == "about":
        channel.say(result(0.0, 0.0, {"startup": 0.0, "run": 0.0, "shutdown": 0.0}, about()))
        return
    if mode == "probe":
        load_workload(workload_spec(job.get("workload")))
        channel.say(result(0.0, 0.0, {"startup": 0.0, "run": 0.0, "shutdown": 0.0}, {"python": python_version()}))
        return
    if mode == "calibrate":
        fn = load_workload(workload_spec(job.get("workload")))
        points = calibrate(lambda arg: time_call(fn, arg), job.get("targets_s") or [])
        message = result(0.0, 0.0, {"startup": 0.0, "run": 0.0, "shutdown": 0.0}, {"python": python_version()})
        message["calibration"] = points
        channel.say(message)
        return
    if mode == "serial":
        measured, info = serial(job)
    elif mode == "parallel":
        measured, info = parallel(job)
    else:
        raise HarnessError('unknown mode "%s" (serial, parallel, calibrate, probe or about)' % mode)
    channel.say({"type": "span-start"})
    span, more = measured()
    channel.say({"type": "span-end"})
    info.update(more)
    phases = span["phases"]
    wall = phases["startup"] + phases["run"] + phases["shutdown"]
    message = result(wall, span["cpu_time"], phases, info)
    if "warm" in span:
        message["warm"] = span["warm"]
    channel.say(message)


def result(wall, cpu_time, phases, info):
    return {"type": "result", "wall_time": wall, "cpu_time": cpu_time, "phases": phases, "info": info}


def main(argv):
    channel = Channel()
    job = {}
    try:
        import json

        if len(argv) < 2:
            raise HarnessError("usage: python3 harness.py '<job json>' (messages on fd 3)")
        try:
            job = json.loads(argv[1])
        except ValueError as error:
            raise HarnessError("the job is not valid JSON: %s" % error) from None
        if not isinstance(job, dict):
            raise HarnessError("the job must be a JSON object")
        run(job, channel)
        return 0
    except BaseException as error:  # noqa: BLE001 - everything ends as one line
        strategy = job.get("strategy") if isinstance(job, dict) and job.get("mode") == "parallel" else None
        channel.say({"type": "error", "message": explain(one_line(error), strategy)})
        if isinstance(error, TaskTimeout):
            # A hung thread would hold a normal exit for ever (the interpreter joins pool threads).
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(1)
        return 1


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)
