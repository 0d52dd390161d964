// fast-check arbitraries for whole results files, built from results.schema.json itself (issue 22):
// every field the schema names, of its type, its strings drawn from a hostile set (mentions, links,
// tags, comments, workflow commands, terminal escapes, table pipes, newlines); then, for some
// files, corruptions anywhere in the tree: a wrong type, a huge array, a long string, deep nesting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { repoRoot } from './helpers.ts';

type Schema = {
  $ref?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};

const schema: Schema & { definitions: Record<string, Schema> } = JSON.parse(
  readFileSync(join(repoRoot, 'src/results/results.schema.json'), 'utf8'),
);
const resolve = (node: Schema): Schema =>
  node.$ref ? resolve(schema.definitions[node.$ref.split('/').pop()!]!) : node;

/** What a stranger would put in a name: every piece of it means something to GitHub, a browser or a terminal. */
export const HOSTILE_PIECES = [
  '@octocat',
  '@org/team',
  '#1',
  'o/r#2',
  'https://evil.example/x',
  '[docs](https://evil.example)',
  '![i](https://evil.example/i.png)',
  '<img src="https://evil.example/p.png">',
  '<script>alert(1)</script>',
  '<a href="https://evil.example">x</a>',
  '</details>',
  '</summary>',
  '<!--',
  '-->',
  '`',
  '``',
  '|',
  '\\',
  '\\|',
  '*',
  '_',
  '~',
  '&amp;',
  '&#64;',
  '\n',
  '\r\n',
  '\u2028',
  '\n::error::forged',
  '::warning::forged',
  '::add-mask::x',
  '::stop-commands::tok',
  '##[error]forged',
  '\u001b[31m',
  '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  '\u009b2J',
  '\u202e',
  ' ',
  'cpu',
  'node',
  'event-loop',
  'low',
];

const hostileString = (maxLength = 200) =>
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 4 })), { maxLength: 6 })
    .map((pieces) => pieces.join('').slice(0, maxLength));

const number = (node: Schema) =>
  fc.oneof(
    fc.double({
      min: node.minimum ?? -1e6,
      max: Math.min(node.maximum ?? 1e6, 1e6),
      noNaN: true,
      noDefaultInfinity: true,
    }),
    fc.constantFrom(
      ...[0, 1, 2, 1e-9, 1e300].filter((x) => x >= (node.minimum ?? -Infinity) && x <= (node.maximum ?? Infinity)),
    ),
  );

/** An arbitrary for the values one schema node allows (arrays at most 6 long, maps at most 3 keys). */
function arbitraryOf(at: Schema, depth = 0): fc.Arbitrary<unknown> {
  const node = resolve(at);
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  if (node.anyOf) return fc.oneof(...node.anyOf.map((branch) => arbitraryOf(branch, depth)));
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 }); // `config`: anything
  return fc.oneof(...types.map((type) => arbitraryOfType(type, node, depth)));
}

function arbitraryOfType(type: string, node: Schema, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return hostileString(node.maxLength);
    case 'number':
      return number(node);
    case 'integer':
      return fc.integer({ min: node.minimum ?? 0, max: Math.min(node.maximum ?? 64, 64) });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return node.items && depth < 8
        ? fc.array(arbitraryOf(node.items, depth + 1), {
            minLength: node.minItems ?? 0,
            maxLength: Math.min(node.maxItems ?? 6, 6),
          })
        : fc.constant([]);
    case 'object': {
      if (depth >= 8) return fc.constant({});
      if (node.properties) {
        const record = Object.fromEntries(
          Object.entries(node.properties).map(([key, value]) => [key, arbitraryOf(value, depth + 1)]),
        );
        // half the time every field (the reports' every branch), else the required ones and some
        return fc.oneof(fc.record(record), fc.record(record, { requiredKeys: (node.required ?? []) as never[] }));
      }
      if (typeof node.additionalProperties === 'object')
        return fc.dictionary(hostileString(40), arbitraryOf(node.additionalProperties, depth + 1), { maxKeys: 3 });
      return fc.constant({});
    }
    default:
      throw new Error(`results-arbitrary: no arbitrary for type ${type}`);
  }
}

/** A file of the schema's shape: most are valid, some not (a failed cell without its error, and so on). */
export const wellFormedResults = arbitraryOf(schema) as fc.Arbitrary<Record<string, unknown>>;

/** What a corruption puts in place of a value. */
const corruption = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, '', [], {}, ['@octocat'], { ours: 'https://evil.example' }),
  hostileString(),
  fc.constant('x'.repeat(100_000)),
  // made afresh each time: one shared value could be set inside itself
  fc.nat(20_000).map((n) => Array.from({ length: 20_000 + n }, (_, i) => i / 7)),
  fc.integer({ min: 65, max: 300 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
);

/** Every path to a value inside `data` (objects and arrays), the root's children first. */
function pathsOf(data: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof data === 'object' && data !== null && out.length < 5000) {
    for (const [key, value] of Object.entries(data)) {
      const path = [...prefix, Array.isArray(data) ? Number(key) : key];
      out.push(path);
      pathsOf(value, path, out);
    }
  }
  return out;
}

function setAt(data: unknown, path: (string | number)[], value: unknown) {
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

/** A file of the schema's shape with up to three values replaced by corruptions. */
export const corruptedResults = fc
  .tuple(wellFormedResults, fc.array(fc.tuple(fc.nat(), corruption), { minLength: 1, maxLength: 3 }))
  .map(([results, corruptions]) => {
    const copy = structuredClone(results);
    for (const [pick, value] of corruptions) {
      const paths = pathsOf(copy);
      if (paths.length > 0) setAt(copy, paths[pick % paths.length]!, value);
    }
    return copy;
  });

/** Whole results files of every kind: well formed and corrupted, about half each. */
export const anyResults = fc.oneof(wellFormedResults, corruptedResults);
