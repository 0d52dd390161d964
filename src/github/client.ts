// The REST client for comments: @actions/github's Octokit with bounded retries. 5xx answers are
// retried by plugin-retry (3 times, after 1, 4 and 9 × the base delay); rate limits (429, or a 403
// that says so) are waited out as GitHub asks, within bounds (rate-limits.ts); other 4xx are final.
// Creating a comment is not retried here: sticky-comment.ts looks for it again first.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { waitOutRateLimits } from './rate-limits.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GitHub Enterprise server, or a test's fake. */
  baseUrl: string;
  retryBaseMs?: number;
}

/** plugin-retry's default list, and 429: a rate limit is waitOutRateLimits's, which reads Retry-After. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

export function createClient({ token, baseUrl, retryBaseMs = 1000 }: ClientOptions): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: 3, retryAfterBaseValue: retryBaseMs, doNotRetry: DO_NOT_RETRY },
      rateLimits: { baseMs: retryBaseMs },
      log: silentLog,
    },
    // in this order: the rate-limit hook wraps plugin-retry's, so a 5xx is retried within each try
    retry,
    waitOutRateLimits,
  );
}

// Octokit logs failed requests to the console itself; we say what matters in one warning.
const silentLog = { debug() {}, info() {}, warn() {}, error() {} };

/** For tests against a fake API, which answer in microseconds: CONCURRENCY_BENCH_RETRY_BASE_MS. */
export function retryBaseMs(env: NodeJS.ProcessEnv): number | undefined {
  return env.CONCURRENCY_BENCH_RETRY_BASE_MS ? Number(env.CONCURRENCY_BENCH_RETRY_BASE_MS) : undefined;
}

/** The client for this job: GITHUB_API_URL from the runner (api.github.com, GHES, or a test's fake). */
export function clientForJob(token: string, env: NodeJS.ProcessEnv): GitHubClient {
  return createClient({
    token,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    retryBaseMs: retryBaseMs(env),
  });
}
