// Uploads the run's files (results.json, report.md) as one workflow artifact with @actions/artifact.
// Never throws: every way it does not upload comes back as a one-line reason, which the Action
// shows as a notice or a warning; the job never fails because of the artifact.
import { DefaultArtifactClient } from '@actions/artifact';
import { oneLine } from '../one-line.ts';

/** `failed`: an upload was tried and went wrong (a warning); otherwise none was possible here (a notice). */
export type ArtifactUpload =
  | { uploaded: true; id?: number; size?: number }
  | { uploaded: false; reason: string; failed?: true };

export interface ArtifactUploadOptions {
  /** The artifact's name (input `artifact-name`); empty = no upload. */
  name: string;
  /** Files to put in the zip, each inside rootDirectory (stored by their path relative to it). */
  files: string[];
  rootDirectory: string;
  /**
   * Decides whether an upload is possible at all (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL).
   * @actions/artifact itself reads process.env and takes no configuration, so pass process.env:
   * it needs ACTIONS_RUNTIME_TOKEN (a JWT whose `scp` claim names the run),
   * ACTIONS_RESULTS_URL, and honours GITHUB_SERVER_URL (not github.com/ghe.com = GHES, which it
   * refuses), GITHUB_RETENTION_DAYS, ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY,
   * ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS and the proxy variables.
   */
  env: NodeJS.ProcessEnv;
}

export async function uploadResultsArtifact(options: ArtifactUploadOptions): Promise<ArtifactUpload> {
  const { name, files, rootDirectory, env } = options;
  if (name.trim() === '') return { uploaded: false, reason: 'artifact-name is empty: no upload' };
  // The runner gives these to JavaScript actions only (not to `run:` steps), so the CLI never has them.
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    return {
      uploaded: false,
      reason: `not running as a GitHub Action (no ACTIONS_RUNTIME_TOKEN): results stay in ${rootDirectory}`,
    };
  }
  if (!env.ACTIONS_RESULTS_URL) {
    return {
      uploaded: false,
      reason: `the runner offers no artifact service (no ACTIONS_RESULTS_URL): results stay in ${rootDirectory}`,
    };
  }
  try {
    // Retention and compression stay at the library's defaults (the repository's retention, zlib level 6).
    // On 5xx/429 the client retries CreateArtifact/FinalizeArtifact 5 times, about 25-35 s in all.
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
    return { uploaded: true, ...(id !== undefined && { id }), ...(size !== undefined && { size }) };
  } catch (error) {
    return { uploaded: false, reason: `artifact upload failed: ${firstLine(error)}`, failed: true };
  }
}

// The library's messages put the cause on the first line and advice after it (a network error
// adds a paragraph about self-hosted runners, an invalid name lists every forbidden character).
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(message.split('\n').find((line) => line.trim() !== '') ?? message);
}
