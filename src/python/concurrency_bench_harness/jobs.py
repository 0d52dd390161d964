"""The job's numeric fields, checked: a bad job is one line, not a traceback."""

from .errors import HarnessError
from .workloads import transfer_payload


def positive_int(job, key):
    value = job.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise HarnessError('the job\'s "%s" must be a whole number >= 1, got %r' % (key, value))
    return value


def task_timeout(job):
    value = job.get("task_timeout_s")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise HarnessError('the job\'s "task_timeout_s" must be a number > 0, got %r' % (value,))
    return float(value)


def task_argument(job, spec):
    """What each task is handed: the level's argument, or for a workload that moves data (the
    job's workload names a "payload") the payload of that size, built before the clock starts
    (the data a caller already has)."""
    if spec["payload"] is not None:
        return transfer_payload(spec["payload"], job.get("arg"), spec["name"])
    return job.get("arg")
