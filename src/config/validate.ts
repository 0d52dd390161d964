// Schema validation: config.schema.json is the single statement of what a config may hold.
// The loader validates against one shape's definition only (see shapes.ts), so Ajv's errors
// are about that shape and not a mix of both. The validators are compiled from the schema at
// build time (scripts/gen-validators.mjs), not at every start.

import type { ErrorObject } from 'ajv';
import type { SchemaDefinition } from './ajv-options.ts';
import * as validators from './validators.generated.js';

export type { SchemaDefinition } from './ajv-options.ts';

/** Validates `data` against one definition; returns Ajv's errors, or [] when valid. */
export function validateAgainst(definition: SchemaDefinition, data: unknown): ErrorObject[] {
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: every validator is used, so none is there to tree-shake
  const fn = validators[definition];
  return fn(data) ? [] : [...(fn.errors ?? [])];
}
