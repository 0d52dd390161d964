// Fails when dist/ is not the bundle of the current src/: the Action runs the committed dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'concurrency-bench-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  execFileSync('diff', ['-r', '-q', fresh, 'dist'], { stdio: 'inherit' });
  console.log('check-dist: dist/ is the bundle of src/');
} catch {
  console.error('check-dist: dist/ is stale or was edited by hand. Run `npm run build` and commit dist/.');
  process.exitCode = 1;
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
