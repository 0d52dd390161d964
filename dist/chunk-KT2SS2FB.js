import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);

// src/workloads/run-env.ts
var ENV_URL = "CONCURRENCY_BENCH_URL";
var ENV_TMPDIR = "CONCURRENCY_BENCH_TMPDIR";
function runEnv() {
  return { networkUrl: process.env[ENV_URL] || void 0, tmpDir: process.env[ENV_TMPDIR] || void 0 };
}

export {
  ENV_URL,
  ENV_TMPDIR,
  runEnv
};
