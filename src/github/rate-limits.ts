// GitHub's rate limits, waited out as GitHub asks ("Rate limits for the REST API", "Best practices
// for using the REST API"): a 403 or 429 with Retry-After → that many seconds; with
// x-ratelimit-remaining: 0 → until x-ratelimit-reset; a 429, or a 403 that says "secondary rate
// limit", with neither → one minute. A 403 that is none of these (a read-only token) is final.
// Bounded: a wait longer than MAX_WAIT_S is not waited at all (it would be waited in vain: the
// error goes up at once, marked with what GitHub asked), and one client waits TOTAL_WAIT_S in all.
//
// Why not @octokit/plugin-throttling, Octokit's own plugin for this: it knows a secondary limit by
// its message alone (a 429 with Retry-After and other words would go to plugin-retry, which
// ignores Retry-After), it paces every write 1 s and every comment 3 s apart through queues
// shared by the whole process, and the bound on the total wait would be our code in its callbacks
// anyway. This is one hook, in the order client.ts gives it: around plugin-retry, which keeps 5xx.
import { setTimeout as sleep } from 'node:timers/promises';
import type { getOctokit } from '@actions/github';

type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>;

/** The longest single wait worth waiting: a primary limit can ask for most of an hour. */
export const MAX_WAIT_S = 60;
/** The most one client waits for rate limits in all: a comment must not hold the job up longer. */
export const TOTAL_WAIT_S = 120;
/** GitHub's advice when a rate limit names no time: "wait for at least one minute". */
const UNNAMED_WAIT_S = 60;

/** Set on the error a rate limit ended: what GitHub asked, and what was already waited. */
export interface RateLimited {
  askedSeconds: number;
  waitedSeconds: number;
}

interface ResponseError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** The seconds GitHub asks to wait before trying again, or undefined when the error is no rate limit. */
export function secondsToWait(error: unknown, nowMs: number): number | undefined {
  const { status, message = '', response } = (error ?? {}) as ResponseError;
  if (status !== 403 && status !== 429) return undefined;
  const headers = response?.headers ?? {};
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) {
    // seconds, or an HTTP date (RFC 9110 allows both; GitHub sends seconds)
    const seconds = Number(retryAfter);
    const until = Number.isFinite(seconds) ? seconds : (Date.parse(String(retryAfter)) - nowMs) / 1000;
    if (Number.isFinite(until)) return atLeastOne(until);
  }
  const reset = Number(headers['x-ratelimit-reset']);
  if (String(headers['x-ratelimit-remaining']) === '0' && reset > 0) {
    // a second past the reset, as GitHub's docs advise: its clock and ours differ by a little
    return atLeastOne(reset - nowMs / 1000 + 1);
  }
  if (status === 429 || /secondary rate limit/i.test(message)) return UNNAMED_WAIT_S;
  return undefined;
}

// whole seconds, and never 0: an answer of "0" again and again must not become a busy loop
const atLeastOne = (seconds: number) => Math.max(1, Math.ceil(seconds));

/**
 * The plugin: option `rateLimits.baseMs` is the length of one of GitHub's seconds here (1000; the
 * tests make it a few ms, as they do plugin-retry's base).
 */
export const waitOutRateLimits: OctokitPlugin = (octokit, options) => {
  const baseMs: number = options.rateLimits?.baseMs ?? 1000;
  let waitedSeconds = 0;
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (;;) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const askedSeconds = secondsToWait(error, Date.now());
        if (askedSeconds === undefined) throw error;
        if (askedSeconds > MAX_WAIT_S || waitedSeconds + askedSeconds > TOTAL_WAIT_S) {
          const rateLimited: RateLimited = { askedSeconds, waitedSeconds };
          throw Object.assign(error as object, { rateLimited });
        }
        await sleep(askedSeconds * baseMs);
        waitedSeconds += askedSeconds;
      }
    }
  });
};
