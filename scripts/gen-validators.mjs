// 1. Writes the registries' parts of config.schema.json (src/registry.ts: the strategy ids, the
//    module extensions; src/workload-registry.ts: every built-in workload's levels, which the
//    levels-only shape and "workloads" take), so the schema editors and users see cannot drift
//    from the code.
// 2. Compiles the schema's definitions into plain JavaScript once, at build time, with Ajv's
//    standalone code generation: compiling the schema at start-up took ~100 ms of every run's
//    cold start.
// The outputs are committed; check-dist writes them elsewhere and fails when they differ.
// 3. Compiles results.schema.json the same way (src/results/validate.generated.js).
// Usage: node scripts/gen-validators.mjs [validators.js] [config.schema.json] [results validator.js]
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv, _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS, DEFINITIONS } from '../src/config/ajv-options.ts';
import { REPETITION_TIMEOUT } from '../src/measure/protocol.ts';
import { MODULE_PATTERN, STRATEGY_IDS } from '../src/registry.ts';
import { BUILTIN_WORKLOAD_NAMES, BUILTIN_WORKLOADS, STUDY_WORKLOAD_NAMES } from '../src/workload-registry.ts';

const out = process.argv[2] ?? 'src/config/validators.generated.js';
const schemaOut = process.argv[3] ?? 'config.schema.json';
const resultsOut = process.argv[4] ?? 'src/results/validate.generated.js';

const schema = JSON.parse(readFileSync('config.schema.json', 'utf8'));
const { strategies, user_workload: userWorkload } = schema.definitions;
strategies.default = [...STRATEGY_IDS];
strategies.items.enum = [...STRATEGY_IDS];
strategies.description = `Concurrency models to measure, each at most once. Default: all ${STRATEGY_IDS.length}.`;
userWorkload.properties.module.pattern = MODULE_PATTERN;
writeWorkloadLevels(schema.definitions);
// The bound on a whole repetition: protocol.ts states it, once.
schema.definitions.timeout_s.description = `Seconds one task may run, from when a worker takes it, before its pool is torn down and the cell marked failed (a task that blocks the runner itself, such as an endless loop in the serial or event-loop run, is stopped when the repetition reaches ${REPETITION_TIMEOUT.formula}: the tasks run twice, cold and warm). Default 600. More than 0, at most 86400 (one day).`;
writeFileSync(schemaOut, `${JSON.stringify(schema, null, 2)}\n`);

/** Each built-in's levels (`levels_<name>`), and the workload maps that name them. */
function writeWorkloadLevels(definitions) {
  for (const key of Object.keys(definitions))
    if (key.startsWith('levels_') && key !== 'levels_only') delete definitions[key];
  const refs = (names) => Object.fromEntries(names.map((name) => [name, { $ref: `#/definitions/levels_${name}` }]));
  definitions.levels_only.properties = refs(STUDY_WORKLOAD_NAMES);
  definitions.workloads.properties = refs(BUILTIN_WORKLOAD_NAMES);
  const listed = `${BUILTIN_WORKLOAD_NAMES.slice(0, -1).join(', ')} and ${BUILTIN_WORKLOAD_NAMES.at(-1)}`;
  const study = `${STUDY_WORKLOAD_NAMES.slice(0, -1).join(', ')} and ${STUDY_WORKLOAD_NAMES.at(-1)}`;
  definitions.workloads.description = `Workload name → levels. ${listed} are built in and take { level name → argument }; any other name is your own function: { "module": "bench/parse.mjs", "export": "parse", "levels": { … } } or { "module": "bench/images.py", "function": "resize", "levels": { … } }. Default: the study's ${study} levels.`;
  for (const name of BUILTIN_WORKLOAD_NAMES) {
    const entry = BUILTIN_WORKLOADS[name];
    const max = entry.max >= 1e9 ? entry.max.toExponential().replace('+', '') : String(entry.max);
    const bound = `Positive integer, at most ${max}${entry.maxNote ? ` (${entry.maxNote})` : ''}.`;
    const count = { type: 'integer', minimum: 1, maximum: entry.max };
    definitions[`levels_${name}`] = {
      description: entry.durations
        ? `Level name → n ${entry.unit}: ${entry.task}. ${bound} Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.`
        : `Level name → n ${entry.unit}: ${entry.task}. ${bound} Not a duration: the size is what is measured.`,
      type: 'object',
      minProperties: 1,
      propertyNames: { minLength: 1 },
      additionalProperties: entry.durations ? { anyOf: [count, { $ref: '#/definitions/duration' }] } : count,
    };
  }
}

const TYPE = "((data: unknown) => boolean) & { errors?: import('ajv').ErrorObject[] | null }";

/** Ajv's standalone code for `exports` (name → schema ref), as an ES module and its .d.ts. */
function writeValidators(ajv, exports, file, source) {
  // Ajv's ESM output still require()s its runtime helpers; an ES module has no require.
  const helpers = new Map();
  const code = standaloneCode
    .default(ajv, exports)
    .replace(/require\("(ajv\/dist\/runtime\/\w+)"\)/g, (_match, path) => {
      if (!helpers.has(path)) helpers.set(path, `runtime${helpers.size}`);
      return helpers.get(path);
    });
  const imports = [...helpers].map(([path, name]) => `import ${name} from "${path}.js";`).join('\n');
  const banner = `// Generated by scripts/gen-validators.mjs from ${source}: do not edit.`;
  writeFileSync(file, `${banner}\n// @ts-nocheck\n${imports}\n${code}\n`);
  writeFileSync(
    file.replace(/\.js$/, '.d.ts'),
    `${banner}\n${Object.keys(exports)
      .map((name) => `export declare const ${name}: ${TYPE};`)
      .join('\n')}\n`,
  );
}

const ajv = new Ajv({
  ...AJV_OPTIONS,
  // the generated module carries the formats as code
  code: { source: true, esm: true, formats: _`{ uri: { type: "string", validate: (s) => URL.canParse(s) } }` },
});
ajv.addFormat('uri', { type: 'string', validate: (s) => URL.canParse(s) });
ajv.addSchema(schema, 'config');
writeValidators(
  ajv,
  Object.fromEntries(DEFINITIONS.map((name) => [name, `config#/definitions/${name}`])),
  out,
  'config.schema.json',
);

// results.json: read back as a baseline or (fork-safe comments) an untrusted artifact. Not
// strict, and stopping at the first error: read.ts reports one line. Fields the schema does not
// name are dropped (every object of it has additionalProperties: false): a reader sees only what
// was checked, and a file from a newer version still reads.
const results = new Ajv({
  allErrors: false,
  strict: false,
  removeAdditional: true,
  code: { source: true, esm: true },
});
results.addSchema(JSON.parse(readFileSync('src/results/results.schema.json', 'utf8')), 'results');
writeValidators(results, { results: 'results' }, resultsOut, 'src/results/results.schema.json');
