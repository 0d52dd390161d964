import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);

// src/workload-registry.ts
var BUILTIN_WORKLOADS = {
  cpu: {
    task: "s = i*i for i in 0..n",
    unit: "iterations",
    max: 1e12,
    maxNote: "minutes per task in Node on a fast core, hours in CPython",
    durations: true,
    study: true,
    handed: "argument",
    needs: "nothing"
  },
  memory: {
    task: "build a list of 0..n, sum it",
    unit: "list items",
    max: 1e10,
    maxNote: "more than any runner's memory holds",
    durations: true,
    study: true,
    handed: "argument",
    needs: "nothing"
  },
  io: {
    task: "write n MiB to a temp file, read it back, delete it",
    unit: "MiB",
    max: 1e5,
    maxNote: "about 98 GiB",
    durations: true,
    study: true,
    handed: "argument",
    needs: "nothing"
  },
  network: {
    task: "n sequential HTTP GETs (fresh connection each)",
    unit: "requests",
    max: 1e5,
    maxNote: "",
    durations: true,
    study: true,
    handed: "argument",
    needs: "loopback-server"
  },
  transfer: {
    task: "receive n KiB of bytes, return a copy of the same size",
    unit: "KiB",
    max: 262144,
    maxNote: "256 MiB",
    durations: false,
    study: false,
    handed: "bytes",
    needs: "nothing"
  },
  transfer_objects: {
    task: "receive about n KiB of small objects (16 a KiB), return a copy of the same size",
    unit: "KiB",
    max: 262144,
    maxNote: "256 MiB",
    durations: false,
    study: false,
    handed: "objects",
    needs: "nothing"
  },
  sleep: {
    task: "wait n ms on a timer, no CPU (the event loop waits for every task at once)",
    unit: "milliseconds",
    max: 6e5,
    maxNote: "ten minutes, the default timeout_s",
    durations: true,
    study: false,
    handed: "argument",
    needs: "nothing"
  }
};
var BUILTIN_WORKLOAD_NAMES = Object.keys(BUILTIN_WORKLOADS);
var STUDY_WORKLOAD_NAMES = BUILTIN_WORKLOAD_NAMES.filter((name) => BUILTIN_WORKLOADS[name].study);
var isBuiltinWorkload = (name) => Object.hasOwn(BUILTIN_WORKLOADS, name);
var builtinWorkload = (name) => isBuiltinWorkload(name) ? BUILTIN_WORKLOADS[name] : void 0;
var isStudyWorkload = (name) => builtinWorkload(name)?.study === true;

// src/measure/protocol.ts
var MESSAGE_FD = 3;
var CALIBRATION = {
  tolerance: 0.03,
  attempts: 4,
  probe_s: 0.02,
  // no level of a built-in takes more (src/workload-registry.ts): the search never goes beyond
  max_arg: Math.max(...BUILTIN_WORKLOAD_NAMES.map((name) => BUILTIN_WORKLOADS[name].max)),
  calls_short: 5,
  calls_long: 3,
  long_s: 0.2,
  stale: 0.25
};
var REPETITION_TIMEOUT = {
  formula: "timeout_s \xD7 (2 \xD7 tasks + 1)",
  ms: (taskTimeoutMs, tasks, batches = 2) => taskTimeoutMs * (batches * tasks + 1)
};

// src/format-seconds.ts
function formatSeconds(seconds) {
  if (seconds >= 1) return `${seconds.toPrecision(3)} s`;
  if (seconds >= 1e-3) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${(seconds * 1e6).toPrecision(3)} \xB5s`;
}

// src/stats/summary.ts
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function describe(samples) {
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  const variance = samples.length > 1 ? samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (samples.length - 1) : 0;
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    cv: mean === 0 ? 0 : Math.sqrt(variance) / Math.abs(mean),
    samples
  };
}

// src/measure/calibration-search.ts
var callsFor = (target) => target < CALIBRATION.long_s ? CALIBRATION.calls_short : CALIBRATION.calls_long;
var clampArg = (arg) => Math.min(CALIBRATION.max_arg, Math.max(1, Math.round(arg)));
var miss = (seconds, target) => Math.abs(seconds / target - 1);
function current(points) {
  return points.filter(
    (p, i) => !points.some((q, j) => j > i && q.arg >= p.arg && q.seconds * (1 + CALIBRATION.stale) < p.seconds)
  );
}
function fitLine(points, target) {
  const kept = current(points);
  const weights = kept.map((p) => {
    const q = Math.log(Math.max(p.seconds, 1e-12) / target) / Math.LN2;
    return Math.exp(-q * q / 8);
  });
  let heaviest = 0;
  weights.forEach((w, i) => {
    if (w > weights[heaviest]) heaviest = i;
  });
  const ref = kept[heaviest];
  let sw = 0;
  let su = 0;
  let sv = 0;
  let suu = 0;
  let suv = 0;
  kept.forEach((p, i) => {
    const w = weights[i];
    const u = p.arg - ref.arg;
    const v = p.seconds - ref.seconds;
    sw += w;
    su += w * u;
    sv += w * v;
    suu += w * u * u;
    suv += w * u * v;
  });
  const det = sw * suu - su * su;
  if (!(det > 0)) return void 0;
  const b = (sw * suv - su * sv) / det;
  if (!(b > 0) || !Number.isFinite(b)) return void 0;
  return { a: ref.seconds + sv / sw - b * (ref.arg + su / sw), b };
}
function chosenArg(points, target) {
  const fit = fitLine(points, target);
  if (fit) return clampArg((target - fit.a) / fit.b);
  const nearest = current(points).reduce(
    (best, m) => Math.abs(Math.log(Math.max(m.seconds, 1e-12) / target)) < Math.abs(Math.log(Math.max(best.seconds, 1e-12) / target)) ? m : best
  );
  return clampArg(nearest.arg * target / Math.max(nearest.seconds, 1e-9));
}
async function calibrate(timeCall, targets) {
  if (targets.length === 0) return [];
  const measured = [];
  let arg = 1;
  let seconds = await timeCall(arg);
  measured.push({ arg, seconds });
  const probe = Math.min(CALIBRATION.probe_s, Math.min(...targets) / 2);
  while (seconds < probe && arg < CALIBRATION.max_arg) {
    arg = clampArg(arg * Math.min(100, Math.max(2, probe / Math.max(seconds, 1e-6))));
    seconds = await timeCall(arg);
    measured.push({ arg, seconds });
  }
  const points = [];
  for (const target of [...targets].sort((a, b) => a - b)) {
    let candidate = chosenArg(measured, target);
    let best;
    for (let attempt = 0; attempt < CALIBRATION.attempts; attempt++) {
      const samples = [];
      for (let call = 0; call < callsFor(target); call++) samples.push(await timeCall(candidate));
      for (const s of samples) measured.push({ arg: candidate, seconds: s });
      const took = median(samples);
      if (!best || miss(took, target) < miss(best.seconds, target)) best = { arg: candidate, seconds: took, samples };
      if (miss(took, target) <= CALIBRATION.tolerance) break;
      let next = chosenArg(measured, target);
      if (next === candidate) next = clampArg(candidate * target / Math.max(took, 1e-9));
      if (next === candidate) break;
      candidate = next;
    }
    const fit = fitLine(measured, target);
    points.push({ target_s: target, ...best, ...fit ? { fit } : {}, ...noteFor(best, target) });
  }
  return targets.map((target) => points.find((p) => p.target_s === target));
}
function calibrationCostEstimate(targets) {
  if (targets.length === 0) return 0;
  const probe = Math.min(CALIBRATION.probe_s, Math.min(...targets) / 2);
  return 4 * probe + targets.reduce((sum, target) => sum + 2 * callsFor(target) * target, 0);
}
function noteFor(best, target) {
  if (miss(best.seconds, target) <= CALIBRATION.tolerance) return {};
  if (best.arg === 1 && best.seconds > target)
    return { note: `the smallest argument (1) already takes ${formatSeconds(best.seconds)}` };
  if (best.seconds / best.arg > 2 * CALIBRATION.tolerance * target) {
    return {
      note: `whole arguments move in steps of ${formatSeconds(best.seconds / best.arg)}: the nearest takes ${formatSeconds(best.seconds)}`
    };
  }
  return {
    note: `no argument came within ${CALIBRATION.tolerance * 100}%: the closest took ${formatSeconds(best.seconds)}`
  };
}

// src/registry.ts
var RUNTIME_KINDS = {
  node: { language: "JS/TS", extensions: [".js", ".mjs", ".cjs", ".ts", ".mts"], entryField: "export" },
  python: { language: "Python", extensions: [".py"], entryField: "function" }
};
var RUNTIME_KIND_IDS = Object.keys(RUNTIME_KINDS);
var STRATEGIES = {
  "event-loop": {
    runtime: "node",
    name: "EventLoop",
    color: "#E69F00",
    // orange
    inFlight: "all"
  },
  "worker-threads": {
    runtime: "node",
    name: "WorkerThreads",
    color: "#56B4E9",
    // sky blue
    inFlight: "per-worker"
  },
  "child-processes": {
    runtime: "node",
    name: "ChildProcesses",
    color: "#009E73",
    // bluish green
    inFlight: "per-worker"
  },
  "thread-pool": {
    runtime: "python",
    name: "ThreadPool",
    color: "#0072B2",
    // blue
    inFlight: "per-worker"
  },
  "process-pool": {
    runtime: "python",
    name: "ProcessPool",
    color: "#D55E00",
    // vermillion
    inFlight: "per-worker"
  },
  "interpreter-pool": {
    runtime: "python",
    name: "InterpreterPool",
    color: "#CC79A7",
    // reddish purple
    inFlight: "per-worker"
  }
};
var STRATEGY_IDS = Object.keys(STRATEGIES);
var isStrategyId = (id) => Object.hasOwn(STRATEGIES, id);
var tasksInFlight = (id, workers, tasks) => isStrategyId(id) && STRATEGIES[id].inFlight === "all" ? tasks : Math.min(workers, tasks);
var runtimeKindOf = (id) => STRATEGIES[id].runtime;
var runtimeKindOfModule = (path) => RUNTIME_KIND_IDS.find((kind) => RUNTIME_KINDS[kind].extensions.some((ext) => path.endsWith(ext)));
var MODULE_EXTENSIONS = RUNTIME_KIND_IDS.flatMap((kind) => RUNTIME_KINDS[kind].extensions);
var MODULE_PATTERN = `\\.(${MODULE_EXTENSIONS.map((ext) => ext.slice(1)).join("|")})$`;

// src/measure/process-tree.ts
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

// src/measure/proc-files.ts
import { closeSync, openSync, readSync } from "node:fs";
var BUFFER_BYTES = 4096;
var ProcFiles = class {
  open = /* @__PURE__ */ new Map();
  buffer = Buffer.alloc(BUFFER_BYTES);
  /** The file's current text; undefined once it cannot be read (its process has gone). */
  read(path) {
    let fd = this.open.get(path);
    try {
      if (fd === void 0) {
        fd = openSync(path, "r");
        this.open.set(path, fd);
      }
      const bytes = readSync(fd, this.buffer, 0, BUFFER_BYTES, 0);
      return this.buffer.toString("utf8", 0, bytes);
    } catch {
      this.forget(path);
      return void 0;
    }
  }
  /** Closes the descriptor of a file no longer wanted. */
  forget(path) {
    const fd = this.open.get(path);
    if (fd === void 0) return;
    this.open.delete(path);
    try {
      closeSync(fd);
    } catch {
    }
  }
  /** Closes every descriptor. */
  closeAll() {
    for (const path of [...this.open.keys()]) this.forget(path);
  }
};

// src/measure/process-tree.ts
var CLOCK_TICKS_PER_SECOND = 100;
var pageSize;
function pageSizeBytes() {
  if (pageSize === void 0) {
    try {
      pageSize = Number(execFileSync("getconf", ["PAGESIZE"], { encoding: "utf8" })) || 4096;
    } catch {
      pageSize = 4096;
    }
  }
  return pageSize;
}
var hasProcFs = () => process.platform === "linux";
function parseProcStat(pid, text) {
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const ticks = (i) => Number(fields[i]) / CLOCK_TICKS_PER_SECOND;
  return {
    pid,
    state: fields[0],
    ppid: Number(fields[1]),
    ownCpu: ticks(11) + ticks(12),
    reapedChildrenCpu: ticks(13) + ticks(14),
    rssBytes: Number(fields[21]) * pageSizeBytes()
  };
}
function readProcStat(pid) {
  try {
    return parseProcStat(pid, readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return void 0;
  }
}
function allProcesses() {
  const stats = [];
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = readProcStat(pid);
    if (stat) stats.push(stat);
  }
  return stats;
}
function descendants(rootPid) {
  return descendantsIn(allProcesses(), rootPid);
}
function descendantsIn(processes, rootPid) {
  const byParent = /* @__PURE__ */ new Map();
  for (const stat of processes) {
    const siblings = byParent.get(stat.ppid);
    if (siblings) siblings.push(stat);
    else byParent.set(stat.ppid, [stat]);
  }
  const found = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    for (const child of byParent.get(queue.pop()) ?? []) {
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}
var ProcessTreeWatcher = class {
  rootPid;
  files = new ProcFiles();
  knownPids = [];
  lastPidSeen = "";
  constructor(rootPid) {
    this.rootPid = rootPid;
  }
  /** The PID the kernel handed out last (to any process or thread on the machine). */
  lastPid() {
    return this.files.read("/proc/loadavg")?.trimEnd().split(" ").pop() ?? "";
  }
  readMember(pid) {
    const text = this.files.read(`/proc/${pid}/stat`);
    return text === void 0 ? void 0 : parseProcStat(pid, text);
  }
  members() {
    const newest = this.lastPid();
    if (newest !== this.lastPidSeen) {
      this.lastPidSeen = newest;
      const processes = allProcesses();
      const root = processes.find((p) => p.pid === this.rootPid);
      const members2 = root ? [root, ...descendantsIn(processes, this.rootPid)] : [];
      this.keep(members2.map((p) => p.pid));
      return members2;
    }
    const members = this.knownPids.map((pid) => this.readMember(pid)).filter((stat) => stat !== void 0);
    this.keep(members.map((p) => p.pid));
    return members;
  }
  /** Remembers these members and closes the files of those that left. */
  keep(pids) {
    const kept = new Set(pids);
    for (const pid of this.knownPids) if (!kept.has(pid)) this.files.forget(`/proc/${pid}/stat`);
    this.knownPids = pids;
  }
  close() {
    this.files.closeAll();
  }
};

// src/workloads/run-env.ts
var ENV_URL = "CONCURRENCY_BENCH_URL";
var ENV_TMPDIR = "CONCURRENCY_BENCH_TMPDIR";
function runEnv() {
  return { networkUrl: process.env[ENV_URL] || void 0, tmpDir: process.env[ENV_TMPDIR] || void 0 };
}

// src/paths.ts
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var here = dirname(fileURLToPath(import.meta.url));
var bundled = basename(here) === "dist";
var SOURCES = {
  "runner.js": "measure/runner.ts",
  "task-worker.js": "strategies/task-worker.ts",
  "task-child.js": "strategies/task-child.ts",
  // a folder: Python runs its __main__.py
  concurrency_bench_harness: "python/concurrency_bench_harness"
};
var entryFile = (name) => bundled ? join(here, name) : resolve(here, SOURCES[name]);

export {
  RUNTIME_KINDS,
  STRATEGIES,
  STRATEGY_IDS,
  isStrategyId,
  tasksInFlight,
  runtimeKindOf,
  runtimeKindOfModule,
  MODULE_EXTENSIONS,
  MODULE_PATTERN,
  median,
  describe,
  BUILTIN_WORKLOADS,
  BUILTIN_WORKLOAD_NAMES,
  isBuiltinWorkload,
  builtinWorkload,
  isStudyWorkload,
  formatSeconds,
  MESSAGE_FD,
  REPETITION_TIMEOUT,
  hasProcFs,
  readProcStat,
  descendants,
  ProcessTreeWatcher,
  calibrate,
  calibrationCostEstimate,
  entryFile,
  ENV_URL,
  ENV_TMPDIR,
  runEnv
};
