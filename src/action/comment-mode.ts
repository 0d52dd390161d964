// mode "comment": post a results.json another workflow made (the fork pattern: the pull
// request's own workflow has a read-only token; a workflow_run workflow comments for it).
import { resolve } from 'node:path';
import type { EventFacts } from '../github/event.ts';
import { commentBody, type WhereTheResultsAre } from '../report/github-bodies.ts';
import { commentMarkdown, renderMarkdown } from '../report/markdown.ts';
import { readResults } from '../analysis/complete.ts';
import type { ActionInputs } from './inputs.ts';
import { runUrl, writeSummary } from './job.ts';

/** mode "comment": post a results.json made by another (possibly untrusted) workflow. */
export async function commentMode(inputs: ActionInputs, env: NodeJS.ProcessEnv, event: EventFacts): Promise<void> {
  const results = readResults(resolve(env.GITHUB_WORKSPACE || process.cwd(), inputs.resultsPath!));
  const markdown = renderMarkdown(results);
  const where: WhereTheResultsAre = { runUrl: runUrl(env) };
  if (inputs.summary) await writeSummary(markdown, where);
  const { postComment, targetForArtifact } = await import('../github/post-comment.ts');
  await postComment(
    inputs.token,
    env,
    event,
    commentBody(commentMarkdown(results), where),
    (client) => targetForArtifact(client, event, inputs.pullRequest, results.system.git?.pull_request),
    inputs.commentKey,
  );
}
