// Issue 22, item 5: whole results files, every field of every type (test/results-arbitrary.ts:
// drawn from results.schema.json, strings from a hostile set, then corrupted anywhere with wrong
// types, huge arrays, long strings, deep nesting), through every reader a stranger's file meets:
// the reports in process, the CLI's merge, and the Action's comment and merge modes against the
// fake GitHub. Each is either refused in one line or drawn inert; never a stack trace, never an
// active mention, link, image or tag of the file's, never a workflow command or terminal escape.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { completeResults } from '../src/analysis/complete.ts';
import { uploadResultsArtifact } from '../src/github/artifact.ts';
import { logLine } from '../src/one-line.ts';
import { commentBody } from '../src/report/github-bodies.ts';
import { drawHtml, renderHtml } from '../src/report/html.ts';
import { commentMarkdown, drawMarkdown, renderMarkdown } from '../src/report/markdown.ts';
import { mergedSections } from '../src/report/merged-sections.ts';
import { mergedModel } from '../src/report/merged-model.ts';
import { parseResults, ResultsError } from '../src/results/read.ts';
import type { Results } from '../src/results/types.ts';
import { HEAD_SHA, runAction, setUp } from './action-harness.ts';
import { fakeRuntimeToken, startFakeArtifactService } from './fakes/artifact-service.ts';
import { startFakeGitHub } from './fakes/github-api.ts';
import { outsideCode, renderGfm } from './gfm.ts';
import { repoRoot, runCli, scratchDir } from './helpers.ts';
import { anyResults } from './results-arbitrary.ts';

const SEED = 22;
const sampleText = readFileSync(join(repoRoot, 'test/fixtures/results-sample.json'), 'utf8');
const sample = () => completeResults(parseResults(JSON.parse(sampleText), 'sample'));

/** ESC (ANSI and OSC-8 sequences), CSI and BEL: what starts or ends a terminal's escape sequence. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const TERMINAL_ESCAPE = /[\u001b\u009b\u0007]/;

/** Fails with what is active and where, when anything is. */
function assertInert(markdown: string) {
  const active = activeInMarkdown(markdown);
  if (active.length > 0)
    assert.fail(`active: ${active.join(', ')}\n${outsideCode(renderGfm(markdown)).slice(0, 6000)}`);
}

/** What the hostile set would leave active in GitHub's rendering of Markdown: nothing, outside code. */
function activeInMarkdown(markdown: string): string[] {
  const outside = outsideCode(renderGfm(markdown));
  return [
    ['a mention', /@octocat|@org\/team/],
    ['an issue reference', /(^|[^\w&])#1\b|o\/r#2/],
    ['a link', /<a\b/],
    ['an image', /<img\b/],
    ['a script', /<script/],
    ['a comment', /<!--/],
    ["the stranger's address", /evil\.example/],
    ['a terminal escape', TERMINAL_ESCAPE],
  ]
    .filter(([, pattern]) => (pattern as RegExp).test(outside))
    .map(([what]) => what as string);
}

// the report's own tags (html.ts, html-page.ts, the SVG charts)
const OUR_TAGS = new Set(
  'a b body br circle defs details div figcaption figure footer h1 h2 h3 head html li line main meta p path pattern polyline rect section span style summary svg table tbody td text th thead time title tr ul'.split(
    ' ',
  ),
);

/**
 * Tags in the HTML that are not ours, and any of ours with an event handler or a link to the
 * stranger's address (a name as escaped text in a quoted attribute, a title or a label, is inert).
 */
function foreignInHtml(html: string): string[] {
  const found = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)]
    .filter(
      ([, name, attributes]) =>
        !OUR_TAGS.has(name!.toLowerCase()) ||
        /\son\w+\s*=/i.test(attributes!) ||
        /\s(href|src|action|formaction|xlink:href)\s*=\s*"[^"]*(evil\.example|javascript:)/i.test(attributes!),
    )
    .map(([tag]) => tag.slice(0, 120));
  if (/<!--/.test(html)) found.push('<!--');
  return found;
}

/** A line of the log or a terminal that a runner or a terminal would act on. */
function activeInLog(text: string, allowed: RegExp): string[] {
  return text
    .split('\n')
    .filter((line) => TERMINAL_ESCAPE.test(line) || /^\s*##\[/.test(line) || (/^::/.test(line) && !allowed.test(line)))
    .map((line) => JSON.stringify(line.slice(0, 120)));
}

test('logLine: no control character, no workflow command, one line', () => {
  const text = 'a\n::error::x\u001b[31m\u009b2J##[warning]y\u202e\u2028z';
  const line = logLine(text);
  assert.equal(line, 'a :\u200b:error:\u200b:x\\x1b[31m\\x9b2J#\u200b#[warning]y\\u202e\\u2028z');
  assert.deepEqual(activeInLog(line, /^$/), []);
  assert.equal(logLine('a\nb', { multiline: true }), 'a\nb');
});

test('whole forged files through every report in process: refused in one line, or drawn inert (600 files)', () => {
  let [refused, drawn, slowestMs, peakRss] = [0, 0, 0, 0];
  fc.assert(
    fc.property(anyResults, (data) => {
      const start = performance.now();
      let results: Results;
      try {
        // as every reader reads a file: checked, then completed (analysis/complete.ts)
        results = completeResults(parseResults(structuredClone(data), 'forged.json'));
      } catch (error) {
        assert.ok(error instanceof ResultsError, `not a ResultsError: ${(error as Error).stack}`);
        assert.match(error.message, /^forged\.json: /);
        assert.deepEqual(activeInLog(error.message, /^$/), [], error.message);
        assert.doesNotMatch(error.message, /\n|::/);
        refused++;
        return;
      }
      const markdowns = [
        commentBody(renderMarkdown(results, { charts: true, fullMetrics: true }), { runUrl: undefined }),
        renderMarkdown(results),
        commentBody(commentMarkdown(results), { runUrl: undefined }),
      ];
      const runs = [
        { source: 'forged', results },
        { source: 'sample', results: sample() },
      ];
      const merged = mergedModel(runs);
      markdowns.push(drawMarkdown(mergedSections(merged)));
      for (const markdown of markdowns) assertInert(markdown);
      for (const html of [renderHtml(results), drawHtml('merged', mergedSections(merged))])
        assert.deepEqual(foreignInHtml(html), []);
      slowestMs = Math.max(slowestMs, performance.now() - start);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      drawn++;
    }),
    { numRuns: 600, seed: SEED },
  );
  console.log(
    `# in process: ${refused} refused, ${drawn} drawn; slowest case ${slowestMs.toFixed(0)} ms, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
  );
  assert.ok(refused > 100 && drawn > 100, `both outcomes exercised: ${refused} refused, ${drawn} drawn`);
  // bounded, not a speed test: a quadratic or exponential path would take minutes here
  assert.ok(slowestMs < 10_000, `slowest case ${slowestMs} ms`);
});

/** Files for the end-to-end runs: the same generator, a fixed seed. */
const filesFor = (count: number, seed: number) =>
  fc.sample(anyResults, { numRuns: count, seed }).map((data) => JSON.stringify(data));

test('the CLI merge: exit 0 with an inert report, or exit 2 with one line; never a stack (24 files)', (t) => {
  const dir = scratchDir(t);
  writeFileSync(join(dir, 'sample.json'), sampleText);
  const outcomes = { 0: 0, 2: 0 };
  let slowestMs = 0;
  for (const [i, text] of filesFor(24, SEED + 1).entries()) {
    writeFileSync(join(dir, `forged-${i}.json`), text);
    const start = performance.now();
    const run = runCli(['merge', `forged-${i}.json`, 'sample.json', '--out', `out-${i}`], { cwd: dir });
    slowestMs = Math.max(slowestMs, performance.now() - start);
    assert.ok(run.code === 0 || run.code === 2, `exit ${run.code}: ${run.stderr}`);
    outcomes[run.code as 0 | 2]++;
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
    assert.deepEqual(activeInLog(run.stdout + run.stderr, /^$/), []);
    if (run.code === 2) {
      assert.match(run.stderr, new RegExp(`^concurrency-bench: forged-${i}\\.json: [^\\n]+\\n$`));
    } else {
      const report = readFileSync(join(dir, `out-${i}`, 'report.md'), 'utf8');
      assertInert(report);
      assert.deepEqual(foreignInHtml(readFileSync(join(dir, `out-${i}`, 'report.html'), 'utf8')), []);
    }
  }
  console.log(`# CLI merge: ${outcomes[0]} merged, ${outcomes[2]} refused; slowest ${slowestMs.toFixed(0)} ms`);
  assert.ok(outcomes[0] > 0 && outcomes[2] > 0, JSON.stringify(outcomes));
});

// the runner's commands we send ourselves; core escapes newlines in their data
const OUR_COMMANDS = /^::(error|warning|notice|debug|add-mask|set-output)( [^:]*)?::/;

describe('the Action, against the fake GitHub', () => {
  const workflowRunEvent = {
    name: 'workflow_run',
    payload: { workflow_run: { head_sha: HEAD_SHA, pull_requests: [] } },
  };

  test('mode comment: an inert comment (exit 0) or one error line (exit 1) naming the file (10 files)', async (t) => {
    const { dir, env } = setUp(t, workflowRunEvent);
    const github = await startFakeGitHub();
    t.after(() => github.close());
    github.pulls.set(7, { headSha: HEAD_SHA, state: 'open' });
    const outcomes = { posted: 0, refused: 0 };
    for (const [i, text] of filesFor(10, SEED + 2).entries()) {
      writeFileSync(join(dir, `forged-${i}.json`), text);
      const run = await runAction(
        dir,
        env(github, { mode: 'comment', results: `forged-${i}.json`, 'pull-request': '7' }),
      );
      assert.doesNotMatch(run.stdout, /^\s+at /m, 'no stack trace');
      assert.deepEqual(activeInLog(run.stdout, OUR_COMMANDS), []);
      if (run.code === 0) {
        outcomes.posted++;
        const body = github.comments.get(7)!.at(-1)!.body;
        const report = body.slice(body.indexOf('\n') + 1, body.lastIndexOf('<sub>')); // our marker (a comment) and our pointer to the run (a link) are ours
        assertInert(report);
      } else {
        outcomes.refused++;
        assert.equal(run.code, 1, run.stdout);
        const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
        assert.equal(errors.length, 1, run.stdout);
        assert.match(errors[0]!, new RegExp(`forged-${i}\\.json: `));
      }
    }
    console.log(`# Action comment mode: ${outcomes.posted} posted, ${outcomes.refused} refused`);
    assert.ok(outcomes.posted > 0 && outcomes.refused > 0, JSON.stringify(outcomes));
    assert.equal(github.comments.get(7)?.length, 1, 'one sticky comment, updated in place');
  });

  test('mode merge: a broken runner is a warning naming its artifact; the others merge, inert (4 merges of 3 runners)', async (t) => {
    const RUN = '5f0e2bd6-4a7e-4c55-9d4c-6b1f3e0a9c22';
    const { dir, env } = setUp(t, {
      name: 'pull_request',
      payload: { pull_request: { number: 7, head: { sha: HEAD_SHA } } },
    });
    const github = await startFakeGitHub();
    const artifacts = await startFakeArtifactService();
    t.after(() => Promise.all([github.close(), artifacts.close()]));
    const files = filesFor(8, SEED + 3);
    for (let merge = 0; merge < 4; merge++) {
      const job = (n: number) => ({
        ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(RUN, `00000000-0000-4000-8000-0000000${merge}${n}000`),
        ACTIONS_RESULTS_URL: `${artifacts.url}/`,
      });
      const names = [`cb-${merge}-sample`, `cb-${merge}-forged-a`, `cb-${merge}-forged-b`];
      for (const [n, text] of [sampleText, files[2 * merge]!, files[2 * merge + 1]!].entries()) {
        const folder = scratchDir(t);
        writeFileSync(join(folder, 'results.json'), text);
        Object.assign(process.env, job(n)); // @actions/artifact reads process.env
        assert.ok(
          (
            await uploadResultsArtifact({
              name: names[n]!,
              files: [join(folder, 'results.json')],
              rootDirectory: folder,
              env: process.env,
            })
          ).uploaded,
        );
      }
      const run = await runAction(dir, {
        ...env(github, { mode: 'merge', 'merge-pattern': `cb-${merge}-*`, out: `merged-${merge}` }),
        ...job(9),
      });
      assert.equal(run.code, 0, run.stdout);
      assert.doesNotMatch(run.stdout, /^\s+at /m, 'no stack trace');
      assert.deepEqual(activeInLog(run.stdout, OUR_COMMANDS), []);
      const warned = run.stdout.split('\n').filter((line) => line.startsWith('::warning::Artifact '));
      const merged = Number(/Merged (\d) runners/.exec(run.stdout)?.[1]);
      assert.equal(merged + warned.length, 3, run.stdout);
      for (const line of warned)
        assert.match(line, new RegExp(`^::warning::Artifact cb-${merge}-forged-[ab] left out: its results\\.json: `));
      const body = github.comments.get(7)!.at(-1)!.body;
      assertInert(body.slice(body.indexOf('\n') + 1, body.lastIndexOf('<sub>')));
      console.log(`# Action merge ${merge + 1}: ${merged} merged, ${warned.length} left out with a warning`);
    }
  });
});
