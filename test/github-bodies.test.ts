// Comment and summary bodies fit GitHub's limits, cut at a boundary, with a pointer to the run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commentBody, summaryBody } from '../src/report/github-bodies.ts';
import { COMMENT_LIMIT_CHARS, fitToLimit, SUMMARY_LIMIT_BYTES, utf8Bytes } from '../src/report/fit.ts';

const where = { runUrl: 'https://github.example/o/r/actions/runs/1', artifactName: 'concurrency-bench-results' };
const row = (i: number) => `| node · WorkerThreads ${i} | 1.93× | 0.97 |`;

test('a short report is left whole, with a pointer to the artifact', () => {
  const body = commentBody('## concurrency-bench\n\n| a | b |', where);
  assert.match(body, /\| a \| b \|/);
  assert.match(
    body,
    /Full results: artifact `concurrency-bench-results` of \[this run\]\(https:\/\/github\.example\/o\/r\/actions\/runs\/1\)/,
  );
});

test('a huge report is cut at a line boundary under the comment limit, and says so', () => {
  const huge = Array.from({ length: 5000 }, (_, i) => row(i)).join('\n');
  const body = commentBody(huge, where);
  assert.ok(body.length <= COMMENT_LIMIT_CHARS - 200, `${body.length}`);
  assert.match(body, /cut to fit GitHub's limit\. Full results: artifact/);
  const lines = body.split('\n').filter((line) => line.startsWith('|'));
  assert.ok(
    lines.every((line) => /^\| node · WorkerThreads \d+ \| 1\.93× \| 0\.97 \|$/.test(line)),
    'no half row',
  );
});

test('the summary limit counts bytes, not characters', () => {
  const wide = Array.from({ length: 120_000 }, () => '× · ×').join('\n'); // 2-byte characters
  const body = summaryBody(wide, where);
  assert.ok(utf8Bytes(body) <= SUMMARY_LIMIT_BYTES);
  assert.ok(utf8Bytes(body) > SUMMARY_LIMIT_BYTES * 0.9, 'not cut far more than needed');
});

test('fitToLimit keeps text that fits exactly', () => {
  assert.equal(fitToLimit('abc', 3, 'x'), 'abc');
});
