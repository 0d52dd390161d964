// The pull-request comment (report/comment-sections.ts): it reads in 30 seconds. What changed
// against the base first, then one short line per verdict with "≈" said once, the tables folded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakEvens } from '../src/analysis/break-even.ts';
import { completeResults, readResults } from '../src/analysis/complete.ts';
import { verdicts } from '../src/analysis/verdicts.ts';
import type { ComparisonView } from '../src/compare/types.ts';
import { commentBody } from '../src/report/github-bodies.ts';
import { commentMarkdown, renderMarkdown } from '../src/report/markdown.ts';
import type { Results, SampleStats } from '../src/results/types.ts';
import { outsideCode, renderGfm } from './gfm.ts';
import { fixture } from './helpers.ts';

const sample = readResults(fixture('results-sample.json'));

/** The sample with each round seen twice: 6 rounds, enough for verdicts that name models (and ties). */
function decided(results: Results): Results {
  const twice = (stats: SampleStats): SampleStats =>
    stats.samples ? { ...stats, samples: [...stats.samples, ...stats.samples], ci: undefined } : stats;
  const cells = results.cells.map((cell) =>
    cell.status === 'ok' ? { ...cell, stats: { ...cell.stats, speedup: twice(cell.stats.speedup) } } : cell,
  );
  const six = { ...results, cells };
  return completeResults({ ...six, verdicts: verdicts(six, 0.05), break_even: breakEvens(six) });
}

const comparison: ComparisonView = {
  kind: 'same-run',
  minEffect: 0.1,
  cells: [
    {
      runtime: 'node',
      strategy: 'worker-threads',
      workload: 'cpu',
      level: 'high',
      status: 'compared',
      pairs: 9,
      wallRatio: 1.2,
      ci: [1.15, 1.25],
      verdict: 'regression',
      change: { wall_time: 0.2 },
      memory: { ratio: 1.3, ci: [1.2, 1.4], verdict: 'regression' },
    },
  ],
  regressions: 1,
  improvements: 0,
  memoryRegressions: 1,
  method: 'Paired rounds.',
  notes: [],
  baselineLabel: '../base',
};

test('what changed comes first, then one short line per verdict, "≈" explained once, the tables folded', () => {
  const results = decided(sample);
  const comment = commentMarkdown(results, comparison);
  const lines = comment.split('\n');
  assert.equal(lines[0], '## concurrency-bench');
  assert.match(lines[2]!, /^### Against the base tree `\.\.\/base`/, 'the comparison first');
  assert.ok(comment.indexOf('1.20× the wall time, slower') < comment.indexOf('pool made per job, at'));
  const verdictLines = lines.filter((line) => / · (pool made per job|long-lived pool), at /.test(line));
  assert.equal(verdictLines.length, results.verdicts!.length, 'one line per verdict');
  for (const line of verdictLines) assert.ok(line.length < 400, line);
  assert.ok(
    verdictLines.some((line) => line.includes(' ≈ ')),
    'the sample has a tie',
  );
  assert.equal(comment.split('A ≈ B: a tie').length - 1, 1, '"≈" said once');
  assert.doesNotMatch(comment, /; a tie: not shown apart/, 'not after every tie');
  // the tables are there, folded
  assert.match(comment, /<details><summary>Speedup by model and level<\/summary>[\s\S]*### `cpu`[\s\S]*<\/details>/);
  assert.ok(!outsideCode(renderGfm(comment)).includes('<script>'));
});

test('the comment is a fraction of report.md', () => {
  const results = decided(sample);
  const comment = commentBody(commentMarkdown(results), { runUrl: 'https://github.com/o/r/actions/runs/1' });
  const report = renderMarkdown(results, { charts: true, fullMetrics: true });
  assert.ok(Buffer.byteLength(comment) < Buffer.byteLength(report) / 2, `${comment.length} vs ${report.length}`);
});
