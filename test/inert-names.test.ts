// Names we did not write reach the PR comment, the job summary and report.md as code spans: no
// mention, link, image, reference, HTML, comment or emphasis can come out of them, and the reader
// sees the name as written. Checked with a GFM parser (test/gfm.ts), on generated names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { completeResults } from '../src/analysis/complete.ts';
import { inertName } from '../src/report/escape.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import type { CellResult, Results } from '../src/results/types.ts';
import { cellFigures } from '../src/measure/metrics.ts';
import { activeParts, codeTexts, HOSTILE, outsideCode, renderGfm } from './gfm.ts';

const RUNS = 1000;

// Markdown's and GitHub's special syntax, and a little plain text between
const special = fc.constantFrom(
  '@',
  '#',
  '[',
  ']',
  '(',
  ')',
  '!',
  '*',
  '_',
  '~',
  '<!--',
  '-->',
  '`',
  '``',
  '|',
  '\\',
  '\\|',
  '<',
  '>',
  '&',
  '&amp;',
  '&#64;',
  ':',
  'https://example.com/x',
  'http://x.y',
  'www.example.com',
  'a@b.co',
  ':tada:',
  '@octocat',
  '@org/team',
  '#1',
  'o/r#2',
  'GH-3',
  'a5c3785ed8d6a35868bc169f07e40e889087fd2e',
  '<script>',
  '<img src=x>',
  '<b>',
  '**',
  '__',
  '~~',
  '> ',
  '- ',
  '1. ',
  '# ',
  '---',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '\u2028',
  'x',
  'cpu',
  'é',
  '😀',
);
const names = fc.oneof(
  fc.array(special, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** What the reader should see: the name, with line breaks and control characters as spaces. */
const shown = (name: string) => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test's own statement of which characters become spaces
  const oneLine = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return oneLine === '' ? ' ' : oneLine;
};

test(`a name in a sentence is one code span holding exactly the name (${RUNS} generated names)`, () => {
  fc.assert(
    fc.property(names, (name) => {
      const html = renderGfm(`before ${inertName(name)} after`);
      assert.deepEqual(codeTexts(html), [shown(name)], html);
      assert.equal(outsideCode(html), '<p>before  after</p>', html);
    }),
    { numRuns: RUNS },
  );
});

test(`a name in a table cell stays in its cell, as one code span holding exactly the name (${RUNS} generated names)`, () => {
  fc.assert(
    fc.property(names, names, (name, other) => {
      const html = renderGfm(
        `| a | b |\n| --- | --- |\n| ${inertName(name, 'table')} | ${inertName(other, 'table')} |\n`,
      );
      const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
      assert.equal(cells.length, 2, html);
      // a backslash right before a pipe gets a zero-width space between them (see escape.ts)
      const inCell = (text: string) => shown(text).replace(/\\(?=\|)/g, '\\\u200b');
      assert.deepEqual(codeTexts(cells[0]!), [inCell(name)], html);
      assert.deepEqual(codeTexts(cells[1]!), [inCell(other)], html);
      assert.deepEqual(cells.map(outsideCode), ['', ''], html);
    }),
    { numRuns: RUNS },
  );
});

/** A results file whose every name is hostile: the fork pattern's artifact is a stranger's. */
function hostileResults(hostile = HOSTILE): Results {
  const rep = {
    wall_time: 1,
    cpu_time: 2,
    peak_memory_bytes: 0,
    phases: { startup: 0.1, run: 0.8, shutdown: 0.1 },
    warm: { wall_time: 0.9, cpu_time: 1.8 },
  };
  const figures = cellFigures([rep, rep, rep], [2, 2, 2], 2, 2);
  const key = { runtime: hostile, workers: 2, tasks: 2, arg: hostile };
  const cells: CellResult[] = [
    {
      ...key,
      strategy: 'event-loop',
      workload: hostile,
      level: hostile,
      status: 'ok',
      target_s: 1,
      calibration: { target_s: 1, measured_s: 1, note: hostile },
      ...figures,
    },
    { ...key, strategy: hostile, workload: hostile, level: hostile, status: 'ok', ...figures },
    { ...key, strategy: 'worker-threads', workload: hostile, level: hostile, status: 'failed', error: hostile },
    { ...key, strategy: 'child-processes', workload: hostile, level: hostile, status: 'skipped', reason: hostile },
  ];
  return {
    schema_version: 1,
    tool: { name: 'concurrency-bench', version: hostile },
    created_at: '2026-01-01T00:00:00Z',
    system: {
      os: hostile,
      arch: hostile,
      cpu_model: hostile,
      cores: 2,
      memory_gb: 8,
      node: hostile,
      pythons: [{ label: hostile, version: hostile, free_threaded: true }],
      runner: { name: hostile },
      git: { sha: hostile },
    },
    config: {},
    cells,
  } as Results;
}

test('the whole report, every name hostile: nothing of it is active outside code, and the reader sees it as written', () => {
  const markdown = renderMarkdown(completeResults(hostileResults()), { charts: true, fullMetrics: true });
  assert.deepEqual(activeParts(markdown), [], markdown);
  assert.ok(
    codeTexts(renderGfm(markdown)).some((text) => text === HOSTILE),
    'the name is shown as written',
  );
});

test('the check itself sees the hostile string when it is not made inert (backslashes do not stop it)', () => {
  const all = ['a mention', 'an issue reference', 'a link', 'an image', "the stranger's address"];
  assert.deepEqual(activeParts(HOSTILE), all);
  // escaped, the bracket link and the image are gone, but the bare URL is autolinked
  assert.deepEqual(activeParts(HOSTILE.replace(/[@#[\]()!]/g, (c) => `\\${c}`)), [
    'a mention',
    'an issue reference',
    'a link',
    "the stranger's address",
  ]);
});
