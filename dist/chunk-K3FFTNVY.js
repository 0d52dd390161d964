import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  oneLine
} from "./chunk-UHG5PLBH.js";
import {
  DefaultArtifactClient
} from "./chunk-5ALHOAQV.js";
import "./chunk-CJQWHSSV.js";
import "./chunk-ZPBLS2IB.js";
import "./chunk-LSNVCVIY.js";

// src/github/artifact.ts
async function uploadResultsArtifact(options) {
  const { name, files, rootDirectory, env } = options;
  if (name.trim() === "") return { uploaded: false, reason: "artifact-name is empty: no upload" };
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    return {
      uploaded: false,
      reason: `not running as a GitHub Action (no ACTIONS_RUNTIME_TOKEN): results stay in ${rootDirectory}`
    };
  }
  if (!env.ACTIONS_RESULTS_URL) {
    return {
      uploaded: false,
      reason: `the runner offers no artifact service (no ACTIONS_RESULTS_URL): results stay in ${rootDirectory}`
    };
  }
  try {
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
    return { uploaded: true, ...id !== void 0 && { id }, ...size !== void 0 && { size } };
  } catch (error) {
    return { uploaded: false, reason: `artifact upload failed: ${firstLine(error)}`, failed: true };
  }
}
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(message.split("\n").find((line) => line.trim() !== "") ?? message);
}
export {
  uploadResultsArtifact
};
