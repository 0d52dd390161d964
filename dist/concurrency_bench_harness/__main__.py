# `python3 <folder>` runs this. Python puts the folder itself first on sys.path; put its parent
# there instead, so the package imports as itself (what pools pickle: concurrency_bench_harness.
# worker.run_task) and its module names (errors, pools, …) cannot hide a workload's.
import os
import sys

_here = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0] or os.curdir) == _here:
    sys.path[0] = os.path.dirname(_here)

if __name__ == "__main__":
    from concurrency_bench_harness.main import main

    code = main(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)
