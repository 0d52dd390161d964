// The REST client for comments: @actions/github's Octokit with bounded retries. 5xx and 429 are
// retried (3 times, after 1, 4 and 9 × the base delay); 4xx answers are final.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GitHub Enterprise server, or a test's fake. */
  baseUrl: string;
  retryBaseMs?: number;
}

export function createClient({ token, baseUrl, retryBaseMs = 1000 }: ClientOptions): GitHubClient {
  return getOctokit(token, { baseUrl, retry: { retries: 3, retryAfterBaseValue: retryBaseMs }, log: silentLog }, retry);
}

// Octokit logs failed requests to the console itself; we say what matters in one warning.
const silentLog = { debug() {}, info() {}, warn() {}, error() {} };

/** The client for this job: GITHUB_API_URL from the runner (api.github.com, GHES, or a test's fake). */
export function clientForJob(token: string, env: NodeJS.ProcessEnv): GitHubClient {
  return createClient({
    token,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    // for tests against a fake API, which answer in microseconds
    retryBaseMs: env.CONCURRENCY_BENCH_RETRY_BASE_MS ? Number(env.CONCURRENCY_BENCH_RETRY_BASE_MS) : undefined,
  });
}
