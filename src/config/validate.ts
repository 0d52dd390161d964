// Schema validation: config.schema.json is the single statement of what a config may hold.
// The loader validates against one shape's definition only (see shapes.ts), so Ajv's errors
// are about that shape and not a mix of both.

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { configSchema } from './schema.ts';

/** Definitions of config.schema.json the code validates against directly. */
export type SchemaDefinition = 'full' | 'study' | 'workers' | 'tasks' | 'repetitions' | 'python';

let ajv: Ajv | undefined;
const compiled = new Map<SchemaDefinition, ValidateFunction>();

function validator(definition: SchemaDefinition): ValidateFunction {
  let fn = compiled.get(definition);
  if (fn === undefined) {
    if (ajv === undefined) {
      // allErrors: errors.ts picks the most specific one itself, which needs them all;
      // verbose: that choice needs the failing value and schema of each error.
      ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
      // Ajv checks formats it knows; "uri" (for editors) is checked with WHATWG URL parsing.
      ajv.addFormat('uri', { type: 'string', validate: (s: string) => URL.canParse(s) });
      ajv.addSchema(configSchema, 'config');
    }
    fn = ajv.getSchema(`config#/definitions/${definition}`);
    if (fn === undefined) throw new Error(`config.schema.json has no definition "${definition}"`);
    compiled.set(definition, fn);
  }
  return fn;
}

/** Validates `data` against one definition; returns Ajv's errors, or [] when valid. */
export function validateAgainst(definition: SchemaDefinition, data: unknown): ErrorObject[] {
  const fn = validator(definition);
  return fn(data) ? [] : [...(fn.errors ?? [])];
}
