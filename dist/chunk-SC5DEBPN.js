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

// src/github/download-results.ts
import { existsSync, mkdirSync } from "node:fs";
import { join, matchesGlob } from "node:path";
async function downloadResultsArtifacts(pattern, intoDir) {
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  const matching = artifacts.filter((artifact) => matchesGlob(artifact.name, pattern)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const result = { found: [], unusable: [], seen: artifacts.map((a) => a.name) };
  for (const [i, artifact] of matching.entries()) {
    const dir = join(intoDir, String(i));
    mkdirSync(dir, { recursive: true });
    try {
      await client.downloadArtifact(artifact.id, { path: dir });
    } catch (error) {
      result.unusable.push({ artifact: artifact.name, why: `download failed: ${oneLine(error)}` });
      continue;
    }
    const path = join(dir, "results.json");
    if (existsSync(path)) result.found.push({ artifact: artifact.name, path });
    else result.unusable.push({ artifact: artifact.name, why: "it holds no results.json at its top level" });
  }
  return result;
}
export {
  downloadResultsArtifacts
};
