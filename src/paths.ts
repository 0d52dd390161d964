// Where the files that runners and pools load live. Bundled, every entry sits in dist/ beside
// the code that loads it. Run from the TypeScript sources (the tests), each entry is its own
// source file, so a test of src/ measures src/, never a dist/ that may be older.
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bundled = basename(here) === 'dist';

const SOURCES = {
  'runner.js': 'measure/runner.ts',
  'task-worker.js': 'strategies/task-worker.ts',
  'task-child.js': 'strategies/task-child.ts',
  // a folder: Python runs its __main__.py
  concurrency_bench_harness: 'python/concurrency_bench_harness',
} as const;

export type EntryName = keyof typeof SOURCES;

export const entryFile = (name: EntryName): string => (bundled ? join(here, name) : resolve(here, SOURCES[name]));
