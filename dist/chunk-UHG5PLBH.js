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

export {
  oneLine,
  logLine
};
