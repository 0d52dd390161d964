// action.yml is read by GitHub's runner, not by our code: these tests hold it to what the
// runner needs (valid YAML, Node 24, a bundle that exists) and to what the Action and the
// README say about it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { readInputs } from '../src/action/inputs.ts';
import { OVERRIDE_FLAGS } from '../src/config/overrides.ts';
import { repoRoot } from './helpers.ts';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

function readActionYml(): ActionYml {
  const document = parseDocument(readFileSync(join(repoRoot, 'action.yml'), 'utf8'), { strict: true });
  // An unquoted description holding ": " is a YAML error: GitHub refuses to load the action.
  assert.deepEqual(
    document.errors.map((error) => error.message),
    [],
    'action.yml is valid YAML',
  );
  return document.toJS() as ActionYml;
}

test('action.yml is valid YAML that runs the committed bundle on Node 24', () => {
  const action = readActionYml();
  assert.equal(action.runs.using, 'node24');
  assert.ok(existsSync(join(repoRoot, action.runs.main)), `${action.runs.main} exists`);
  for (const [name, input] of Object.entries(action.inputs)) {
    assert.equal(typeof input.description, 'string', `${name} has a description`);
  }
});

test('every input in action.yml is one the Action reads, and every override flag is an input', () => {
  const inputs = Object.keys(readActionYml().inputs);
  const read = new Set<string>();
  readInputs((name) => {
    read.add(name);
    return name === 'mode' ? 'run' : '';
  });
  assert.deepEqual([...read].sort(), [...inputs].sort());
  for (const flag of OVERRIDE_FLAGS) assert.ok(inputs.includes(flag), `${flag} is an input`);
});

test("the README's table of inputs names every input, and its outputs line every output", () => {
  const action = readActionYml();
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf("## The Action's inputs and outputs"));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| input |')));
  const named = [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((row) =>
    [...row[1]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!),
  );
  assert.deepEqual([...named].sort(), Object.keys(action.inputs).sort(), 'each input in one row of the table');
  const outputsLine = section.slice(section.indexOf('Outputs:'), section.indexOf('\n\n', section.indexOf('Outputs:')));
  for (const output of Object.keys(action.outputs))
    assert.ok(outputsLine.includes(`\`${output}\``), `output ${output}`);
});
