// mode "merge": every results artifact of this workflow run whose name matches a pattern,
// downloaded with @actions/artifact (the jobs of a matrix each upload one; the merge job runs
// after them). Each lands in its own folder; what cannot be used is a reason, not a failure.
import { existsSync, mkdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { oneLine } from '../one-line.ts';

export interface DownloadedResults {
  /** The results.json files found, named by their artifact. */
  found: { artifact: string; path: string }[];
  /** Artifacts that matched but gave no results.json, with the reason. */
  unusable: { artifact: string; why: string }[];
  /** Every artifact name of the run, for the message when nothing matched. */
  seen: string[];
}

export async function downloadResultsArtifacts(pattern: string, intoDir: string): Promise<DownloadedResults> {
  const client = new DefaultArtifactClient();
  // latest: a re-run job uploads again under the same name; its newest upload is the one to read
  const { artifacts } = await client.listArtifacts({ latest: true });
  // in name order: the report's columns stay where they were when the merge job runs again
  const matching = artifacts
    .filter((artifact) => matchesGlob(artifact.name, pattern))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const result: DownloadedResults = { found: [], unusable: [], seen: artifacts.map((a) => a.name) };
  for (const [i, artifact] of matching.entries()) {
    // a folder per artifact, named by position: artifact names may hold characters a path may not
    const dir = join(intoDir, String(i));
    mkdirSync(dir, { recursive: true });
    try {
      await client.downloadArtifact(artifact.id, { path: dir });
    } catch (error) {
      result.unusable.push({ artifact: artifact.name, why: `download failed: ${oneLine(error)}` });
      continue;
    }
    const path = join(dir, 'results.json');
    if (existsSync(path)) result.found.push({ artifact: artifact.name, path });
    else result.unusable.push({ artifact: artifact.name, why: 'it holds no results.json at its top level' });
  }
  return result;
}
