import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { OVERRIDE_FLAGS } from '../src/config/overrides.ts';
import { EXIT } from '../src/user-error.ts';
import { VERSION } from '../src/version.ts';
import { repoRoot, runCli, scratchDir } from './helpers.ts';

test('src/version.ts says the version package.json says', () => {
  assert.equal(VERSION, JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
});

test('--version prints the version, --help the usage with every exit code; both exit 0 and run nothing', (t) => {
  const dir = scratchDir(t);
  const version = runCli(['--version'], { cwd: dir });
  assert.equal(version.code, 0, version.stderr);
  assert.equal(version.stdout, `concurrency-bench ${VERSION}\n`);
  const help = runCli(['--help'], { cwd: dir });
  assert.equal(help.code, 0, help.stderr);
  for (const code of Object.values(EXIT))
    assert.match(help.stdout, new RegExp(`\\b${code}\\b`), `exit code ${code} in --help`);
  for (const flag of OVERRIDE_FLAGS) assert.ok(help.stdout.includes(`--${flag}`), `--${flag} in --help`);
  assert.deepEqual(readdirSync(dir), [], 'nothing written');
});
