// Hostile input, generated (fast-check): whatever a config file, the flags or a results file
// hold, the answer is a value or our own one-line error, never a crash or a stack trace.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseCliArgs, UsageError } from '../src/cli-args.ts';
import { applyOverrides, ConfigError, loadConfig } from '../src/config/load.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import { parseResults, ResultsError } from '../src/results/read.ts';
import { scratchDir } from './helpers.ts';

const RUNS = 300;

function isOurOneLineError(error: unknown, ...classes: (new (...args: never[]) => Error)[]): boolean {
  return (
    classes.some((c) => error instanceof c) &&
    !(error as Error).message.includes('\n') &&
    (error as Error).message.length > 0
  );
}

// JSON that looks like a config often enough to reach deep into validation
const levelMap = fc.dictionary(
  fc.string({ maxLength: 6 }),
  fc.oneof(fc.integer({ min: -5, max: 1e9 }), fc.double(), fc.string(), fc.constant(null)),
  { maxKeys: 3 },
);
const configLike = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('cpu', 'memory', 'io', 'network', 'gpu', ''), levelMap, { maxKeys: 4 }),
  fc.record(
    {
      workers: fc.oneof(fc.constant('auto'), fc.integer({ min: -10, max: 100000 }), fc.string()),
      tasks: fc.oneof(fc.constant('auto'), fc.integer({ min: -1, max: 20000 }), fc.jsonValue()),
      repetitions: fc.jsonValue(),
      strategies: fc.array(fc.constantFrom('event-loop', 'worker-threads', 'thread-pool', 'fibers', ''), {
        maxLength: 4,
      }),
      python: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
      timeout_s: fc.jsonValue(),
      network: fc.oneof(
        fc.jsonValue(),
        fc.record(
          { url: fc.oneof(fc.constant(null), fc.webUrl(), fc.string()), latency_ms: fc.jsonValue() },
          { requiredKeys: [] },
        ),
      ),
      workloads: fc.dictionary(
        fc.string({ maxLength: 8 }),
        fc.oneof(
          levelMap,
          fc.record(
            { module: fc.string(), export: fc.string(), function: fc.string(), levels: levelMap },
            { requiredKeys: [] },
          ),
        ),
        { maxKeys: 3 },
      ),
      extra: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

test('config files: a config or a one-line ConfigError', (t) => {
  const dir = scratchDir(t);
  const path = join(dir, 'config.json');
  fc.assert(
    fc.property(
      fc.oneof(
        configLike.map((value) => JSON.stringify(value)),
        fc.string(),
      ),
      (text) => {
        writeFileSync(path, text);
        try {
          const config = loadConfig(path);
          assert.ok(config.workloads.length > 0 && config.strategies.length > 0);
        } catch (error) {
          assert.ok(isOurOneLineError(error, ConfigError), `${(error as Error)?.stack}\nfor: ${text}`);
        }
      },
    ),
    { numRuns: RUNS },
  );
});

test('flags: options or a one-line UsageError / ConfigError', () => {
  const base = loadConfig(undefined, { cwd: '/' });
  const flag = fc.constantFrom(
    '--config',
    '--out',
    '--strategies',
    '--workloads',
    '--levels',
    '--workers',
    '--tasks',
    '--repetitions',
    '--python',
    '--max-minutes',
    '--min-effect',
    '--alpha',
    '--compare-to',
    '--fail-on-regression',
    '--fail-on-memory-regression',
    '--version',
    '--help',
    '--nope',
    '-x',
  );
  const word = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('cpu,io', 'low,high', '0', '-1', '99999', 'auto', 'event-loop,fibers', ''),
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(flag, word), { maxLength: 8 }), (argv) => {
      try {
        const options = parseCliArgs(argv);
        applyOverrides(base, options.overrides);
      } catch (error) {
        assert.ok(
          isOurOneLineError(error, UsageError, ConfigError),
          `${(error as Error)?.stack}\nfor: ${JSON.stringify(argv)}`,
        );
      }
    }),
    { numRuns: RUNS },
  );
});

test('results files: Results that render, or a one-line ResultsError', () => {
  const metric = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.jsonValue());
  const stats = fc.record({
    median: metric,
    min: metric,
    max: metric,
    cv: metric,
    samples: fc.array(metric, { maxLength: 3 }),
  });
  const cell = fc.record(
    {
      runtime: fc.string(),
      strategy: fc.string(),
      workload: fc.string(),
      level: fc.string(),
      workers: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.jsonValue()),
      tasks: fc.integer({ min: 0, max: 8 }),
      status: fc.constantFrom('ok', 'failed', 'skipped', 'weird'),
      error: fc.string(),
      reason: fc.string(),
      metrics: fc.record({
        wall_time: metric,
        cpu_time: metric,
        throughput: metric,
        memory_mb: metric,
        gil_eff: metric,
        speedup: metric,
        efficiency: metric,
      }),
      serial_wall_time: metric,
      noisy: fc.boolean(),
      phases: fc.record({ startup: metric, run: metric, shutdown: metric }),
      stats: fc.dictionary(fc.constantFrom('wall_time', 'speedup'), stats),
    },
    { requiredKeys: [] },
  );
  const system = fc.record(
    {
      os: fc.string(),
      arch: fc.string(),
      cpu_model: fc.string(),
      cores: fc.integer({ min: 0, max: 64 }),
      memory_gb: metric,
      node: fc.string(),
      pythons: fc.array(fc.record({ label: fc.string(), version: fc.string(), free_threaded: fc.boolean() }), {
        maxLength: 2,
      }),
    },
    { requiredKeys: [] },
  );
  const resultsLike = fc.oneof(
    fc.jsonValue(),
    fc.record(
      {
        schema_version: fc.constantFrom(1, 2, '1'),
        tool: fc.record({ name: fc.string(), version: fc.string() }),
        created_at: fc.string(),
        system,
        config: fc.jsonValue(),
        cells: fc.array(cell, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
  );
  fc.assert(
    fc.property(resultsLike, (data) => {
      try {
        const results = parseResults(data, 'results.json');
        assert.equal(typeof renderMarkdown(results, { charts: true, fullMetrics: true }), 'string');
      } catch (error) {
        assert.ok(isOurOneLineError(error, ResultsError), `${(error as Error)?.stack}\nfor: ${JSON.stringify(data)}`);
      }
    }),
    { numRuns: RUNS },
  );
});
