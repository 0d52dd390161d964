// A failed GitHub API call → one warning that says what to do. The job never fails because of
// a comment: the summary and the artifact still hold the results.
import { MAX_WAIT_S, type RateLimited, TOTAL_WAIT_S } from './rate-limits.ts';

interface HttpError {
  status?: number;
  message?: string;
  /** Set by rate-limits.ts when it stopped waiting. */
  rateLimited?: RateLimited;
}

export function explainApiError(error: unknown, what: string): string {
  const { status, message = String(error), rateLimited } = (error ?? {}) as HttpError;
  const detail = message.split('\n')[0].slice(0, 200);
  if (rateLimited) {
    const { askedSeconds, waitedSeconds } = rateLimited;
    const after = waitedSeconds > 0 ? ` after ${waitedSeconds} s of waiting` : '';
    return `${what}: GitHub's rate limit (HTTP ${status}) asks to wait ${askedSeconds} s${after}, more than this job waits (${MAX_WAIT_S} s at a time, ${TOTAL_WAIT_S} s in all); the results are in the job summary and the artifact.`;
  }
  if (status === 403) {
    return `${what}: the token may not write here (HTTP 403: ${detail}). A pull request from a fork gets a read-only token: use the workflow_run pattern from the README; otherwise give the job "permissions: pull-requests: write".`;
  }
  if (status === 401) return `${what}: the token was refused (HTTP 401). Check the github-token input.`;
  if (status === 404)
    return `${what}: not found (HTTP 404: ${detail}). Check that the token can see this repository and pull request.`;
  if (status === 422) return `${what}: GitHub refused it (HTTP 422: ${detail}).`;
  if (status !== undefined && status >= 500) {
    return `${what}: GitHub's API kept failing (HTTP ${status}) after 3 retries; the results are in the job summary and the artifact.`;
  }
  return `${what}: ${detail}`;
}
