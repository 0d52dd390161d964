// The JSON Schema (repo root, shipped for editors) is imported, not read from disk, so the
// bundle carries it and the checks cannot drift from what editors show.

import schema from '../../config.schema.json' with { type: 'json' };

export const configSchema = schema;

/** The full shape's keys: any of them at the top level makes a file the full shape. */
export const FULL_SHAPE_KEYS: readonly string[] = Object.keys(schema.definitions.full.properties);

/** The fields a full-shape key's object holds ([] where it is not an object of fields). */
export function fullShapeFieldsOf(key: string): string[] {
  const ref = (schema.definitions.full.properties as Record<string, { $ref?: string }>)[key]?.$ref;
  const definitions = schema.definitions as Record<string, { properties?: object }>;
  return Object.keys(definitions[ref?.replace('#/definitions/', '') ?? '']?.properties ?? {});
}
