// Reading a results.json back: a baseline, another runner's file, or (fork-safe comments) an
// artifact of an untrusted pull request. Nothing is used until it matches the schema, and the
// reading itself is bounded: a regular file (no symlink, no FIFO) of at most 16 MiB, nested at
// most 64 deep.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { logLine } from '../one-line.ts';
import { UserError } from '../user-error.ts';
import { SCHEMA_VERSION, type Results } from './types.ts';
// compiled from results.schema.json at build time (scripts/gen-validators.mjs): no schema
// compiler in the bundle, nothing compiled at start-up
import { results as validate } from './validate.generated.js';

/** A results file that cannot be read or is not ours: bad input (exit 2). */
export class ResultsError extends UserError {}

/** A real run's file is well under 1 MiB; a larger one is refused before it is parsed. */
export const MAX_RESULTS_BYTES = 16 * 1024 * 1024;

/** results.json nests 6 deep; a task's argument may add a little. Recursive readers stay safe below this. */
export const MAX_NESTING = 64;

/** How deep arrays and objects nest, walked without recursion (a forged file may nest a million deep). */
function nestingDepth(data: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Checks parsed JSON against the results schema; throws ResultsError with one line. */
export function parseResults(data: unknown, label: string): Results {
  const version = (data as { schema_version?: unknown } | null)?.schema_version;
  if (typeof data === 'object' && data !== null && version !== undefined && version !== SCHEMA_VERSION) {
    throw new ResultsError(
      `${label}: schema_version ${typeof version === 'number' ? version : typeof version} is not supported (this version reads ${SCHEMA_VERSION})`,
    );
  }
  if (nestingDepth(data, MAX_NESTING) > MAX_NESTING) {
    throw new ResultsError(`${label}: not a concurrency-bench results file (nested more than ${MAX_NESTING} deep)`);
  }
  if (!validate(data)) {
    const [first] = validate.errors ?? [];
    throw new ResultsError(
      `${label}: not a concurrency-bench results file (${fieldPath(first?.instancePath)}: ${first?.message ?? 'invalid'})`,
    );
  }
  return data as unknown as Results;
}

/**
 * The offending field as a dotted path, its keys cut and reduced to plain characters: a key of the
 * file is the file's own text, and this line goes to a terminal and a workflow log.
 */
function fieldPath(instancePath: string | undefined): string {
  if (!instancePath) return 'the top level';
  const path = instancePath
    .slice(1)
    .split('/')
    .map((key) => key.replace(/[^\w.-]/g, '?').slice(0, 40))
    .join('.');
  return path.length > 200 ? `${path.slice(0, 199)}…` : path;
}

/** The file's text, if it is a regular file within the size cap. */
function readBounded(path: string, label: string): string {
  let fd: number;
  try {
    // O_NOFOLLOW: a symlink in an artifact could point anywhere on the runner; O_NONBLOCK: a FIFO
    // must not hang the job before fstat can refuse it
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ResultsError(`${label}: file not found`);
    if (code === 'ELOOP') throw new ResultsError(`${label}: is a symbolic link; give the file itself`);
    throw new ResultsError(`${label}: cannot read it (${code})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ResultsError(`${label}: not a regular file`);
    if (stat.size > MAX_RESULTS_BYTES) {
      throw new ResultsError(
        `${label}: ${(stat.size / 1024 / 1024).toFixed(1)} MiB, more than a results file can be (${MAX_RESULTS_BYTES / 1024 / 1024} MiB at most)`,
      );
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

/** `label` names the file in messages: its path, unless the caller knows a better name. */
export function readResultsFile(path: string, label = path): Results {
  const text = readBounded(path, label);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the file's text: it is shown inert
    throw new ResultsError(`${label}: not valid JSON (${logLine((error as Error).message.split('\n')[0]!)})`);
  }
  return parseResults(data, label);
}
