// Golden files: the Markdown report of a fixed results.json (ok, noisy, failed and skipped cells,
// a hostile workload name). A change to the report shows up here as a diff to review.
// UPDATE_GOLDEN=1 node --test test/report-golden.test.ts rewrites them.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { outsideCode, renderGfm } from './gfm.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import { readResults } from '../src/analysis/complete.ts';
import { fixture, repoRoot } from './helpers.ts';

// read as every reader reads it: checked, and completed where an earlier version stored less
const results = readResults(fixture('results-sample.json'));

function matchesGolden(name: string, actual: string) {
  const path = join(repoRoot, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs: review, then UPDATE_GOLDEN=1`);
}

test('report.md (for GitHub: charts and full metrics)', () => {
  matchesGolden('report.md', renderMarkdown(results, { charts: true, fullMetrics: true }));
});

test('the terminal report (tables only)', () => {
  matchesGolden('report-terminal.md', renderMarkdown(results));
});

test('the hostile name is escaped everywhere in the golden files', () => {
  const md = renderMarkdown(results, { charts: true, fullMetrics: true });
  assert.ok(!outsideCode(renderGfm(md)).includes('<script>'), 'no <script> outside code, as GitHub parses it');
  const hostile = results.cells.find((cell) => cell.workload.includes('<script>'));
  assert.ok(hostile, 'the fixture has a hostile name');
});
