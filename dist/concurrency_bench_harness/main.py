"""The job, in the runner's main process: about, probe, calibrate, serial or parallel. Each ends
in one result message, or one error message and exit code 1."""

import os
import platform
import sys
import time

from .calibration import calibrate, time_call
from .errors import HarnessError, TaskTimeout, explain, one_line
from .jobs import positive_int, task_argument
from .loading import call, load_workload, workload_spec
from .pools import parallel
from .protocol import Channel, no_phases, result
from .tree_cpu import tree_cpu_seconds


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


def serial(job):
    spec = workload_spec(job.get("workload"))
    fn = load_workload(spec)
    tasks = positive_int(job, "tasks")
    arg = task_argument(job, spec)

    # cold_only: a calibration check needs the first batch alone (half the time)
    cold_only = bool(job.get("cold_only"))

    def measured():
        # Twice, like a pool's run: the second batch is the serial side of the warm speedup.
        cpu0 = tree_cpu_seconds()
        t0 = time.perf_counter()
        for _ in range(tasks):
            call(fn, arg)
        t1 = time.perf_counter()
        cpu1 = tree_cpu_seconds()
        span = {
            "phases": {"startup": 0.0, "run": t1 - t0, "shutdown": 0.0},
            "cpu_time": cpu1 - cpu0,
            "cpu_phases": {"startup": 0.0, "run": cpu1 - cpu0, "shutdown": 0.0},
        }
        if cold_only:
            return span, {}
        t1b = time.perf_counter()
        for _ in range(tasks):
            call(fn, arg)
        t2 = time.perf_counter()
        cpu2 = tree_cpu_seconds()
        span["warm"] = {"wall_time": t2 - t1b, "cpu_time": cpu2 - cpu1}
        return span, {}

    return measured, {"python": platform.python_version()}


def run(job, channel):
    mode = job.get("mode")
    if mode == "about":
        channel.say(result(0.0, 0.0, no_phases(), about()))
        return
    if mode == "probe":
        load_workload(workload_spec(job.get("workload")))
        channel.say(result(0.0, 0.0, no_phases(), {"python": platform.python_version()}))
        return
    if mode == "calibrate":
        fn = load_workload(workload_spec(job.get("workload")))
        points = calibrate(lambda arg: time_call(fn, arg), job.get("targets_s") or [])
        message = result(0.0, 0.0, no_phases(), {"python": platform.python_version()})
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
    for key in ("cpu_phases", "warm"):
        if key in span:
            message[key] = span[key]
    channel.say(message)


def volunteer_for_oom_killer():
    """Under a memory limit, a workload out of memory must end this runner, not the orchestrator
    (oom-volunteer.ts says why): the kernel kills the highest score first. Raising one's own
    score is always allowed; pool workers inherit it. Linux only; elsewhere nothing changes."""
    try:
        with open("/proc/self/oom_score_adj", "w") as score:
            score.write("1000")
    except OSError:
        pass


def main(argv):
    volunteer_for_oom_killer()
    channel = Channel()
    job = {}
    try:
        import json

        if len(argv) < 2:
            raise HarnessError("usage: python3 <the concurrency_bench_harness folder> '<job json>' (messages on fd 3)")
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
