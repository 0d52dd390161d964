import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { VERSION } from '../src/version.ts';
import { repoRoot } from './helpers.ts';

test('src/version.ts says the version package.json says', () => {
  assert.equal(VERSION, JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
});
