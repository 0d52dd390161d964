import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);

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
  text = text.replace(/\s+/g, " ").trim() || "unknown error";
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}\u2026` : text;
}

export {
  oneLine
};
