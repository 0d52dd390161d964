"""The study's four workloads, with the same meaning (and, for the same argument, the same
result) as src/workloads/builtin.ts: test/python-contract.test.ts compares the two."""

import os

from .errors import HarnessError
from .protocol import ENV_TMPDIR, ENV_URL

MIB = 1024 * 1024


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


# The transfer workloads (src/workloads/transfer.ts says what they measure): the level is a size
# in KiB; the payload is built before the clock starts and handed to every task, which returns a
# new payload of the same size and shape.
ITEM_BYTES = 64  # about one small object as JSON: a payload of k KiB holds k * 16 of them


def transfer_payload(shape, kib, workload):
    """The payload of a level: kib KiB of bytes, or about kib KiB of small objects (the job's
    workload says which: its "payload", from src/workload-registry.ts)."""
    kib = _count(kib, workload)
    if shape == "bytes":
        return b"a" * (kib * 1024)
    return [{"id": i, "name": "item-%d" % i, "tags": ["a", "b"], "value": i + 0.5} for i in range(kib * 1024 // ITEM_BYTES)]


def _fresh(payload):
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(memoryview(payload))  # a copy: bytes(b) of bytes would be the same object
    if isinstance(payload, list):
        return [dict(item, tags=list(item["tags"])) for item in payload]
    raise HarnessError("transfer workload: expected bytes or a list of objects, got %s" % type(payload).__name__)


def transfer(payload):
    return _fresh(payload)


def transfer_objects(payload):
    return _fresh(payload)


def sleep(ms):
    """Waits `ms` milliseconds and returns `ms` (time.sleep lets go of the GIL: threads wait together)."""
    import time

    ms = _count(ms, "sleep")
    time.sleep(ms / 1000)
    return ms


BUILTINS = {
    "cpu": cpu,
    "memory": memory,
    "io": io,
    "network": network,
    "transfer": transfer,
    "transfer_objects": transfer_objects,
    "sleep": sleep,
}
