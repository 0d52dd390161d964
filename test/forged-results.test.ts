// Issue 22's forged results files, each as it was reported: a field outside the old schema that
// reached the Markdown raw, a value that passed for our own words, a malformed field that crashed
// the renderer, an HTML block that let tags through. Each is now refused in one line that names
// the field, or shown inert.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { completeResults } from '../src/analysis/complete.ts';
import { nameOf, plainText, prose } from '../src/prose.ts';
import { drawMarkdown, renderMarkdown } from '../src/report/markdown.ts';
import { mergedSections } from '../src/report/merged-sections.ts';
import { mergedModel } from '../src/report/merged-model.ts';
import { parseResults } from '../src/results/read.ts';
import type { Results } from '../src/results/types.ts';
import { activeParts, renderGfm } from './gfm.ts';
import { repoRoot } from './helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: a forged file is any shape
type Forged = any;
const sample = (): Forged => JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/results-sample.json'), 'utf8'));
const okCell = (results: Forged) => results.cells.find((cell: Forged) => cell.status === 'ok');
const warm = { wall_time: 1, cpu_time: 1, speedup: 1.5, efficiency: 0.75 };
const warmStats = (cell: Forged) => ({ wall_time: cell.stats.wall_time, speedup: cell.stats.speedup });

/** What became of a forged file: refused (its one line), or rendered (its Markdown). */
function outcome(forge: (results: Forged) => void): { refused: string } | { markdown: string } {
  const results = sample();
  forge(results);
  let read: Results;
  try {
    read = parseResults(results, 'forged.json');
  } catch (error) {
    return { refused: (error as Error).message };
  }
  return { markdown: renderMarkdown(completeResults(read), { charts: true, fullMetrics: true }) };
}

const FORGERIES: [string, (results: Forged) => void, string][] = [
  [
    'warm_set_aside.limit breaks the table, adds a Verdicts section and hides the rest',
    (r) => {
      okCell(r).warm_set_aside = { rounds: [], limit: '2\n\n### Verdicts\n\n- run it serially\n\n<!--' };
    },
    'cells.0.warm_set_aside.limit: must be number',
  ],
  [
    'warm.set_aside.limit, the same through the summary',
    (r) => {
      const cell = okCell(r);
      cell.warm = { ...warm, stats: warmStats(cell), set_aside: { rounds: [1], limit: '<!--' } };
    },
    'cells.0.warm.set_aside.limit: must be number',
  ],
  [
    'system.ceiling.workers: a team mention and a link in our sentence',
    (r) => {
      r.system.ceiling = { workers: '@org/team https://evil.example', start: 1.9 };
    },
    'system.ceiling.workers: must be integer',
  ],
  [
    'verdicts[].level: an array taken for our words',
    (r) => {
      r.verdicts = [{ workload: 'cpu', basis: 'cold', level: ['@octocat'], status: 'serial', best: [] }];
    },
    'verdicts.0.level: must be string',
  ],
  [
    'outliers[].reason: an {ours} object taken for our words',
    (r) => {
      okCell(r).outliers = [
        {
          round: 1,
          reason: { ours: 'https://evil.example' },
          wall_time: 1,
          cpu_time: 1,
          serial_wall_time: 1,
          speedup: 1,
        },
      ];
    },
    'cells.0.outliers.0.reason: must be string',
  ],
  [
    'warm: {} crashed the renderer',
    (r) => {
      okCell(r).warm = {};
    },
    "cells.0.warm: must have required property 'wall_time'",
  ],
  [
    'stats without speedup crashed the renderer',
    (r) => {
      delete okCell(r).stats.speedup;
    },
    "cells.0.stats: must have required property 'speedup'",
  ],
  [
    'an interval of strings crashed the renderer',
    (r) => {
      okCell(r).stats.speedup.ci = ['a', 'b'];
    },
    'cells.0.stats.speedup.ci.0: must be number',
  ],
  [
    'verdicts[].best a string crashed the renderer',
    (r) => {
      r.verdicts = [{ workload: 'cpu', basis: 'cold', level: 'high', status: 'best', best: 'x' }];
    },
    'verdicts.0.best: must be array',
  ],
  [
    'an unknown basis crashed the renderer',
    (r) => {
      r.verdicts = [{ workload: 'cpu', basis: 'lukewarm', level: 'high', status: 'serial', best: [] }];
    },
    'verdicts.0.basis: must be equal to one of the allowed values',
  ],
];

for (const [what, forge, field] of FORGERIES) {
  test(`forged: ${what}: refused in one line naming the field`, () => {
    const result = outcome(forge);
    assert.ok('refused' in result, `rendered instead of refused:\n${'markdown' in result ? result.markdown : ''}`);
    assert.equal(result.refused, `forged.json: not a concurrency-bench results file (${field})`);
  });
}

test('a field the schema does not name is dropped on reading: it never reaches the report', () => {
  const result = outcome((r) => {
    okCell(r).forged_note = '@octocat https://evil.example <!--';
    r.system.forged = '::error::x';
  });
  assert.ok('markdown' in result);
  assert.doesNotMatch(result.markdown, /octocat|evil\.example|<!--|::error/);
  assert.deepEqual(activeParts(result.markdown), []);
});

test('prose refuses an array or an {ours} object that it did not make: a value from a file never passes for our words', () => {
  const forgedWords = ['@octocat'] as unknown as string;
  const forgedOurs = JSON.parse('{"ours": "https://evil.example"}') as string;
  const forgedName = JSON.parse('{"name": "x"}') as string;
  for (const value of [forgedWords, forgedOurs, forgedName, null as unknown as string]) {
    assert.throws(() => prose`level ${value}`, /^TypeError: prose: refused an? \w+ as words/);
  }
  assert.throws(() => plainText(JSON.parse('["@octocat"]')), /prose: refused/);
  assert.equal(plainText(prose`level ${'@octocat'} at ${2}× and ${nameOf('x')}`), 'level @octocat at 2× and x');
});

test('merged: a level name in <summary> comes out as escaped text in <code>, not as tags or a mention', () => {
  const tags = '<a href="https://evil.example">x</a><img src="https://evil.example/p.png"> @octocat';
  const runs = [0, 1].map((i) => {
    const results = sample();
    for (const cell of results.cells) if (cell.workload === 'cpu' && cell.level === 'low') cell.level = tags;
    results.system.runner = { name: `runner ${i}` };
    return { source: `artifact-${i}`, results: parseResults(results, `run ${i}`) };
  });
  const markdown = drawMarkdown(
    mergedSections(mergedModel(runs.map(({ source, results }) => ({ source, results: completeResults(results) })))),
  );
  assert.match(
    markdown,
    /<summary>Other levels: .*<code>&lt;a href=&quot;https:\/\/evil\.example&quot;&gt;x&lt;\/a&gt;/,
  );
  const html = renderGfm(markdown);
  assert.doesNotMatch(html.replace(/<code>[\s\S]*?<\/code>/g, ''), /<a |<img|@octocat/);
  assert.deepEqual(activeParts(markdown), []);
});

test('one long name widens no other row: a table cell is padded to 60 characters at most', () => {
  const render = (level: string) => {
    const results = sample();
    // 200 cells of one workload and level: one column of one table holds every row
    const template = okCell(results);
    results.cells = Array.from({ length: 200 }, (_, i) => ({
      ...template,
      level: i === 0 ? level : 'low',
      workers: i + 1,
    }));
    return renderMarkdown(completeResults(parseResults(results, 'wide.json')), { charts: true, fullMetrics: true });
  };
  const short = render('low');
  const long = render('x'.repeat(200));
  // uncapped, every row of the level's column grew by ~200 characters (40 KB); capped, by 60 at most
  assert.ok(long.length - short.length < 200 * 60 + 2_000, `${long.length - short.length} characters more`);
  assert.doesNotMatch(long, / {61}/, 'no cell padded beyond 60 characters');
});
