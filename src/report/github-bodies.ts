// The report as GitHub shows it: in the PR comment and the job summary, cut to fit, with a
// pointer to the whole results (pure).
import { COMMENT_LIMIT_CHARS, fitToLimit, SUMMARY_LIMIT_BYTES, utf8Bytes } from './fit.ts';

export interface WhereTheResultsAre {
  /** The workflow run's page, when known. */
  runUrl?: string;
  /** Artifact name, when it was uploaded. */
  artifactName?: string;
}

function pointer({ runUrl, artifactName }: WhereTheResultsAre): string {
  if (artifactName && runUrl) return `Full results: artifact \`${artifactName}\` of [this run](${runUrl}).`;
  if (runUrl) return `Full results: [this run](${runUrl}).`;
  return 'Full results: results.json and report.md in the output folder.';
}

export function commentBody(markdown: string, where: WhereTheResultsAre): string {
  const body = `${markdown.trimEnd()}\n\n<sub>${pointer(where)}</sub>\n`;
  return fitToLimit(body, COMMENT_LIMIT_CHARS - 200, pointer(where)); // room for the marker line
}

export function summaryBody(markdown: string, where: WhereTheResultsAre): string {
  return fitToLimit(`${markdown.trimEnd()}\n\n${pointer(where)}\n`, SUMMARY_LIMIT_BYTES, pointer(where), utf8Bytes);
}
