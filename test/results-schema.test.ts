// results.schema.json is the whole contract of results.json (issue 22): a reader drops every field
// it does not name, so a field of the Results type that the schema lacks would vanish on reading,
// and one it leaves untyped would reach the report unchecked. This walks the type with the
// TypeScript compiler and the schema side by side.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { repoRoot } from './helpers.ts';

type Schema = Record<string, unknown> & {
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  type?: string | string[];
};

/** Every object path the walk went through: the test checks it went everywhere. */
const visited = new Set<string>();

const schema: Schema = JSON.parse(readFileSync(join(repoRoot, 'src/results/results.schema.json'), 'utf8'));
const resolveRef = (node: Schema): Schema =>
  node.$ref ? resolveRef((schema.definitions as Record<string, Schema>)[node.$ref.split('/').pop()!]!) : node;

/** The schemas of the non-null branches of a node (an interval or null: the interval). */
const branches = (node: Schema): Schema[] =>
  (resolveRef(node).anyOf ?? [resolveRef(node)]).map(resolveRef).filter((s) => s.type !== 'null');

function walk(type: ts.Type, node: Schema, path: string, checker: ts.TypeChecker, problems: string[], depth = 0) {
  if (depth > 12) return;
  const parts = type.isUnion() ? type.types : [type];
  for (const part of parts) {
    if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Unknown | ts.TypeFlags.Any)) continue;
    if (checker.isArrayType(part) || checker.isTupleType(part)) {
      const element = checker.getTypeArguments(part as ts.TypeReference)[0]!;
      const items = branches(node).find((s) => s.items);
      if (!items?.items) problems.push(`${path}: an array in the type, no items in the schema`);
      else if (typeof (items as { maxItems?: number }).maxItems !== 'number')
        problems.push(`${path}: an array without maxItems`);
      else walk(element, items.items, `${path}[]`, checker, problems, depth + 1);
      continue;
    }
    if (part.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) {
      visited.add(path);
      const target = branches(node).find((s) => s.properties || typeof s.additionalProperties === 'object');
      if (!target) {
        problems.push(`${path}: an object in the type, untyped in the schema`);
        continue;
      }
      if (target.properties && target.additionalProperties !== false)
        problems.push(`${path}: an object with properties must not allow others`);
      const index = part.getStringIndexType();
      if (index && typeof target.additionalProperties === 'object')
        walk(index, target.additionalProperties, `${path}.*`, checker, problems, depth + 1);
      for (const property of part.getProperties()) {
        const sub = target.properties?.[property.name];
        if (!sub) {
          problems.push(`${path}.${property.name}: in the type, not in the schema`);
          continue;
        }
        walk(checker.getTypeOfSymbol(property), sub, `${path}.${property.name}`, checker, problems, depth + 1);
      }
      continue;
    }
    if (part.flags & ts.TypeFlags.StringLike) {
      const strings = branches(node).filter((s) => s.type === 'string' || (s as { enum?: unknown }).enum);
      if (strings.length === 0 && !(node as { const?: unknown }).const)
        problems.push(`${path}: a string, not in the schema`);
      for (const s of strings)
        if (s.type === 'string' && typeof (s as { maxLength?: number }).maxLength !== 'number')
          problems.push(`${path}: a string without maxLength`);
    }
  }
}

/** The problems the walk finds for interface `name` of `file` against the schema, each once. */
function problemsOf(file: string, name: string): string[] {
  const program = ts.createProgram([file], { allowImportingTsExtensions: true, noEmit: true, strict: true });
  const checker = program.getTypeChecker();
  const declaration = program
    .getSourceFile(file)!
    .statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name)!;
  const problems: string[] = [];
  walk(checker.getTypeAtLocation(declaration), schema, 'results', checker, problems);
  return [...new Set(problems)];
}

test('every field of the Results type is in results.schema.json, typed, with caps on strings and arrays', () => {
  assert.deepEqual(problemsOf(join(repoRoot, 'src/results/types.ts'), 'Results'), []);
  // the walk reached the deepest objects (a walk that stops early finds nothing wrong)
  for (const path of [
    'results.cells[].stats.startup',
    'results.cells[].warm.stats.speedup',
    'results.base.cells[].outliers[]',
    'results.break_even[].cold_speedup',
    'results.system.ceiling',
    'results.verdicts[].excluded[]',
  ])
    assert.ok(visited.has(path), `the walk did not reach ${path}: ${[...visited].join(', ')}`);
});

test('the walk sees a field the schema lacks (it can fail)', () => {
  assert.deepEqual(problemsOf(join(repoRoot, 'test/fixtures/results-type-with-extra-field.ts'), 'ResultsWithExtra'), [
    'results.cells[].forged: in the type, not in the schema',
  ]);
});
