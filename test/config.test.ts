import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { defaultSettings } from '../src/config/defaults.ts';
import { applyOverrides, ConfigError, loadConfig, type Overrides } from '../src/config/load.ts';
import type { ResolvedConfig } from '../src/config/types.ts';
import {
  BUILTIN_WORKLOAD_NAMES as BUILTIN_WORKLOADS,
  BUILTIN_WORKLOADS as REGISTRY,
  STUDY_WORKLOAD_NAMES as STUDY_WORKLOADS,
} from '../src/workload-registry.ts';
import { REPETITION_TIMEOUT } from '../src/measure/protocol.ts';
import { MODULE_PATTERN, STRATEGY_IDS } from '../src/registry.ts';

const repoRoot = join(import.meta.dirname, '..');
const studyFile = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'study-config.json'), 'utf8')) as Record<
  string,
  Record<string, number>
>;
const defaultFile = JSON.parse(readFileSync(join(repoRoot, 'config.json'), 'utf8')) as {
  workloads: Record<string, Record<string, string>>;
};
const schemaFile = JSON.parse(readFileSync(join(repoRoot, 'config.schema.json'), 'utf8'));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cb-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a file under the test's temp dir; objects are written as JSON. */
function write(name: string, content: unknown): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function load(content: unknown, name = 'cfg.json'): ResolvedConfig {
  write(name, content);
  return loadConfig(name, { cwd: dir });
}

/**
 * Asserts a one-line ConfigError that contains every fragment, and returns its message.
 * "One line, no stack, no Ajv jargon" is what the CLI prints on stderr before exit 2.
 */
function expectConfigError(fn: () => unknown, ...fragments: string[]): string {
  let message = '';
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`);
    message = err.message;
    return true;
  });
  assert.ok(!/[\r\n]/.test(message), `message has a line break: ${JSON.stringify(message)}`);
  assert.doesNotMatch(message, /\n\s+at |\.ts:\d+|node_modules|Error:/, 'message looks like a stack trace');
  assert.doesNotMatch(
    message,
    /#\/definitions|instancePath|schemaPath|must match "(then|else)"|must NOT have|allowedValues/,
  );
  for (const fragment of fragments)
    assert.ok(message.includes(fragment), `expected ${JSON.stringify(fragment)} in: ${message}`);
  return message;
}

const levelNames = (config: ResolvedConfig) => config.workloads.map((w) => [w.name, w.levels.map((l) => l.name)]);

describe('schema and code agree', () => {
  test('strategy and built-in workload lists, and the module pattern, match the registry and types.ts', () => {
    assert.deepEqual(schemaFile.definitions.strategies.items.enum, [...STRATEGY_IDS]);
    assert.deepEqual(Object.keys(schemaFile.definitions.levels_only.properties), [...STUDY_WORKLOADS]);
    assert.deepEqual(Object.keys(schemaFile.definitions.workloads.properties), [...BUILTIN_WORKLOADS]);
    assert.equal(schemaFile.definitions.user_workload.properties.module.pattern, MODULE_PATTERN);
  });

  test("the README's workload table is the registry's, with config.json's levels", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `(\w+)` \| (.+) \| (.+) \|$/gm)].filter(([, name]) => name in REGISTRY);
    const levels = (name: string) =>
      name in defaultFile.workloads
        ? Object.values(defaultFile.workloads[name]!)
            .map((level) => level.replace(/(\d)(ms|s)$/, '$1 $2'))
            .join(' / ')
        : 'not in the default matrix';
    assert.deepEqual(
      rows.map(([, name, task, inConfig]) => [name, task!.replaceAll('`', ''), inConfig]),
      BUILTIN_WORKLOADS.map((name) => [name, REGISTRY[name].task, levels(name)]),
    );
  });

  test('each built-in takes levels up to its cap and refuses one above it, naming the level', () => {
    for (const name of BUILTIN_WORKLOADS) {
      const { max } = REGISTRY[name];
      assert.equal(load({ workloads: { [name]: { top: max } } }).workloads[0]!.levels[0]!.name, 'top');
      expectConfigError(() => load({ workloads: { [name]: { over: max + 1 } } }), `workloads.${name}.over`);
    }
  });

  test('the bound on a whole repetition is stated once: the schema and the README quote protocol.ts', () => {
    assert.ok(schemaFile.definitions.timeout_s.description.includes(REPETITION_TIMEOUT.formula));
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    assert.ok(readme.includes(`\`${REPETITION_TIMEOUT.formula}\``), 'README quotes the formula');
    assert.doesNotMatch(readme + schemaFile.definitions.timeout_s.description, /timeout_s × \(tasks \+ 1\)/);
  });

  test('schema defaults are the loader defaults', () => {
    const d = defaultSettings();
    const defs = schemaFile.definitions;
    assert.equal(defs.workers.default, d.workers);
    assert.equal(defs.tasks.default, d.tasks);
    assert.equal(defs.repetitions.default, d.repetitions);
    assert.deepEqual(defs.strategies.default, d.strategies);
    assert.deepEqual(defs.python.default, d.python);
    assert.equal(defs.timeout_s.default, d.timeout_s);
    assert.equal(defs.network.properties.url.default, d.network.url);
    assert.equal(defs.network.properties.latency_ms.default, d.network.latency_ms);
  });

  test('the schema is draft-07 with both shapes in definitions', () => {
    assert.equal(schemaFile.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(schemaFile.anyOf, [{ $ref: '#/definitions/full' }, { $ref: '#/definitions/levels_only' }]);
  });
});

describe('valid configs', () => {
  test("the study's own file, unchanged, gets all defaults, levels in file order, its arguments as given", () => {
    const config = load(readFileSync(join(repoRoot, 'test', 'fixtures', 'study-config.json'), 'utf8'));
    assert.deepEqual(config, {
      ...defaultSettings(),
      source: 'cfg.json',
      workloads: STUDY_WORKLOADS.map((name) => ({
        name,
        language: 'any',
        levels: Object.entries(studyFile[name]!).map(([level, arg]) => ({ name: level, arg })),
      })),
    });
    assert.deepEqual(config.strategies, [...STRATEGY_IDS]);
    assert.deepEqual(config.network, { url: null, latency_ms: 50 });
  });

  test('no path: ./config.json in cwd wins over the built-in config', () => {
    write('config.json', { cpu: { tiny: 10 } });
    const config = loadConfig(undefined, { cwd: dir });
    assert.equal(config.source, 'config.json');
    assert.deepEqual(levelNames(config), [['cpu', ['tiny']]]);
  });

  test('no path and no ./config.json: the built-in default config (the repo config.json), with duration levels', () => {
    const config = loadConfig(undefined, { cwd: dir });
    assert.equal(config.source, 'built-in default config');
    assert.deepEqual(
      levelNames(config),
      STUDY_WORKLOADS.map((name) => [name, Object.keys(defaultFile.workloads[name]!)]),
    );
    assert.deepEqual(config.workloads[0]!.levels, [
      { name: 'short', duration: '10ms', target_s: 0.01 },
      { name: 'medium', duration: '100ms', target_s: 0.1 },
      { name: 'long', duration: '250ms', target_s: 0.25 },
    ]);
  });

  test('durations and arguments side by side; a user workload gets durations too', () => {
    write('p.mjs', 'export const parse = (n) => n;\n');
    const config = load(
      {
        workloads: {
          cpu: { a: 5, b: '1.5s', c: '250us' },
          parse: { module: 'p.mjs', export: 'parse', levels: { x: '20ms', y: 'small' } },
        },
      },
      'cfg.json',
    );
    assert.deepEqual(config.workloads[0]!.levels, [
      { name: 'a', arg: 5 },
      { name: 'b', duration: '1.5s', target_s: 1.5 },
      { name: 'c', duration: '250us', target_s: 0.00025 },
    ]);
    assert.deepEqual(config.workloads[1]!.levels, [
      { name: 'x', duration: '20ms', target_s: 0.02 },
      { name: 'y', arg: 'small' },
    ]);
  });

  test('levels and workloads keep file order, even with number-like names', () => {
    const config = load('{ "io": { "100": 100, "10": 10, "big": 1, "2": 2 }, "cpu": { "b": 1, "a": 2 } }');
    assert.deepEqual(levelNames(config), [
      ['io', ['100', '10', 'big', '2']],
      ['cpu', ['b', 'a']],
    ]);
  });

  test('full shape with only some fields gets the defaults for the rest', () => {
    const config = load({
      $schema: './config.schema.json',
      repetitions: 5,
      network: { latency_ms: 0 },
      workloads: { io: { s: 1 } },
    });
    assert.deepEqual(config, {
      ...defaultSettings(),
      repetitions: 5,
      network: { url: null, latency_ms: 0 },
      workloads: [{ name: 'io', language: 'any', levels: [{ name: 's', arg: 1 }] }],
      source: 'cfg.json',
    });
  });

  test('full shape without workloads runs the study matrix', () => {
    const config = load({ workers: 2 });
    assert.equal(config.workers, 2);
    assert.deepEqual(
      config.workloads.map((w) => w.name),
      [...STUDY_WORKLOADS],
    );
  });

  test('full shape with every field; python as one string becomes a list', () => {
    const config = load({
      workers: 4,
      tasks: 8,
      repetitions: 1,
      strategies: ['process-pool', 'event-loop'],
      python: 'python3.14t',
      timeout_s: 0.5,
      network: { url: 'https://example.com/x?y=1', latency_ms: 10 },
      workloads: { network: { one: 1 }, memory: { m: 10000000000 } },
    });
    assert.equal(config.workers, 4);
    assert.equal(config.tasks, 8);
    assert.equal(config.repetitions, 1);
    assert.deepEqual(config.strategies, ['process-pool', 'event-loop']);
    assert.deepEqual(config.python, ['python3.14t']);
    assert.equal(config.timeout_s, 0.5);
    assert.deepEqual(config.network, { url: 'https://example.com/x?y=1', latency_ms: 10 });
    assert.deepEqual(levelNames(config), [
      ['network', ['one']],
      ['memory', ['m']],
    ]);
  });

  test('"network" with levels is the study workload; with url/latency_ms it is the full-shape setting', () => {
    assert.deepEqual(levelNames(load({ network: { low: 1 } })), [['network', ['low']]]);
    const full = load({ network: { url: null } });
    assert.deepEqual(full.network, { url: null, latency_ms: 50 });
    assert.equal(full.workloads.length, 4);
  });

  test('user workloads (JS and Python) resolve relative to the config file, not cwd', () => {
    const parse = write('conf/bench/parse.mjs', 'export function parse(n) { return n; }\n');
    const resize = write('conf/bench/images.py', 'def resize(n):\n    return n\n');
    const typed = write('elsewhere/t.ts', 'export const t = (n: number): number => n;\n');
    write('conf/bench.json', {
      workloads: {
        cpu: { low: 5 },
        parse: { module: 'bench/parse.mjs', export: 'parse', levels: { small: 1000, large: { rows: 5, text: 'x' } } },
        resize: { module: './bench/images.py', function: 'resize', levels: { one: [1, 2], flag: false } },
        typed: { module: '../elsewhere/t.ts', export: 't', levels: { s: 'text' } },
      },
    });
    const config = loadConfig('conf/bench.json', { cwd: dir });
    assert.equal(config.source, 'conf/bench.json');
    assert.deepEqual(config.workloads, [
      { name: 'cpu', language: 'any', levels: [{ name: 'low', arg: 5 }] },
      {
        name: 'parse',
        language: 'node',
        module: parse,
        entry: 'parse',
        levels: [
          { name: 'small', arg: 1000 },
          { name: 'large', arg: { rows: 5, text: 'x' } },
        ],
      },
      {
        name: 'resize',
        language: 'python',
        module: resize,
        entry: 'resize',
        levels: [
          { name: 'one', arg: [1, 2] },
          { name: 'flag', arg: false },
        ],
      },
      { name: 'typed', language: 'node', module: typed, entry: 't', levels: [{ name: 's', arg: 'text' }] },
    ]);
  });

  test('the full shape with every kind of workload loads', () => {
    write('bench/parse.mjs', 'export const parse = (n) => n;\n');
    write('bench/images.py', 'def resize(n): return n\n');
    const config = load({
      workers: 'auto',
      tasks: 'auto',
      repetitions: 3,
      strategies: [...STRATEGY_IDS],
      python: ['python3'],
      timeout_s: 600,
      network: { url: null, latency_ms: 50 },
      workloads: {
        cpu: { low: 5000000, med: 20000000, high: 80000000 },
        parse: { module: 'bench/parse.mjs', export: 'parse', levels: { small: 1000, large: 100000 } },
        resize: { module: 'bench/images.py', function: 'resize', levels: { one: 1 } },
      },
    });
    assert.deepEqual(
      config.workloads.map((w) => [w.name, w.language, w.entry]),
      [
        ['cpu', 'any', undefined],
        ['parse', 'node', 'parse'],
        ['resize', 'python', 'resize'],
      ],
    );
  });

  test('a byte-order mark is not an error', () => {
    assert.deepEqual(levelNames(load('\ufeff{"cpu": {"low": 1}}')), [['cpu', ['low']]]);
  });
});

describe('malformed configs: one line naming file and path', () => {
  const cases: [title: string, content: unknown, ...fragments: string[]][] = [
    ['study level negative', { cpu: { low: -5 } }, 'cfg.json: cpu.low: must be a positive integer, got -5'],
    ['study level zero', { memory: { low: 0 } }, 'cfg.json: memory.low: must be a positive integer, got 0'],
    [
      'full-shape level negative',
      { workloads: { cpu: { low: -5 } } },
      'cfg.json: workloads.cpu.low: must be a positive integer, got -5',
    ],
    ['level not an integer', { io: { low: 1.5 } }, 'io.low: must be a positive integer, got 1.5'],
    [
      'level a string',
      { cpu: { low: '5e6' } },
      'cpu.low: must be a positive integer or a duration above zero such as "10ms", "1.5s" or "500us", got "5e6"',
    ],
    [
      'level a zero duration',
      { cpu: { low: '0ms' } },
      'cpu.low: must be a positive integer or a duration above zero such as "10ms", "1.5s" or "500us", got "0ms"',
    ],
    ['io level above the cap', { io: { big: 200000 } }, 'io.big: must be at most 100000, got 200000'],
    [
      'study workload not an object',
      { cpu: 5 },
      'cpu: must be an object of level name → positive integer or duration ("100ms"), got 5',
    ],
    [
      'unknown workload in study shape',
      { cpuu: { low: 5 } },
      'unknown key "cpuu" at top level',
      'cpu, memory, io, network',
      'did you mean "cpu"?',
    ],
    [
      'unknown workload in full shape',
      { workloads: { gpu: { low: 5 } } },
      `workloads.gpu: unknown workload "gpu" (built in: ${BUILTIN_WORKLOADS.join(', ')})`,
      'needs "module"',
    ],
    [
      'user workload not an object',
      { workloads: { foo: 5 } },
      'workloads.foo: unknown workload "foo"',
      'needs "module"',
    ],
    [
      'built-in name with a module',
      { workloads: { cpu: { module: 'a.mjs', export: 'f', levels: { a: 1 } } } },
      'workloads.cpu: "cpu" is a built-in workload',
    ],
    [
      'misspelt top-level key in full shape',
      { workers: 2, wokers: 4 },
      'cfg.json: unknown key "wokers" at top level (allowed: $schema, workers, tasks,',
      'did you mean "workers"?',
    ],
    [
      'misspelt top-level key alone',
      { wokers: 4 },
      'unknown key "wokers" at top level',
      'levels-only shape (workload → level → argument)',
      'did you mean "workers"?',
    ],
    [
      'study workload beside full-shape keys',
      { workers: 2, cpu: { low: 1 } },
      'unknown key "cpu" at top level',
      'workloads go under "workloads"',
    ],
    [
      'unknown key inside network',
      { network: { url: null, latency: 5 } },
      'unknown key "latency" at network (allowed: url, latency_ms)',
    ],
    [
      'bad url scheme',
      { network: { url: 'ftp://example.com' } },
      'network.url: must be null or an http:// or https:// URL, got "ftp://example.com"',
    ],
    [
      'unparseable url',
      { network: { url: 'http://exa mple.com' } },
      'network.url: must be null or an http:// or https:// URL',
    ],
    [
      'latency negative',
      { network: { latency_ms: -1 } },
      'network.latency_ms: must be a number from 0 to 60000, got -1',
    ],
    [
      'workers zero',
      { workers: 0 },
      'cfg.json: workers: must be "auto" or an integer from 1 to 256 or a non-empty list of distinct integers from 1 to 256 (at most 12), got 0',
    ],
    [
      'workers negative',
      { workers: -3 },
      'workers: must be "auto" or an integer from 1 to 256 or a non-empty list of distinct integers from 1 to 256 (at most 12), got -3',
    ],
    [
      'workers absurd',
      { workers: 100000 },
      'workers: must be "auto" or an integer from 1 to 256 or a non-empty list of distinct integers from 1 to 256 (at most 12), got 100000',
    ],
    [
      'workers wrong type',
      { workers: '4' },
      'workers: must be "auto" or an integer from 1 to 256 or a non-empty list of distinct integers from 1 to 256 (at most 12), got "4"',
    ],
    ['tasks zero', { tasks: 0 }, 'tasks: must be "auto" or an integer from 1 to 10000, got 0'],
    ['repetitions zero', { repetitions: 0 }, 'repetitions: must be "auto" or an integer from 1 to 100, got 0'],
    ['timeout zero', { timeout_s: 0 }, 'timeout_s: must be a number greater than 0 and at most 86400, got 0'],
    [
      'unknown strategy',
      { strategies: ['event-loop', 'threads'] },
      `strategies[1]: must be one of ${STRATEGY_IDS.join(', ')}, got "threads"`,
    ],
    [
      'strategy listed twice',
      { strategies: ['event-loop', 'event-loop'] },
      'strategies: lists "event-loop" more than once',
    ],
    ['strategies empty', { strategies: [] }, 'strategies: must list at least one strategy'],
    [
      'strategies a string',
      { strategies: 'event-loop' },
      'strategies: must be a list of distinct values from: event-loop,',
    ],
    [
      'python empty list',
      { python: [] },
      'python: must be a non-empty string or a non-empty list of non-empty strings, got []',
    ],
    ['python empty entry', { python: ['python3', ''] }, 'python[1]: must be a non-empty string, got ""'],
    [
      'python wrong type',
      { python: 3 },
      'python: must be a non-empty string or a non-empty list of non-empty strings, got 3',
    ],
    ['workloads empty', { workloads: {} }, 'workloads: must have at least one workload, got {}'],
    ['built-in levels empty', { workloads: { cpu: {} } }, 'workloads.cpu: must have at least one level, got {}'],
    ['empty level name', { cpu: { '': 1 } }, 'cpu: level name must not be empty'],
    [
      'top-level array',
      [{ cpu: { low: 1 } }],
      'cfg.json: the top level must be a JSON object, got [{"cpu":{"low":1}}]',
    ],
    ['top-level number', 42, 'the top level must be a JSON object, got 42'],
    ['empty object', {}, 'cfg.json: the top level must have at least one workload, got {}'],
    ['empty file', '', 'cfg.json: empty file'],
    ['whitespace only', '  \n\t\n', 'cfg.json: empty file'],
    [
      'trailing comma',
      '{\n  "cpu": {\n    "low": 5,\n  }\n}',
      'cfg.json: not valid JSON (trailing comma at line 4 column 3)',
    ],
    ['missing value', '{ "cpu": { "low": } }', 'not valid JSON (expected a value at line 1 column 19)'],
    [
      'comment',
      '// bench\n{ "cpu": { "low": 5 } }',
      'not valid JSON (comments are not allowed in JSON at line 1 column 1)',
    ],
    ['single quotes', "{ 'cpu': {} }", 'not valid JSON (strings and keys need double quotes at line 1 column 3)'],
    ['truncated', '{ "cpu": { "low": 5 }', "not valid JSON (expected '}' at line 1 column 22)"],
  ];
  for (const [title, content, ...fragments] of cases) {
    test(title, () => {
      expectConfigError(() => load(content), ...fragments);
    });
  }

  test('a value with line breaks is still quoted on one line', () => {
    expectConfigError(() => load({ workers: 'a\nb\r\nc' }), 'workers:', 'got "a\\nb\\r\\nc"');
  });

  test('missing file names the file and where it was looked for', () => {
    expectConfigError(
      () => loadConfig('nope.json', { cwd: dir }),
      `nope.json: file not found (${join(dir, 'nope.json')})`,
    );
  });

  test('a folder instead of a file', () => {
    mkdirSync(join(dir, 'cfg.json'));
    expectConfigError(() => loadConfig('cfg.json', { cwd: dir }), 'cfg.json: is a folder, not a file');
  });

  describe('user workloads', () => {
    const node = (extra: Record<string, unknown>) => ({
      workloads: { parse: { module: 'bench/parse.mjs', export: 'parse', levels: { s: 1 }, ...extra } },
    });
    beforeEach(() => {
      write('bench/parse.mjs', 'export const parse = (n) => n;\n');
      write('bench/images.py', 'def resize(n): return n\n');
    });

    test('module file missing: error names the resolved path', () => {
      expectConfigError(
        () =>
          load(
            { workloads: { parse: { module: 'bench/gone.mjs', export: 'parse', levels: { s: 1 } } } },
            'sub/cfg.json',
          ),
        `sub/cfg.json: workloads.parse.module: module not found: ${join(dir, 'sub', 'bench', 'gone.mjs')}`,
      );
    });

    test('module is a folder', () => {
      mkdirSync(join(dir, 'bench', 'x.mjs'));
      expectConfigError(
        () => load(node({ module: 'bench/x.mjs' })),
        `workloads.parse.module: not a file: ${join(dir, 'bench', 'x.mjs')}`,
      );
    });

    test('JS module without export', () => {
      expectConfigError(
        () => load({ workloads: { parse: { module: 'bench/parse.mjs', levels: { s: 1 } } } }),
        'cfg.json: workloads.parse: missing "export"',
      );
    });

    test('Python module without function', () => {
      expectConfigError(
        () => load({ workloads: { resize: { module: 'bench/images.py', levels: { s: 1 } } } }),
        'workloads.resize: missing "function"',
      );
    });

    test('Python module with export instead of function', () => {
      expectConfigError(
        () => load({ workloads: { resize: { module: 'bench/images.py', export: 'resize', levels: { s: 1 } } } }),
        'unknown key "export" at workloads.resize (allowed: module, function, levels)',
        'names its function with "function"',
      );
    });

    test('unknown key inside a user workload', () => {
      expectConfigError(
        () => load(node({ args: [1] })),
        'cfg.json: unknown key "args" at workloads.parse (allowed: module, export, levels)',
      );
    });

    test('levels missing', () => {
      expectConfigError(
        () => load({ workloads: { parse: { module: 'bench/parse.mjs', export: 'parse' } } }),
        'workloads.parse: missing "levels"',
      );
    });

    test('levels empty', () => {
      expectConfigError(
        () => load(node({ levels: {} })),
        'workloads.parse.levels: must have at least one level, got {}',
      );
    });

    test('a level argument of null', () => {
      expectConfigError(
        () => load(node({ levels: { s: null } })),
        'workloads.parse.levels.s: must be any JSON value except null, got null',
      );
    });

    test('module with an unsupported extension', () => {
      expectConfigError(
        () => load(node({ module: 'bench/parse.txt' })),
        'workloads.parse.module: must be a path to a .js, .mjs, .cjs, .ts, .mts or .py module, got "bench/parse.txt"',
      );
    });

    test('export empty', () => {
      expectConfigError(() => load(node({ export: '' })), 'workloads.parse.export: must be a non-empty string, got ""');
    });
  });
});

describe('applyOverrides', () => {
  const base = (): ResolvedConfig => loadConfig(join(repoRoot, 'test', 'fixtures', 'study-config.json'));

  test('filters keep config order and do not change the input', () => {
    const config = base();
    const before = structuredClone(config);
    const out = applyOverrides(config, {
      strategies: 'thread-pool,event-loop',
      workloads: 'io,cpu',
      levels: 'high, low',
      workers: '2',
      tasks: '4',
      repetitions: ' 1 ',
      python: 'python3.12, python3.14',
    });
    assert.deepEqual(config, before);
    assert.deepEqual(out.strategies, ['event-loop', 'thread-pool']);
    assert.deepEqual(levelNames(out), [
      ['cpu', ['low', 'high']],
      ['io', ['low', 'high']],
    ]);
    assert.equal(out.workers, 2);
    assert.equal(out.tasks, 4);
    assert.equal(out.repetitions, 1);
    assert.deepEqual(out.python, ['python3.12', 'python3.14']);
  });

  test('repetitions "auto" and a time budget, as the CLI and the Action pass them (text)', () => {
    const out = applyOverrides(base(), { repetitions: 'auto', 'max-minutes': '2.5' });
    assert.equal(out.repetitions, 'auto');
    assert.equal(out.max_minutes, 2.5);
  });

  test('no overrides (or empty ones) change nothing', () => {
    const config = base();
    assert.deepEqual(applyOverrides(config, {}), config);
    assert.deepEqual(applyOverrides(config, { strategies: '', workloads: ',', python: ' ', workers: '' }), config);
  });

  test('workers/tasks accept "auto"', () => {
    const out = applyOverrides({ ...base(), workers: 3, tasks: 3 }, { workers: 'auto', tasks: 'auto' });
    assert.equal(out.workers, 'auto');
    assert.equal(out.tasks, 'auto');
  });

  test('a level filter drops workloads that have none of the levels', () => {
    write('bench/p.mjs', 'export const p = (n) => n;\n');
    const config = load({
      workloads: { cpu: { low: 1 }, p: { module: 'bench/p.mjs', export: 'p', levels: { small: 1 } } },
    });
    assert.deepEqual(levelNames(applyOverrides(config, { levels: 'small' })), [['p', ['small']]]);
  });

  const errors: [title: string, overrides: Overrides, ...fragments: string[]][] = [
    [
      'workers zero',
      { workers: '0' },
      '--workers: must be "auto" or an integer from 1 to 256 or a non-empty list of distinct integers from 1 to 256 (at most 12), got 0',
    ],
    [
      'workers absurd',
      { workers: '100000' },
      '--workers: must be "auto" or an integer from 1 to 256 or a non-empty list of distinct integers from 1 to 256 (at most 12), got 100000',
    ],
    [
      'workers not a number',
      { workers: 'four' },
      '--workers: must be "auto" or an integer from 1 to 256 or a non-empty list of distinct integers from 1 to 256 (at most 12), got "four"',
    ],
    ['tasks zero', { tasks: '0' }, '--tasks: must be "auto" or an integer from 1 to 10000, got 0'],
    [
      'repetitions fraction',
      { repetitions: '1.5' },
      '--repetitions: must be "auto" or an integer from 1 to 100, got 1.5',
    ],
    [
      'repetitions a word',
      { repetitions: 'many' },
      '--repetitions: must be "auto" or an integer from 1 to 100, got "many"',
    ],
    [
      'max-minutes zero',
      { 'max-minutes': '0' },
      '--max-minutes: must be a number greater than 0 and at most 1440, got 0',
    ],
    [
      'max-minutes a word',
      { 'max-minutes': 'soon' },
      '--max-minutes: must be a number greater than 0 and at most 1440, got "soon"',
    ],
    ['min-effect zero', { 'min-effect': '0' }, '--min-effect: must be a number greater than 0 and at most 10, got 0'],
    ['alpha too large', { alpha: '0.9' }, '--alpha: must be a number greater than 0 and at most 0.5, got 0.9'],
    [
      'unknown strategy',
      { strategies: 'event-loop,threads' },
      '--strategies: unknown strategy "threads" (the config has: event-loop,',
    ],
    [
      'unknown workload',
      { workloads: 'cpuu' },
      '--workloads: unknown workload "cpuu" (the config has: cpu, memory, io, network); did you mean "cpu"?',
    ],
    [
      'unknown level',
      { levels: 'hgh' },
      '--levels: unknown level "hgh" (the selected workloads have: low, med, high); did you mean "high"?',
    ],
  ];
  for (const [title, overrides, ...fragments] of errors) {
    test(`error: ${title}`, () => {
      expectConfigError(() => applyOverrides(base(), overrides), ...fragments);
    });
  }

  test('error: a strategy that exists but is not in the config', () => {
    const config = load({ strategies: ['event-loop'] });
    expectConfigError(
      () => applyOverrides(config, { strategies: 'thread-pool' }),
      '--strategies: strategy "thread-pool" is not in the config (it has: event-loop)',
    );
  });

  test('error: a level that exists only in a workload filtered out', () => {
    write('bench/p.mjs', 'export const p = (n) => n;\n');
    const config = load({
      workloads: { cpu: { low: 1 }, p: { module: 'bench/p.mjs', export: 'p', levels: { small: 1 } } },
    });
    expectConfigError(
      () => applyOverrides(config, { workloads: 'cpu', levels: 'small' }),
      '--levels: unknown level "small" (the selected workloads have: low)',
    );
  });

  test('error: filters that leave nothing runnable', () => {
    write('bench/i.py', 'def f(n): return n\n');
    const config = load({
      workloads: { cpu: { low: 1 }, img: { module: 'bench/i.py', function: 'f', levels: { one: 1 } } },
    });
    expectConfigError(
      () => applyOverrides(config, { workloads: 'img', strategies: 'event-loop,worker-threads' }),
      '--strategies/--workloads: nothing left to run',
      'img (Python)',
    );
  });
});
