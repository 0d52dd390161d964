"""Tests of src/python/concurrency_bench_harness: the harness runs as the orchestrator runs it (a subprocess, the
job in argv[1], messages on fd 3), with real pools and small arguments.

    python3 -m unittest discover -s test/python -v

Python 3.14 tests (InterpreterPool, forkserver ProcessPool) use /opt/python3.14/bin/python3.14 or
python3.14 on PATH and skip when neither is there (../shared/tools/get-python3.14 installs it).
"""

import contextlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PACKAGE_PARENT = os.path.join(ROOT, "src", "python")
# Run as the orchestrator runs it: python3 <the package folder> '<job>'.
HARNESS = os.path.join(PACKAGE_PARENT, "concurrency_bench_harness")
sys.path.insert(0, PACKAGE_PARENT)
from concurrency_bench_harness import calibration, errors, pools, tree_cpu, workloads  # noqa: E402
MIB = 1024 * 1024


def find_python314():
    for candidate in ("/opt/python3.14/bin/python3.14", shutil.which("python3.14")):
        if candidate and os.access(candidate, os.X_OK):
            try:
                subprocess.run(
                    [candidate, "-c", "from concurrent.futures import InterpreterPoolExecutor"],
                    check=True, capture_output=True, timeout=30,
                )
                return candidate
            except (OSError, subprocess.SubprocessError):
                pass
    return None


PY314 = find_python314()
NO_314 = "Python 3.14 not found (/opt/python3.14/bin/python3.14 or python3.14 on PATH); install it with ../shared/tools/get-python3.14"


class Run:
    def __init__(self, returncode, messages, stdout, stderr):
        self.returncode = returncode
        self.messages = messages
        self.stdout = stdout
        self.stderr = stderr

    @property
    def types(self):
        return [message["type"] for message in self.messages]

    @property
    def last(self):
        return self.messages[-1]

    def __repr__(self):
        return "Run(rc=%r, messages=%r, stderr=%r)" % (self.returncode, self.messages, self.stderr[-2000:])


def run_harness(job, python=None, env=None, timeout=120, session=False, harness=HARNESS):
    """Starts the harness with a pipe on fd 3, as the orchestrator does; returns what it said."""
    read_fd, write_fd = os.pipe()
    child_env = dict(os.environ)
    for key, value in (env or {}).items():
        if value is None:
            child_env.pop(key, None)
        else:
            child_env[key] = value
    proc = subprocess.Popen(
        [python or sys.executable, harness, json.dumps(job)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env, cwd=tempfile.gettempdir(),
        # fd 3 in the child is the write end; every other fd but 0-2 is non-inheritable (PEP 446).
        close_fds=False, preexec_fn=lambda: os.dup2(write_fd, 3), start_new_session=session,
    )
    os.close(write_fd)
    chunks = []
    reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: os.read(read_fd, 65536), b"")))
    reader.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    finally:
        reader.join(timeout=30)
        os.close(read_fd)
    lines = b"".join(chunks).decode().splitlines()
    run = Run(proc.returncode, [json.loads(line) for line in lines if line.strip()], stdout.decode(), stderr.decode())
    run.pid = proc.pid
    return run


def parallel(strategy, workload, arg, workers=2, tasks=2):
    return {"mode": "parallel", "strategy": strategy, "workload": workload, "arg": arg, "workers": workers, "tasks": tasks}


def serial(workload, arg, tasks=2):
    return {"mode": "serial", "workload": workload, "arg": arg, "workers": 1, "tasks": tasks}


USER_MODULE = textwrap.dedent(
    '''
    import time
    import sibling_helper  # found only because the module's own folder is on the path

    class Boom(Exception):
        pass

    def burn(seconds):
        """Burns `seconds` of this thread's CPU time: the ground truth for cpu_time."""
        end = time.thread_time() + seconds
        while time.thread_time() < end:
            pass
        return seconds * sibling_helper.FACTOR

    def boom(arg):
        raise ValueError("boom")

    def custom(arg):
        raise Boom("custom %s" % arg)

    def unpicklable_error(arg):
        class Local(Exception):
            pass
        raise Local("local class %s" % arg)

    def chatty(arg):
        print('{"type": "result", "wall_time": 0}', flush=True)  # must not pass for a message
        return arg

    async def later(arg):
        return arg

    def single_phase(arg):
        import _testsinglephase  # an extension module that refuses subinterpreters (3.14 test builds)
        return arg

    not_a_function = 3
    '''
)


class Fixture:
    """A temp folder with user workload modules that are importable only from that folder."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="cb-harness-test-")
        self.write("sibling_helper.py", "FACTOR = 3\n")
        self.write("userwork.py", USER_MODULE)
        self.write("broken_import.py", "import this_module_does_not_exist_anywhere\n\ndef f(arg):\n    return arg\n")
        self.write("bad_syntax.py", "def f(arg)\n    return arg\n")
        # loads in the main interpreter, not in a subinterpreter (on builds that have _testsinglephase)
        self.write("single_phase_at_import.py", "import _testsinglephase\n\ndef f(arg):\n    return arg\n")

    def write(self, name, text):
        with open(os.path.join(self.dir, name), "w") as f:
            f.write(text)

    def ref(self, entry, module="userwork.py"):
        return {"name": "user", "module": os.path.join(self.dir, module), "entry": entry}

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


class HarnessCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fixture = Fixture()

    @classmethod
    def tearDownClass(cls):
        cls.fixture.remove()

    def assertResult(self, run, spanned=True):
        self.assertEqual(run.returncode, 0, run)
        self.assertEqual(run.types, ["span-start", "span-end", "result"] if spanned else ["result"], run)
        result = run.last
        for key in ("wall_time", "cpu_time"):
            self.assertIsInstance(result[key], float, run)
            self.assertGreaterEqual(result[key], 0.0, run)
        self.assertEqual(set(result["phases"]), {"startup", "run", "shutdown"})
        self.assertAlmostEqual(sum(result["phases"].values()), result["wall_time"], places=6)
        return result

    def assertError(self, run, *fragments):
        self.assertEqual(run.returncode, 1, run)
        self.assertEqual(run.types[-1], "error", run)
        self.assertEqual(run.types.count("error"), 1, run)
        message = run.last["message"]
        self.assertNotIn("\n", message)
        self.assertNotIn("Traceback", message)
        for fragment in fragments:
            self.assertIn(fragment, message, run)
        return message


class BuiltinWorkloadFunctions(unittest.TestCase):
    """The built-ins' semantics (src/workloads/builtin.ts), called directly."""

    def test_cpu_and_memory(self):
        self.assertEqual(workloads.cpu(5), 16)
        self.assertEqual(workloads.cpu(0), 0)
        self.assertEqual(workloads.memory(5), 10)
        self.assertEqual(workloads.cpu(5.0), 16)  # JSON may carry 5e6 as a float
        with self.assertRaises(Exception):
            workloads.cpu(2.5)

    def test_io_writes_reads_and_deletes(self):
        with tempfile.TemporaryDirectory() as folder, env({"CONCURRENCY_BENCH_TMPDIR": folder}):
            self.assertEqual(workloads.io(2), 2 * MIB)
            self.assertEqual(os.listdir(folder), [])

    def test_io_deletes_its_file_on_error(self):
        with tempfile.TemporaryDirectory() as folder, env({"CONCURRENCY_BENCH_TMPDIR": folder}):
            def failing_open(*args, **kwargs):
                raise OSError("disk gone")

            workloads.open = failing_open  # the read-back fails after the file was written
            try:
                with self.assertRaises(OSError):
                    workloads.io(1)
            finally:
                del workloads.open
            self.assertEqual(os.listdir(folder), [])

    def test_network_counts_the_last_body(self):
        with http_server() as url, env({"CONCURRENCY_BENCH_URL": url}):
            self.assertEqual(workloads.network(3), 1234)
            self.assertEqual(HitCounter.hits, 3)

    def test_network_needs_a_url(self):
        with env({"CONCURRENCY_BENCH_URL": None}):
            with self.assertRaisesRegex(Exception, "CONCURRENCY_BENCH_URL"):
                workloads.network(1)

    def test_proc_stat_parsing_survives_odd_command_names(self):
        line = "1234 (we ird) (name)) S 42 1 1 0 -1 0 0 0 0 0 70 30 5 7 20 0 1 0 100 0 0"
        self.assertEqual(tree_cpu.parse_proc_stat(line), (42, 70 + 30 + 5 + 7))
        self.assertIsNone(tree_cpu.parse_proc_stat("garbage"))

    def test_one_line(self):
        self.assertEqual(errors.one_line(ValueError("boom\n  more")), "ValueError: boom more")
        self.assertEqual(errors.one_line(errors.HarnessError("plain")), "plain")
        self.assertEqual(len(errors.one_line(RuntimeError("x" * 1000))), 300)


class RunTasks(unittest.TestCase):
    """run_tasks: at most in_flight tasks at once, each bounded by timeout_s from its submission."""

    def run_with(self, durations, in_flight, timeout_s):
        import concurrent.futures

        lock = threading.Lock()
        state = {"running": 0, "most": 0, "done": 0}

        def task(seconds):
            with lock:
                state["running"] += 1
                state["most"] = max(state["most"], state["running"])
            time.sleep(seconds)
            with lock:
                state["running"] -= 1
                state["done"] += 1

        queue = list(durations)
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(durations)) as executor:
            pools.run_tasks(lambda: executor.submit(task, queue.pop(0)), len(durations), in_flight, timeout_s)
        return state

    def test_all_tasks_run_with_at_most_in_flight_at_once(self):
        state = self.run_with([0.05] * 6, 2, 5.0)
        self.assertEqual((state["done"], state["most"]), (6, 2))

    def test_each_task_has_the_whole_bound_from_its_own_start(self):
        # 4 tasks of 0.3 s, 2 at a time: 0.6 s in all, more than the 0.45 s bound, yet none is late
        self.assertEqual(self.run_with([0.3] * 4, 2, 0.45)["done"], 4)

    def test_a_task_over_the_bound_raises_task_timeout(self):
        with self.assertRaisesRegex(errors.TaskTimeout, r"a task ran longer than 0.2 s \(config timeout_s\)"):
            self.run_with([0.05, 1.0], 2, 0.2)

    def test_a_task_error_ends_the_run(self):
        import concurrent.futures

        def fail():
            raise ValueError("boom")

        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
            with self.assertRaisesRegex(ValueError, "boom"):
                pools.run_tasks(lambda: executor.submit(fail), 3, 1, None)


class BuiltinsThroughTheHarness(HarnessCase):
    STRATEGIES = ("thread-pool", "process-pool")
    ARGS = {"cpu": 20000, "memory": 20000, "io": 1, "network": 2}

    def test_each_builtin_serial_and_in_each_pool(self):
        with tempfile.TemporaryDirectory() as folder, http_server() as url:
            settings = {"CONCURRENCY_BENCH_TMPDIR": folder, "CONCURRENCY_BENCH_URL": url}
            for name, arg in self.ARGS.items():
                with self.subTest(workload=name, mode="serial"):
                    result = self.assertResult(run_harness(serial({"name": name}, arg), env=settings))
                    self.assertEqual(result["phases"]["startup"], 0.0)
                    self.assertEqual(result["phases"]["shutdown"], 0.0)
                for strategy in self.STRATEGIES:
                    with self.subTest(workload=name, strategy=strategy):
                        result = self.assertResult(run_harness(parallel(strategy, {"name": name}, arg), env=settings))
                        self.assertEqual(result["info"]["workers_started"], 2)
                        if strategy == "process-pool":
                            self.assertIn(result["info"]["start_method"], ("fork", "forkserver", "spawn"))
                self.assertEqual(os.listdir(folder), [], "io left a file behind")

    def test_network_without_url_is_an_error(self):
        run = run_harness(serial({"name": "network"}, 1), env={"CONCURRENCY_BENCH_URL": ""})
        self.assertError(run, "CONCURRENCY_BENCH_URL")

    def test_unknown_builtin(self):
        self.assertError(run_harness(serial({"name": "nope"}, 1)), 'unknown built-in workload "nope"', "cpu")


class GroundTruth(HarnessCase):
    """2 tasks that each burn 1.0 s of their thread's CPU, on 2 workers: cpu_time must say 2.0 s.

    The span also holds the pool's own start-up (a forkserver and a resource tracker start, Python
    boots in each worker, subinterpreters are created), which is real CPU of the tree; it is
    measured with tasks that burn nothing and taken off before comparing. cpu_time must never be
    below the truth (the study lost exited workers' CPU)."""

    BURN = 1.0
    TRUTH = 2.0

    def check(self, job, python=None):
        idle_job = dict(job, arg=0.0)
        idle = self.assertResult(run_harness(idle_job, python=python))["cpu_time"]
        result = self.assertResult(run_harness(job, python=python))
        measured = result["cpu_time"]
        label = "%s %s" % (os.path.basename(python or sys.executable), job.get("strategy", "serial"))
        sys.stderr.write(
            "\n  ground truth %-36s cpu_time %.3f s, pool overhead %.3f s, net %.3f s (truth %.1f), wall %.3f s\n"
            % (label, measured, idle, measured - idle, self.TRUTH, result["wall_time"])
        )
        self.assertGreaterEqual(measured, self.TRUTH * 0.95, result)
        self.assertGreaterEqual(measured - idle, self.TRUTH * 0.95, result)
        self.assertLessEqual(measured - idle, self.TRUTH * 1.10, result)
        # The warm batch (the same tasks again, on the started pool or in the same thread) is
        # kept out of the cold span: it has its own CPU time, the same truth, no start-up in it.
        warm = result["warm"]
        self.assertGreaterEqual(warm["cpu_time"], self.TRUTH * 0.95, result)
        self.assertLessEqual(warm["cpu_time"], self.TRUTH * 1.10, result)
        self.assertGreaterEqual(warm["wall_time"], self.BURN * 0.95, result)
        return result

    def test_serial(self):
        self.check(serial(self.fixture.ref("burn"), self.BURN))

    def test_thread_pool(self):
        self.check(parallel("thread-pool", self.fixture.ref("burn"), self.BURN))

    def test_process_pool(self):
        self.check(parallel("process-pool", self.fixture.ref("burn"), self.BURN))

    @unittest.skipUnless(PY314, NO_314)
    def test_serial_314(self):
        self.check(serial(self.fixture.ref("burn"), self.BURN), python=PY314)

    @unittest.skipUnless(PY314, NO_314)
    def test_thread_pool_314(self):
        self.check(parallel("thread-pool", self.fixture.ref("burn"), self.BURN), python=PY314)

    @unittest.skipUnless(PY314, NO_314)
    def test_process_pool_forkserver_314(self):
        result = self.check(parallel("process-pool", self.fixture.ref("burn"), self.BURN), python=PY314)
        # 3.14's default on Linux: workers are the forkserver's children, not ours (docs/architecture.md, "Runner protocol").
        self.assertEqual(result["info"]["start_method"], "forkserver")

    @unittest.skipUnless(PY314, NO_314)
    def test_interpreter_pool_314(self):
        self.check(parallel("interpreter-pool", self.fixture.ref("burn"), self.BURN), python=PY314)


class Calibration(HarnessCase):
    """Duration levels: the search for the argument, on a clock whose cost per unit is known."""

    def test_a_linear_workload_gets_exact_arguments(self):
        points = calibration.calibrate(lambda arg: arg * 0.001, [0.1, 0.01])
        self.assertEqual([(p["target_s"], p["arg"]) for p in points], [(0.1, 100), (0.01, 10)])
        self.assertTrue(all("note" not in p for p in points))

    def test_a_known_line_is_found_from_the_probe_and_checked_once(self):
        tried = []

        def clock(arg):
            tried.append(arg)
            return 0.004 + arg * 1e-6

        points = calibration.calibrate(clock, [0.01, 1.0])
        self.assertEqual([(p["arg"], len(p["samples"])) for p in points], [(6000, 5), (996000, 3)])
        self.assertEqual(tried[tried.index(6000):], [6000] * 5 + [996000] * 3)
        for point in points:
            self.assertAlmostEqual(point["fit"]["b"], 1e-6, delta=1e-12)
            self.assertEqual(point["seconds"], sorted(point["samples"])[len(point["samples"]) // 2])

    def test_a_fixed_cost_per_call_is_corrected_for(self):
        points = calibration.calibrate(lambda arg: 0.004 + arg * 1e-6, [0.01, 1.0])
        for point in points:
            self.assertLessEqual(abs(point["seconds"] / point["target_s"] - 1), 0.03, point)

    def test_one_unit_longer_than_the_target_takes_one_and_says_so(self):
        (point,) = calibration.calibrate(lambda arg: arg * 0.05, [0.01])
        self.assertEqual((point["arg"], point["seconds"]), (1, 0.05))
        self.assertEqual(point["note"], "the smallest argument (1) already takes 50 ms")

    def test_coarse_steps_take_the_nearest_and_say_so(self):
        (point,) = calibration.calibrate(lambda arg: arg * 0.052, [0.1])
        self.assertEqual(point["arg"], 2)
        self.assertIn("whole arguments move in steps of 52 ms", point["note"])

    def test_the_real_cpu_workload_through_the_harness(self):
        run = run_harness({"mode": "calibrate", "workload": {"name": "cpu"}, "arg": None, "workers": 1, "tasks": 1, "targets_s": [0.02, 0.05]})
        result = self.assertResult(run, spanned=False)
        points = result["calibration"]
        self.assertEqual([p["target_s"] for p in points], [0.02, 0.05])
        for point in points:
            self.assertLessEqual(abs(point["seconds"] / point["target_s"] - 1), 0.15, point)
            self.assertEqual(len(point["samples"]), 5)
        self.assertGreater(points[1]["arg"], points[0]["arg"])


class Errors(HarnessCase):
    def test_a_task_that_raises(self):
        for strategy in (None, "thread-pool", "process-pool"):
            with self.subTest(strategy=strategy):
                job = serial(self.fixture.ref("boom"), 1) if strategy is None else parallel(strategy, self.fixture.ref("boom"), 1)
                message = self.assertError(run_harness(job), "ValueError: boom")
                self.assertEqual(message, "ValueError: boom")

    def test_a_user_exception_class(self):
        self.assertError(run_harness(parallel("process-pool", self.fixture.ref("custom"), 7)), "Boom: custom 7")

    def test_an_exception_that_cannot_be_pickled_keeps_its_message(self):
        run = run_harness(parallel("process-pool", self.fixture.ref("unpicklable_error"), 7))
        self.assertEqual(self.assertError(run), "Local: local class 7")

    def test_a_module_that_fails_to_import(self):
        for job in (
            {"mode": "probe", "workload": self.fixture.ref("f", "broken_import.py"), "arg": 1, "workers": 1, "tasks": 1},
            serial(self.fixture.ref("f", "broken_import.py"), 1),
            parallel("process-pool", self.fixture.ref("f", "broken_import.py"), 1),
        ):
            with self.subTest(mode=job["mode"]):
                run = run_harness(job)
                self.assertError(run, "cannot import", "broken_import.py", "No module named 'this_module_does_not_exist_anywhere'")
                self.assertNotIn("span-start", run.types)
        self.assertError(run_harness(serial(self.fixture.ref("f", "bad_syntax.py"), 1)), "cannot import", "SyntaxError")

    def test_a_missing_function(self):
        run = run_harness(parallel("thread-pool", self.fixture.ref("nope"), 1))
        message = self.assertError(run, 'has no function "nope"', "userwork.py", "burn")
        self.assertNotIn("sibling_helper", message)
        self.assertError(run_harness(serial(self.fixture.ref("not_a_function"), 1)), 'has no function "not_a_function"')

    def test_a_missing_module_file(self):
        self.assertError(run_harness(serial(self.fixture.ref("f", "absent.py"), 1)), "module not found", "absent.py")

    def test_interpreter_pool_on_this_python(self):
        if sys.version_info >= (3, 14):
            self.skipTest("this Python has InterpreterPoolExecutor")
        run = run_harness(parallel("interpreter-pool", {"name": "cpu"}, 10))
        version = "%d.%d.%d" % sys.version_info[:3]
        self.assertEqual(self.assertError(run), "interpreter-pool needs Python 3.14+, this is %s" % version)

    def test_bad_jobs(self):
        self.assertError(run_harness(parallel("green-threads", {"name": "cpu"}, 10)), 'no strategy "green-threads"')
        self.assertError(run_harness({"mode": "sideways"}), 'unknown mode "sideways"')
        self.assertError(run_harness(parallel("thread-pool", {"name": "cpu"}, 10, workers=0)), '"workers"')

    def test_not_json(self):
        read_fd, write_fd = os.pipe()
        proc = subprocess.run(
            [sys.executable, HARNESS, "{nope"], capture_output=True,
            close_fds=False, preexec_fn=lambda: os.dup2(write_fd, 3), timeout=60,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            message = json.loads(f.read())
        self.assertEqual(proc.returncode, 1)
        self.assertEqual(message["type"], "error")
        self.assertIn("not valid JSON", message["message"])


class ModesAndPlumbing(HarnessCase):
    def test_about(self):
        run = run_harness({"mode": "about"})
        result = self.assertResult(run, spanned=False)
        info = result["info"]
        self.assertEqual(info["version"], "%d.%d.%d" % sys.version_info[:3])
        self.assertEqual(info["implementation"], "CPython")
        self.assertIsInstance(info["free_threaded"], bool)
        self.assertIsInstance(info["gil_enabled"], bool)
        self.assertEqual(info["interpreter_pool"], sys.version_info >= (3, 14))
        self.assertIn(info["start_method"], ("fork", "forkserver", "spawn"))
        self.assertEqual(result["wall_time"], 0.0)
        self.assertEqual(result["cpu_time"], 0.0)

    @unittest.skipUnless(PY314, NO_314)
    def test_about_314(self):
        info = self.assertResult(run_harness({"mode": "about"}, python=PY314), spanned=False)["info"]
        self.assertTrue(info["version"].startswith("3.14"))
        self.assertTrue(info["interpreter_pool"])
        self.assertEqual(info["start_method"], "forkserver")
        self.assertEqual(info["free_threaded"], not info["gil_enabled"])

    def test_probe(self):
        self.assertResult(run_harness({"mode": "probe", "workload": self.fixture.ref("burn"), "arg": 1, "workers": 1, "tasks": 1}), spanned=False)
        self.assertResult(run_harness({"mode": "probe", "workload": {"name": "io"}, "arg": 1, "workers": 1, "tasks": 1}), spanned=False)
        self.assertError(run_harness({"mode": "probe", "workload": self.fixture.ref("nope"), "arg": 1, "workers": 1, "tasks": 1}), 'no function "nope"')

    def test_a_module_importable_only_from_its_folder_runs_in_the_process_pool(self):
        # The harness runs with its cwd elsewhere; userwork imports sibling_helper from its own folder.
        result = self.assertResult(run_harness(parallel("process-pool", self.fixture.ref("burn"), 0.01, workers=2, tasks=3)))
        self.assertEqual(result["info"]["workers_started"], 2)

    def test_workload_stdout_is_not_a_message(self):
        run = run_harness(parallel("process-pool", self.fixture.ref("chatty"), 1))
        self.assertResult(run)
        self.assertIn('"type": "result"', run.stdout)

    def test_async_workload(self):
        self.assertResult(run_harness(parallel("thread-pool", self.fixture.ref("later"), 1)))

    def test_more_workers_than_tasks_all_start(self):
        result = self.assertResult(run_harness(parallel("thread-pool", {"name": "cpu"}, 10, workers=3, tasks=1)))
        self.assertEqual(result["info"]["workers_started"], 3)
        self.assertGreater(result["phases"]["startup"], 0.0)

    def test_runs_as_a_copied_folder_with_nothing_but_the_standard_library(self):
        # dist/ holds a copy of the package folder, alone (the Action runs without node_modules
        # or a pip install). Beside it a run may leave Python's bytecode cache and nothing else.
        pythons = [(sys.executable, ("thread-pool", "process-pool"))]
        if PY314:
            pythons.append((PY314, ("process-pool", "interpreter-pool")))
        with tempfile.TemporaryDirectory() as folder:
            copy = os.path.join(folder, "concurrency_bench_harness")
            shutil.copytree(HARNESS, copy, ignore=shutil.ignore_patterns("__pycache__"))
            files = sorted(os.listdir(copy))
            for python, strategies in pythons:
                for strategy in strategies:
                    with self.subTest(python=python, strategy=strategy):
                        run = run_harness(parallel(strategy, self.fixture.ref("burn"), 0.01), python=python, harness=copy)
                        self.assertResult(run)
                        self.assertEqual(os.listdir(folder), ["concurrency_bench_harness"])
                        self.assertEqual(sorted(set(os.listdir(copy)) - {"__pycache__"}), files)

    def test_no_processes_left_behind(self):
        for python in [sys.executable] + ([PY314] if PY314 else []):
            with self.subTest(python=python):
                run = run_harness(parallel("process-pool", {"name": "cpu"}, 10), python=python, session=True)
                self.assertResult(run)
                # A forkserver and resource tracker leave on their own once the harness is gone.
                deadline = time.monotonic() + 10
                while session_members(run.pid) and time.monotonic() < deadline:
                    time.sleep(0.05)
                self.assertEqual(session_members(run.pid), [])


@unittest.skipUnless(PY314, NO_314)
class Python314(HarnessCase):
    def test_builtins_in_the_interpreter_pool(self):
        with tempfile.TemporaryDirectory() as folder, http_server() as url:
            settings = {"CONCURRENCY_BENCH_TMPDIR": folder, "CONCURRENCY_BENCH_URL": url}
            for name, arg in BuiltinsThroughTheHarness.ARGS.items():
                for strategy in ("interpreter-pool", "process-pool"):
                    with self.subTest(workload=name, strategy=strategy):
                        run = run_harness(parallel(strategy, {"name": name}, arg), python=PY314, env=settings)
                        self.assertEqual(self.assertResult(run)["info"]["workers_started"], 2)
            self.assertEqual(os.listdir(folder), [])

    def test_a_module_importable_only_from_its_folder_runs_in_subinterpreters(self):
        # Subinterpreters do not inherit sys.path edits (docs/architecture.md, "Runner protocol").
        result = self.assertResult(run_harness(parallel("interpreter-pool", self.fixture.ref("burn"), 0.01, tasks=3), python=PY314))
        self.assertEqual(result["info"]["workers_started"], 2)

    def test_a_task_that_raises_in_a_subinterpreter(self):
        self.assertEqual(self.assertError(run_harness(parallel("interpreter-pool", self.fixture.ref("boom"), 1), python=PY314)), "ValueError: boom")
        self.assertError(run_harness(parallel("interpreter-pool", self.fixture.ref("custom"), 2), python=PY314), "Boom: custom 2")
        run = run_harness(parallel("interpreter-pool", self.fixture.ref("unpicklable_error"), 3), python=PY314)
        self.assertEqual(self.assertError(run), "Local: local class 3")

    def test_a_module_that_refuses_subinterpreters(self):
        probe = subprocess.run([PY314, "-c", "import _testsinglephase"], capture_output=True)
        if probe.returncode != 0:
            self.skipTest("this Python 3.14 has no _testsinglephase module")
        run = run_harness(parallel("interpreter-pool", self.fixture.ref("single_phase"), 1), python=PY314)
        self.assertError(run, "does not support loading in subinterpreters", "use process-pool")
        self.assertResult(run_harness(parallel("process-pool", self.fixture.ref("single_phase"), 1), python=PY314))

    def test_a_module_that_fails_to_import(self):
        run = run_harness(parallel("interpreter-pool", self.fixture.ref("f", "broken_import.py"), 1), python=PY314)
        self.assertError(run, "cannot import", "this_module_does_not_exist_anywhere")

    def test_a_module_that_loads_here_but_not_in_a_subinterpreter(self):
        probe = subprocess.run([PY314, "-c", "import _testsinglephase"], capture_output=True)
        if probe.returncode != 0:
            self.skipTest("this Python 3.14 has no _testsinglephase module")
        run = run_harness(parallel("interpreter-pool", self.fixture.ref("f", "single_phase_at_import.py"), 1), python=PY314)
        self.assertError(run, "cannot import", "single_phase_at_import.py", "does not support loading in subinterpreters", "use process-pool")
        self.assertIn("span-start", run.types)  # it failed in the workers, during start-up


# --------------------------------------------------------------------------------------------


@contextlib.contextmanager
def env(settings):
    saved = {key: os.environ.get(key) for key in settings}
    try:
        for key, value in settings.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class HitCounter(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):
        HitCounter.hits += 1
        body = b"x" * 1234
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def http_server():
    HitCounter.hits = 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HitCounter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d/" % server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def session_members(sid):
    """Live processes of session `sid` (the harness ran as its leader)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append(int(entry))
    return found


if __name__ == "__main__":
    unittest.main()
