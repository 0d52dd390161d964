// results.json on disk: always a whole file, never a half-written one.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Results } from './types.ts';

/** Write beside the target, then rename: readers see the old file or the new one, nothing between. */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function writeResults(path: string, results: Results): void {
  writeFileAtomic(path, `${JSON.stringify(results, null, 2)}\n`);
}
