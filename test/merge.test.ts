// `concurrency-bench merge`: several runners' results.json side by side in one report. The
// runners: a real run made here by this version, the same run as another runner would describe
// it (macOS arm64, 3 cores, another Python, one figure changed), a file the FIRST version of the
// tool wrote (commit baebfe5, 2026-11-25, `config.json` of cpu 3e6/3e7 on five models; kept as
// it wrote it in test/fixtures/results-first-version.json), and the hand-made sample whose
// names are hostile.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runnerLabels } from '../src/report/merged-model.ts';
import type { OkCell, Results } from '../src/results/types.ts';
import { activeParts, HOSTILE } from './gfm.ts';
import { fixture, readResults, runCli, scratchDir, writeJson } from './helpers.ts';

const read = (path: string): Results => JSON.parse(readFileSync(path, 'utf8'));

/** The cells of one table row: the row whose first cell starts with `name`, split at unescaped pipes. */
function tableRow(markdown: string, header: string, name: string): string[] {
  const table = markdown.slice(markdown.indexOf(header));
  const line = table.split('\n').find((row) => row.startsWith(`| ${name}`));
  assert.ok(line, `a row ${name} under ${header}`);
  return line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim());
}

test('merge puts each runner in a column of its own, whatever its system or the version that wrote it', (t) => {
  const dir = scratchDir(t);
  writeJson(join(dir, 'config.json'), {
    repetitions: 3,
    strategies: ['event-loop', 'worker-threads'],
    workloads: { cpu: { low: 3_000_000, high: 30_000_000 } },
  });
  const here = runCli(['--config', 'config.json', '--out', 'here'], { cwd: dir });
  assert.equal(here.code, 0, here.stderr);

  // the same cells as a 3-core macOS arm64 runner would describe them, one figure changed
  const mac = readResults(join(dir, 'here'));
  mac.system = {
    ...mac.system,
    os: 'Darwin 24.6.0',
    arch: 'arm64',
    cpu_model: 'Apple M1 (Virtual)',
    cores: 3,
    pythons: [{ label: 'python3', version: '3.13.9', free_threaded: false }],
    runner: { os: 'macOS', arch: 'ARM64', name: 'GitHub Actions 7' },
  };
  const macWorkers = mac.cells.find(
    (c): c is OkCell => c.status === 'ok' && c.strategy === 'worker-threads' && c.level === 'high',
  )!;
  macWorkers.metrics.speedup = 2.6131;
  writeJson(join(dir, 'mac.json'), mac);

  const run = runCli(
    [
      'merge',
      'here/results.json',
      'mac.json',
      fixture('results-first-version.json'),
      fixture('results-sample.json'),
      '--out',
      'merged',
    ],
    { cwd: dir },
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Merged 4 runners; wrote .*report\.md, .*report\.html, .*report\.csv/);
  const markdown = readFileSync(join(dir, 'merged', 'report.md'), 'utf8');
  assert.ok(existsSync(join(dir, 'merged', 'report.html')));

  // each runner named by what tells it apart, with its facts and its source
  const system = read(join(dir, 'here', 'results.json')).system; // Node models only: no Python probed
  const labels = [
    `${system.os.split(' ')[0]} ${system.arch} · ${system.cores} cores`,
    'macOS arm64 · 3 cores · python3 3.13.9',
    'Linux x64 · 2 cores · python3 3.11.7',
    'Linux x64 · 2 cores · python3.12 3.12.8, python3.14t 3.14.0',
  ];
  for (const label of labels) assert.ok(markdown.includes(`- **\`${label}\`**`), `runner ${label}`);
  assert.match(markdown, /`Apple M1 \(Virtual\)` · .*`Darwin 24\.6\.0` `arm64`/);
  assert.match(
    markdown,
    /\n {2}- On `Darwin` \(no \/proc\) CPU time counts the runner process/,
    'the mac runner says what it cannot see',
  );

  // the same cell from each runner side by side, in the runners' order
  const header = '| `high` (arg `30000000`)';
  const workers = tableRow(markdown, header, '`node` · WorkerThreads');
  const own = (results: Results) =>
    results.cells.find((c): c is OkCell => c.status === 'ok' && c.strategy === 'worker-threads' && c.level === 'high')!
      .metrics.speedup;
  assert.ok(workers[1]!.startsWith(`${own(read(join(dir, 'here', 'results.json'))).toFixed(2)}×`), workers[1]);
  assert.ok(workers[2]!.startsWith('2.61×'), workers[2]);
  assert.ok(workers[3]!.startsWith(`${own(read(fixture('results-first-version.json'))).toFixed(2)}×`), workers[3]);
  assert.ok(workers[4]!.startsWith('1.70×'), `the sample's high cell: ${workers[4]}`);
  // each runner's ideal in its header: 2 workers on 2 cores; the mac's cells ran 2 workers too
  assert.match(markdown, /\| `macOS arm64 · 3 cores · python3 3\.13\.9` \(ideal 2×\) \|/);

  // a row a runner did not run is empty there, not borrowed from another runner
  const processPool = tableRow(markdown, header, '`python3` · ProcessPool');
  assert.deepEqual([processPool[1], processPool[2]], ['', '']);
  assert.match(processPool[3]!, /^\d+\.\d\d× .*· \d\.\d\d$/, 'the first version ran ProcessPool: speedup · efficiency');
});

test('merge refuses a file that is not a results file, with one line naming it, and writes nothing', (t) => {
  const dir = scratchDir(t);
  writeJson(join(dir, 'notes.json'), { hello: 'world' });
  writeJson(join(dir, 'future.json'), { ...read(fixture('results-sample.json')), schema_version: 2 });
  for (const [file, why] of [
    ['notes.json', /notes\.json: not a concurrency-bench results file \(the top level: must have required property/],
    ['future.json', /future\.json: schema_version 2 is not supported \(this version reads 1\)/],
    ['missing.json', /missing\.json: file not found/],
  ] as const) {
    const run = runCli(['merge', fixture('results-sample.json'), file, '--out', 'merged'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, why);
    assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
    assert.equal(existsSync(join(dir, 'merged')), false, 'nothing written');
  }
  const none = runCli(['merge', '--out', 'merged'], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /merge: name the results\.json files to merge/);
});

test('runner labels: the fewest facts that tell runners apart, a number only when nothing does', () => {
  const base = read(fixture('results-first-version.json'));
  const like = (system: Partial<Results['system']>, source: string) => ({
    source,
    results: { ...base, system: { ...base.system, ...system } },
  });
  assert.deepEqual(
    runnerLabels([
      like({ runner: { os: 'Linux', arch: 'X64' } }, 'a'),
      like({ runner: { os: 'Linux', arch: 'ARM64' } }, 'b'),
      like({ runner: { os: 'Windows', arch: 'X64' } }, 'c'),
    ]),
    ['Linux x64', 'Linux arm64', 'Windows x64'],
  );
  assert.deepEqual(runnerLabels([like({ cores: 2 }, 'a'), like({ cores: 4 }, 'b')]), [
    'Linux x64 · 2 cores',
    'Linux x64 · 4 cores',
  ]);
  assert.deepEqual(runnerLabels([like({}, 'same'), like({}, 'same')]), [
    'Linux x64 · 2 cores · python3 3.11.7 · same #1',
    'Linux x64 · 2 cores · python3 3.11.7 · same #2',
  ]);
});

test("a stranger's names reach the merged report inert: no mention, link, image or reference", (t) => {
  const dir = scratchDir(t);
  const forged = read(fixture('results-first-version.json'));
  forged.system = {
    ...forged.system,
    os: HOSTILE,
    arch: HOSTILE,
    cpu_model: HOSTILE,
    pythons: [{ label: HOSTILE, version: HOSTILE, free_threaded: false }],
    runner: { os: HOSTILE, arch: HOSTILE, name: HOSTILE },
  };
  forged.cells = forged.cells.map((cell) => ({ ...cell, runtime: HOSTILE, workload: HOSTILE, level: HOSTILE }));
  writeJson(join(dir, 'forged.json'), forged);
  const run = runCli(['merge', 'forged.json', fixture('results-first-version.json'), '--out', 'merged'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const markdown = readFileSync(join(dir, 'merged', 'report.md'), 'utf8');
  assert.ok(markdown.includes(HOSTILE), 'the names are shown');
  assert.deepEqual(activeParts(markdown), [], markdown);
  const html = readFileSync(join(dir, 'merged', 'report.html'), 'utf8');
  assert.doesNotMatch(html, /<a\b|<img\b/);
});
