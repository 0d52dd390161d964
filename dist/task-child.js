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
var fn;
try {
  fn = await resolveWorkload(JSON.parse(process.argv[2]));
  process.on("message", async (message) => {
    try {
      send({ type: "done", id: message.id, value: await fn(message.arg) });
    } catch (error) {
      send({ type: "failed", id: message.id, error: oneLine(error) });
    }
  });
  send({ type: "ready" });
} catch (error) {
  send({ type: "load-error", error: oneLine(error) });
}
process.on("disconnect", () => process.exit(0));
