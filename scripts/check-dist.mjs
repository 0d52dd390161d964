// Fails when dist/ is not the bundle of the current src/ (the Action runs the committed dist/),
// when config.schema.json's registry parts are not the registry's, or when the config
// validators are not compiled from the current config.schema.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'concurrency-bench-dist-'));
try {
  const validators = join(fresh, 'validators.generated.js');
  const schema = join(fresh, 'config.schema.json');
  const resultsValidator = join(fresh, 'validate.generated.js');
  execFileSync(process.execPath, ['scripts/gen-validators.mjs', validators, schema, resultsValidator], {
    stdio: 'inherit',
  });
  for (const ext of ['js', 'd.ts'])
    execFileSync('diff', ['-q', resultsValidator.replace(/js$/, ext), `src/results/validate.generated.${ext}`], {
      stdio: 'inherit',
    });
  execFileSync('diff', ['-q', schema, 'config.schema.json'], { stdio: 'inherit' });
  execFileSync('diff', ['-q', validators, 'src/config/validators.generated.js'], { stdio: 'inherit' });
  execFileSync('diff', ['-q', validators.replace(/js$/, 'd.ts'), 'src/config/validators.generated.d.ts'], {
    stdio: 'inherit',
  });
  execFileSync(process.execPath, ['scripts/build.mjs', join(fresh, 'dist')], { stdio: 'inherit' });
  // Python writes its bytecode cache beside the package it imports, as for any installed package
  execFileSync('diff', ['-r', '-q', '-x', '__pycache__', join(fresh, 'dist'), 'dist'], { stdio: 'inherit' });
  console.log(
    'check-dist: dist/ is the bundle of src/, config.schema.json matches the registry, and the validators match the schema',
  );
} catch {
  console.error(
    'check-dist: dist/, config.schema.json or src/config/validators.generated.* is stale or was edited by hand. Run `npm run build` and commit them.',
  );
  process.exitCode = 1;
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
