"""concurrency-bench's Python runner: one repetition of one benchmark cell, in a fresh process.

    python3 <this folder> '<job json>'        (standard library only, Python 3.9+)

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

Job fields: mode ('serial' | 'parallel' | 'calibrate' | 'probe' | 'about'), strategy (pools.py
STRATEGIES), workload {name, module?, entry?} (module = path of a .py file, entry = the function
to call; no module = a built-in), arg, workers, tasks, task_timeout_s (each pool task must finish
within it of being handed to a worker; absent = no bound), targets_s (calibrate: the serial
seconds one task should take; the result's "calibration" gives an argument for each), cold_only
(serial: the first batch only, for a calibration check). A parallel
run's tasks run twice on one pool: the cold batch, then the warm one, whose wall and CPU time
come apart in the result's "warm".

The modules, one concern each:
    protocol     what the orchestrator and the runner share (fd, environment names, messages)
    errors       errors as one line, and what to do about the pool-specific ones
    workloads    the built-in workloads (the same as src/workloads/builtin.ts)
    loading      a job's workload reference → the function a task calls
    worker       what runs inside pool workers: threads, processes, subinterpreters
    tree_cpu     CPU time of the whole process tree
    calibration  the argument search of duration levels (as src/measure/calibration-search.ts)
    pools        the three pools, their start-up, and the cold and warm batches
    main         the job: about, probe, calibrate, serial or parallel

Workers of every kind import this package by name (worker processes and subinterpreters can only
run functions that live in an importable module), so importing it stays cheap: this file imports
nothing, and a worker loads only `worker` and what it needs.
"""
