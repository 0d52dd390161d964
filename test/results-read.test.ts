// Reading a results file is bounded and says what is wrong in one line (issue 22): a forged or
// broken file is refused before it costs anything, and its bytes never reach the terminal raw.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MAX_RESULTS_BYTES, readResultsFile } from '../src/results/read.ts';
import { repoRoot, scratchDir } from './helpers.ts';

const sample = join(repoRoot, 'test/fixtures/results-sample.json');
const refusal = (path: string) => {
  try {
    readResultsFile(path, 'r.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'read';
};

test('a symbolic link, a FIFO and a folder are refused without being read', (t) => {
  const dir = scratchDir(t);
  symlinkSync(sample, join(dir, 'link.json'));
  assert.equal(refusal(join(dir, 'link.json')), 'r.json: is a symbolic link; give the file itself');
  assert.equal(spawnSync('mkfifo', [join(dir, 'fifo.json')]).status, 0);
  assert.equal(refusal(join(dir, 'fifo.json')), 'r.json: not a regular file');
  assert.equal(refusal(dir), 'r.json: not a regular file');
});

test('a file over the size cap is refused before it is parsed', (t) => {
  const path = join(scratchDir(t), 'big.json');
  writeFileSync(path, '');
  truncateSync(path, MAX_RESULTS_BYTES + 1);
  assert.equal(refusal(path), 'r.json: 16.0 MiB, more than a results file can be (16 MiB at most)');
});

test('nesting a million deep is refused in one line, not a stack overflow', (t) => {
  const path = join(scratchDir(t), 'deep.json');
  const text = readFileSync(sample, 'utf8').replace(
    '"cells": [',
    `"deep": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}, "cells": [`,
  );
  writeFileSync(path, text);
  assert.equal(refusal(path), 'r.json: not a concurrency-bench results file (nested more than 64 deep)');
});

test("a broken file's bytes and keys reach the message inert: no terminal escape, no workflow command", (t) => {
  const dir = scratchDir(t);
  writeFileSync(join(dir, 'ansi.json'), '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\n::error::forged');
  const message = refusal(join(dir, 'ansi.json'));
  assert.match(message, /^r\.json: not valid JSON \(/);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
  assert.doesNotMatch(message, /[\u0000-\u001f]|::/);
  const results = JSON.parse(readFileSync(sample, 'utf8'));
  results.cells[0].stats = { '\u001b[31m\n::error::x': 1 };
  writeFileSync(join(dir, 'key.json'), JSON.stringify(results));
  assert.equal(
    refusal(join(dir, 'key.json')),
    "r.json: not a concurrency-bench results file (cells.0.stats: must have required property 'wall_time')",
  );
});
