"""What the orchestrator and the runner share (src/measure/protocol.ts, src/workloads/run-env.ts;
test/python-contract.test.ts holds the two sides to the same values)."""

import os
import sys

MESSAGE_FD = 3
ENV_URL = "CONCURRENCY_BENCH_URL"
ENV_TMPDIR = "CONCURRENCY_BENCH_TMPDIR"
# Messages are one line of at most this many characters.
MAX_MESSAGE = 300


class Channel:
    """Messages to the orchestrator: JSON lines on fd 3 (stdout when run by hand)."""

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


def result(wall, cpu_time, phases, info):
    return {"type": "result", "wall_time": wall, "cpu_time": cpu_time, "phases": phases, "info": info}


def no_phases():
    """The phases of a job that measures nothing (about, probe, calibrate)."""
    return {"startup": 0.0, "run": 0.0, "shutdown": 0.0}
