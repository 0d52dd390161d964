// Reading a results.json back: a baseline, another runner's file, or (fork-safe comments) an
// artifact of an untrusted pull request. Nothing is used until it matches the schema.
import { readFileSync } from 'node:fs';
import { UserError } from '../user-error.ts';
import { SCHEMA_VERSION, type Results } from './types.ts';
// compiled from results.schema.json at build time (scripts/gen-validators.mjs): no schema
// compiler in the bundle, nothing compiled at start-up
import { results as validate } from './validate.generated.js';

/** A results file that cannot be read or is not ours: bad input (exit 2). */
export class ResultsError extends UserError {}

/** Checks parsed JSON against the results schema; throws ResultsError with one line. */
export function parseResults(data: unknown, label: string): Results {
  const version = (data as { schema_version?: unknown } | null)?.schema_version;
  if (typeof data === 'object' && data !== null && version !== undefined && version !== SCHEMA_VERSION) {
    throw new ResultsError(
      `${label}: schema_version ${JSON.stringify(version)} is not supported (this version reads ${SCHEMA_VERSION})`,
    );
  }
  if (!validate(data)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath ? first.instancePath.slice(1).replace(/\//g, '.') : 'the top level';
    throw new ResultsError(`${label}: not a concurrency-bench results file (${where}: ${first?.message ?? 'invalid'})`);
  }
  return data as unknown as Results;
}

/** `label` names the file in messages: its path, unless the caller knows a better name. */
export function readResultsFile(path: string, label = path): Results {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ResultsError(`${label}: ${code === 'ENOENT' ? 'file not found' : `cannot read it (${code})`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ResultsError(`${label}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  return parseResults(data, label);
}
