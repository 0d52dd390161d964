"""What runs inside pool workers (threads, processes, subinterpreters), through this module
imported by name; each kind of worker has its own copy of the module's globals, except threads,
which share one."""

import os

from .errors import HarnessError, one_line
from .loading import call, load_workload

# How long a worker waits for the others at start-up before the pool is declared unusable.
GATE_TIMEOUT_S = 600.0

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
