// results.json on disk: always a whole file, never a half-written one, in a folder made first.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { UserError } from '../user-error.ts';
import type { Results } from './types.ts';

/** An output folder that cannot be made: bad input (exit 2). */
export class OutputFolderError extends UserError {}

/** Everything a run writes goes into this one folder: fail now, not after the measuring. */
export function makeOutDir(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : `cannot create it (${code})`;
    throw new OutputFolderError(`output folder ${outDir}: ${why}`);
  }
}

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
