"""A job's workload reference → the function a task calls: the same code in the main process and
in every kind of worker."""

import os
import sys

from .errors import HarnessError, one_line
from .workloads import BUILTINS


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
        payload = ref.get("payload")
        if payload not in (None, "bytes", "objects"):
            raise HarnessError('the job\'s workload "%s" has an unknown payload %r' % (name, payload))
        return {"name": name, "module": None, "entry": None, "module_name": None, "folder": None, "payload": payload}
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
    return {"name": name, "module": path, "entry": entry, "module_name": module_name, "folder": folder, "payload": None}


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
