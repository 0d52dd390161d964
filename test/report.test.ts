// The Markdown report: tables for ok cells, reasons for the others, nothing a name can break.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkdown } from '../src/report/escape.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import { breakEvenSentence, verdictText } from '../src/report/summary-text.ts';
import { plainText } from '../src/prose.ts';
import type { BreakEven, CellResult, Results, Verdict } from '../src/results/types.ts';
import { cellFigures } from '../src/measure/metrics.ts';
import { verdicts } from '../src/analysis/verdicts.ts';

const key = { runtime: 'node', workers: 2, tasks: 2, arg: 1 };
const figures = cellFigures(
  [{ wall_time: 1, cpu_time: 2, peak_memory_bytes: 0, phases: { startup: 0, run: 1, shutdown: 0 } }],
  [2],
  2,
  2,
);
const cells: CellResult[] = [
  { ...key, strategy: 'worker-threads', workload: 'cpu', level: 'low', status: 'ok', ...figures },
  { ...key, strategy: 'event-loop', workload: 'cpu', level: 'low', status: 'ok', ...figures, noisy: true },
  {
    ...key,
    strategy: 'child-processes',
    workload: 'a|b<script>`x`',
    level: 'low',
    status: 'failed',
    error: 'Error: boom',
  },
  {
    ...key,
    runtime: 'python3',
    strategy: 'interpreter-pool',
    workload: 'cpu',
    level: 'low',
    status: 'skipped',
    reason: 'needs 3.14',
  },
];
const results: Results = {
  schema_version: 1,
  tool: { name: 'concurrency-bench', version: '0' },
  created_at: '2026-01-01T00:00:00Z',
  system: {
    os: 'Linux',
    arch: 'x64',
    cpu_model: 'Test CPU',
    cores: 2,
    memory_gb: 8,
    node: 'v24.0.0',
    pythons: [{ label: 'python3', version: '3.11.7', free_threaded: false }],
  },
  config: {},
  cells,
};

test('our own words: punctuation that Markdown would read is escaped', () => {
  assert.equal(
    escapeMarkdown('~40 ms | <b> `x` *y* _z_ [a](b) ![i](j) & #1'),
    '\\~40 ms \\| \\<b\\> \\`x\\` \\*y\\* \\_z\\_ \\[a\\](b) \\!\\[i\\](j) &amp; \\#1',
  );
});

test('per-workload tables: speedup with its interval, efficiency, CPU, warm; failures and skips explained', () => {
  const md = renderMarkdown(results);
  assert.match(md, /\| `node` · WorkerThreads +\| +2\.00× \[2\.00–2\.00\] · 1\.00 · 100% \|/);
  assert.match(md, /failed: `Error: boom`/);
  assert.match(md, /skipped: `needs 3\.14`/);
  assert.match(md, /`python3` `3\.11\.7`/);
  assert.doesNotMatch(md, /```mermaid|<details>/, 'no charts or folded sections unless asked (the terminal)');
  // every table row has the same number of unescaped cell separators
  for (const table of md.split('\n\n').filter((block) => block.startsWith('|'))) {
    const counts = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
    assert.equal(new Set(counts).size, 1, table);
  }
});

test('verdicts come first: one best, a tie, or run it serially; each says which figure it rests on', () => {
  const rep = (wall: number, warm: number) => ({
    wall_time: wall,
    cpu_time: wall,
    peak_memory_bytes: 0,
    phases: { startup: 0.1, run: wall - 0.1, shutdown: 0 },
    warm: { wall_time: warm, cpu_time: warm },
  });
  const serial = [2, 2, 2, 2, 2, 2];
  const cell = (strategy: string, workload: string, walls: number[], warms: number[]): CellResult => ({
    ...key,
    strategy,
    workload,
    level: 'long',
    target_s: 1,
    status: 'ok',
    ...cellFigures(
      walls.map((w, i) => rep(w, warms[i]!)),
      serial,
      2,
      2,
    ),
  });
  const clear: Results = {
    ...results,
    cells: [
      cell('worker-threads', 'cpu', [1.0, 1.02, 1.01, 1.03, 1.0, 1.01], [1, 1, 1, 1, 1, 1]),
      cell('child-processes', 'cpu', [1.01, 1.0, 1.02, 1.0, 1.03, 1.01], [1, 1, 1, 1, 1, 1]),
      cell('event-loop', 'cpu', [2, 2.02, 1.98, 2.01, 2, 1.99], [2, 2, 2, 2, 2, 2]),
      cell('event-loop', 'io', [2.1, 2.2, 2.0, 2.3, 2.1, 2.2], [2, 2.1, 2, 2, 2, 2]),
    ],
  };
  clear.verdicts = verdicts(clear, 0.05);
  const md = renderMarkdown(clear);
  assert.match(
    md,
    /### Verdicts\n\n- \*\*`cpu`\*\*: pool made per job, at `long` \(1\.00 s a task\): \*\*`node` · WorkerThreads ≈ `node` · ChildProcesses\*\* \(1\.98×, interval/,
  );
  assert.match(
    md,
    /long-lived pool, at `long` \(1\.00 s a task\): \*\*`node` · WorkerThreads ≈ `node` · ChildProcesses\*\*/,
  );
  assert.match(
    md,
    /- \*\*`io`\*\*: pool made per job, at `long` \(1\.00 s a task\): \*\*run it serially: every model was shown no faster than one task after another/,
  );
  assert.ok(md.indexOf('### Verdicts') < md.indexOf('### `cpu`'), 'the verdicts lead');
});

test("the runner's ceiling heads the report, with a warning when it moved", () => {
  const system = { ...results.system, ceiling: { workers: 2, start: 1.84, end: 1.5, moved: true, steal: 0.003 } };
  const md = renderMarkdown({ ...results, system });
  assert.match(
    md,
    /This runner gave 1\.84× for 2 independent busy processes against one at the start and 1\.50× at the end/,
  );
  assert.match(md, /the hypervisor stole 0\.3% of the CPU time/);
  assert.match(md, /\*\*Warning:\*\* The runner's ceiling moved by more than 10%/);
});

test('for GitHub: a Mermaid chart per workload and the full metrics folded away', () => {
  const withVerdicts = { ...results, verdicts: verdicts(results, 0.05) };
  const md = renderMarkdown(withVerdicts, { charts: true, fullMetrics: true });
  assert.match(md, /```mermaid\nxychart-beta\n {4}title "cpu \(low\): speedup by strategy, ideal 2x"/);
  assert.match(md, /<details><summary>Full metrics/);
});

test('a free-threaded Python is named as such', () => {
  const md = renderMarkdown({
    ...results,
    system: { ...results.system, pythons: [{ label: 'python3.14t', version: '3.14.0', free_threaded: true }] },
  });
  assert.match(md, /`python3\.14t` `3\.14\.0` \(free-threaded\)/);
  assert.match(md, /Free-threaded \(no GIL\): `python3\.14t`; its ThreadPool runs threads in parallel\./);
  assert.doesNotMatch(renderMarkdown(results), /Free-threaded/);
});

test('off Linux the report says what CPU time and memory leave out; on Linux it says nothing', () => {
  for (const os of ['Darwin 24.6.0', 'Windows_NT 10.0.26100']) {
    const md = renderMarkdown({ ...results, system: { ...results.system, os } });
    assert.ok(
      md.includes(
        `> **Note:** On \`${os.split(' ')[0]}\` (no /proc) CPU time counts the runner process and the children it reaped, and memory the runner process alone`,
      ),
      os,
    );
  }
  assert.doesNotMatch(renderMarkdown(results), /no \/proc/);
});

test('break-even sentences read as English: a threshold only where it was shown, else what was measured', () => {
  const b: BreakEven = {
    runtime: 'python3',
    strategy: 'thread-pool',
    workload: 'io',
    fixed_cost_s: 0.01,
    per_task_s: 0.01,
    slope: 0.5,
    cold_task_s: null,
    warm_task_s: null,
    longest_task_s: 0.1,
  };
  const at = (median: number, low: number, high: number, ci_level = 0.97) => ({
    median,
    ci: [low, high] as [number, number],
    ci_level,
  });
  const say = (extra: Partial<BreakEven>) => plainText(breakEvenSentence({ ...b, ...extra }));
  assert.equal(
    say({ cold_task_s: 0.073, cold_task_ci: [0.05, 0.09], cold_speedup: at(1.3, 1.2, 1.4) }),
    'python3 · ThreadPool pays off above about 73 ms a task (interval 50–90 ms) if you make the pool per job',
  );
  assert.equal(
    say({
      cold_task_s: 0.073,
      cold_task_ci: [0.05, 0.09],
      cold_speedup: at(1.3, 1.2, 1.4),
      warm_task_s: 0,
      warm_task_ci: [0, 0.0012],
      warm_speedup: at(1.8, 1.7, 1.9),
    }),
    'python3 · ThreadPool pays off above about 73 ms a task (interval 50–90 ms) if you make the pool per job, and at every task size measured (interval 0–1.2 ms) if you keep it',
  );
  assert.equal(
    say({
      cold_task_ci: [0.02, 0.2],
      cold_speedup: at(1.02, 0.95, 1.1),
      warm_task_s: 0.0096,
      warm_task_ci: [0.004, 0.015],
      warm_speedup: at(1.8, 1.7, 1.9),
    }),
    'python3 · ThreadPool is not shown to pay off at the sizes measured (at about 100 ms a task: 1.02×, interval 0.95–1.10) if you make the pool per job, and pays off above about 9.6 ms a task (interval 4–15 ms) if you keep it',
  );
  // the GIL-bound pool on CPU work: lines that cross somewhere are not a claim
  assert.equal(
    say({
      cold_task_ci: [0.03, 0.08],
      cold_speedup: at(1.02, 0.95, 1.1),
      warm_task_ci: null,
      warm_speedup: at(1.01, 0.97, 1.05),
    }),
    'python3 · ThreadPool is not shown to pay off at the sizes measured, whether you make the pool per job (at about 100 ms a task: 1.02×, interval 0.95–1.10) or keep it (1.01×, interval 0.97–1.05)',
  );
  assert.equal(
    say({
      cold_task_ci: null,
      cold_speedup: at(0.93, 0.9, 0.97),
      warm_task_ci: null,
      warm_speedup: at(0.95, 0.92, 0.98),
    }),
    'python3 · ThreadPool does not pay off at the sizes measured, whether you make the pool per job (at about 100 ms a task: 0.93×, interval 0.90–0.97) or keep it (0.95×, interval 0.92–0.98)',
  );
  assert.equal(
    say({ cold_task_ci: [0.01, 0.02], cold_speedup: at(1.85, 1.8, 1.9, 0.75) }),
    'python3 · ThreadPool is not shown to pay off (too few rounds for a 95% interval; at about 100 ms a task: 1.85×, range 1.80–1.90) if you make the pool per job',
  );
  assert.equal(
    say({ cold_task_ci: null, cold_speedup: at(1.85, 1.8, 1.9) }),
    'python3 · ThreadPool pays off at the longest task measured (at about 100 ms a task: 1.85×, interval 1.80–1.90; where it starts to was not pinned down) if you make the pool per job',
  );
});

test('a cell found not measurable reads so in its table, and is counted once, where cells not measured are', () => {
  const outlier = {
    round: 1,
    reason: 'it read 3.09× where 2× is the most 2 workers allow',
    wall_time: 1,
    cpu_time: 1,
    serial_wall_time: 3,
    speedup: 3.09,
  };
  const reason =
    'not measurable on this runner right now: 7 of 10 rounds could not be true (round 1: it read 3.09× where 2× is the most 2 workers allow)';
  const md = renderMarkdown({
    ...results,
    cells: [
      ...cells,
      {
        ...key,
        strategy: 'child-processes',
        workload: 'io',
        level: 'long',
        status: 'skipped',
        reason,
        outliers: Array(7).fill(outlier),
      },
    ],
  });
  assert.match(md, /\| `node` · ChildProcesses +\| +not measurable \|/);
  assert.match(md, /- `node` · ChildProcesses: skipped: `not measurable on this runner right now: 7 of 10 rounds/);
  assert.doesNotMatch(md, /### Rounds set aside/);
});

test('a leader with models it was not shown faster than says so, names inert', () => {
  const verdict: Verdict = {
    workload: 'io',
    basis: 'cold',
    level: 'long',
    status: 'tie',
    best: ['node/child-processes'],
    unresolved: ['node/event-loop', 'python3/thread-pool'],
    excluded: [{ model: 'node/worker-threads', by: 'cpu' }],
    speedup: 1.43,
    ci: [0.95, 1.91],
  };
  const text = plainText(verdictText(verdict, []).detail);
  assert.match(
    text,
    /it leads, but is not shown faster than node · EventLoop and python3 · ThreadPool, which were not/,
  );
  assert.match(text, /not parallel here: node · WorkerThreads \(they kept no more cores busy/);
  const one = plainText(verdictText({ ...verdict, unresolved: ['node/event-loop'] }, []).detail);
  assert.match(one, /not shown faster than node · EventLoop, which was not shown/);
  // a hand-made results file's odd shapes are left out, not rendered
  const odd = { ...verdict, unresolved: [42], excluded: 'x' } as unknown as Verdict;
  assert.doesNotMatch(plainText(verdictText(odd, []).detail), /42|not parallel/);
});
