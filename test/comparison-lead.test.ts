// What a reviewer reads first (report/comparison-lead.ts): one line per changed cell, one line for
// the rest, what could not be told; names stay names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CellComparison, ComparisonView } from '../src/compare/types.ts';
import { plainText } from '../src/prose.ts';
import { comparisonLead } from '../src/report/comparison-lead.ts';
import { markdownProse } from '../src/report/escape.ts';

const row = (strategy: string, extra: Partial<CellComparison> = {}): CellComparison => ({
  runtime: 'node',
  strategy,
  workload: 'spin',
  level: 'long',
  status: 'compared',
  pairs: 9,
  wallRatio: 1.01,
  ci: [0.98, 1.03],
  verdict: 'unchanged',
  ...extra,
});

const view = (cells: CellComparison[], extra: Partial<ComparisonView> = {}): ComparisonView => ({
  kind: 'same-run',
  minEffect: 0.1,
  cells,
  regressions: cells.filter((c) => c.verdict === 'regression').length,
  improvements: 0,
  memoryRegressions: cells.filter((c) => c.memory?.verdict === 'regression').length,
  method: '',
  notes: [],
  baselineLabel: '../base',
  ...extra,
});

test('changed cells first, one line each; then the rest in one line; then what could not be told', () => {
  const lead = comparisonLead(
    view(
      [
        row('event-loop', { wallRatio: 1.16, ci: [1.15, 1.19], verdict: 'regression' }),
        row('serial', { wallRatio: 1.15, ci: [1.14, 1.17], verdict: 'regression', pairs: 9 }),
        row('worker-threads', { pairs: 6, memory: { ratio: 1.3, ci: [1.2, 1.4], verdict: 'regression' } }),
        row('child-processes', { verdict: undefined, wallRatio: undefined, ci: undefined, pairs: 3 }),
        row('event-loop', { level: 'new', status: 'new', pairs: undefined, verdict: undefined }),
      ],
      { sameCode: ['cpu', 'io'] },
    ),
  );
  assert.equal(plainText(lead.heading), 'Against the base tree ../base, measured in the same rounds');
  assert.deepEqual(lead.changed.map(plainText), [
    'node · EventLoop spin/long: 1.16× the wall time, slower [1.15–1.19], 9 paired rounds',
    'node · serial spin/long: 1.15× the wall time, slower [1.14–1.17], 9 paired rounds',
    'node · WorkerThreads spin/long: 1.30× the peak memory, more [1.20–1.40]',
  ]);
  assert.equal(
    plainText(lead.rest),
    'No other cell was shown 10% or more slower or faster (3 cells compared; 6–9 paired rounds each).',
  );
  assert.deepEqual(lead.untold.map(plainText), [
    'Not compared, measured once: cpu, io (built in: the same code in both trees)',
    '1 cell had too few rounds to tell (5 at least)',
    '1 cell only in this tree',
  ]);
});

test('nothing changed: "No cell", and another run is labelled indicative', () => {
  const lead = comparisonLead(view([row('event-loop')], { kind: 'another-run', baselineLabel: 'main @ 12ab' }));
  assert.deepEqual(lead.changed, []);
  assert.match(
    plainText(lead.rest),
    /^No cell was shown 10% or more slower or faster \(1 cell compared; 9 rounds each\)\.$/,
  );
  assert.equal(plainText(lead.heading), 'Against main @ 12ab: another run, another machine: indicative only');
});

test('names from the results stay inert in Markdown', () => {
  const hostile = '@octocat [x](https://evil.example)';
  const lead = comparisonLead(
    view([row('event-loop', { workload: hostile, wallRatio: 1.2, ci: [1.15, 1.25], verdict: 'regression' })], {
      baselineLabel: hostile,
    }),
  );
  for (const line of [lead.heading, ...lead.changed]) {
    const text = markdownProse(line);
    assert.ok(text.includes(`\`${hostile}\``), text);
  }
});
