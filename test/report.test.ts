// The Markdown report: tables for ok cells, reasons for the others, nothing a name can break.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkdown } from '../src/report/escape.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import type { CellResult, Results } from '../src/results/types.ts';
import { cellFigures } from '../src/measure/metrics.ts';

const key = { runtime: 'node', workers: 2, tasks: 2, arg: 1 };
const figures = cellFigures([{ wall_time: 1, cpu_time: 2, peak_memory_bytes: 0, phases: { startup: 0, run: 1, shutdown: 0 } }], [2], 2, 2);
const cells: CellResult[] = [
  { ...key, strategy: 'worker-threads', workload: 'cpu', level: 'low', status: 'ok', ...figures },
  { ...key, strategy: 'event-loop', workload: 'cpu', level: 'low', status: 'ok', ...figures, noisy: true },
  { ...key, strategy: 'child-processes', workload: 'a|b<script>`x`', level: 'low', status: 'failed', error: 'Error: boom' },
  { ...key, runtime: 'python3', strategy: 'interpreter-pool', workload: 'cpu', level: 'low', status: 'skipped', reason: 'needs 3.14' },
];
const results: Results = {
  schema_version: 1,
  tool: { name: 'concurrency-bench', version: '0' },
  created_at: '2026-01-01T00:00:00Z',
  system: { os: 'Linux', arch: 'x64', cpu_model: 'Test CPU', cores: 2, memory_gb: 8, node: 'v24.0.0', pythons: [{ label: 'python3', version: '3.11.7', free_threaded: false }] },
  config: {},
  cells,
};

test('escapes what would break a table or inject HTML', () => {
  assert.equal(escapeMarkdown('a|b<script>`x`'), 'a\\|b&lt;script&gt;\\`x\\`');
});

test('per-workload tables: speedup, efficiency, CPU; noisy marked; best named; failures and skips explained', () => {
  const md = renderMarkdown(results);
  assert.match(md, /### cpu\n\nBest here: \*\*node · WorkerThreads\*\*, 2\.00× at low\./);
  assert.match(md, /\| node · WorkerThreads +\| +2\.00× · 1\.00 · 100% \|/);
  assert.match(md, /\| node · EventLoop +\| +2\.00× · 1\.00 · 100% ~ \|/);
  assert.match(md, /failed: Error: boom/);
  assert.match(md, /skipped: needs 3\.14/);
  assert.match(md, /python3 3\.11\.7/);
  assert.ok(!md.includes('<script>'));
  assert.doesNotMatch(md, /```mermaid|<details>/, 'no charts or folded sections unless asked (the terminal)');
  // every table row has the same number of unescaped cell separators
  for (const table of md.split('\n\n').filter((block) => block.startsWith('|'))) {
    const counts = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
    assert.equal(new Set(counts).size, 1, table);
  }
});

test('for GitHub: a Mermaid chart per workload and the full metrics folded away', () => {
  const md = renderMarkdown(results, { charts: true, fullMetrics: true });
  assert.match(md, /```mermaid\nxychart-beta\n {4}title "cpu \(low\): speedup by strategy, ideal 2x"/);
  assert.match(md, /<details><summary>Full metrics/);
});

test('a free-threaded Python is named as such', () => {
  const md = renderMarkdown({ ...results, system: { ...results.system, pythons: [{ label: 'python3.14t', version: '3.14.0', free_threaded: true }] } });
  assert.match(md, /python3\.14t 3\.14\.0 \(free-threaded\)/);
  assert.match(md, /Free-threaded \(no GIL\): python3\.14t; its ThreadPool runs threads in parallel\./);
  assert.doesNotMatch(renderMarkdown(results), /Free-threaded/);
});
