// Where the files that runners and pools load live. Bundled, every entry sits in dist/ beside
// the code that loads it; from the TypeScript sources (tests), the built dist/ is used.
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const distDir = basename(here) === 'dist' ? here : resolve(here, '..', 'dist');

export const entryFile = (name: 'runner.js' | 'task-worker.js' | 'task-child.js' | 'harness.py'): string =>
  join(distDir, name);
