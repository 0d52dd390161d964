// The layers of src/ point down only (.dependency-cruiser.cjs, docs/architecture.md "Layers").
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { BUILTIN_WORKLOAD_NAMES } from '../src/workload-registry.ts';
import { repoRoot, scratchDir } from './helpers.ts';

const rules = createRequire(import.meta.url)(join(repoRoot, '.dependency-cruiser.cjs')) as {
  forbidden: IForbiddenRuleType[];
  options: Record<string, unknown>;
  LAYERS: [string, string][];
};

async function violations(baseDir: string): Promise<string[]> {
  const { output } = await cruise(['src'], {
    ...rules.options,
    baseDir,
    ruleSet: { forbidden: rules.forbidden },
    validate: true,
  });
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

test('no module of src/ imports from a layer above its own, and there is no import cycle', async () => {
  assert.deepEqual(await violations(repoRoot), []);
});

test('every source file is in exactly one layer', () => {
  const files = readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ts$/.test(file) && !file.includes('.generated.'))
    .map((file) => `src/${file}`);
  assert.ok(files.length > 50, `found only ${files.length} files`);
  for (const file of files) {
    const layers = rules.LAYERS.filter(([, path]) => new RegExp(path).test(file)).map(([name]) => name);
    assert.equal(layers.length, 1, `${file} is in ${layers.length ? layers.join(' and ') : 'no layer'}`);
  }
});

test('the rules catch an upward import, a type-only one included', async (t) => {
  const dir = scratchDir(t);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('src/report/names.ts', 'export type Name = string;\n');
  write(
    'src/results/types.ts',
    "import type { Name } from '../report/names.ts';\nexport type Cell = { name: Name };\n",
  );
  write('src/measure/a.ts', "import { b } from './b.ts';\nexport const a = () => b();\n");
  write('src/measure/b.ts', "import { a } from './a.ts';\nexport const b = () => a;\n");
  assert.deepEqual((await violations(dir)).sort(), [
    'contract-imports-report: src/results/types.ts → src/report/names.ts',
    'no-cycles: src/measure/a.ts → src/measure/b.ts',
  ]);
});

// A built-in workload is a registry entry (src/workload-registry.ts): code asks the registry what
// a workload needs, never compares its name. Only the files that implement the built-ins, one
// function per name, may name them.
test('no code outside the built-ins themselves tests a workload by its name', () => {
  const implementations = new Set([
    'src/workload-registry.ts',
    'src/workloads/builtin.ts',
    'src/python/concurrency_bench_harness/workloads.py',
  ]);
  const names = BUILTIN_WORKLOAD_NAMES.join('|');
  const quoted = `['"](?:${names})['"]`;
  const byName = new RegExp(
    `(?:[!=]==?|\\bin)\\s*${quoted}|${quoted}\\s*(?:[!=]==?|\\bin\\b)|\\.includes\\(${quoted}\\)`,
  );
  const files = readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|py|mjs)$/.test(file) && !file.includes('.generated.'))
    .map((file) => `src/${file}`)
    .filter((file) => !implementations.has(file));
  const found = files.flatMap((file) =>
    readFileSync(join(repoRoot, file), 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        byName.test(line) && !/^\s*(\/\/|\*|#)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
  assert.deepEqual(found, []);
  // the check itself finds what it is for
  assert.ok(byName.test("w.name === 'network'") && byName.test("'cpu' in props") && !byName.test("by('cpu')"));
});
