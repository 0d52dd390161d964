import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  logLine
} from "./chunk-UHG5PLBH.js";
import {
  info,
  notice,
  setFailed,
  warning
} from "./chunk-ZPBLS2IB.js";

// src/github/log.ts
var log = {
  info: (text) => info(logLine(text)),
  notice: (text) => notice(logLine(text)),
  warning: (text) => warning(logLine(text)),
  /** The job's one failure line (core.setFailed: the step fails, exit code 1). */
  failed: (text) => setFailed(logLine(text))
};

export {
  log
};
