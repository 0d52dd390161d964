// The orchestrator hands settings to runners, worker threads and child processes through the
// environment, which all three inherit without any plumbing.
export const ENV_URL = 'CONCURRENCY_BENCH_URL';
export const ENV_TMPDIR = 'CONCURRENCY_BENCH_TMPDIR';

export function runEnv(): { networkUrl?: string; tmpDir?: string } {
  return { networkUrl: process.env[ENV_URL] || undefined, tmpDir: process.env[ENV_TMPDIR] || undefined };
}
