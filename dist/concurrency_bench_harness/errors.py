"""Errors as the user reads them: one line, no traceback, and what to do where a pool's way of
moving work is the cause."""

from .protocol import MAX_MESSAGE


class HarnessError(Exception):
    """An error whose message is already what the user should read (shown without a type name)."""


class TaskTimeout(HarnessError):
    """A pool task outlived task_timeout_s. Its worker may never return: the process leaves at
    once (os._exit) instead of waiting for the pool, and the orchestrator kills its group."""


def one_line(error):
    if isinstance(error, BaseException):
        excinfo = getattr(error, "excinfo", None)  # interpreters.ExecutionFailed: the worker's error
        if excinfo is not None and getattr(excinfo, "type", None) is not None:
            name = getattr(excinfo.type, "__name__", str(excinfo.type))
            text = "%s: %s" % (name, excinfo.msg) if getattr(excinfo, "msg", "") else name
        else:
            name = type(error).__name__
            message = str(error)
            # by name: a worker's error arrives as a copy of the class, not the class itself
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
