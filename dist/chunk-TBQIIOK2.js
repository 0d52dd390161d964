import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  runEnv
} from "./chunk-KT2SS2FB.js";

// src/workloads/resolve.ts
import { pathToFileURL } from "node:url";

// src/workloads/builtin.ts
import { randomBytes } from "node:crypto";
import { open, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function cpu(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = i * i;
  return s;
}
function memory(n) {
  const values = [];
  for (let i = 0; i < n; i++) values.push(i);
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}
var MIB = 1024 * 1024;
var ONE_MIB_OF_A = Buffer.alloc(MIB, "a");
async function io(mb) {
  const dir = runEnv().tmpDir ?? tmpdir();
  const path = join(dir, `io-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
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
async function network(k) {
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
var BUILTINS = { cpu, memory, io, network };

// src/workloads/resolve.ts
async function resolveWorkload(ref) {
  if (!ref.module) {
    const builtin = BUILTINS[ref.name];
    if (!builtin) throw new Error(`unknown built-in workload "${ref.name}"`);
    return builtin;
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

export {
  resolveWorkload
};
