import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  getOctokit,
  retry
} from "./chunk-CJQWHSSV.js";

// src/github/api-errors.ts
function explainApiError(error, what) {
  const { status, message = String(error) } = error ?? {};
  const detail = message.split("\n")[0].slice(0, 200);
  if (status === 403) {
    return `${what}: the token may not write here (HTTP 403: ${detail}). A pull request from a fork gets a read-only token: use the workflow_run pattern from the README; otherwise give the job "permissions: pull-requests: write".`;
  }
  if (status === 401) return `${what}: the token was refused (HTTP 401). Check the github-token input.`;
  if (status === 404)
    return `${what}: not found (HTTP 404: ${detail}). Check that the token can see this repository and pull request.`;
  if (status === 422) return `${what}: GitHub refused it (HTTP 422: ${detail}).`;
  if (status !== void 0 && (status >= 500 || status === 429)) {
    return `${what}: GitHub's API kept failing (HTTP ${status}) after 3 retries; the results are in the job summary and the artifact.`;
  }
  return `${what}: ${detail}`;
}

// src/github/client.ts
function createClient({ token, baseUrl, retryBaseMs = 1e3 }) {
  return getOctokit(token, { baseUrl, retry: { retries: 3, retryAfterBaseValue: retryBaseMs }, log: silentLog }, retry);
}
var silentLog = { debug() {
}, info() {
}, warn() {
}, error() {
} };
function clientForJob(token, env) {
  return createClient({
    token,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    // for tests against a fake API, which answer in microseconds
    retryBaseMs: env.CONCURRENCY_BENCH_RETRY_BASE_MS ? Number(env.CONCURRENCY_BENCH_RETRY_BASE_MS) : void 0
  });
}

export {
  explainApiError,
  clientForJob
};
