// Bad input through the real CLI: one line on stderr naming what is wrong, exit 2, no stack
// trace, and an existing results.json left exactly as it was.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixture, runCli, scratchDir, writeJson } from './helpers.ts';

const SENTINEL = '{"schema_version":1,"note":"from an earlier run"}\n';

// [title, config file content (undefined = no file), extra flags, what stderr must mention]
const cases: [string, unknown, string[], string][] = [
  ['non-JSON', '{ "cpu": { "low": 5, } }', [], 'not valid JSON'],
  ['empty file', '', [], 'empty file'],
  ['missing file', undefined, [], 'file not found'],
  ['top-level array', [1, 2], [], 'top level must be a JSON object'],
  ['unknown top-level key', { wokers: 2, workloads: { cpu: { low: 1 } } }, [], '"wokers"'],
  ['unknown workload', { workloads: { gpu: { low: 1 } } }, [], 'workloads.gpu'],
  ['unknown strategy', { strategies: ['green-threads'], workloads: { cpu: { low: 1 } } }, [], 'strategies[0]'],
  ['workers a string', { workers: 'many', workloads: { cpu: { low: 1 } } }, [], 'workers'],
  ['zero workers', { workers: 0, workloads: { cpu: { low: 1 } } }, [], 'workers'],
  ['negative workers', { workers: -2, workloads: { cpu: { low: 1 } } }, [], 'workers'],
  ['absurd workers', { workers: 100000, workloads: { cpu: { low: 1 } } }, [], 'workers'],
  ['zero level', { cpu: { low: 0 } }, [], 'cpu.low'],
  ['negative level', { workloads: { io: { big: -10 } } }, [], 'workloads.io.big'],
  ['level not a number', { cpu: { low: 'lots' } }, [], 'cpu.low'],
  ['repetitions zero', { repetitions: 0, workloads: { cpu: { low: 1 } } }, [], 'repetitions'],
  ['unknown network key', { network: { latency: 5 }, workloads: { network: { low: 1 } } }, [], 'network'],
  [
    'missing module',
    { workloads: { mine: { module: 'nowhere.mjs', export: 'f', levels: { one: 1 } } } },
    [],
    'workloads.mine.module',
  ],
  [
    'missing export',
    { workloads: { mine: { module: fixture('burn.mjs'), export: 'nope', levels: { one: 1 } } } },
    [],
    'no exported function "nope"',
  ],
  ['bad --workers flag', { cpu: { low: 1 } }, ['--workers', '0'], '--workers'],
  ['unknown flag', { cpu: { low: 1 } }, ['--wrokers', '2'], 'wrokers'],
  ['unknown --strategies entry', { cpu: { low: 1 } }, ['--strategies', 'event-loop,fibers'], 'fibers'],
];

describe('bad input: one line, exit 2, results.json untouched', () => {
  for (const [title, content, flags, mention] of cases) {
    test(title, (t) => {
      const dir = scratchDir(t);
      const out = join(dir, 'out');
      mkdirSync(out);
      writeFileSync(join(out, 'results.json'), SENTINEL);
      const configPath = join(dir, 'bad.json');
      if (content !== undefined) writeJson(configPath, content);
      const run = runCli(['--config', configPath, '--out', out, ...flags], { cwd: dir });
      assert.equal(run.code, 2, `exit code; stderr: ${run.stderr}`);
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, `one line, got:\n${run.stderr}`);
      assert.ok(lines[0].includes(mention), `"${mention}" in: ${lines[0]}`);
      assert.doesNotMatch(run.stderr, /\n\s+at |Error:\s*$/, 'no stack trace');
      assert.equal(readFileSync(join(out, 'results.json'), 'utf8'), SENTINEL);
    });
  }
});
