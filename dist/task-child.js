// src/one-line.ts
var MAX_LENGTH = 300;
function oneLine(error) {
  let text;
  if (error instanceof Error) {
    const name = error.name && error.name !== "Error" ? `${error.name}: ` : "";
    text = `${name}${error.message}`;
  } else {
    text = String(error);
  }
  text = logLine(text.replace(/\s+/g, " ").trim()) || "unknown error";
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}\u2026` : text;
}
var CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function logLine(text, { multiline = false } = {}) {
  const lines = text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  }).replace(/::/g, ":\u200B:").replace(/##\[/g, "#\u200B#[");
  return multiline ? lines : lines.replace(/\n/g, " ");
}

// src/workloads/resolve.ts
import { pathToFileURL } from "node:url";

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

// src/workloads/builtin.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadId } from "node:worker_threads";

// src/workloads/run-env.ts
var ENV_URL = "CONCURRENCY_BENCH_URL";
var ENV_TMPDIR = "CONCURRENCY_BENCH_TMPDIR";
function runEnv() {
  return { networkUrl: process.env[ENV_URL] || void 0, tmpDir: process.env[ENV_TMPDIR] || void 0 };
}

// src/workloads/count.ts
function count(value, what) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new Error(
      `${what} workload: the argument must be a whole number >= 0, got ${typeof value === "number" ? value : JSON.stringify(value)}`
    );
  }
  return value;
}

// src/workloads/transfer.ts
var fresh = (payload) => {
  if (payload instanceof Uint8Array) return Uint8Array.from(payload);
  if (Array.isArray(payload)) return payload.map((o) => ({ ...o, tags: [...o.tags] }));
  throw new Error(`transfer workload: expected bytes or a list of objects, got ${typeof payload}`);
};
var transfer = (payload) => fresh(payload);
var transfer_objects = (payload) => fresh(payload);

// src/workloads/builtin.ts
function cpu(arg) {
  const n = count(arg, "cpu");
  let s = 0;
  for (let i = 0; i < n; i++) s = i * i;
  return s;
}
function memory(arg) {
  const n = count(arg, "memory");
  const values = [];
  for (let i = 0; i < n; i++) values.push(i);
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}
var MIB = 1024 * 1024;
var oneMibOfA;
var files = 0;
async function io(arg) {
  const mb = count(arg, "io");
  const { open, unlink } = await import("node:fs/promises");
  oneMibOfA ??= Buffer.alloc(MIB, "a");
  const ONE_MIB_OF_A = oneMibOfA;
  const dir = runEnv().tmpDir ?? tmpdir();
  const path = join(dir, `io-${process.pid}-${threadId}-${files++}.tmp`);
  try {
    const writer = await open(path, "w");
    try {
      for (let i = 0; i < mb; i++) await writer.write(ONE_MIB_OF_A);
    } finally {
      await writer.close();
    }
    const reader = await open(path, "r");
    let total = 0;
    try {
      const chunk = Buffer.allocUnsafe(MIB);
      for (; ; ) {
        const { bytesRead } = await reader.read(chunk, 0, MIB);
        if (bytesRead === 0) break;
        total += bytesRead;
      }
    } finally {
      await reader.close();
    }
    return total;
  } finally {
    await unlink(path).catch(() => {
    });
  }
}
async function network(arg) {
  const k = count(arg, "network");
  const url = runEnv().networkUrl;
  if (!url) throw new Error("network workload: no URL (the orchestrator sets CONCURRENCY_BENCH_URL)");
  const client = url.startsWith("https:") ? await import("node:https") : await import("node:http");
  let size = 0;
  for (let i = 0; i < k; i++) size = await getBodySize(client, url);
  return size;
}
function getBodySize(client, url) {
  return new Promise((resolve, reject) => {
    const request = client.get(url, { agent: false }, (response) => {
      if ((response.statusCode ?? 0) >= 400) {
        response.resume();
        reject(new Error(`network workload: ${url} answered HTTP ${response.statusCode}`));
        return;
      }
      let size = 0;
      response.on("data", (chunk) => size += chunk.length);
      response.on("end", () => resolve(size));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}
async function sleep(arg) {
  const ms = count(arg, "sleep");
  await new Promise((resolve) => setTimeout(resolve, ms));
  return ms;
}
var BUILTINS = {
  cpu,
  memory,
  io,
  network,
  transfer,
  transfer_objects,
  sleep
};

// src/workloads/resolve.ts
async function resolveWorkload(ref) {
  if (!ref.module) {
    if (!isBuiltinWorkload(ref.name)) throw new Error(`unknown built-in workload "${ref.name}"`);
    return BUILTINS[ref.name];
  }
  const loaded = await import(pathToFileURL(ref.module).href);
  const fn = loaded[ref.entry ?? "default"];
  if (typeof fn !== "function") {
    const exported = Object.keys(loaded).filter((key) => typeof loaded[key] === "function");
    throw new Error(
      `${ref.module} has no exported function "${ref.entry}" (it exports: ${exported.join(", ") || "no functions"})`
    );
  }
  return fn;
}

// src/strategies/task-child.ts
var send = (message) => process.send(message);
var failed = (error) => send({ error: oneLine(error) });
function runTask(fn, arg) {
  try {
    const value = fn(arg);
    if (typeof value?.then === "function") {
      Promise.resolve(value).then((settled) => send([settled])).catch(failed);
    } else {
      send([value]);
    }
  } catch (error) {
    failed(error);
  }
}
try {
  const fn = await resolveWorkload(JSON.parse(process.argv[2]));
  process.on("message", (arg) => runTask(fn, arg));
  send({ ready: true });
} catch (error) {
  send({ loadError: oneLine(error) });
}
process.on("disconnect", () => process.exit(0));
