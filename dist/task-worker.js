import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  READY_KEY
} from "./chunk-ZXYCRDC7.js";
import {
  resolveWorkload
} from "./chunk-TBQIIOK2.js";
import "./chunk-KT2SS2FB.js";
import {
  oneLine
} from "./chunk-EZLQHMBT.js";
import "./chunk-LSNVCVIY.js";

// src/strategies/task-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { workload } = workerData;
var say = (message) => parentPort.postMessage(message);
var fn = () => {
  throw new Error("workload failed to load");
};
try {
  fn = await resolveWorkload(workload);
  say({ [READY_KEY]: true });
} catch (error) {
  say({ [READY_KEY]: false, error: oneLine(error) });
}
function runTask(arg) {
  return fn(arg);
}
export {
  runTask as default
};
