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

// src/github/rate-limits.ts
import { setTimeout as sleep } from "node:timers/promises";
var MAX_WAIT_S = 60;
var TOTAL_WAIT_S = 120;
var UNNAMED_WAIT_S = 60;
function secondsToWait(error, nowMs) {
  const { status, message = "", response } = error ?? {};
  if (status !== 403 && status !== 429) return void 0;
  const headers = response?.headers ?? {};
  const retryAfter = headers["retry-after"];
  if (retryAfter !== void 0) {
    const seconds = Number(retryAfter);
    const until = Number.isFinite(seconds) ? seconds : (Date.parse(String(retryAfter)) - nowMs) / 1e3;
    if (Number.isFinite(until)) return atLeastOne(until);
  }
  const reset = Number(headers["x-ratelimit-reset"]);
  if (String(headers["x-ratelimit-remaining"]) === "0" && reset > 0) {
    return atLeastOne(reset - nowMs / 1e3 + 1);
  }
  if (status === 429 || /secondary rate limit/i.test(message)) return UNNAMED_WAIT_S;
  return void 0;
}
var atLeastOne = (seconds) => Math.max(1, Math.ceil(seconds));
var waitOutRateLimits = (octokit, options) => {
  const baseMs = options.rateLimits?.baseMs ?? 1e3;
  let waitedSeconds = 0;
  octokit.hook.wrap("request", async (request, requestOptions) => {
    for (; ; ) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const askedSeconds = secondsToWait(error, Date.now());
        if (askedSeconds === void 0) throw error;
        if (askedSeconds > MAX_WAIT_S || waitedSeconds + askedSeconds > TOTAL_WAIT_S) {
          const rateLimited = { askedSeconds, waitedSeconds };
          throw Object.assign(error, { rateLimited });
        }
        await sleep(askedSeconds * baseMs);
        waitedSeconds += askedSeconds;
      }
    }
  });
};

// src/github/api-errors.ts
function explainApiError(error, what) {
  const { status, message = String(error), rateLimited } = error ?? {};
  const detail = message.split("\n")[0].slice(0, 200);
  if (rateLimited) {
    const { askedSeconds, waitedSeconds } = rateLimited;
    const after = waitedSeconds > 0 ? ` after ${waitedSeconds} s of waiting` : "";
    return `${what}: GitHub's rate limit (HTTP ${status}) asks to wait ${askedSeconds} s${after}, more than this job waits (${MAX_WAIT_S} s at a time, ${TOTAL_WAIT_S} s in all); the results are in the job summary and the artifact.`;
  }
  if (status === 403) {
    return `${what}: the token may not write here (HTTP 403: ${detail}). A pull request from a fork gets a read-only token: use the workflow_run pattern from the README; otherwise give the job "permissions: pull-requests: write".`;
  }
  if (status === 401) return `${what}: the token was refused (HTTP 401). Check the github-token input.`;
  if (status === 404)
    return `${what}: not found (HTTP 404: ${detail}). Check that the token can see this repository and pull request.`;
  if (status === 422) return `${what}: GitHub refused it (HTTP 422: ${detail}).`;
  if (status !== void 0 && status >= 500) {
    return `${what}: GitHub's API kept failing (HTTP ${status}) after 3 retries; the results are in the job summary and the artifact.`;
  }
  return `${what}: ${detail}`;
}

// src/github/client.ts
var DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
function createClient({ token, baseUrl, retryBaseMs: retryBaseMs2 = 1e3 }) {
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: 3, retryAfterBaseValue: retryBaseMs2, doNotRetry: DO_NOT_RETRY },
      rateLimits: { baseMs: retryBaseMs2 },
      log: silentLog
    },
    // in this order: the rate-limit hook wraps plugin-retry's, so a 5xx is retried within each try
    retry,
    waitOutRateLimits
  );
}
var silentLog = { debug() {
}, info() {
}, warn() {
}, error() {
} };
function retryBaseMs(env) {
  return env.CONCURRENCY_BENCH_RETRY_BASE_MS ? Number(env.CONCURRENCY_BENCH_RETRY_BASE_MS) : void 0;
}
function clientForJob(token, env) {
  return createClient({
    token,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    retryBaseMs: retryBaseMs(env)
  });
}

export {
  explainApiError,
  retryBaseMs,
  clientForJob
};
