import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  resolveWorkload
} from "./chunk-TBQIIOK2.js";
import "./chunk-KT2SS2FB.js";
import {
  oneLine
} from "./chunk-EZLQHMBT.js";
import "./chunk-LSNVCVIY.js";

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
